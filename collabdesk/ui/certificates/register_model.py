"""The register (발급대장) rows the filters found, in register order: a table model over the service's
rows. Revoked certificates are shown in red, replaced ones in grey, each with the date it happened.

The filtering (year, kind, status, words) runs in the database; the model holds only what it found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from collabdesk.documents.certificate_register import RegisterRow
from collabdesk.services.certificates import STATUS_REPLACED, STATUS_REVOKED, STATUS_VALID
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.row_model import Index, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("RegisterModel", "번호"),
    QT_TRANSLATE_NOOP("RegisterModel", "종류"),
    QT_TRANSLATE_NOOP("RegisterModel", "회사"),
    QT_TRANSLATE_NOOP("RegisterModel", "과제·역할"),
    QT_TRANSLATE_NOOP("RegisterModel", "발급일"),
    QT_TRANSLATE_NOOP("RegisterModel", "상태"),
    QT_TRANSLATE_NOOP("RegisterModel", "발급자"),
)
NUMBER, KIND, COMPANY, PROJECT, ISSUED, STATUS, ISSUER = range(len(COLUMNS))
REVOKED_COLOUR = QColor("#b00020")
REVOKED_FILL = QColor("#fde7e9")
REPLACED_COLOUR = QColor("#757575")


def status_label(status: str) -> str:
    """The service's status word as the screen shows it (translated)."""
    labels = {
        STATUS_VALID: QCoreApplication.translate("RegisterModel", "유효"),
        STATUS_REVOKED: QCoreApplication.translate("RegisterModel", "취소"),
        STATUS_REPLACED: QCoreApplication.translate("RegisterModel", "재발급됨"),
    }
    return labels.get(status, status)


def project_text(row: RegisterRow) -> str:
    """'스마트 공작기계 공동개발 · 금형, 사출', or '' for a certificate without a project."""
    return " · ".join(part for part in (row.project, row.role) if part)


class RegisterModel(RowTableModel[RegisterRow]):
    context = "RegisterModel"
    columns = COLUMNS

    def row_of(self, seq: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.seq == seq), -1)

    def row_of_number(self, number: str) -> int:
        wanted = "".join(number.split())
        return next((n for n, r in enumerate(self.rows) if "".join(r.number.split()) == wanted), -1)

    def status_text(self, row: RegisterRow) -> str:
        """'취소 2026-10-20', '재발급됨 2026-11-02' (the replacement's issue date, whether or not the
        filters show the replacement), '유효'."""
        label = status_label(row.status)
        if row.status == STATUS_REVOKED and row.revoked_on is not None:
            return f"{label} {row.revoked_on.isoformat()}"
        if row.status == STATUS_REPLACED:
            when = row.replaced_on
            return f"{label} {when.isoformat()}" if when is not None else f"{label} → {row.replaced_by}"
        return label

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == STATUS:
                return self.status_text(row)
            values = (
                row.number,
                row.kind,
                row.company,
                project_text(row),
                row.issue_date.isoformat(),
                "",
                row.issued_by,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == STATUS and row.status == STATUS_REVOKED:
                return QCoreApplication.translate("RegisterModel", "취소 사유: {0}").format(row.reason)
            if column == STATUS and row.status == STATUS_REPLACED:
                return QCoreApplication.translate("RegisterModel", "{0}(으)로 재발급되어 효력 없음").format(
                    row.replaced_by
                )
            if column in (COMPANY, PROJECT):
                return row.company if column == COMPANY else project_text(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == STATUS_REVOKED:
                return QBrush(REVOKED_COLOUR)
            if row.status == STATUS_REPLACED:
                return QBrush(REPLACED_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS and row.status == STATUS_REVOKED:
            return QBrush(REVOKED_FILL)
        return None
