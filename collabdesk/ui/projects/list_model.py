"""The projects the filters found, newest start first: a table model over the service's rows.

A federation runs some hundreds of projects a year, so one search's rows are kept whole; the
filtering itself (group, kind, stage, status, year and words) runs in the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from collabdesk.services.projects import ProjectRow
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.row_model import Index, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("ProjectListModel", "과제명"),
    QT_TRANSLATE_NOOP("ProjectListModel", "종류"),
    QT_TRANSLATE_NOOP("ProjectListModel", "주관기업"),
    QT_TRANSLATE_NOOP("ProjectListModel", "그룹"),
    QT_TRANSLATE_NOOP("ProjectListModel", "단계"),
    QT_TRANSLATE_NOOP("ProjectListModel", "상태"),
    QT_TRANSLATE_NOOP("ProjectListModel", "기간"),
    QT_TRANSLATE_NOOP("ProjectListModel", "참여"),
    QT_TRANSLATE_NOOP("ProjectListModel", "지연"),
)
NAME, KIND, LEAD, GROUP, STAGE, STATUS, PERIOD, PARTIES, OVERDUE = range(len(COLUMNS))
OVERDUE_COLOUR = QColor("#b00020")
OVERDUE_FILL = QColor("#fde7e9")


def period_text(start: Any, end: Any) -> str:
    """'2025-03 ~ 2026-12', open ends left blank."""
    left = start.strftime("%Y-%m") if start else ""
    right = end.strftime("%Y-%m") if end else ""
    return f"{left} ~ {right}" if left or right else ""


class ProjectListModel(RowTableModel[ProjectRow]):
    context = "ProjectListModel"
    columns = COLUMNS

    def row_of(self, project_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == project_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PERIOD:
                return period_text(row.start_on, row.end_on)
            if column == PARTIES:
                return QCoreApplication.translate("ProjectListModel", "{0}곳").format(row.parties)
            if column == OVERDUE:
                return (
                    QCoreApplication.translate("ProjectListModel", "{0}건").format(row.overdue)
                    if row.overdue
                    else ""
                )
            values = (row.name, row.kind, row.lead, row.group.split(" > ")[-1], row.stage, row.status)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == GROUP:
                return row.group
            if column == NAME:
                return row.name
            if column == OVERDUE and row.overdue:
                return QCoreApplication.translate(
                    "ProjectListModel", "예정일이 지났는데 완료되지 않은 마일스톤 {0}건"
                ).format(row.overdue)
        if row.overdue:
            if role == Qt.ItemDataRole.ForegroundRole and column in (NAME, OVERDUE):
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.BackgroundRole and column == OVERDUE:
                return QBrush(OVERDUE_FILL)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (PARTIES, OVERDUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
