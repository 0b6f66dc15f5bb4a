"""The 회원사 명부 tab: search as you type, filters, the member table and its statistics."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.container import Services
from collabdesk.services.member_query import STATUS_ALL, STATUS_CURRENT, STATUS_FILTERS, MemberFilter
from collabdesk.services.members import MemberRow
from collabdesk.services.stats import MemberStats
from collabdesk.ui.errors import confirm, show_error, user_message
from collabdesk.ui.members.stats_panel import StatsPanel
from collabdesk.ui.members.table_model import MemberTableModel
from collabdesk.ui.tasks import BackgroundTask
from collabdesk.ui.widgets import run_service_action

if TYPE_CHECKING:
    from collabdesk.ui.catalog_dialog import CatalogDialog
    from collabdesk.ui.members.groups_dialog import GroupsDialog

STATS_DELAY_MS = 250


class MembersTab(QWidget):
    """Everything about the member directory the secretariat sees at once."""

    members_changed = Signal()
    rows_painted = Signal()  # once, when the table first paints member rows (start-up benchmark)

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("members_tab")
        self.services = services
        self.model = MemberTableModel(services.members, self)
        self.model.unreadable.connect(lambda text: show_error(self, UserError(text)))
        self._stats_generation = 0
        self._stats_shown = -1
        self._stats_timer = QTimer(self)
        self._stats_timer.setSingleShot(True)
        self._stats_timer.setInterval(STATS_DELAY_MS)
        self._stats_timer.timeout.connect(self._start_stats)
        self._build()
        self.reload_lists()
        self.apply_filter()
        self._restore_layout()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("member_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("회사명, 대표자, 사업자등록번호, 전문역량, 주소, 담당자 검색 (Ctrl+F)")
        )
        self.search.textChanged.connect(self.apply_filter)

        self.industry_filter = QComboBox(objectName="filter_industry")
        self.group_filter = QComboBox(objectName="filter_group")
        self.group_filter.setMinimumContentsLength(14)
        self.status_filter = QComboBox(objectName="filter_status")
        for status in STATUS_FILTERS:
            label = self.tr("재적(활동·휴면)") if status == STATUS_CURRENT else status
            self.status_filter.addItem(label, status)
        self.class_filter = QComboBox(objectName="filter_class")
        for combo in (self.industry_filter, self.group_filter, self.status_filter, self.class_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        reset = QPushButton(self.tr("필터 초기화"))
        reset.clicked.connect(self.reset_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("업종"), self.industry_filter),
            (self.tr("그룹"), self.group_filter),
            (self.tr("상태"), self.status_filter),
            (self.tr("회원구분"), self.class_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo, 1)
        filters.addWidget(reset)

        self.add_button = QPushButton(self.tr("회원사 추가"), objectName="add_member")
        self.edit_button = QPushButton(self.tr("수정"), objectName="edit_member")
        self.withdraw_button = QPushButton(self.tr("탈퇴 처리"), objectName="withdraw_member")
        self.reactivate_button = QPushButton(self.tr("활동으로 복귀"), objectName="reactivate_member")
        self.delete_button = QPushButton(self.tr("삭제"), objectName="delete_member")
        self.groups_button = QPushButton(self.tr("그룹 관리"), objectName="manage_groups")
        self.industries_button = QPushButton(self.tr("업종 관리"), objectName="manage_industries")
        self.classes_button = QPushButton(self.tr("회원구분 관리"), objectName="manage_classes")
        self.add_button.setToolTip(self.tr("새 회원사를 추가합니다 (Ctrl+N)"))
        self.edit_button.setToolTip(self.tr("선택한 회원사를 수정합니다 (Enter)"))
        self.delete_button.setToolTip(self.tr("선택한 회원사를 완전히 삭제합니다 (Delete)"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.reactivate_button.clicked.connect(self.reactivate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.groups_button.clicked.connect(self.manage_groups)
        self.industries_button.clicked.connect(lambda: self.manage_catalog("industries"))
        self.classes_button.clicked.connect(lambda: self.manage_catalog("member_classes"))
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.withdraw_button,
            self.reactivate_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.result_label = QLabel(objectName="result_count")
        actions.addWidget(self.result_label)
        actions.addStretch(1)
        for button in (self.groups_button, self.industries_button, self.classes_button):
            actions.addWidget(button)

        self.table = QTableView(objectName="member_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        for column, width in enumerate((170, 70, 110, 80, 70, 50, 110, 180, 260, 90, 120, 70)):
            self.table.setColumnWidth(column, width)
        self.table.viewport().installEventFilter(self)
        self._rows_painted = False
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.stats_panel = StatsPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.stats_panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([880, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_member)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        # F5: read again what other PCs on a shared database may have changed.
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self._lists_changed)
        self.setTabOrder(self.search, self.table)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            not self._rows_painted
            and event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
            and self.model.rowCount() > 0
        ):
            self._rows_painted = True
            QTimer.singleShot(0, self.rows_painted.emit)
        return super().eventFilter(watched, event)

    def _restore_layout(self) -> None:
        settings = QSettings()
        state = settings.value("members/header")
        if state:
            self.table.horizontalHeader().restoreState(state)
        splitter = settings.value("members/splitter")
        if splitter:
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("members/header", self.table.horizontalHeader().saveState())
        settings.setValue("members/splitter", self.splitter.saveState())

    # --- filters -------------------------------------------------------------------------
    def reload_lists(self) -> None:
        """Refill the filter lists (after 업종, 회원구분 or groups changed), keeping the choices."""
        current = (
            self.industry_filter.currentData(),
            self.group_filter.currentData(),
            self.class_filter.currentData(),
        )
        for combo in (self.industry_filter, self.group_filter, self.class_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("전체"), None)
        for item in self.services.industries.items():
            self.industry_filter.addItem(item.name, item.id)
        for group in self.services.groups.tree():
            self.group_filter.addItem("  " * group.depth + group.name, group.id)
            self.group_filter.setItemData(
                self.group_filter.count() - 1, group.path, Qt.ItemDataRole.ToolTipRole
            )
        for item in self.services.member_classes.items():
            self.class_filter.addItem(item.name, item.id)
        for combo, value in zip(
            (self.industry_filter, self.group_filter, self.class_filter), current, strict=True
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> MemberFilter:
        return MemberFilter(
            text=self.search.text(),
            industry_id=self.industry_filter.currentData(),
            group_id=self.group_filter.currentData(),
            status=self.status_filter.currentData() or STATUS_CURRENT,
            member_class_id=self.class_filter.currentData(),
        )

    def apply_filter(self) -> None:
        if not run_service_action(self, lambda: self.model.set_filter(self.current_filter())):
            return
        self.result_label.setText(self.tr("검색 결과 {0}개사").format(f"{self.model.rowCount():,}"))
        self._stats_timer.start()

    def reset_filters(self) -> None:
        for combo in (self.industry_filter, self.group_filter, self.class_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.status_filter.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.status_filter.blockSignals(False)
        self.search.clear()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _set_filters(self, text: str, status: str) -> None:
        """No 업종, group or 회원구분 condition, this search text and status; one search."""
        for combo in (self.industry_filter, self.group_filter, self.class_filter, self.status_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        for combo in (self.industry_filter, self.group_filter, self.class_filter, self.status_filter):
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.apply_filter()

    def search_for(self, text: str) -> None:
        """Every member (withdrawn ones too) the text finds, as the global search counted them."""
        self._set_filters(text, STATUS_ALL)

    def select_member(self, member_id: int) -> bool:
        """Show and select one member whatever the filters said. The table is read page by page, so
        the filters are cleared and the member's 사업자등록번호 searched: its row is then the only
        one. False when the member is gone."""
        try:
            detail = self.services.members.get(member_id)
        except NotFoundError:
            return False
        except UserError as exc:
            show_error(self, exc)
            return False
        self._set_filters(
            detail.data.brn, STATUS_ALL if detail.data.status == STATUS_LEFT else STATUS_CURRENT
        )
        for row in range(min(self.model.rowCount(), 50)):
            if self.model.member_id(row) == member_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    # --- statistics (off the keystroke path, in the background) ---------------------------
    def _start_stats(self) -> None:
        self._stats_generation += 1
        if not self.isVisible():
            return  # a hidden tab computes nothing; showEvent asks again
        generation = self._stats_generation
        flt = self.model.filter
        task = BackgroundTask(
            self,
            self.tr("통계 계산"),
            lambda _progress: self.services.stats.members(flt),
            lambda stats: self._show_stats(generation, stats),
            show_progress=False,
            on_error=lambda exc: self._stats_failed(generation, exc),
        )
        task.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stats_shown != self._stats_generation and not self._stats_timer.isActive():
            self._stats_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self._stats_timer.stop()
        super().hideEvent(event)

    def _stats_failed(self, generation: int, exc: BaseException) -> None:
        # Statistics are a side panel: say so there instead of interrupting with a dialog.
        if generation == self._stats_generation:
            self.stats_panel.show_failure(user_message(exc))

    def stats_current(self) -> bool:
        """True once the panel shows the statistics of the filter now applied."""
        return not self._stats_timer.isActive() and self._stats_shown == self._stats_generation

    def _show_stats(self, generation: int, stats: MemberStats) -> None:
        if generation == self._stats_generation:
            self.stats_panel.show_stats(stats)
            self._stats_shown = generation

    # --- actions -------------------------------------------------------------------------
    def selected_member(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_member_id(self) -> int | None:
        member = self.selected_member()
        return member.id if member else None

    def _update_buttons(self) -> None:
        member = self.selected_member()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(member is not None)
        self.withdraw_button.setEnabled(member is not None and member.status != "탈퇴")
        self.reactivate_button.setEnabled(member is not None and member.status == "탈퇴")

    def _after_change(self, select_id: int | None = None) -> None:
        self.apply_filter()
        self.members_changed.emit()
        if select_id is None:
            return
        for row in range(min(self.model.rowCount(), 2000)):
            if self.model.member_id(row) == select_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                break

    def add_member(self) -> None:
        from collabdesk.ui.members.form import MemberFormDialog

        dialog = MemberFormDialog(self.services, None, self)
        if dialog.exec():
            self._after_change(dialog.saved_member_id)

    def edit_selected(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        from collabdesk.ui.members.form import MemberFormDialog

        opened: list[MemberFormDialog] = []
        if not run_service_action(
            self, lambda: opened.append(MemberFormDialog(self.services, member_id, self))
        ):
            self.apply_filter()  # deleted meanwhile: show the list without it
            return
        if opened[0].exec():
            self._after_change(member_id)

    def withdraw_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("탈퇴 처리"),
            self.tr("'{0}'을(를) 탈퇴 처리합니다. 탈퇴일을 입력해 주십시오 (예: 2026-11-24).").format(
                member.name
            ),
            text=dt.date.today().isoformat(),
        )
        if not ok:
            return
        from collabdesk.validation.korean import ValidationError, parse_date

        try:
            left_on = parse_date(text)
            if left_on is None:
                raise ValidationError(self.tr("탈퇴일을 입력해 주십시오."))
            self.services.members.withdraw(member.id, left_on)
        except (UserError, ValidationError) as exc:
            QMessageBox.warning(self, self.tr("탈퇴 처리"), str(exc))
            return
        self._after_change(member.id)

    def reactivate_selected(self) -> None:
        member_id = self.selected_member_id()
        if member_id is None:
            return
        if run_service_action(self, lambda: self.services.members.reactivate(member_id)):
            self._after_change(member_id)

    def delete_selected(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        question = self.tr(
            "'{0}'({1})을(를) 완전히 삭제하시겠습니까?\n담당자와 그룹 소속도 함께 삭제되며 되돌릴 수 없습니다.\n"
            "회원사가 탈퇴한 경우에는 삭제 대신 '탈퇴 처리'를 사용하십시오."
        ).format(member.name, member.brn)
        if not confirm(self, self.tr("회원사 삭제"), question):
            return
        run_service_action(self, lambda: self.services.members.delete(member.id))
        self._after_change()  # refused or not, the list shows what is stored now

    def manage_groups(self) -> None:
        from collabdesk.ui.members.groups_dialog import GroupsDialog

        self._edit_lists(GroupsDialog(self.services, self))

    def manage_catalog(self, which: str) -> None:
        from collabdesk.ui.catalog_dialog import CatalogDialog

        catalog = getattr(self.services, which)
        title = self.tr("업종 관리") if which == "industries" else self.tr("회원구분 관리")
        self._edit_lists(CatalogDialog(catalog, title, self))

    def _edit_lists(self, dialog: GroupsDialog | CatalogDialog) -> None:
        """Open a dialog that edits the groups or a short list; refresh the filters on each change."""
        dialog.changed.connect(self._lists_changed)
        dialog.exec()

    def _lists_changed(self) -> None:
        self.reload_lists()
        self.apply_filter()
