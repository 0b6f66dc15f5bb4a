"""The meetings the search found, newest first: a table model over the service's rows.

A group holds a dozen meetings a year, so the rows of one search are kept whole; the search itself
(group, year and words of the minutes) runs in the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from collabdesk.services.meetings import MeetingRow
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.row_model import Index, RowTableModel

COLUMNS = (
    QT_TRANSLATE_NOOP("MeetingListModel", "일시"),
    QT_TRANSLATE_NOOP("MeetingListModel", "종류"),
    QT_TRANSLATE_NOOP("MeetingListModel", "회의명"),
    QT_TRANSLATE_NOOP("MeetingListModel", "그룹"),
    QT_TRANSLATE_NOOP("MeetingListModel", "출석/재적"),
)


class MeetingListModel(RowTableModel[MeetingRow]):
    context = "MeetingListModel"
    columns = COLUMNS

    def row_of(self, meeting_id: int) -> int:
        return next((n for n, r in enumerate(self.rows) if r.id == meeting_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.starts_at.strftime("%Y-%m-%d %H:%M")
            if column == 4:
                if not row.enrolled:
                    return ""
                if row.proxies:
                    return QCoreApplication.translate("MeetingListModel", "{0} / {1} (위임 {2})").format(
                        row.present, row.enrolled, row.proxies
                    )
                return f"{row.present} / {row.enrolled}"
            # The group's own name; its full path is the tooltip.
            return (None, row.kind, row.title, row.group.split(" > ")[-1])[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (2, 3):
            return row.title if column == 2 else row.group
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
