"""증명서 확인: is a certificate someone shows genuine? The number and the verification code, typed or
scanned (the QR code's text pasted into either field fills both), give one big answer — 유효, 취소됨
(when, why), 재발급으로 대체됨 (by which number) or 확인되지 않음 — with what the register holds."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from collabdesk.documents.pdf_common import date_text
from collabdesk.services.certificates import (
    REPLACED,
    REVOKED,
    TAMPERED,
    VALID,
    CertificateService,
    VerifyResult,
    parse_qr_text,
)
from collabdesk.ui.widgets import run_service_action

OUTCOME_COLOURS = {VALID: "#1b5e20", REVOKED: "#b00020", REPLACED: "#8a5a00", TAMPERED: "#b00020"}
UNKNOWN_COLOUR = "#444444"
_LABEL = re.compile(r"\s*(확인코드:|번호:)")


def understand_scan(text: str) -> tuple[str, str] | None:
    """(number, code) from a certificate's QR text, also when a scanner or a paste joined its lines."""
    if "번호:" not in text or "확인코드:" not in text:
        return None
    return parse_qr_text(text) if "\n" in text else parse_qr_text(_LABEL.sub(r"\n\1", text))


class VerifyDialog(QDialog):
    def __init__(self, certificates: CertificateService, parent: QWidget | None = None, number: str = ""):
        super().__init__(parent)
        self.setObjectName("verify_dialog")
        self.setWindowTitle(self.tr("증명서 확인"))
        self.certificates = certificates
        self.result_: VerifyResult | None = None
        self.number_edit = QLineEdit(number, objectName="verify_number", clearButtonEnabled=True)
        self.number_edit.setPlaceholderText(
            self.tr("예: 제 2026-0001 호 (QR 코드를 읽은 글을 붙여 넣어도 됩니다)")
        )
        self.code_edit = QLineEdit(objectName="verify_code", clearButtonEnabled=True)
        self.code_edit.setPlaceholderText(self.tr("예: 7KQ2-M9XD"))
        for edit in (self.number_edit, self.code_edit):
            edit.textChanged.connect(self._typed)
            edit.returnPressed.connect(self.verify)
        form = QFormLayout()
        form.addRow(self.tr("번호(&N)"), self.number_edit)
        form.addRow(self.tr("확인코드(&C)"), self.code_edit)
        self.outcome_label = QLabel(objectName="verify_outcome", wordWrap=True)
        self.outcome_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel(objectName="verify_message", wordWrap=True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QTextBrowser(objectName="verify_details")
        self.details.setOpenLinks(False)
        buttons = QDialogButtonBox()
        self.verify_button = buttons.addButton(self.tr("확인"), QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.setObjectName("verify_button")
        self.verify_button.clicked.connect(self.verify)
        close = buttons.addButton(self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("증명서에 적힌 번호와 확인코드를 입력하거나, QR 코드를 읽어 붙여 넣으십시오.")),
        )
        layout.addLayout(form)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 460)
        self._show(None)

    def _typed(self, text: str) -> None:
        scanned = understand_scan(text)
        if scanned is None:
            if self.result_ is not None:
                self._show(None)  # the answer shown was for other input
            return
        number, code = scanned
        for target, value in ((self.number_edit, number), (self.code_edit, code)):
            target.blockSignals(True)
            target.setText(value)
            target.blockSignals(False)
        self.verify()

    def verify(self) -> VerifyResult | None:
        number, code = self.number_edit.text().strip(), self.code_edit.text().strip()
        if not number or not code:
            self._show(None)
            self.message_label.setText(self.tr("번호와 확인코드를 모두 입력해 주십시오."))
            return None
        found: list[VerifyResult] = []
        if not run_service_action(self, lambda: found.append(self.certificates.verify(number, code))):
            return None
        self._show(found[0])
        return found[0]

    def outcome_text(self, result: VerifyResult) -> str:
        found = result.certificate
        if result.outcome == VALID:
            return self.tr("유효")
        if result.outcome == REVOKED and found is not None:
            return self.tr("취소됨 ({0}, 사유: {1})").format(date_text(found.revoked_on), found.reason)
        if result.outcome == REPLACED and found is not None:
            return self.tr("재발급으로 대체됨 (새 번호: {0})").format(found.replaced_by)
        return self.tr("확인되지 않음")

    def _show(self, result: VerifyResult | None) -> None:
        self.result_ = result
        if result is None:
            self.outcome_label.clear()
            self.message_label.clear()
            self.details.clear()
            return
        colour = OUTCOME_COLOURS.get(result.outcome, UNKNOWN_COLOUR)
        self.outcome_label.setStyleSheet(f"color: {colour}; font-size: 22px; font-weight: bold;")
        self.outcome_label.setText(self.outcome_text(result))
        self.message_label.setText(result.message)
        found = result.certificate
        if found is None:
            self.details.setHtml(
                "<p style='color:#555'>"
                + escape(
                    self.tr(
                        "번호와 확인코드가 맞는지 다시 확인해 주십시오. 그래도 확인되지 않으면 이 "
                        "프로그램이 발급한 증명서가 아니거나 확인코드가 다르게 적힌 것입니다."
                    )
                )
                + "</p>"
            )
            return
        rows = [
            (self.tr("번호"), found.number),
            (self.tr("종류"), found.kind),
            (self.tr("회사"), found.company),
            (self.tr("사업자등록번호"), found.business_number),
            (self.tr("과제"), found.project),
            (self.tr("역할"), found.role),
            (self.tr("발급일"), date_text(found.issue_date)),
            (self.tr("이 번호가 대체한 증명서"), found.replaces),
        ]
        self.details.setHtml(
            "<table cellspacing=0 cellpadding=2>"
            + "".join(
                f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
                for k, v in rows
                if v
            )
            + "</table>"
        )
