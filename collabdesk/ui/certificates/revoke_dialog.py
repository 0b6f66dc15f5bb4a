"""취소 and 재발급 of an issued certificate: both ask for a reason and a date, and say plainly that the
register keeps what is done for good (it only grows: a revocation or a reissue is a new entry)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from collabdesk.documents.certificate_register import RegisterRow

MAX_REASON = 500
WARNING_STYLE = "color: #b00020;"


class ReasonDialog(QDialog):
    """The certificate named, a reason (required) and a date (today at most)."""

    def __init__(
        self,
        row: RegisterRow,
        title: str,
        intro: str,
        warning: str,
        date_label: str,
        ok_text: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.row = row
        about = QLabel(intro, wordWrap=True, objectName="reason_intro")
        self.reason_edit = QLineEdit(objectName="reason_edit")
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.textChanged.connect(lambda _text: self._update())
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True, objectName="reason_date")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate.currentDate())
        issued = row.issue_date
        self.date_edit.setMinimumDate(QDate(issued.year, issued.month, issued.day))
        form = QFormLayout()
        form.addRow(self.tr("사유(&R)"), self.reason_edit)
        form.addRow(date_label, self.date_edit)
        self.warning_label = QLabel(warning, wordWrap=True, objectName="reason_warning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("reason_ok")
        buttons.addButton(self.tr("닫기"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 0)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason().strip()))

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def date(self) -> dt.date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]

    def accept(self) -> None:
        if self.reason():
            super().accept()


def revoke_dialog(row: RegisterRow, parent: QWidget | None = None) -> ReasonDialog:
    return ReasonDialog(
        row,
        QCoreApplication.translate("ReasonDialog", "증명서 취소"),
        QCoreApplication.translate("ReasonDialog", "{0} ({1}, {2})을(를) 취소합니다.").format(
            row.number, row.kind, row.company
        ),
        QCoreApplication.translate(
            "ReasonDialog",
            "취소는 되돌릴 수 없습니다. 발급대장에 취소 항목이 더해지고, 이 번호를 확인하면 "
            "'취소됨'으로 나오며, 다시 인쇄하면 '무효'가 찍힙니다.",
        ),
        QCoreApplication.translate("ReasonDialog", "취소일"),
        QCoreApplication.translate("ReasonDialog", "취소하기"),
        parent,
    )


def reissue_dialog(row: RegisterRow, parent: QWidget | None = None) -> ReasonDialog:
    return ReasonDialog(
        row,
        QCoreApplication.translate("ReasonDialog", "증명서 재발급"),
        QCoreApplication.translate(
            "ReasonDialog", "{0} ({1}, {2})을(를) 새 번호로 재발급합니다. 지금의 회원사 정보로 만듭니다."
        ).format(row.number, row.kind, row.company),
        QCoreApplication.translate(
            "ReasonDialog",
            "재발급은 되돌릴 수 없습니다. 새 번호와 확인코드가 매겨지고, 이 번호는 '재발급됨'이 되어 "
            "효력이 없어집니다.",
        ),
        QCoreApplication.translate("ReasonDialog", "재발급일"),
        QCoreApplication.translate("ReasonDialog", "재발급하기"),
        parent,
    )
