"""과제 참여 기업 일괄 발급: a certificate for every member company of a project's current agreement.

Before anything is numbered the dialog lists who will get one, who is skipped (outside partners such as
universities, withdrawn members) and what would stop the batch (a member without 대표자, no seal …).
The batch then runs in the background with progress, in one transaction (취소 numbers nothing), and
ends with one PDF of all the certificates to preview, print or save."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.domain import STATUS_LEFT
from collabdesk.errors import NotFoundError, UserError
from collabdesk.services.certificates import IssueResult
from collabdesk.services.container import Services
from collabdesk.services.projects import ProjectFilter
from collabdesk.ui.certificates.issued_panel import IssuedPanel
from collabdesk.ui.errors import user_message
from collabdesk.ui.pdf_actions import safe_file_name
from collabdesk.ui.tasks import BackgroundTask, Progress

ISSUE, SKIP, PROBLEM = "issue", "skip", "problem"
SKIP_COLOUR = QColor("#757575")
PROBLEM_COLOUR = QColor("#b00020")


@dataclass(frozen=True)
class PlannedParty:
    name: str
    roles: str
    outcome: str  # ISSUE / SKIP / PROBLEM
    note: str  # why skipped, or what is wrong


class BatchIssueDialog(QDialog):
    """`issued` is emitted once the batch is numbered (its IssueResult)."""

    issued = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, project_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("batch_issue_dialog")
        self.setWindowTitle(self.tr("과제 참여 기업 일괄 발급"))
        self.services = services
        self.certificates = services.certificates
        self.plan: list[PlannedParty] = []
        self.result_: IssueResult | None = None
        self._build()
        self.project_combo.blockSignals(True)
        for row in services.projects.search(ProjectFilter()):
            self.project_combo.addItem(row.name, row.id)
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(project_id), 0))
        self.project_combo.blockSignals(False)
        for kind in self.certificates.kinds.items(active_only=True):
            if kind.needs_project:
                self.kind_combo.addItem(kind.name, kind.id)
        self.refresh_plan()
        self.resize(760, 560)

    def _build(self) -> None:
        self.project_combo = QComboBox(objectName="batch_project")
        self.project_combo.setMinimumContentsLength(28)
        self.kind_combo = QComboBox(objectName="batch_kind")
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True, objectName="batch_date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.project_combo.currentIndexChanged.connect(lambda _index: self.refresh_plan())
        self.kind_combo.currentIndexChanged.connect(lambda _index: self.refresh_plan())
        self.date_edit.dateChanged.connect(lambda _date: self.refresh_plan())
        form = QFormLayout()
        form.addRow(self.tr("과제"), self.project_combo)
        form.addRow(self.tr("종류"), self.kind_combo)
        form.addRow(self.tr("발급일"), self.date_edit)

        self.table = QTableWidget(0, 3, objectName="batch_parties")
        self.table.setHorizontalHeaderLabels([self.tr("참여자"), self.tr("역할"), self.tr("발급")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(objectName="batch_summary", wordWrap=True)
        self.problems_label = QLabel(objectName="batch_problems", wordWrap=True)
        self.problems_label.setStyleSheet("color: #b00020;")
        self.panel = IssuedPanel(self.certificates)
        self.panel.hide()

        buttons = QDialogButtonBox()
        self.issue_button = buttons.addButton(self.tr("일괄 발급"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setObjectName("batch_issue_button")
        self.issue_button.clicked.connect(self.issue)
        self.close_button = buttons.addButton(self.tr("취소"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)

    def issue_date(self) -> dt.date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    # --- who gets one --------------------------------------------------------------------
    def _plan(self, project_id: int, kind_id: int, issue_date: dt.date) -> list[PlannedParty]:
        """Each participant of the current agreement with what the batch will do for it."""
        try:
            agreement = self.services.projects.agreement(project_id)
        except NotFoundError:
            raise UserError(self.tr("이 과제에는 아직 협약이 없어 발급할 참여 기업이 없습니다.")) from None
        details = self.services.members.details([p.member_id for p in agreement.parties if p.member_id])
        plan: list[PlannedParty] = []
        for party in agreement.parties:
            roles = ", ".join(party.roles)
            member = details.get(party.member_id) if party.member_id is not None else None
            if member is None:
                note = self.tr("건너뜀: 회원사가 아닌 참여 기관({0})").format(party.partner_kind)
                plan.append(PlannedParty(party.name, roles, SKIP, note))
            elif member.data.status == STATUS_LEFT:
                plan.append(PlannedParty(party.name, roles, SKIP, self.tr("건너뜀: 탈퇴한 회원사")))
            else:
                try:
                    self.certificates.preview(member.id, kind_id, project_id, issue_date)
                except UserError as exc:
                    plan.append(PlannedParty(party.name, roles, PROBLEM, str(exc)))
                else:
                    plan.append(PlannedParty(party.name, roles, ISSUE, self.tr("발급")))
        return plan

    def refresh_plan(self) -> None:
        if self.result_ is not None:
            return
        project_id, kind_id = self.project_combo.currentData(), self.kind_combo.currentData()
        problems: list[str] = []
        self.plan = []
        if project_id is None:
            problems.append(self.tr("협업 과제가 없습니다. 협업 컨소시엄 탭에서 과제를 먼저 등록하십시오."))
        elif kind_id is None:
            problems.append(self.tr("과제가 필요한 증명서 종류 중 사용하는 것이 없습니다."))
        else:
            try:
                self.plan = self._plan(project_id, kind_id, self.issue_date())
                self.certificates.issuer.look(require_seal=True)
            except UserError as exc:
                problems.append(str(exc))
            except Exception as exc:  # noqa: BLE001 - said in the dialog (and logged), never raised from a slot
                problems.append(user_message(exc))
        self._show_plan()
        problems += [p.note for p in self.plan if p.outcome == PROBLEM]
        to_issue = sum(p.outcome == ISSUE for p in self.plan)
        if self.plan and not to_issue and not problems:
            problems.append(self.tr("현재 협약에 증명서를 받을 회원사가 없습니다."))
        self.problems_label.setText("\n".join(dict.fromkeys(problems)))  # each said once
        self.issue_button.setEnabled(not problems and to_issue > 0)
        self.issue_button.setText(
            self.tr("{0}곳 일괄 발급").format(to_issue) if to_issue else self.tr("일괄 발급")
        )

    def _show_plan(self) -> None:
        self.table.setRowCount(len(self.plan))
        for row, party in enumerate(self.plan):
            for column, text in enumerate((party.name, party.roles, party.note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if party.outcome != ISSUE:
                    colour = SKIP_COLOUR if party.outcome == SKIP else PROBLEM_COLOUR
                    item.setForeground(QBrush(colour))
                self.table.setItem(row, column, item)
        issuing = sum(p.outcome == ISSUE for p in self.plan)
        skipped = sum(p.outcome == SKIP for p in self.plan)
        self.summary_label.setText(
            self.tr("발급 {0}곳 · 건너뜀 {1}곳. 번호는 '일괄 발급'을 누를 때 매겨집니다.").format(
                issuing, skipped
            )
            if self.plan
            else ""
        )

    # --- issuing -------------------------------------------------------------------------
    def issue(self) -> BackgroundTask | None:
        project_id, kind_id = self.project_combo.currentData(), self.kind_combo.currentData()
        if not self.issue_button.isEnabled() or project_id is None or kind_id is None:
            return None
        self.issue_button.setEnabled(False)
        issue_date = self.issue_date()
        certificates = self.certificates
        step = self.tr("인증서를 만드는 중… ({0}/{1})")

        def work(progress: Progress) -> IssueResult:
            return certificates.issue_batch(
                project_id,
                kind_id,
                issue_date,
                progress=lambda done, total: progress(done, total, step.format(done, total)),
            )

        task = BackgroundTask(self, self.tr("과제 참여 기업에 증명서를 발급하는 중…"), work, self._issued)
        task.failed.connect(lambda _exc: self.refresh_plan())  # cancelled or refused: nothing numbered
        return task.start()

    def _issued(self, result: IssueResult) -> None:
        self.result_ = result
        for widget in (self.project_combo, self.kind_combo, self.date_edit):
            widget.setEnabled(False)
        self.issue_button.hide()
        self.table.hide()
        self.summary_label.hide()
        self.problems_label.clear()
        self.close_button.setText(self.tr("닫기"))
        name = safe_file_name(
            self.project_combo.currentText(), self.kind_combo.currentText(), fallback="과제"
        )
        self.panel.show_issued(result.issued, result.pdf, name, result.skipped)
        self.panel.show()
        self.issued.emit(result)

    def reject(self) -> None:
        if self.result_ is not None:
            self.accept()
            return
        super().reject()
