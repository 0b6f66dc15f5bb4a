"""One dispute case beside the list, once the records are unlocked: the facts at a glance (status,
deadline with its extensions, type, project and agreement version, amount, mediators), then pages for
the parties, the claim, the course of the case (status steps with their notes, extensions), the
sessions (조정기일), the outcome and the case's 변경 이력 (unlocks and views included).

While the records are locked it shows the case number and status only and holds no text of the case.
The buttons on the pages ask the tab to act (signals); the view itself changes nothing."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from collabdesk.formatting import money
from collabdesk.services.container import Services
from collabdesk.services.dispute_detail import DisputeDetail
from collabdesk.services.dispute_stats import DisputeRow
from collabdesk.services.dispute_workflow import DUE_SOON, OVERDUE, SETTLED, is_closed
from collabdesk.ui.history_panel import HistoryPanel
from collabdesk.ui.widgets import table_key
from collabdesk.validation.dispute import APPLICANT, RESPONDENT

PARTIES, CLAIM, COURSE, SESSIONS, OUTCOME, CHANGES = range(6)
CASES_TABLE = "dispute_cases"
FLAG_COLOURS = {OVERDUE: "#b00020", DUE_SOON: "#c45a00"}
OVERVIEW_HEIGHT = 190
SESSION_PLACE_WIDTH = 170
QWIDGETSIZE_MAX = (1 << 24) - 1


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    """Each row: (the key kept in its first cell, the texts of its cells)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for number, (key, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(number, column, item)
    table.resizeRowsToContents()


def selected_key(table: QTableWidget) -> object:
    rows = table.selectionModel().selectedRows()
    item = table.item(rows[0].row(), 0) if rows else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def _text_view(name: str) -> QTextBrowser:
    view = QTextBrowser(objectName=name)
    view.setOpenLinks(False)
    return view


class DisputeDetailView(QWidget):
    session_add_requested = Signal()
    session_edit_requested = Signal(int)
    session_delete_requested = Signal(int)
    outcome_requested = Signal()
    agreement_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dispute_detail")
        self.services = services
        self.detail: DisputeDetail | None = None
        self.read_only = False

        self.overview = _text_view("dispute_overview")
        self.overview.setMaximumHeight(OVERVIEW_HEIGHT)

        self.parties = _table(
            "dispute_parties", [self.tr("구분"), self.tr("당사자"), self.tr("대표자"), self.tr("주소")], 3
        )
        self.claim = _text_view("dispute_claim")

        self.steps = _table("dispute_steps", [self.tr("날짜"), self.tr("상태"), self.tr("경위·사유")], 2)
        self.extensions_label = QLabel(self.tr("처리 기한 연장"), objectName="dispute_extensions_label")
        self.extensions = _table(
            "dispute_extensions", [self.tr("연장일"), self.tr("일수"), self.tr("사유")], 2
        )
        self.extensions.setMaximumHeight(120)
        course_page = QWidget()
        box = QVBoxLayout(course_page)
        box.addWidget(self.steps, 2)
        box.addWidget(self.extensions_label)
        box.addWidget(self.extensions, 1)

        self.sessions = _table(
            "dispute_sessions", [self.tr("회차"), self.tr("날짜"), self.tr("장소"), self.tr("진행 내용")], 3
        )
        # The texts are long: the place gets a fixed width, the summary the rest, the whole session
        # is shown under the table.
        self.sessions.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.sessions.setColumnWidth(2, SESSION_PLACE_WIDTH)
        self.sessions.setWordWrap(False)
        self.sessions.doubleClicked.connect(lambda _index: self._edit_session())
        self.sessions.itemSelectionChanged.connect(self._show_session)
        self.session_view = _text_view("dispute_session_view")
        self.add_session_button = QPushButton(self.tr("조정기일 추가…"), objectName="add_session")
        self.add_session_button.clicked.connect(self.session_add_requested)
        self.edit_session_button = QPushButton(self.tr("수정…"), objectName="edit_session")
        self.edit_session_button.clicked.connect(self._edit_session)
        self.delete_session_button = QPushButton(self.tr("삭제"), objectName="delete_session")
        self.delete_session_button.clicked.connect(self._delete_session)
        table_key(self.sessions, Qt.Key.Key_Delete, self._delete_session)
        sessions_page = QWidget()
        box = QVBoxLayout(sessions_page)
        box.addWidget(self.sessions, 2)
        box.addWidget(self.session_view, 3)
        box.addLayout(_buttons(self.add_session_button, self.edit_session_button, self.delete_session_button))

        self.outcome = _text_view("dispute_outcome")
        self.outcome_label = QLabel(objectName="dispute_outcome_label", wordWrap=True)
        self.outcome_button = QPushButton(self.tr("조정 결과…"), objectName="edit_outcome")
        self.outcome_button.setToolTip(self.tr("당사자가 합의한 조정 내용을 적습니다"))
        self.outcome_button.clicked.connect(self.outcome_requested)
        self.agreement_button = QPushButton(self.tr("협약 버전 만들기…"), objectName="outcome_agreement")
        self.agreement_button.clicked.connect(self.agreement_requested)
        outcome_page = QWidget()
        box = QVBoxLayout(outcome_page)
        box.addWidget(self.outcome, 1)
        box.addWidget(self.outcome_label)
        box.addLayout(_buttons(self.outcome_button, self.agreement_button))

        self.pages = QTabWidget(objectName="dispute_pages")
        self.pages.addTab(self.parties, self.tr("당사자"))
        self.pages.addTab(self.claim, self.tr("신청 내용"))
        self.pages.addTab(course_page, self.tr("진행 경과"))
        self.pages.addTab(sessions_page, self.tr("조정기일"))
        self.pages.addTab(outcome_page, self.tr("조정 결과"))
        self.changes = HistoryPanel(services.history)
        self.pages.addTab(self.changes, self.tr("변경 이력"))
        self.pages.currentChanged.connect(lambda _index: self._show_changes())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overview)
        layout.addWidget(self.pages, 1)
        self.show_placeholder("")

    # --- showing -------------------------------------------------------------------------
    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._enable()

    def show_placeholder(self, text: str, row: DisputeRow | None = None) -> None:
        """No case shown: a hint, or (locked) the number and status of the row chosen — nothing more."""
        self.detail = None
        if row is None:
            self.overview.setHtml(f"<p style='color:#666'>{escape(text)}</p>")
        else:
            received = self.tr("접수 {0}").format(_date(row.received_on))
            self.overview.setHtml(
                f"<h3 style='margin:0'>{escape(row.number)}</h3>"
                f"<p style='margin:2px 0'>{escape(row.status)} · {escape(received)}</p>"
                f"<p style='color:#666'>{escape(text)}</p>"
            )
        for table in (self.parties, self.steps, self.extensions, self.sessions):
            table.setRowCount(0)
        self.claim.clear()
        self.session_view.clear()
        self.outcome.clear()
        self.outcome_label.clear()
        self.changes.show_entries([])
        self.changes.empty.clear()
        self.pages.setEnabled(False)
        self.pages.hide()  # nothing to page through: the hint takes the room
        self.overview.setMaximumHeight(QWIDGETSIZE_MAX)
        self._enable()

    def show_case(self, detail: DisputeDetail) -> None:
        kept = (
            selected_key(self.sessions) if self.detail is not None and self.detail.id == detail.id else None
        )
        self.detail = detail
        self.pages.setEnabled(True)
        self.pages.show()
        self.overview.setMaximumHeight(OVERVIEW_HEIGHT)
        self.overview.setHtml(self._overview_html(detail))
        _fill(
            self.parties,
            [
                (n, [p.side, p.name, p.representative, p.address])
                for n, p in enumerate(
                    sorted(detail.parties, key=lambda p: (p.side != APPLICANT, p.side != RESPONDENT))
                )
            ],
        )
        self.claim.setPlainText(detail.data.claim_summary or self.tr("(신청 내용을 적지 않았습니다)"))
        _fill(
            self.steps,
            [
                (
                    n,
                    [
                        _date(step.changed_on),
                        f"{step.from_status} → {step.to_status}" if step.from_status else step.to_status,
                        step.note,
                    ],
                )
                for n, step in enumerate(detail.steps)
            ],
        )
        _fill(
            self.extensions,
            [
                (n, [_date(e.extended_on), self.tr("{0}일").format(e.days), e.reason])
                for n, e in enumerate(detail.extensions)
            ],
        )
        self.extensions_label.setText(
            self.tr("처리 기한 연장 ({0}회)").format(len(detail.extensions))
            if detail.extensions
            else self.tr("처리 기한 연장: 없음")
        )
        _fill(
            self.sessions,
            [
                (s.id, [self.tr("제{0}차").format(n), _date(s.held_on), s.place, s.summary])
                for n, s in enumerate(detail.sessions, start=1)
            ],
        )
        keys = [s.id for s in detail.sessions]
        if keys:
            # The session worked on stays chosen; otherwise the latest, the one usually wanted.
            self.sessions.selectRow(keys.index(kept) if kept in keys else len(keys) - 1)
        self._show_session()
        self.outcome.setPlainText(detail.outcome_text)
        self.outcome_label.setText(self._outcome_note(detail))
        self.pages.setTabText(SESSIONS, self.tr("조정기일 ({0})").format(len(detail.sessions)))
        self._enable()
        self._show_changes()

    def _outcome_note(self, detail: DisputeDetail) -> str:
        if detail.outcome_agreement_number is not None:
            return self.tr("이 조정 결과로 '{0}' 과제의 협약 제{1}차를 만들었습니다.").format(
                detail.project_name, detail.outcome_agreement_number
            )
        if not detail.outcome_text:
            return self.tr("아직 조정 내용을 적지 않았습니다.")
        if detail.data.project_id is None:
            return self.tr("관련 과제가 없는 사건이라 협약 버전을 만들 수 없습니다.")
        return self.tr(
            "합의로 컨소시엄의 역할이나 지분이 바뀌면 '협약 버전 만들기…'로 과제의 새 협약 버전을 만드십시오."
        )

    def _enable(self) -> None:
        detail = self.detail
        writable = detail is not None and not self.read_only
        # Sessions belong to an open case; a closed one is reopened (with a reason) first.
        sessions = writable and detail is not None and not is_closed(detail.status)
        for button in (self.add_session_button, self.edit_session_button, self.delete_session_button):
            button.setEnabled(sessions)
            button.setToolTip(
                self.tr("종결된 사건입니다. 조정기일을 고치려면 먼저 '상태 변경…'으로 다시 진행하십시오.")
                if writable and not sessions
                else ""
            )
        self.outcome_button.setEnabled(writable)
        can_make = (
            writable
            and detail is not None
            and detail.status == SETTLED
            and detail.data.project_id is not None
            and bool(detail.outcome_text)
            and detail.outcome_agreement_number is None
        )
        self.agreement_button.setEnabled(can_make)
        if detail is not None and detail.data.project_id is None:
            tip = self.tr("관련 과제가 없는 사건입니다")
        elif detail is not None and detail.status != SETTLED and detail.outcome_agreement_number is None:
            tip = self.tr("조정성립으로 종결한 사건에서만 협약 버전을 만들 수 있습니다")
        elif detail is not None and detail.outcome_agreement_number is not None:
            tip = self.tr("이 조정 결과로 이미 협약 버전을 만들었습니다")
        elif detail is not None and not detail.outcome_text:
            tip = self.tr("먼저 '조정 결과…'로 조정 내용을 적으십시오")
        else:
            tip = self.tr("조정 결과에 따라 관련 과제의 새 협약 버전을 만들고 이 사건에 연결합니다")
        self.agreement_button.setToolTip(tip)

    def _overview_html(self, d: DisputeDetail) -> str:
        status = escape(d.status)
        if is_closed(d.status) and d.closed_on is not None:
            status += f" <span style='color:#666'>({escape(_date(d.closed_on))})</span>"
        deadline = escape(self._deadline_text(d))
        if d.flag in FLAG_COLOURS:
            deadline = f"<span style='color:{FLAG_COLOURS[d.flag]};font-weight:bold'>{deadline}</span>"
        project = d.project_name or "—"
        if d.project_name and d.agreement_number:
            project = self.tr("{0} (협약 제{1}차)").format(d.project_name, d.agreement_number)
        applicants = ", ".join(p.name for p in d.parties if p.side == APPLICANT)
        respondents = ", ".join(p.name for p in d.parties if p.side == RESPONDENT)
        rows = [
            (self.tr("유형"), escape(d.data.dispute_type)),
            (self.tr("접수일"), escape(_date(d.data.received_on))),
            (self.tr("처리 기한"), deadline),
            (self.tr("신청인"), escape(applicants or "—")),
            (self.tr("피신청인"), escape(respondents or "—")),
            (self.tr("관련 과제"), escape(project)),
            (self.tr("분쟁 금액"), escape(money(d.data.amount) or "—")),
            (self.tr("조정위원"), escape(", ".join(d.mediators) or "—")),
        ]
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:10px'>{escape(label)}</td><td>{value}</td></tr>"
            for label, value in rows
        )
        return (
            f"<h3 style='margin:0'>{escape(d.number)} · {status}</h3>"
            f"<table cellspacing=0 cellpadding=1>{cells}</table>"
        )

    def _deadline_text(self, d: DisputeDetail) -> str:
        text = _date(d.deadline)
        if is_closed(d.status):
            return self.tr("{0} (종결)").format(text)
        if d.days_left > 0:
            text += self.tr(" (D-{0})").format(d.days_left)
        elif d.days_left == 0:
            text += self.tr(" (오늘까지)")
        else:
            text += self.tr(" ({0}일 지남)").format(-d.days_left)
        if d.extensions:
            total = sum(e.days for e in d.extensions)
            text += self.tr(" · {0}일 중 {1}일 연장").format(d.data.target_days + total, total)
        else:
            text += self.tr(" · {0}일").format(d.data.target_days)
        return text

    def _show_changes(self) -> None:
        """The case's history (unlocks and views included), read only while that page shows."""
        if self.pages.currentIndex() == CHANGES and self.detail is not None:
            self.changes.show_record(CASES_TABLE, self.detail.id)

    # --- sessions ------------------------------------------------------------------------
    def _show_session(self) -> None:
        detail = self.detail
        key = self.selected_session()
        found = next((x for x in detail.sessions if x.id == key), None) if detail else None
        if detail is None or found is None:
            empty = self.tr("아직 조정기일이 없습니다.") if detail is not None and not detail.sessions else ""
            self.session_view.setHtml(f"<p style='color:#666'>{escape(empty)}</p>")
            return
        heading = self.tr("제{0}차 조정기일 {1}").format(
            detail.sessions.index(found) + 1, _date(found.held_on)
        )
        rows = [
            (self.tr("장소"), found.place),
            (self.tr("참석자"), found.attendees),
            (self.tr("진행 내용"), found.summary),
            (self.tr("다음 할 일"), found.next_steps),
        ]
        cells = "".join(
            f"<tr><td style='color:#555;padding-right:10px;white-space:nowrap'>{escape(label)}</td>"
            f"<td>{escape(text or '—')}</td></tr>"
            for label, text in rows
        )
        self.session_view.setHtml(
            f"<b>{escape(heading)}</b><table cellspacing=0 cellpadding=2>{cells}</table>"
        )

    def selected_session(self) -> int | None:
        key = selected_key(self.sessions)
        return key if isinstance(key, int) else None

    def select_session(self, session_id: int) -> None:
        for row in range(self.sessions.rowCount()):
            item = self.sessions.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == session_id:
                self.sessions.selectRow(row)
                return

    def _edit_session(self) -> None:
        key = self.selected_session()
        if key is not None and not self.read_only:
            self.session_edit_requested.emit(key)

    def _delete_session(self) -> None:
        key = self.selected_session()
        if key is not None and not self.read_only:
            self.session_delete_requested.emit(key)
