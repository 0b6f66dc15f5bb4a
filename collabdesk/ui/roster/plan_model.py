"""The preview table of an import: one line per row of the file, with what would happen to it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from collabdesk.services.roster_import import ERROR, IGNORED, NEW, SKIP, UNCHANGED, UPDATE, PlanRow
from collabdesk.ui.look import QT_TRANSLATE_NOOP

_COLORS = {
    NEW: QColor("#1b6e20"),
    UPDATE: QColor("#0d47a1"),
    ERROR: QColor("#b71c1c"),
    SKIP: QColor("#6d4c00"),
    UNCHANGED: QColor("#616161"),
    IGNORED: QColor("#616161"),
}

Index = QModelIndex | QPersistentModelIndex

# The service's words for each outcome, marked here for translation.
STATUS_TEXT = {
    NEW: QT_TRANSLATE_NOOP("PlanTableModel", "신규"),
    UPDATE: QT_TRANSLATE_NOOP("PlanTableModel", "변경"),
    UNCHANGED: QT_TRANSLATE_NOOP("PlanTableModel", "동일"),
    SKIP: QT_TRANSLATE_NOOP("PlanTableModel", "건너뜀"),
    ERROR: QT_TRANSLATE_NOOP("PlanTableModel", "오류"),
    IGNORED: QT_TRANSLATE_NOOP("PlanTableModel", "제외"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("PlanTableModel", "행"),
    QT_TRANSLATE_NOOP("PlanTableModel", "결과"),
    QT_TRANSLATE_NOOP("PlanTableModel", "회사명"),
    QT_TRANSLATE_NOOP("PlanTableModel", "사업자등록번호"),
    QT_TRANSLATE_NOOP("PlanTableModel", "내용"),
    QT_TRANSLATE_NOOP("PlanTableModel", "참고"),
)


class PlanTableModel(QAbstractTableModel):
    """Holds the rows of the shown status only (all rows by default)."""

    def __init__(self, parent: object = None):
        super().__init__(parent)  # type: ignore[arg-type]
        self._all: list[PlanRow] = []
        self._rows: list[PlanRow] = []
        self._status: str | None = None

    def set_rows(self, rows: list[PlanRow]) -> None:
        self._all = rows
        self.show_status(self._status)

    def show_status(self, status: str | None) -> None:
        self.beginResetModel()
        self._status = status
        self._rows = [r for r in self._all if status is None or r.status == status]
        self.endResetModel()

    def row_at(self, row: int) -> PlanRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.excel_row,
                self.tr(STATUS_TEXT[row.status]),
                row.name,
                row.brn,
                row.message,
                row.hint,
            )
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(_COLORS[row.status])
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 5):
            return (row.message, row.hint)[column - 4] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
