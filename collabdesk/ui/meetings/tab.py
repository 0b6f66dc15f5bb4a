"""The 회의록 tab: meetings by group and year, search over every minutes, the selected meeting at a
glance, and from there editing, printing and the group's attendance rates."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.container import Services
from collabdesk.services.meetings import MeetingRow
from collabdesk.ui.errors import confirm
from collabdesk.ui.list_tab import (
    clear_filters,
    restore_layout,
    reveal_record,
    save_layout,
    search_only,
    select_record,
    selected_record,
    set_up_list_view,
)
from collabdesk.ui.meetings import documents
from collabdesk.ui.meetings.list_model import MeetingListModel
from collabdesk.ui.meetings.summary import summary_html
from collabdesk.ui.widgets import run_service_action

SEARCH_DELAY_MS = 200


class MeetingsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetings_tab")
        self.services = services
        self.model = MeetingListModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self.reload_lists()
        self.apply_filter()
        self._restore_layout()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(objectName="meeting_search", clearButtonEnabled=True)
        self.search.setPlaceholderText(
            self.tr("회의록 전체 검색: 회의명, 안건, 논의 내용, 참석자 … (Ctrl+F)")
        )
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.group_filter = QComboBox(objectName="meeting_group_filter")
        self.group_filter.setMinimumContentsLength(14)
        self.year_filter = QComboBox(objectName="meeting_year_filter")
        for combo in (self.group_filter, self.year_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("그룹")))
        filters.addWidget(self.group_filter, 1)
        filters.addWidget(QLabel(self.tr("연도")))
        filters.addWidget(self.year_filter)

        self.add_button = QPushButton(self.tr("새 회의"), objectName="add_meeting")
        self.add_button.setToolTip(self.tr("새 회의를 기록합니다 (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("열기·수정"), objectName="edit_meeting")
        self.edit_button.setToolTip(self.tr("선택한 회의를 엽니다 (Enter)"))
        self.delete_button = QPushButton(self.tr("삭제"), objectName="delete_meeting")
        self.delete_button.setToolTip(self.tr("선택한 회의를 삭제합니다 (Delete)"))
        self.print_button = QPushButton(self.tr("회의록 인쇄·PDF"), objectName="print_minutes")
        self.print_button.setToolTip(self.tr("미리 보기에서 인쇄합니다 (Ctrl+P)"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(
            self.tr("회의록 미리 보기·인쇄…"), lambda: self._document(documents.MINUTES, documents.PREVIEW)
        )
        print_menu.addAction(
            self.tr("회의록 인쇄…"), lambda: self._document(documents.MINUTES, documents.PRINT)
        )
        print_menu.addAction(
            self.tr("회의록 PDF로 저장…"), lambda: self._document(documents.MINUTES, documents.SAVE)
        )
        print_menu.addSeparator()
        print_menu.addAction(
            self.tr("참석자 서명부 미리 보기·인쇄…"),
            lambda: self._document(documents.SIGNIN, documents.PREVIEW),
        )
        print_menu.addAction(
            self.tr("참석자 서명부 인쇄…"), lambda: self._document(documents.SIGNIN, documents.PRINT)
        )
        print_menu.addAction(
            self.tr("참석자 서명부 PDF로 저장…"), lambda: self._document(documents.SIGNIN, documents.SAVE)
        )
        self.print_button.setMenu(print_menu)
        self.rates_button = QPushButton(self.tr("출석률"), objectName="attendance_rates")
        self.more_button = QPushButton(self.tr("설정"), objectName="meeting_settings")
        more = QMenu(self.more_button)
        more.addAction(self.tr("회의 종류 관리…"), self.manage_kinds)
        more.addAction(self.tr("의결 기준 관리…"), self.manage_rules)
        more.addAction(self.tr("회의록 문구 관리…"), self.manage_text_blocks)
        self.more_button.setMenu(more)
        self.add_button.clicked.connect(self.add_meeting)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.rates_button.clicked.connect(self.show_rates)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.result_label = QLabel(objectName="meeting_count")
        actions.addWidget(self.result_label)
        actions.addStretch(1)
        actions.addWidget(self.rates_button)
        actions.addWidget(self.more_button)

        self.table = QTableView(objectName="meeting_table")
        self.table.setModel(self.model)
        set_up_list_view(self.table, (125, 80, 230, 160, 120), 2)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        self.summary = QTextBrowser(objectName="meeting_summary")
        self.summary.setOpenLinks(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.summary)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 520])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_meeting)
        QShortcut(
            QKeySequence.StandardKey.Print, self, lambda: self._document(documents.MINUTES, documents.PREVIEW)
        )
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.setTabOrder(self.search, self.table)

    def _restore_layout(self) -> None:
        restore_layout("meetings", self.table, self.splitter)

    def save_layout(self) -> None:
        save_layout("meetings", self.table, self.splitter)

    # --- filters -------------------------------------------------------------------------
    def reload_lists(self) -> None:
        """Refill the group and year lists (after groups or meetings changed), keeping the choices."""
        current = self.group_filter.currentData(), self.year_filter.currentData()
        for combo in (self.group_filter, self.year_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("전체"), None)
        for group in self.services.groups.tree():
            self.group_filter.addItem("  " * group.depth + group.name, group.id)
            self.group_filter.setItemData(
                self.group_filter.count() - 1, group.path, Qt.ItemDataRole.ToolTipRole
            )
        for year in self.services.meetings.years():
            self.year_filter.addItem(self.tr("{0}년").format(year), year)
        for combo, value in zip((self.group_filter, self.year_filter), current, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        if (self.group_filter.currentData(), self.year_filter.currentData()) != current:
            self.apply_filter()  # the chosen group or year is gone: show what the filter now says

    def apply_filter(self) -> None:
        self._search_timer.stop()
        rows: list[list[MeetingRow]] = []
        group, year, text = (
            self.group_filter.currentData(),
            self.year_filter.currentData(),
            self.search.text(),
        )
        if not run_service_action(
            self, lambda: rows.append(self.services.meetings.search(group, year, text))
        ):
            return
        selected = self.selected_meeting_id()
        self.model.set_rows(rows[0])
        self.result_label.setText(self.tr("회의 {0}건").format(self.model.rowCount()))
        if selected is not None:
            self.select_meeting(selected)

    def refresh(self) -> None:
        """F5: read again what other PCs on a shared database may have changed."""
        self.reload_lists()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- selection -----------------------------------------------------------------------
    def selected_meeting(self) -> MeetingRow | None:
        return selected_record(self.table, self.model)  # type: ignore[no-any-return]

    def selected_meeting_id(self) -> int | None:
        row = self.selected_meeting()
        return row.id if row else None

    def select_meeting(self, meeting_id: int) -> bool:
        return select_record(self.table, self.model, meeting_id)

    def reveal_meeting(self, meeting_id: int) -> bool:
        """Select a meeting read afresh, clearing the filters when they hide it; False when it is gone."""
        return reveal_record(self.select_meeting, self._clear_filters, self.apply_filter, meeting_id)

    def search_for(self, text: str) -> None:
        """Every meeting whose minutes hold the text, in any group and year."""
        search_only(self.search, self._clear_filters, self.apply_filter, text)

    def _clear_filters(self) -> None:
        clear_filters(self.search, (self.group_filter, self.year_filter))

    def _selection_changed(self) -> None:
        row = self.selected_meeting()
        for button in (self.edit_button, self.delete_button, self.print_button):
            button.setEnabled(row is not None)
        if row is None:
            self.summary.setHtml(
                self.tr("<p style='color:#666'>회의를 고르면 여기에 요약이 보입니다.</p>")
                if self.model.rowCount()
                else self.tr(
                    "<p style='color:#666'>찾은 회의가 없습니다. '새 회의'로 기록을 시작하십시오.</p>"
                )
            )
            return
        try:
            meetings = self.services.meetings
            self.summary.setHtml(summary_html(meetings, meetings.get(row.id), row.group))
        except NotFoundError:
            # Deleted on another PC meanwhile: read the list again (the row goes, so no loop).
            QTimer.singleShot(0, self.apply_filter)
        except UserError as exc:
            # Shown in the pane, not in a box: selecting the row again must not ask again.
            self.summary.setHtml(f"<p style='color:#b00020'>{escape(str(exc))}</p>")

    # --- actions -------------------------------------------------------------------------
    def add_meeting(self) -> None:
        from collabdesk.ui.meetings.editor import MeetingDialog

        opened: list[MeetingDialog] = []
        group = self.group_filter.currentData()
        if not run_service_action(
            self, lambda: opened.append(MeetingDialog(self.services, None, self, group))
        ):
            return
        if opened[0].exec():
            self._after_change(opened[0].saved_id)

    def edit_selected(self) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is None:
            return
        from collabdesk.ui.meetings.editor import MeetingDialog

        opened: list[MeetingDialog] = []
        if not run_service_action(
            self, lambda: opened.append(MeetingDialog(self.services, meeting_id, self))
        ):
            self.apply_filter()
            return
        if opened[0].exec():
            self._after_change(meeting_id)
        else:
            self._selection_changed()  # action items may have been closed from the dialog

    def delete_selected(self) -> None:
        row = self.selected_meeting()
        if row is None:
            return
        question = self.tr(
            "'{0}' ({1}) 회의를 삭제하시겠습니까?\n출석, 안건, 의결사항, 후속조치도 함께 삭제되며 되돌릴 수 없습니다."
        ).format(row.title, row.starts_at.strftime("%Y-%m-%d"))
        if not confirm(self, self.tr("회의 삭제"), question):
            return
        run_service_action(self, lambda: self.services.meetings.delete(row.id))
        self._after_change()

    def _after_change(self, select_id: int | None = None) -> None:
        self.reload_lists()
        self.apply_filter()
        if select_id is not None and not self.select_meeting(select_id):
            # Saved outside the current filter: show it anyway rather than let it seem lost.
            clear_filters(self.search, (self.group_filter, self.year_filter))
            self.apply_filter()
            self.select_meeting(select_id)

    def _document(self, which: str, how: str) -> None:
        row = self.selected_meeting()
        if row is None:
            return
        documents.run(self, self.services.meetings, row.id, row.title, which, how)

    def show_rates(self) -> None:
        from collabdesk.ui.meetings.rates_dialog import AttendanceRatesDialog

        AttendanceRatesDialog(self.services, self.group_filter.currentData(), self).exec()

    def manage_kinds(self) -> None:
        from collabdesk.ui.catalog_dialog import CatalogDialog

        CatalogDialog(
            self.services.meeting_kinds, self.tr("회의 종류 관리"), self, self.tr("{0} ({1}건)")
        ).exec()
        self.refresh()  # renamed kinds show in the list at once

    def manage_rules(self) -> None:
        from collabdesk.ui.meetings.rules_dialog import RulesDialog

        RulesDialog(self.services, self.group_filter.currentData(), self).exec()
        self._selection_changed()

    def manage_text_blocks(self) -> None:
        from collabdesk.ui.meetings.text_blocks import TextBlocksDialog

        TextBlocksDialog(self.services.meetings, self).exec()
