"""What the record tabs (회의록, 협업 컨소시엄) repeat around their list: the table's look, its column
layout and splitter remembered between sessions, finding a row by the record's id, and clearing
the filters so that a record saved outside them is shown anyway."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QSplitter, QTableView


class RowsById(Protocol):
    def row_of(self, record_id: int) -> int: ...

    def row_at(self, row: int) -> Any: ...

    def index(self, row: int, column: int) -> Any: ...


def set_up_list_view(table: QTableView, widths: Sequence[int], stretch: int) -> None:
    """One row per record, selected whole; a compact, sortable-looking list with movable columns."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def restore_layout(prefix: str, table: QTableView, splitter: QSplitter) -> None:
    settings = QSettings()
    state = settings.value(f"{prefix}/header")
    if state:
        table.horizontalHeader().restoreState(state)
    sizes = settings.value(f"{prefix}/splitter")
    if sizes:
        splitter.restoreState(sizes)


def save_layout(prefix: str, table: QTableView, splitter: QSplitter) -> None:
    settings = QSettings()
    settings.setValue(f"{prefix}/header", table.horizontalHeader().saveState())
    settings.setValue(f"{prefix}/splitter", splitter.saveState())


def selected_record(table: QTableView, model: RowsById) -> Any:
    rows = table.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def select_record(table: QTableView, model: RowsById, record_id: int) -> bool:
    row = model.row_of(record_id)
    if row < 0:
        return False
    table.selectRow(row)
    table.scrollTo(model.index(row, 0))
    return True


def clear_filters(search: QLineEdit, combos: Iterable[QComboBox]) -> None:
    """Back to '전체' and no search text, without a search per change (the caller searches once)."""
    search.blockSignals(True)
    search.clear()
    search.blockSignals(False)
    for combo in combos:
        combo.blockSignals(True)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)


def reveal_record(
    select: Callable[[int], bool], clear: Callable[[], None], apply: Callable[[], None], record_id: int
) -> bool:
    """Select a record in a list read afresh; when the filters hide it, clear them and try again.
    False when the record is not there at all (deleted meanwhile)."""
    apply()
    if select(record_id):
        return True
    clear()
    apply()
    return select(record_id)


def search_only(search: QLineEdit, clear: Callable[[], None], apply: Callable[[], None], text: str) -> None:
    """Every record the text finds, whatever the other filters said (one search, not one per change)."""
    clear()
    search.blockSignals(True)
    search.setText(text)
    search.blockSignals(False)
    apply()
