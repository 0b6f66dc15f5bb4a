"""출석: the roll of member companies with their status, who came and who holds a proxy, and the
guests who are not members. The model edits the meeting's own AttendanceData rows in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.row_model import Index, RowTableModel
from collabdesk.validation.meeting import (
    ABSENT,
    ATTENDANCE_STATUSES,
    ATTENDED,
    DEPUTY,
    PRESENT,
    PROXY,
    AttendanceData,
)

COLUMNS = (
    QT_TRANSLATE_NOOP("AttendanceModel", "회원사"),
    QT_TRANSLATE_NOOP("AttendanceModel", "상태"),
    QT_TRANSLATE_NOOP("AttendanceModel", "참석자"),
    QT_TRANSLATE_NOOP("AttendanceModel", "위임받은 회원사"),
    QT_TRANSLATE_NOOP("AttendanceModel", "비고"),
)
COMPANY, STATUS, PERSON, PROXY_HOLDER, NOTE = range(5)
# The stored values are Korean words; the English UI shows these.
STATUS_LABELS = {
    ATTENDED: QT_TRANSLATE_NOOP("AttendanceModel", "참석"),
    ABSENT: QT_TRANSLATE_NOOP("AttendanceModel", "불참"),
    PROXY: QT_TRANSLATE_NOOP("AttendanceModel", "위임"),
    DEPUTY: QT_TRANSLATE_NOOP("AttendanceModel", "대리참석"),
}


def status_label(status: str) -> str:
    return QCoreApplication.translate("AttendanceModel", STATUS_LABELS.get(status, status))


ABSENT_COLOUR = QColor("#888888")
PROBLEM_COLOUR = QColor("#fde2e2")


class AttendanceModel(RowTableModel[AttendanceData]):
    """The roll; `changed` fires after every edit so the quorum line can follow."""

    context = "AttendanceModel"
    columns = COLUMNS
    numbered = True
    changed = Signal()

    def set_rows(self, rows: list[AttendanceData]) -> None:
        super().set_rows(rows)
        self.changed.emit()

    def add_rows(self, rows: list[AttendanceData]) -> None:
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()
        self.changed.emit()

    def set_status(self, row_numbers: list[int], status: str) -> None:
        """The bulk buttons: several companies at once (위임 needs its holder, so not offered there)."""
        for number in row_numbers:
            self._set_status(self.rows[number], status)
        if row_numbers:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
            self.changed.emit()

    @staticmethod
    def _set_status(row: AttendanceData, status: str) -> None:
        row.status = status
        if status != PROXY:
            row.proxy_member_id = None

    def holders(self, row_number: int) -> list[tuple[str, int]]:
        """Who can hold this company's proxy: the other companies attending."""
        own = self.rows[row_number]
        return [
            (r.company, r.member_id)
            for r in self.rows
            if r is not own and r.member_id is not None and r.status in PRESENT
        ]

    def holder(self, row: AttendanceData) -> AttendanceData | None:
        """The row of the company holding `row`'s proxy (never a deleted member's row, whose id is None)."""
        if row.proxy_member_id is None:
            return None
        return next((r for r in self.rows if r.member_id == row.proxy_member_id), None)

    def problem(self, row: AttendanceData) -> str:
        """Why this row cannot be saved as it is (shown in red before 저장 refuses it)."""
        if row.status != PROXY:
            return ""
        holder = self.holder(row)
        if holder is None or holder is row:
            return QCoreApplication.translate("AttendanceModel", "위임을 받은 회원사를 골라 주십시오.")
        if holder.status not in PRESENT:
            return QCoreApplication.translate(
                "AttendanceModel", "{0}이(가) {1}이라 위임을 받을 수 없습니다."
            ).format(holder.company, status_label(holder.status))
        return ""

    # --- Qt model API --------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() != COMPANY:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == PROXY_HOLDER and self.rows[index.row()].status != PROXY:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COMPANY:
                return row.company
            if column == STATUS:
                return row.status if role == Qt.ItemDataRole.EditRole else status_label(row.status)
            if column == PERSON:
                return row.person
            if column == PROXY_HOLDER:
                if role == Qt.ItemDataRole.EditRole:
                    return row.proxy_member_id
                holder = self.holder(row)
                return holder.company if holder and row.status == PROXY else ""
            return row.note
        if role == Qt.ItemDataRole.BackgroundRole and self.problem(row):
            return QBrush(PROBLEM_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problem(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and row.status not in (*PRESENT, PROXY):
            return QBrush(ABSENT_COLOUR)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = self.rows[index.row()], index.column()
        if column == STATUS:
            if value not in ATTENDANCE_STATUSES:
                return False
            self._set_status(row, value)
        elif column == PERSON:
            row.person = str(value or "")
        elif column == PROXY_HOLDER:
            row.proxy_member_id = value if isinstance(value, int) else None
        elif column == NOTE:
            row.note = str(value or "")
        else:
            return False
        # A status change can make other rows' proxies valid or invalid: repaint the whole roll.
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))
        self.changed.emit()
        return True


class ComboDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of (text, value) choices that `choices(row)` gives."""

    def __init__(self, choices: Callable[[int], list[tuple[str, Any]]], parent: QWidget | None = None):
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for text, value in self._choices(index.row()):
            combo.addItem(text, value)
        # A choice is taken at once: no second click or Enter to leave the cell.
        combo.activated.connect(lambda _n: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        current = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(editor.findData(current), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def set_up_roll_view(view: QAbstractItemView, model: AttendanceModel) -> None:
    """The roll's delegates: status from the four choices, the proxy holder from those attending."""
    statuses = [(status_label(status), status) for status in ATTENDANCE_STATUSES]
    view.setItemDelegateForColumn(STATUS, ComboDelegate(lambda _row: statuses, view))
    view.setItemDelegateForColumn(PROXY_HOLDER, ComboDelegate(model.holders, view))
