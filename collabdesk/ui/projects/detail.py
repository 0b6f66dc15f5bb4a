"""One project at a glance beside the list: what it is and where it stands, then four pages —
participants of the current agreement, the agreement history, milestones (overdue ones in red) and
outcomes — each with the buttons that change it. Every change is one service call."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
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
from collabdesk.services.projects import ProjectDetail
from collabdesk.ui.errors import confirm
from collabdesk.ui.history_panel import HistoryPanel
from collabdesk.ui.projects.item_dialogs import MilestoneDialog, OutcomeDialog
from collabdesk.ui.projects.list_model import OVERDUE_COLOUR, OVERDUE_FILL, period_text
from collabdesk.ui.widgets import run_service_action, table_key
from collabdesk.validation.project import STAGES, MilestoneData, format_share

PARTIES, HISTORY, MILESTONES, OUTCOMES, CHANGES = range(5)
DONE_COLOUR = QColor("#1b5e20")


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _table(name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    """Each row: (the id kept in its first cell, the texts of its cells)."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for number, (key, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(number, column, item)


def _selected_key(table: QTableWidget) -> object:
    rows = table.selectionModel().selectedRows()
    item = table.item(rows[0].row(), 0) if rows else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def _reselect(table: QTableWidget, key: object) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(row)
            return


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ProjectDetailView(QWidget):
    """Shows one ProjectDetail; `changed` says a milestone, outcome or agreement was saved."""

    changed = Signal()
    compare_requested = Signal(int, int)  # versions to compare (before, after)
    new_version_requested = Signal()
    certificates_requested = Signal()  # 참여 기업 인증서 발급 for the project shown

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("project_detail")
        self.services = services
        self.detail: ProjectDetail | None = None
        self._kept: tuple[int | None, list[object]] = (None, [])

        self.overview = QTextBrowser(objectName="project_overview")
        self.overview.setOpenLinks(False)
        self.overview.setMaximumHeight(190)

        self.parties = _table(
            "project_parties", [self.tr("참여자"), self.tr("구분"), self.tr("역할"), self.tr("지분")], 2
        )
        self.agreement_label = QLabel(objectName="agreement_label", wordWrap=True)
        self.new_version_button = QPushButton(self.tr("새 협약 버전…"), objectName="new_agreement")
        self.new_version_button.setToolTip(
            self.tr("참여자, 역할, 지분이 바뀌면 새 버전으로 저장합니다. 이전 버전은 그대로 남습니다.")
        )
        self.new_version_button.clicked.connect(self.new_version_requested)
        self.certificates_button = QPushButton(
            self.tr("참여 기업 인증서 발급…"), objectName="issue_certificates"
        )
        self.certificates_button.setToolTip(
            self.tr("현재 협약에 참여한 회원사 모두에게 협업인증서를 발급합니다 (증명서 탭)")
        )
        self.certificates_button.clicked.connect(self.certificates_requested)
        parties_page = QWidget()
        box = QVBoxLayout(parties_page)
        box.addWidget(self.agreement_label)
        box.addWidget(self.parties, 1)
        box.addLayout(_buttons(self.new_version_button, self.certificates_button))

        self.history = _table(
            "agreement_history",
            [self.tr("차수"), self.tr("협약일"), self.tr("참여"), self.tr("변경 내용")],
            3,
        )
        self.history.doubleClicked.connect(lambda _index: self._compare_selected())
        self.compare_button = QPushButton(self.tr("이전 버전과 비교…"), objectName="compare_versions")
        self.compare_button.clicked.connect(self._compare_selected)
        self.view_button = QPushButton(self.tr("이 버전 보기…"), objectName="view_version")
        self.view_button.setToolTip(self.tr("선택한 버전의 참여자, 역할, 지분을 봅니다"))
        self.view_button.clicked.connect(self._view_selected)
        history_page = QWidget()
        box = QVBoxLayout(history_page)
        box.addWidget(self.history, 1)
        box.addLayout(_buttons(self.compare_button, self.view_button))

        self.milestones = _table(
            "project_milestones", [self.tr("내용"), self.tr("예정일"), self.tr("완료일"), self.tr("상태")], 0
        )
        self.milestones.doubleClicked.connect(lambda _index: self.edit_milestone())
        add = QPushButton(self.tr("추가…"), objectName="add_milestone")
        add.clicked.connect(self.add_milestone)
        edit = QPushButton(self.tr("수정…"), objectName="edit_milestone")
        edit.clicked.connect(self.edit_milestone)
        done = QPushButton(self.tr("오늘 완료"), objectName="milestone_done_today")
        done.setToolTip(self.tr("선택한 마일스톤을 오늘 날짜로 완료 처리합니다"))
        done.clicked.connect(self.mark_done_today)
        remove = QPushButton(self.tr("삭제"), objectName="delete_milestone")
        remove.clicked.connect(self.delete_milestone)
        table_key(self.milestones, Qt.Key.Key_Delete, self.delete_milestone)
        milestones_page = QWidget()
        box = QVBoxLayout(milestones_page)
        box.addWidget(self.milestones, 1)
        box.addLayout(_buttons(add, edit, done, remove))

        self.outcomes = _table(
            "project_outcomes",
            [self.tr("종류"), self.tr("날짜"), self.tr("금액"), self.tr("내용"), self.tr("참여 기업")],
            3,
        )
        add_outcome = QPushButton(self.tr("추가…"), objectName="add_outcome")
        add_outcome.clicked.connect(self.add_outcome)
        remove_outcome = QPushButton(self.tr("삭제"), objectName="delete_outcome")
        remove_outcome.clicked.connect(self.delete_outcome)
        table_key(self.outcomes, Qt.Key.Key_Delete, self.delete_outcome)
        outcomes_page = QWidget()
        box = QVBoxLayout(outcomes_page)
        box.addWidget(self.outcomes, 1)
        box.addLayout(_buttons(add_outcome, remove_outcome))

        self.pages = QTabWidget(objectName="project_pages")
        self.pages.addTab(parties_page, self.tr("참여자"))
        self.pages.addTab(history_page, self.tr("협약 이력"))
        self.pages.addTab(milestones_page, self.tr("마일스톤"))
        self.pages.addTab(outcomes_page, self.tr("성과"))
        self.changes = HistoryPanel(services.history)
        self.pages.addTab(self.changes, self.tr("변경 이력"))
        self.pages.currentChanged.connect(lambda _index: self._show_changes())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overview)
        layout.addWidget(self.pages, 1)
        self.show_project(None)

    # --- showing -------------------------------------------------------------------------
    def show_project(self, detail: ProjectDetail | None, placeholder: str = "") -> None:
        # The row worked on stays selected when the same project is shown again after a change,
        # even though the list was read again in between (which shows no project for a moment).
        tables = (self.parties, self.history, self.milestones, self.outcomes)
        if self.detail is not None:
            self._kept = (self.detail.id, [_selected_key(table) for table in tables])
        self.detail = detail
        self._fill_pages(detail, placeholder)
        self._show_changes()
        kept_id, keys = self._kept
        if detail is not None and detail.id == kept_id:
            for table, key in zip(tables, keys, strict=True):
                if key is not None:
                    _reselect(table, key)

    def _fill_pages(self, detail: ProjectDetail | None, placeholder: str) -> None:
        self.pages.setEnabled(detail is not None)
        if detail is None:
            self.overview.setHtml(f"<p style='color:#666'>{escape(placeholder)}</p>")
            for table in (self.parties, self.history, self.milestones, self.outcomes):
                table.setRowCount(0)
            self.agreement_label.clear()
            return
        self.overview.setHtml(self._overview_html(detail))
        self._show_parties(detail)
        _fill(
            self.history,
            [
                (v.number, [self.tr("제{0}차").format(v.number), _date(v.agreed_on), str(v.parties), v.note])
                for v in reversed(detail.versions)
            ],
        )
        self.compare_button.setEnabled(len(detail.versions) > 1)
        self.view_button.setEnabled(bool(detail.versions))
        self._show_milestones(detail)
        self._show_outcomes(detail)
        late = sum(m.overdue for m in detail.milestones)
        self.pages.setTabText(
            MILESTONES, self.tr("마일스톤 ({0}건 지연)").format(late) if late else self.tr("마일스톤")
        )
        self.pages.setTabText(OUTCOMES, self.tr("성과 ({0})").format(len(detail.outcomes)))

    def _overview_html(self, detail: ProjectDetail) -> str:
        data = detail.data
        stages = " → ".join(
            f"<b>{escape(stage)}</b> {_date(detail.stages[stage])}"
            if stage == detail.stage
            else f"{escape(stage)} {_date(detail.stages.get(stage))}".strip()
            for stage in STAGES
        )
        lines = [
            f"<h3 style='margin:0'>{escape(data.name)}</h3>",
            f"<p style='margin:2px 0'>{escape(data.item)}</p>" if data.item else "",
            "<table cellspacing=0 cellpadding=1>",
        ]
        rows = [
            (self.tr("종류"), data.kind),
            (self.tr("주관기업"), detail.lead_name or "—"),
            (self.tr("기간"), period_text(data.start_on, data.end_on) or "—"),
            (self.tr("상태"), data.status),
        ]
        if data.support_program or data.support_agency or data.support_amount:
            support = " · ".join(
                part
                for part in (
                    data.support_program,
                    data.support_agency,
                    money(data.support_amount) if data.support_amount else "",
                )
                if part
            )
            rows.append((self.tr("지원"), support))
        lines += [
            f"<tr><td style='color:#555;padding-right:10px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        ]
        stage_label = self.tr("단계")
        lines.append(
            f"<tr><td style='color:#555;padding-right:10px'>{escape(stage_label)}</td>"
            f"<td>{stages}</td></tr></table>"
        )
        return "".join(lines)

    def _show_parties(self, detail: ProjectDetail) -> None:
        current = detail.current
        self.certificates_button.setEnabled(current is not None)
        if current is None:
            self.agreement_label.setText(
                self.tr("아직 협약이 없습니다. '새 협약 버전'으로 참여자와 역할, 지분을 정하십시오.")
            )
            self.parties.setRowCount(0)
            return
        latest = detail.versions[-1]
        label = self.tr("현재 협약: 제{0}차 ({1})").format(latest.number, _date(current.agreed_on))
        self.agreement_label.setText(f"{label} · {current.note}" if current.note else label)
        _fill(
            self.parties,
            [
                (
                    p.member_id,
                    [
                        p.name,
                        p.partner_kind,
                        ", ".join(p.roles),
                        f"{format_share(p.share)}%" if p.share is not None else "—",
                    ],
                )
                for p in current.parties
            ],
        )

    def _show_milestones(self, detail: ProjectDetail) -> None:
        _fill(
            self.milestones,
            [
                (
                    m.id,
                    [
                        m.title,
                        _date(m.due_on),
                        _date(m.done_on),
                        self.tr("완료") if m.done_on else (self.tr("지연") if m.overdue else self.tr("예정")),
                    ],
                )
                for m in detail.milestones
            ],
        )
        for number, milestone in enumerate(detail.milestones):
            if milestone.overdue:
                for column in range(self.milestones.columnCount()):
                    item = self.milestones.item(number, column)
                    item.setForeground(QBrush(OVERDUE_COLOUR))
                    item.setBackground(QBrush(OVERDUE_FILL))
            elif milestone.done_on:
                self.milestones.item(number, 3).setForeground(QBrush(DONE_COLOUR))

    def _show_outcomes(self, detail: ProjectDetail) -> None:
        _fill(
            self.outcomes,
            [
                (
                    o.id,
                    [
                        o.kind,
                        _date(o.occurred_on),
                        money(o.amount, o.currency),
                        o.description,
                        ", ".join(o.members),
                    ],
                )
                for o in detail.outcomes
            ],
        )

    def _show_changes(self) -> None:
        """The audit history of the project and what belongs to it, read only while that page shows."""
        if self.pages.currentIndex() == CHANGES:
            self.changes.show_record(
                "projects" if self.detail else None, self.detail.id if self.detail else None
            )

    # --- agreement history ---------------------------------------------------------------
    def _compare_selected(self) -> None:
        number = _selected_key(self.history)
        if self.detail is None or len(self.detail.versions) < 2:
            return
        after = int(number) if isinstance(number, int) else self.detail.versions[-1].number
        # The first version has none before it: it is shown alone.
        self.compare_requested.emit(max(after - 1, 1), after)

    def _view_selected(self) -> None:
        number = _selected_key(self.history)
        if self.detail is None or not self.detail.versions:
            return
        shown = int(number) if isinstance(number, int) else self.detail.versions[-1].number
        self.compare_requested.emit(shown, shown)

    # --- milestones ----------------------------------------------------------------------
    def _project_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def add_milestone(self) -> None:
        project_id = self._project_id()
        if project_id is None:
            return
        dialog = MilestoneDialog(parent=self)
        if dialog.exec() and run_service_action(
            self, lambda: self.services.projects.save_milestone(project_id, dialog.data())
        ):
            self.changed.emit()

    def _selected_milestone(self) -> MilestoneData | None:
        key = _selected_key(self.milestones)
        row = next((m for m in self.detail.milestones if m.id == key), None) if self.detail else None
        return MilestoneData(row.title, row.due_on, row.done_on) if row else None

    def edit_milestone(self) -> None:
        project_id, key, start = (
            self._project_id(),
            _selected_key(self.milestones),
            self._selected_milestone(),
        )
        if project_id is None or start is None or not isinstance(key, int):
            return
        dialog = MilestoneDialog(start, self)
        if not dialog.exec():
            return
        run_service_action(
            self, lambda: self.services.projects.save_milestone(project_id, dialog.data(), key, start)
        )
        self.changed.emit()  # saved, or changed on another PC meanwhile (said): shown as it now is

    def mark_done_today(self) -> None:
        project_id, key, start = (
            self._project_id(),
            _selected_key(self.milestones),
            self._selected_milestone(),
        )
        if project_id is None or start is None or not isinstance(key, int) or start.done_on is not None:
            return
        done = MilestoneData(start.title, start.due_on, dt.date.today())
        run_service_action(self, lambda: self.services.projects.save_milestone(project_id, done, key, start))
        self.changed.emit()

    def delete_milestone(self) -> None:
        key, start = _selected_key(self.milestones), self._selected_milestone()
        if start is None or not isinstance(key, int):
            return
        if not confirm(
            self,
            self.tr("마일스톤 삭제"),
            self.tr("마일스톤 '{0}'을(를) 삭제하시겠습니까?").format(start.title),
        ):
            return
        if run_service_action(self, lambda: self.services.projects.delete_milestone(key)):
            self.changed.emit()

    # --- outcomes ------------------------------------------------------------------------
    def add_outcome(self) -> None:
        project_id = self._project_id()
        if project_id is None or self.detail is None:
            return
        current = self.detail.current
        members = (
            [(p.member_id, p.name) for p in current.parties if p.member_id is not None] if current else []
        )
        dialog = OutcomeDialog(members, self)
        if dialog.exec() and run_service_action(
            self, lambda: self.services.projects.add_outcome(project_id, dialog.data())
        ):
            self.changed.emit()

    def delete_outcome(self) -> None:
        key = _selected_key(self.outcomes)
        row = next((o for o in self.detail.outcomes if o.id == key), None) if self.detail else None
        if row is None:
            return
        text = self.tr("성과 '{0} {1}'을(를) 삭제하시겠습니까?").format(
            row.kind, row.description or _date(row.occurred_on)
        )
        if not confirm(self, self.tr("성과 삭제"), text):
            return
        if run_service_action(self, lambda: self.services.projects.delete_outcome(row.id)):
            self.changed.emit()
