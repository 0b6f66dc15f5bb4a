"""One register entry beside the list: its status (with the date and reason of a revocation, the number
that replaced it or that it replaces), the verification code and the content hash, and the buttons for
what can be done with it: reprint (a revoked one carries the 무효 mark), save as PDF, revoke, reissue."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.documents.pdf_common import date_text
from collabdesk.services.certificates import STATUS_REPLACED, STATUS_REVOKED, STATUS_VALID
from collabdesk.ui.certificates.register_model import status_label

STATUS_COLOURS = {STATUS_VALID: "#1b5e20", STATUS_REVOKED: "#b00020", STATUS_REPLACED: "#757575"}
HASH_SHOWN = 16  # hex digits of the content hash


class CertificateDetailView(QWidget):
    preview_requested = Signal()
    save_requested = Signal()
    revoke_requested = Signal()
    reissue_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificate_detail")
        self.row: RegisterRow | None = None
        self.read_only = False
        self.view = QTextBrowser(objectName="certificate_overview")
        self.view.setOpenLinks(False)
        self.preview_button = QPushButton(self.tr("미리 보기·인쇄…"), objectName="certificate_preview")
        self.preview_button.setToolTip(self.tr("발급한 그대로 다시 인쇄합니다 (Ctrl+P)"))
        self.save_button = QPushButton(self.tr("PDF로 저장…"), objectName="certificate_save")
        self.revoke_button = QPushButton(self.tr("취소…"), objectName="certificate_revoke")
        self.revoke_button.setToolTip(self.tr("이 증명서를 취소합니다. 되돌릴 수 없습니다."))
        self.reissue_button = QPushButton(self.tr("재발급…"), objectName="certificate_reissue")
        self.reissue_button.setToolTip(self.tr("새 번호로 다시 발급하고 이 번호는 효력을 잃습니다."))
        self.preview_button.clicked.connect(self.preview_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.revoke_button.clicked.connect(self.revoke_requested)
        self.reissue_button.clicked.connect(self.reissue_requested)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.revoke_button, self.reissue_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.show_row(None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._enable()

    def _enable(self) -> None:
        row = self.row
        self.preview_button.setEnabled(row is not None)
        self.save_button.setEnabled(row is not None)
        changeable = row is not None and row.status == STATUS_VALID and not self.read_only
        self.revoke_button.setEnabled(changeable)
        self.reissue_button.setEnabled(changeable)

    def show_row(self, row: RegisterRow | None, placeholder: str = "") -> None:
        self.row = row
        self._enable()
        if row is None:
            self.view.setHtml(f"<p style='color:#666'>{escape(placeholder)}</p>")
            return
        self.view.setHtml(self._html(row))

    def _html(self, row: RegisterRow) -> str:
        colour = STATUS_COLOURS.get(row.status, "#444")
        status = status_label(row.status)
        reason = row.reason
        if row.status == STATUS_REVOKED:
            status = self.tr("{0} ({1})").format(status, date_text(row.revoked_on))
        elif row.status == STATUS_REPLACED:
            # The row says when and why it was replaced: the replacing row need not be among those found.
            status = (
                self.tr("{0} ({1}, {2})").format(status, date_text(row.replaced_on), row.replaced_by)
                if row.replaced_on is not None
                else self.tr("{0} ({1})").format(status, row.replaced_by)
            )
            reason = row.replaced_reason
        rows = [
            (self.tr("회사"), row.company),
            (self.tr("사업자등록번호"), row.business_number),
            (self.tr("과제"), row.project),
            (self.tr("역할"), row.role),
            (self.tr("발급일"), date_text(row.issue_date)),
            (self.tr("발급자"), row.issued_by),
            (self.tr("취소 사유") if row.status == STATUS_REVOKED else self.tr("재발급 사유"), reason),
            (self.tr("대체한 번호"), row.replaces),
            (self.tr("재발급 번호"), row.replaced_by),
            (self.tr("확인코드"), row.verification_code),
            (self.tr("내용 검사값"), row.content_hash[:HASH_SHOWN] + "…" if row.content_hash else ""),
            (self.tr("발급대장 순번"), str(row.seq)),
        ]
        lines = [
            f"<h3 style='margin:0'>{escape(row.number)}</h3>",
            f"<p style='margin:2px 0'>{escape(row.kind)}</p>",
            f"<p style='margin:6px 0;font-size:16px;font-weight:bold;color:{colour}'>{escape(status)}</p>",
            "<table cellspacing=0 cellpadding=2>",
        ]
        lines += [
            f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
            if v
        ]
        lines.append("</table>")
        if row.status != STATUS_VALID:
            note = self.tr("다시 인쇄하면 '무효'가 찍힙니다.")
            lines.append(f"<p style='color:#555'>{escape(note)}</p>")
        return "".join(lines)
