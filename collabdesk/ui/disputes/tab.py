"""The 분쟁조정 tab: mediation cases filtered in the database (status, type, year, party, words), the
chosen case beside the list, and from here new cases, status steps, extensions, sessions, outcomes,
the 조정조서 and statistics; the dispute types, the mediators and the mediation password in 설정.

The records are locked while a mediation password is set and has not been entered in this window:
the list then shows case numbers, statuses and deadlines only, search looks at numbers only, and the
filters that would tell what a case is about are greyed out. Once unlocked, the access lasts until
the window closes or 잠그기 is pressed (or the password is changed on another PC).

Delete does nothing here on purpose: cases are never deleted; a mistaken one is closed as 취하 or 각하."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.container import Services
from collabdesk.services.dispute_access import LOCKED_MESSAGE, DisputeAccess
from collabdesk.services.dispute_detail import DisputeDetail
from collabdesk.services.dispute_stats import DisputeFilter, DisputeRow
from collabdesk.services.dispute_workflow import (
    CLOSED_FILTER,
    DUE_SOON,
    OPEN_FILTER,
    OVERDUE,
    STATUSES,
    is_closed,
)
from collabdesk.ui.disputes.actions import CaseActions
from collabdesk.ui.disputes.detail import DisputeDetailView
from collabdesk.ui.disputes.list_model import (
    APPLICANTS,
    CONFIDENTIAL_COLUMNS,
    NUMBER,
    RESPONDENTS,
    DisputeListModel,
)
from collabdesk.ui.disputes.lock_bar import LOCKED, OPEN, UNLOCKED, LockBar
from collabdesk.ui.errors import show_error
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
from collabdesk.ui.member_picker import pick_member
from collabdesk.ui.pdf_actions import PREVIEW, PRINT, SAVE
from collabdesk.ui.widgets import run_service_action, table_key

SEARCH_DELAY_MS = 200


class DisputesTab(QWidget):
    agreements_changed = Signal(int)  # a project got an agreement version from a case's outcome

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("disputes_tab")
        self.services = services
        self.disputes = services.disputes
        self.read_only = False
        self.access: DisputeAccess | None = None
        self.has_password = False
        self.model = DisputeListModel(self)
        self.case_actions = CaseActions(self, self)
        self._member: tuple[int, str] | None = None
        self._reread = False  # the shown case must be read again (it changed), not kept
        self._refilling = False
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._build()
        self._sync_lock()
        self.reload_lists()
        self.apply_filter()
        self._restore_layout()

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.lock_bar = LockBar()
        self.lock_bar.unlock_requested.connect(lambda: self.unlock())
        self.lock_bar.lock_requested.connect(self.lock)

        self.search = QLineEdit(objectName="dispute_search", clearButtonEnabled=True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.status_filter = QComboBox(objectName="dispute_status_filter")
        self.type_filter = QComboBox(objectName="dispute_type_filter")
        self.type_filter.setMinimumContentsLength(8)
        self.year_filter = QComboBox(objectName="dispute_year_filter")
        self.party_filter = QLineEdit(objectName="dispute_party_filter", clearButtonEnabled=True)
        self.party_filter.setPlaceholderText(self.tr("당사자 이름"))
        self.party_filter.setMaximumWidth(150)
        self.party_filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.member_button = QPushButton(self.tr("회원사…"), objectName="dispute_member_filter")
        self.member_button.clicked.connect(self.choose_member)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, combo in (
            (self.tr("상태"), self.status_filter),
            (self.tr("유형"), self.type_filter),
            (self.tr("연도"), self.year_filter),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
            combo.currentIndexChanged.connect(self.apply_filter)
        self.party_label = QLabel(self.tr("당사자"))
        filters.addWidget(self.party_label)
        filters.addWidget(self.party_filter, 1)
        filters.addWidget(self.member_button)

        self.add_button = QPushButton(self.tr("새 사건"), objectName="add_dispute")
        self.add_button.setToolTip(self.tr("새 분쟁조정 사건을 접수합니다 (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("수정"), objectName="edit_dispute")
        self.edit_button.setToolTip(self.tr("선택한 사건의 접수 내용을 고칩니다 (Enter)"))
        self.status_button = QPushButton(self.tr("상태 변경…"), objectName="change_dispute_status")
        self.status_button.setToolTip(
            self.tr(
                "접수 → 조정진행 → 조정성립·조정불성립·취하·각하·중단. 사건은 지우지 않습니다: "
                "잘못 접수한 사건은 취하나 각하로 종결하십시오."
            )
        )
        self.extend_button = QPushButton(self.tr("기한 연장…"), objectName="extend_deadline")
        self.extend_button.setToolTip(self.tr("처리 기한을 사유와 함께 늘립니다"))
        self.print_button = QPushButton(self.tr("조정조서 인쇄·PDF"), objectName="print_record")
        self.print_button.setToolTip(self.tr("조정조서를 미리 보기에서 인쇄합니다 (Ctrl+P)"))
        print_menu = QMenu(self.print_button)
        print_menu.addAction(self.tr("미리 보기·인쇄…"), lambda: self.case_actions.record(PREVIEW))
        print_menu.addAction(self.tr("인쇄…"), lambda: self.case_actions.record(PRINT))
        print_menu.addAction(self.tr("PDF로 저장…"), lambda: self.case_actions.record(SAVE))
        self.print_button.setMenu(print_menu)
        self.stats_button = QPushButton(self.tr("통계…"), objectName="dispute_stats")
        self.stats_button.setToolTip(self.tr("유형별·결과별 사건 수와 종결까지 걸린 날"))
        self.settings_button = QPushButton(self.tr("설정"), objectName="dispute_settings")
        settings = QMenu(self.settings_button)
        settings.setToolTipsVisible(True)  # why an entry is greyed out while the records are locked
        self.types_action = settings.addAction(self.tr("분쟁 유형 관리…"), self.manage_types)
        self.mediators_action = settings.addAction(self.tr("조정위원 관리…"), self.manage_mediators)
        self.password_action = settings.addAction(self.tr("조정 암호 설정…"), self.set_password)
        self.settings_button.setMenu(settings)
        self.add_button.clicked.connect(self.case_actions.new_case)
        self.edit_button.clicked.connect(self.case_actions.edit_case)
        self.status_button.clicked.connect(self.case_actions.change_status)
        self.extend_button.clicked.connect(self.case_actions.extend_deadline)
        self.stats_button.clicked.connect(self.show_stats)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.status_button,
            self.extend_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.result_label = QLabel(objectName="dispute_count")
        actions.addWidget(self.result_label)
        actions.addStretch(1)
        actions.addWidget(self.stats_button)
        actions.addWidget(self.settings_button)

        self.table = QTableView(objectName="dispute_table")
        self.table.setModel(self.model)
        set_up_list_view(self.table, (120, 85, 150, 150, 95, 80, 70), NUMBER)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _index: self.case_actions.edit_case())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)

        self.detail = DisputeDetailView(self.services)
        self.detail.session_add_requested.connect(lambda: self.case_actions.save_session())
        self.detail.session_edit_requested.connect(self.case_actions.save_session)
        self.detail.session_delete_requested.connect(self.case_actions.delete_session)
        self.detail.outcome_requested.connect(self.case_actions.edit_outcome)
        self.detail.agreement_requested.connect(self.case_actions.make_agreement)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 520])

        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_bar)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        QShortcut(QKeySequence.StandardKey.New, self, self.case_actions.new_case)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.case_actions.record(PREVIEW))
        table_key(self.table, Qt.Key.Key_Return, self.case_actions.edit_case)
        table_key(self.table, Qt.Key.Key_Enter, self.case_actions.edit_case)
        table_key(self.table, Qt.Key.Key_Delete, self._explain_no_delete)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self.setTabOrder(self.search, self.table)

    def _restore_layout(self) -> None:
        restore_layout("disputes", self.table, self.splitter)
        self._show_columns()

    def save_layout(self) -> None:
        save_layout("disputes", self.table, self.splitter)

    def set_read_only(self, read_only: bool) -> None:
        """A read-only window (another CollabDesk has the database) may unlock and read, never change."""
        self.read_only = read_only
        self.password_action.setEnabled(not read_only)
        self.detail.set_read_only(read_only)
        self._update_buttons()

    # --- the lock ------------------------------------------------------------------------
    @property
    def unlocked(self) -> bool:
        return self.access is not None and self.access.unlocked

    def _sync_lock(self, note: str = "") -> None:
        """Ask whether a password is set (another PC may have set or removed one) and show the state;
        with no password the records are open to this window without asking."""
        found: list[bool] = []
        if not run_service_action(self, lambda: found.append(self.disputes.has_password())):
            return
        self.has_password = found[0]
        if not self.has_password and not self.unlocked:
            try:
                self.access = self.disputes.access(None)
            except UserError:  # a password was set on another PC this very moment
                self.has_password = True
        self.lock_bar.show_state(
            OPEN if not self.has_password else UNLOCKED if self.unlocked else LOCKED, note
        )
        locked = not self.unlocked
        for widget in (self.type_filter, self.party_filter, self.member_button, self.party_label):
            widget.setEnabled(not locked)
            widget.setToolTip(self.tr("잠금을 해제하면 쓸 수 있습니다") if locked else "")
        if not locked:
            self.member_button.setToolTip(self.tr("회원사 한 곳이 당사자인 사건만 봅니다"))
        self.search.setPlaceholderText(
            self.tr("사건번호로 찾기 (Ctrl+F) — 잠금을 해제하면 당사자와 내용으로도 찾습니다")
            if locked
            else self.tr("사건번호, 당사자, 과제, 신청 내용, 조정 내용으로 찾기 (Ctrl+F)")
        )
        self._show_columns()
        self._update_buttons()

    def _show_columns(self) -> None:
        """Locked, the columns that tell what a case is about are hidden and the number takes the room;
        unlocked, the parties do."""
        unlocked = self.unlocked
        header = self.table.horizontalHeader()
        for column in CONFIDENTIAL_COLUMNS:
            self.table.setColumnHidden(column, not unlocked)
        stretch, interactive = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(NUMBER, interactive if unlocked else stretch)
        for column in (APPLICANTS, RESPONDENTS):
            header.setSectionResizeMode(column, stretch if unlocked else interactive)

    def unlock(self) -> bool:
        """잠금 해제…: the password, then the records; the unlock is written to the history of the case
        chosen in the list (or of the records as a whole)."""
        from collabdesk.ui.disputes.unlock import ask_unlock

        row = self.selected_row()
        access = ask_unlock(self.disputes, self, row.id if row is not None else None)
        if access is None:
            return False
        self.access = access
        self._after_lock_change()
        return True

    def lock(self) -> None:
        """잠그기: numbers and statuses only again, and nothing typed while unlocked left in the filters."""
        if not self.has_password:
            return
        self.access = None
        self._after_lock_change()

    def _lapsed(self) -> None:
        """The access no longer opens the records: the password was changed (on another PC, say)."""
        self.access = None
        self._after_lock_change(self.tr("조정 암호가 바뀌어 다시 잠겼습니다."))

    def _after_lock_change(self, note: str = "") -> None:
        if not self.unlocked:
            self._member = None
            self.member_button.setText(self.tr("회원사…"))
            clear_filters(self.search, (self.type_filter,))
            self.party_filter.blockSignals(True)
            self.party_filter.clear()
            self.party_filter.blockSignals(False)
        self._sync_lock(note)
        self._reread = True
        self.apply_filter()

    def _refused(self, exc: UserError) -> bool:
        """True when `exc` is the service saying the records are locked: the window locks too."""
        if str(exc) != LOCKED_MESSAGE:
            return False
        if self.unlocked or not self.has_password:
            QTimer.singleShot(0, self._lapsed)
        return True

    # --- filters -------------------------------------------------------------------------
    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.status_filter, self.type_filter, self.year_filter)

    def reload_lists(self) -> None:
        """Refill the filter lists (types, years), keeping the choices; see whether the lock changed."""
        self._sync_lock()
        current = tuple(combo.currentData() for combo in self._combos())
        for combo in self._combos():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("전체"), None)
        try:
            self.status_filter.addItem(self.tr("진행 중"), OPEN_FILTER)
            self.status_filter.addItem(self.tr("종결"), CLOSED_FILTER)
            for status in STATUSES:
                self.status_filter.addItem(status, status)
            for kind in self.disputes.types():
                self.type_filter.addItem(kind, kind)
            for year in self.disputes.years():
                self.year_filter.addItem(self.tr("{0}년").format(year), year)
        except UserError as exc:
            show_error(self, exc)
        finally:
            for combo, value in zip(self._combos(), current, strict=True):
                combo.setCurrentIndex(max(combo.findData(value), 0))
                combo.blockSignals(False)
        if tuple(combo.currentData() for combo in self._combos()) != current:
            self.apply_filter()  # a chosen entry is gone: show what the filter now says

    def current_filter(self) -> DisputeFilter:
        """What the filters say; those that tell what a case is about only while unlocked."""
        unlocked = self.unlocked
        return DisputeFilter(
            status=self.status_filter.currentData(),
            dispute_type=self.type_filter.currentData() if unlocked else None,
            year=self.year_filter.currentData(),
            member_id=self._member[0] if unlocked and self._member else None,
            party=self.party_filter.text().strip() if unlocked else "",
            text=self.search.text().strip(),
        )

    def choose_member(self) -> None:
        """회원사…: the cases a member company is party to; pressed again, the condition goes."""
        if self._member is not None:
            self._member = None
        else:
            self._member = pick_member(self.services.members, self, title=self.tr("당사자인 회원사"))
        self.member_button.setText(
            self.tr("회원사: {0} ×").format(self._member[1]) if self._member else self.tr("회원사…")
        )
        self.apply_filter()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        try:
            rows = self.disputes.search(self.current_filter(), self.access)
        except UserError as exc:
            if not self._refused(exc):
                show_error(self, exc)
            return
        if self.unlocked and any(r.locked for r in rows):
            QTimer.singleShot(0, self._lapsed)
        selected = self.selected_row()
        self._refilling = True
        try:
            self.model.set_rows(rows)
            if selected is not None:
                self.select_case(selected.id)
        finally:
            self._refilling = False
        self.result_label.setText(self._counts(rows))
        self._selection_changed()

    def _counts(self, rows: list[DisputeRow]) -> str:
        """'진행 12 · 기한 지남 2 · 종결 30' over the cases listed."""
        closed = sum(1 for r in rows if is_closed(r.status))
        parts = [self.tr("진행 {0}").format(len(rows) - closed)]
        overdue = sum(1 for r in rows if r.flag == OVERDUE)
        soon = sum(1 for r in rows if r.flag == DUE_SOON)
        if overdue:
            parts.append(self.tr("기한 지남 {0}").format(overdue))
        if soon:
            parts.append(self.tr("기한 임박 {0}").format(soon))
        parts.append(self.tr("종결 {0}").format(closed))
        return " · ".join(parts)

    def refresh(self) -> None:
        """F5: read again what other PCs on a shared database may have changed."""
        self._reread = True
        self.reload_lists()
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- selection -----------------------------------------------------------------------
    def selected_row(self) -> DisputeRow | None:
        return selected_record(self.table, self.model)  # type: ignore[no-any-return]

    def select_case(self, case_id: int) -> bool:
        return select_record(self.table, self.model, case_id)

    def reveal_case(self, case_id: int) -> bool:
        """Select a case read afresh, clearing the filters when they hide it (locked too: the list
        shows the numbers); False when it is not there."""
        return reveal_record(self.select_case, self._clear_all_filters, self.apply_filter, case_id)

    def search_for(self, text: str) -> None:
        """Every case the text finds, whatever the other filters said."""
        search_only(self.search, self._clear_all_filters, self.apply_filter, text)

    def _clear_all_filters(self) -> None:
        """The combos back to '전체', no search text, no party and no member condition (no search)."""
        clear_filters(self.search, self._combos())
        self._member = None
        self.member_button.setText(self.tr("회원사…"))
        self.party_filter.blockSignals(True)
        self.party_filter.clear()
        self.party_filter.blockSignals(False)

    def select_number(self, number: str) -> bool:
        row = next((r for r in self.model.rows if r.number == number), None)
        return row is not None and self.select_case(row.id)

    def shown_case(self) -> DisputeDetail | None:
        return self.detail.detail

    def _update_buttons(self) -> None:
        shown = self.detail.detail
        writable = self.unlocked and not self.read_only
        self.add_button.setEnabled(writable)
        for button in (self.edit_button, self.status_button):
            button.setEnabled(writable and shown is not None)
        self.extend_button.setEnabled(writable and shown is not None and not is_closed(shown.status))
        self.print_button.setEnabled(self.unlocked and shown is not None)
        # How many cases a type or a mediator has tells about the cases: only once unlocked.
        locked_tip = self.tr("잠금을 해제하면 쓸 수 있습니다 (사건 수가 보이므로)")
        self.types_action.setEnabled(writable)
        self.types_action.setToolTip("" if self.unlocked else locked_tip)
        self.mediators_action.setEnabled(self.unlocked)
        self.mediators_action.setToolTip("" if self.unlocked else locked_tip)

    def _selection_changed(self) -> None:
        if self._refilling:
            return
        row = self.selected_row()
        try:
            self._show(row)
        finally:
            self._update_buttons()

    def _show(self, row: DisputeRow | None) -> None:
        if row is None:
            self.detail.show_placeholder(
                self.tr("사건을 고르면 여기에 당사자, 신청 내용, 진행 경과, 조정기일, 조정 결과가 보입니다.")
                if self.model.rowCount()
                else self.tr("찾은 사건이 없습니다.")
            )
            return
        if not self.unlocked:
            self.detail.show_placeholder(self.tr("잠금을 해제하면 이 사건의 내용이 보입니다."), row)
            return
        shown = self.detail.detail
        if shown is not None and shown.id == row.id and not self._reread:
            return  # the same case, unchanged: not read (nor logged as viewed) again
        self._reread = False
        try:
            self.detail.show_case(self.disputes.get(row.id, self.access))
        except NotFoundError:
            QTimer.singleShot(0, self.apply_filter)
        except UserError as exc:
            if not self._refused(exc):
                self.detail.show_placeholder(str(exc), row)  # said in the pane: reselecting must not ask

    def case_changed(self, case_id: int | None) -> DisputeDetail | None:
        """After a change: the lists and the case read again, the case selected even when the filters
        would hide it (it must not seem lost)."""
        self._reread = True
        self.reload_lists()
        self.apply_filter()
        if case_id is not None and not self.select_case(case_id):
            self._clear_all_filters()
            self.apply_filter()
            self.select_case(case_id)
        return self.detail.detail

    def agreement_made(self, project_id: int) -> None:
        self.agreements_changed.emit(project_id)

    def show_session(self, session_id: int) -> None:
        self.detail.select_session(session_id)

    def _explain_no_delete(self) -> None:
        QToolTip.showText(
            self.table.mapToGlobal(self.table.rect().center()),
            self.tr(
                "분쟁조정 사건은 지우지 않습니다. 잘못 접수한 사건은 '상태 변경…'에서 취하나 각하로 종결하십시오."
            ),
            self.table,
        )

    # --- settings and statistics ---------------------------------------------------------
    def show_stats(self) -> None:
        self.case_actions.show_stats(self.year_filter.currentData())

    def manage_types(self) -> None:
        if not self.unlocked or self.read_only:
            return
        from collabdesk.services.disputes import dispute_types
        from collabdesk.ui.catalog_dialog import CatalogDialog

        CatalogDialog(
            dispute_types(self.services.db, self.access),
            self.tr("분쟁 유형 관리"),
            self,
            self.tr("{0} ({1}건)"),
        ).exec()
        self.refresh()

    def manage_mediators(self) -> None:
        if not self.unlocked:
            return
        from collabdesk.ui.disputes.mediators_dialog import MediatorsDialog

        MediatorsDialog(self.services.mediators, self, self.read_only, self.access).exec()
        self.refresh()

    def set_password(self) -> bool:
        """조정 암호 설정…: after a new password this window stays unlocked with it; after removing it
        the records are open."""
        if self.read_only:
            return False
        from collabdesk.ui.disputes.unlock import PasswordSettingsDialog

        dialog = PasswordSettingsDialog(self.disputes, self)
        if not dialog.exec():
            return False
        password = dialog.new_password
        try:
            self.access = (
                self.disputes.access(password) if password is not None else self.disputes.access(None)
            )
        except UserError as exc:
            self.access = None
            show_error(self, exc)
        self._after_lock_change()
        return True
