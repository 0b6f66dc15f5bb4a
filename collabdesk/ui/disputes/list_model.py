"""The dispute cases the filters found, newest receipt first: a table model over the service's rows.

While the records are locked a row carries the number, status, receipt date and deadline only; the
other columns stay empty (the tab hides them). The deadline column says how far off the processing
deadline is — "D-5", "D-day", "7일 지남" — in orange when it is near, red once past; a closed case is
grey and shows no deadline any more."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from collabdesk.services.dispute_stats import DisputeRow
from collabdesk.services.dispute_workflow import DUE_SOON, OVERDUE, is_closed
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.row_model import Index, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("DisputeListModel", "사건번호"),
    QT_TRANSLATE_NOOP("DisputeListModel", "접수일"),
    QT_TRANSLATE_NOOP("DisputeListModel", "신청인"),
    QT_TRANSLATE_NOOP("DisputeListModel", "피신청인"),
    QT_TRANSLATE_NOOP("DisputeListModel", "유형"),
    QT_TRANSLATE_NOOP("DisputeListModel", "상태"),
    QT_TRANSLATE_NOOP("DisputeListModel", "기한"),
)
NUMBER, RECEIVED, APPLICANTS, RESPONDENTS, TYPE, STATUS, DEADLINE = range(len(COLUMNS))
# Columns that tell what a case is about: empty, and hidden, while the records are locked.
CONFIDENTIAL_COLUMNS = (APPLICANTS, RESPONDENTS, TYPE)
OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_FILL = QColor("#fde7e9")
DUE_SOON_COLOUR = QColor("#c45a00")
DUE_SOON_FILL = QColor("#fff1e0")
CLOSED_COLOUR = QColor("#808080")


def deadline_text(row: DisputeRow) -> str:
    """'D-5', 'D-day' or '7일 지남' for an open case; "" for a closed one."""
    if is_closed(row.status):
        return ""
    if row.days_left > 0:
        return QCoreApplication.translate("DisputeListModel", "D-{0}").format(row.days_left)
    if row.days_left == 0:
        return QCoreApplication.translate("DisputeListModel", "D-day")
    return QCoreApplication.translate("DisputeListModel", "{0}일 지남").format(-row.days_left)


def deadline_tip(row: DisputeRow) -> str:
    if is_closed(row.status):
        if row.closed_on is not None:
            return QCoreApplication.translate("DisputeListModel", "종결 {0}").format(
                row.closed_on.isoformat()
            )
        return QCoreApplication.translate("DisputeListModel", "종결된 사건")
    text = QCoreApplication.translate("DisputeListModel", "처리 기한 {0}").format(row.deadline.isoformat())
    if row.flag == OVERDUE:
        return text + QCoreApplication.translate("DisputeListModel", " — 기한이 지났습니다")
    if row.flag == DUE_SOON:
        return text + QCoreApplication.translate("DisputeListModel", " — 기한이 7일 안에 끝납니다")
    return text


def row_colour(row: DisputeRow) -> QColor | None:
    """The text colour of the whole row: grey once closed, red past the deadline, orange near it."""
    if is_closed(row.status):
        return CLOSED_COLOUR
    if row.flag == OVERDUE:
        return OVERDUE_COLOUR
    if row.flag == DUE_SOON:
        return DUE_SOON_COLOUR
    return None


class DisputeListModel(RowTableModel[DisputeRow]):
    context = "DisputeListModel"
    columns = COLUMNS

    def row_of(self, case_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == case_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DEADLINE:
                return deadline_text(row)
            values = (
                row.number,
                row.received_on.isoformat(),
                row.applicants,
                row.respondents,
                row.dispute_type,
                row.status,
            )
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == DEADLINE:
                return deadline_tip(row)
            if column in (APPLICANTS, RESPONDENTS) and not row.locked:
                return (row.applicants, row.respondents)[column - APPLICANTS] or None
            if column == NUMBER and row.project:
                return QCoreApplication.translate("DisputeListModel", "관련 과제: {0}").format(row.project)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = row_colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and column == DEADLINE and not is_closed(row.status):
            if row.flag == OVERDUE:
                return QBrush(OVERDUE_FILL)
            if row.flag == DUE_SOON:
                return QBrush(DUE_SOON_FILL)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DEADLINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
