"""과제 참여 기업 일괄 발급: a certificate for every member company of a project's current agreement.

Before anything is numbered the dialog lists the service's plan of the batch: who will get one, who is
skipped (outside partners such as universities, withdrawn members) and what would stop the batch (a
member without 대표자, no seal …). The batch then runs in the background with progress, in one
transaction (취소 numbers nothing), and ends with one PDF of all the certificates to preview, print or
save."""

from __future__ import annotations

import datetime as dt

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

from collabdesk.errors import UserError
from collabdesk.services.certificates import BatchPlan, IssueResult
from collabdesk.services.container import Services
from collabdesk.services.projects import ProjectFilter
from collabdesk.ui.certificates.issued_panel import IssuedPanel
from collabdesk.ui.errors import user_message
from collabdesk.ui.pdf_actions import safe_file_name
from collabdesk.ui.tasks import BackgroundTask, Progress

SKIP_COLOUR = QColor("#757575")


class BatchIssueDialog(QDialog):
    """`issued` is emitted once the batch is numbered (its IssueResult)."""

    issued = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None, project_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("batch_issue_dialog")
        self.setWindowTitle(self.tr("과제 참여 기업 일괄 발급"))
        self.services = services
        self.certificates = services.certificates
        self.plan: BatchPlan | None = None
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
    def refresh_plan(self) -> None:
        if self.result_ is not None:
            return
        project_id, kind_id = self.project_combo.currentData(), self.kind_combo.currentData()
        problems: list[str] = []
        self.plan = None
        if project_id is None:
            problems.append(self.tr("협업 과제가 없습니다. 협업 컨소시엄 탭에서 과제를 먼저 등록하십시오."))
        elif kind_id is None:
            problems.append(self.tr("과제가 필요한 증명서 종류 중 사용하는 것이 없습니다."))
        else:
            try:
                self.plan = self.certificates.batch_plan(project_id, kind_id, self.issue_date())
                problems += self.plan.problems
                self.certificates.issuer.look(require_seal=True)
            except UserError as exc:
                problems.append(str(exc))
            except Exception as exc:  # noqa: BLE001 - said in the dialog (and logged), never raised from a slot
                problems.append(user_message(exc))
        self._show_plan()
        to_issue = len(self.plan.targets) if self.plan is not None else 0
        self.problems_label.setText("\n".join(problems))
        self.issue_button.setEnabled(not problems and to_issue > 0)
        self.issue_button.setText(
            self.tr("{0}곳 일괄 발급").format(to_issue) if to_issue else self.tr("일괄 발급")
        )

    def _show_plan(self) -> None:
        """A row per member that gets one (company, roles, 발급), then a grey row per one skipped."""
        plan = self.plan
        targets, skipped = (plan.targets, plan.skipped) if plan is not None else ([], [])
        self.table.clearSpans()
        self.table.setRowCount(len(targets) + len(skipped))
        for row, target in enumerate(targets):
            for column, text in enumerate((target.company, target.role, self.tr("발급"))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        for row, text in enumerate(skipped, len(targets)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setForeground(QBrush(SKIP_COLOUR))
            self.table.setItem(row, 0, item)
            for column in (1, 2):
                self.table.setItem(row, column, QTableWidgetItem(""))
            self.table.setSpan(row, 0, 1, 3)
        self.summary_label.setText(
            self.tr("발급 {0}곳 · 건너뜀 {1}곳. 번호는 '일괄 발급'을 누를 때 매겨집니다.").format(
                len(targets), len(skipped)
            )
            if targets or skipped
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
