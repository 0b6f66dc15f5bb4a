"""발급: one certificate to one member. The kind, the member, the project (for a kind that needs one:
the member's projects of the current agreement, with its role) and the issue date; beside them the page
as it would be printed, made off the UI thread. What stops the issue (a missing 대표자, an unknown
placeholder, no seal image …) is said in the dialog before anything is numbered, and 발급 stays
disabled until it is put right. 발급 numbers the certificate; the dialog then shows the number and code
and offers the PDF. Closing before that numbers nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from collabdesk.documents.certificate_pdf import CertificateLook, certificate_pdf_bytes
from collabdesk.errors import UserError
from collabdesk.services.certificate_templates import KindInfo
from collabdesk.services.certificates import IssueResult, MemberProject
from collabdesk.services.container import Services
from collabdesk.ui.certificates.issued_panel import IssuedPanel, certificate_file_name
from collabdesk.ui.certificates.page_image import first_page_image
from collabdesk.ui.errors import show_error, user_message
from collabdesk.ui.member_picker import pick_member
from collabdesk.ui.tasks import BackgroundTask, Progress

PREVIEW_WIDTH = 340  # pixels on screen; A4 makes it 481 high
PREVIEW_DELAY_MS = 150
PROBLEM_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class _Preview:
    image: QImage
    problems: list[str]


class IssueDialog(QDialog):
    """`issued` is emitted once the certificate is numbered (its IssueResult)."""

    issued = Signal(object)

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        member_id: int | None = None,
        kind_id: int | None = None,
        project_id: int | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("issue_dialog")
        self.setWindowTitle(self.tr("증명서 발급"))
        self.services = services
        self.certificates = services.certificates
        self.member: tuple[int, str] | None = None
        self.result_: IssueResult | None = None
        self.preview_ready = False  # the preview shown is of what the fields now say
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._kinds: dict[int, KindInfo] = {k.id: k for k in self.certificates.kinds.items(active_only=True)}
        self._build()
        if kind_id is not None:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind_id), 0))
        if member_id is not None:
            name = services.members.get(member_id).data.name
            self.set_member((member_id, name), project_id)
        self._kind_changed()
        self.resize(900, 620)

    # --- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind_combo = QComboBox(objectName="issue_kind")
        for kind in self._kinds.values():
            self.kind_combo.addItem(kind.name, kind.id)
        self.kind_combo.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.member_label = QLabel(self.tr("(고르지 않음)"), objectName="issue_member")
        self.member_button = QPushButton(self.tr("회원사 고르기…"), objectName="issue_choose_member")
        self.member_button.setAutoDefault(False)
        metrics = self.member_button.fontMetrics()
        self.member_button.setMinimumWidth(
            metrics.horizontalAdvance(self.member_button.text()) + 2 * metrics.height()
        )
        self.member_button.clicked.connect(self.choose_member)
        member_row = QHBoxLayout()
        member_row.addWidget(self.member_label, 1)
        member_row.addWidget(self.member_button)
        self.project_combo = QComboBox(objectName="issue_project")
        self.project_combo.setMinimumContentsLength(24)
        self.project_combo.currentIndexChanged.connect(lambda _index: self.schedule_preview())
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True, objectName="issue_date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.dateChanged.connect(lambda _date: self.schedule_preview())

        form = QFormLayout()
        form.addRow(self.tr("종류(&K)"), self.kind_combo)
        form.addRow(self.tr("회원사"), member_row)
        form.addRow(self.tr("과제·역할"), self.project_combo)
        form.addRow(self.tr("발급일"), self.date_edit)
        self.problems_label = QLabel(objectName="issue_problems", wordWrap=True)
        self.problems_label.setStyleSheet(PROBLEM_STYLE)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(
            self.tr(
                "번호와 확인코드는 '발급'을 누를 때 매겨집니다. 발급한 증명서는 지울 수 없고 "
                "취소나 재발급으로만 바꿀 수 있습니다."
            ),
            wordWrap=True,
        )
        self.note_label.setStyleSheet("color: #555;")
        self.panel = IssuedPanel(self.certificates)
        self.panel.hide()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.problems_label)
        left.addStretch(1)
        left.addWidget(self.panel, 3)
        left.addWidget(self.note_label)

        self.preview_label = QLabel(objectName="issue_preview", alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setFixedSize(QSize(PREVIEW_WIDTH + 2, int(PREVIEW_WIDTH * 297 / 210) + 2))
        self.preview_label.setFrameShape(QFrame.Shape.Box)
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("background: #f4f4f4; color: #666;")
        preview_caption = QLabel(self.tr("미리 보기 (번호는 발급할 때 매겨집니다)"))
        preview_caption.setStyleSheet("color: #555;")
        right = QVBoxLayout()
        right.addWidget(self.preview_label)
        right.addWidget(preview_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addSpacing(12)
        body.addLayout(right)
        buttons = QDialogButtonBox()
        self.issue_button = buttons.addButton(self.tr("발급"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setObjectName("issue_button")
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.issue)
        self.close_button = buttons.addButton(self.tr("취소"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("issue_close")
        self.close_button.clicked.connect(self.close_dialog)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)

    # --- the fields ----------------------------------------------------------------------
    def kind(self) -> KindInfo | None:
        kind_id = self.kind_combo.currentData()
        return self._kinds.get(kind_id) if kind_id is not None else None

    def project_id(self) -> int | None:
        kind = self.kind()
        return self.project_combo.currentData() if kind is not None and kind.needs_project else None

    def issue_date(self) -> dt.date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def choose_member(self) -> None:
        chosen = pick_member(self.services.members, self, title=self.tr("증명서를 받을 회원사"))
        if chosen is not None:
            self.set_member(chosen)

    def set_member(self, member: tuple[int, str], project_id: int | None = None) -> None:
        """Show the member and its projects (keeping `project_id` chosen when it is one of them)."""
        self.member = member
        self.member_label.setText(member[1])
        keep = project_id if project_id is not None else self.project_combo.currentData()
        projects: list[MemberProject] = []
        try:
            projects = self.certificates.projects_of(member[0])
        except UserError as exc:
            show_error(self, exc)
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for project in projects:
            label = f"{project.project_name} — {project.roles}" if project.roles else project.project_name
            self.project_combo.addItem(label, project.project_id)
            self.project_combo.setItemData(self.project_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        if not projects:
            self.project_combo.addItem(self.tr("(현재 협약에 참여한 과제가 없습니다)"), None)
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(keep), 0))
        self.project_combo.blockSignals(False)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.project_combo.setEnabled(
            kind is not None and kind.needs_project and self.result_ is None and self.member is not None
        )
        self.schedule_preview()

    # --- preview -------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        """After a change: what is still to be chosen is said at once, the page follows shortly."""
        self.preview_ready = False
        self.issue_button.setEnabled(False)
        if self.result_ is not None:
            return
        missing = self._missing_choice()
        if missing:
            self._timer.stop()
            self._generation += 1  # a preview still being made is of an earlier choice
            self._show_problems([missing], None, self.tr("고르면 여기에 인증서가 보입니다."))
            return
        self._timer.start()

    def _missing_choice(self) -> str:
        kind = self.kind()
        if kind is None:
            return self.tr(
                "사용하는 증명서 종류가 없습니다. 설정 → 증명서 종류에서 종류를 사용으로 바꾸십시오."
            )
        if self.member is None:
            return self.tr("증명서를 받을 회원사를 고르십시오.")
        if kind.needs_project and self.project_combo.currentData() is None:
            return self.tr(
                "'{0}'은(는) 협업 과제가 있어야 발급합니다. 이 회원사가 현재 협약에 참여한 과제가 없습니다."
            ).format(kind.name)
        return ""

    def refresh_preview(self) -> BackgroundTask | None:
        """Make the page as it would be issued, in the background; a newer request wins."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.preview_ready = False
        self.issue_button.setEnabled(False)
        if self._missing_choice() or self.result_ is not None:
            self.schedule_preview()
            return None
        kind = self.kind()
        assert kind is not None and self.member is not None
        member_id, kind_id, project_id, issue_date = (
            self.member[0],
            kind.id,
            self.project_id(),
            self.issue_date(),
        )
        certificates = self.certificates
        width = round(PREVIEW_WIDTH * self.devicePixelRatioF())

        def work(_progress: Progress) -> _Preview:
            page = certificates.preview(member_id, kind_id, project_id, issue_date)
            problems: list[str] = []
            try:
                look = certificates.issuer.look(require_seal=True)
            except UserError as exc:
                problems.append(str(exc))
                look = CertificateLook(border=certificates.issuer.get().border)  # the page without images
            return _Preview(first_page_image(certificate_pdf_bytes([page], look), width), problems)

        def done(preview: _Preview) -> None:
            if generation == self._generation:
                self._show_problems(preview.problems, preview.image)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._show_problems([user_message(exc)], None)

        return BackgroundTask(self, "", work, done, show_progress=False, on_error=failed).start()

    def _show_problems(self, problems: list[str], image: QImage | None, empty: str = "") -> None:
        if image is None:
            self.preview_label.clear()
            self.preview_label.setText(empty or self.tr("미리 보기를 만들 수 없습니다."))
        else:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.preview_label.setPixmap(pixmap)
        self.problems_label.setText("\n".join(problems))
        self.preview_ready = image is not None
        self.issue_button.setEnabled(image is not None and not problems and self.result_ is None)

    # --- issuing -------------------------------------------------------------------------
    def issue(self) -> BackgroundTask | None:
        kind = self.kind()
        if not self.issue_button.isEnabled() or kind is None or self.member is None:
            return None
        self.issue_button.setEnabled(False)
        member_id, kind_id, project_id, issue_date = (
            self.member[0],
            kind.id,
            self.project_id(),
            self.issue_date(),
        )
        certificates = self.certificates

        def failed(exc: BaseException) -> None:
            show_error(self, exc, self.tr("발급할 수 없습니다"))
            self.schedule_preview()

        return BackgroundTask(
            self,
            self.tr("증명서를 발급하는 중…"),
            lambda _progress: certificates.issue_result(member_id, kind_id, project_id, issue_date),
            self._issued,
            on_error=failed,
        ).start()

    def _issued(self, result: IssueResult) -> None:
        self.result_ = result
        for widget in (self.kind_combo, self.member_button, self.project_combo, self.date_edit):
            widget.setEnabled(False)
        self.issue_button.hide()
        self.problems_label.clear()
        self.note_label.hide()
        self.close_button.setText(self.tr("닫기"))
        first = result.issued[0]
        self.panel.show_issued(result.issued, result.pdf, certificate_file_name(first.company, first.kind))
        self.panel.show()
        self.issued.emit(result)

    def close_dialog(self) -> None:
        if self.result_ is not None:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        # Esc after issuing still reports the issue as done.
        if self.result_ is not None:
            self.accept()
            return
        super().reject()
