"""A table model that holds only the pages of members the view has asked for.

Counting, filtering and sorting run in the database; with 100,000 members the model keeps a few
hundred rows in memory, fetched page by page as the user scrolls.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from collabdesk.errors import UserError
from collabdesk.formatting import iso_date, thousands
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import SORT_COLUMNS, MemberRow, MemberService
from collabdesk.ui.look import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

COLUMNS: list[tuple[str, str]] = [
    ("name", QT_TRANSLATE_NOOP("MemberTableModel", "회사명")),
    ("ceo", QT_TRANSLATE_NOOP("MemberTableModel", "대표자")),
    ("brn", QT_TRANSLATE_NOOP("MemberTableModel", "사업자등록번호")),
    ("industry", QT_TRANSLATE_NOOP("MemberTableModel", "업종")),
    ("member_class", QT_TRANSLATE_NOOP("MemberTableModel", "회원구분")),
    ("status", QT_TRANSLATE_NOOP("MemberTableModel", "상태")),
    ("phone", QT_TRANSLATE_NOOP("MemberTableModel", "전화")),
    ("tags", QT_TRANSLATE_NOOP("MemberTableModel", "전문역량/주요제품")),
    ("address", QT_TRANSLATE_NOOP("MemberTableModel", "주소")),
    ("joined_on", QT_TRANSLATE_NOOP("MemberTableModel", "가입일")),
    ("sales", QT_TRANSLATE_NOOP("MemberTableModel", "매출액(원)")),
    ("employees", QT_TRANSLATE_NOOP("MemberTableModel", "종업원수")),
]
NUMERIC = {"sales", "employees"}
PAGE_SIZE = 200
MAX_PAGES = 8

_Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    unreadable = Signal(str)  # rows could not be read while painting (the message, once)

    def __init__(self, members: MemberService, parent: Any = None):
        super().__init__(parent)
        self._members = members
        self._filter = MemberFilter()
        self._sort = "name"
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[MemberRow]] = OrderedDict()
        self._unreadable = False

    # --- what to show --------------------------------------------------------------------
    @property
    def filter(self) -> MemberFilter:
        return self._filter

    def set_filter(self, flt: MemberFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Count again and drop cached pages (after a search, a filter or an edit).

        When the database cannot be read (a server gone away) the table is left empty and the error
        raised once to the caller, instead of every painted cell asking the database again."""
        self.beginResetModel()
        self._pages.clear()
        self._count = 0
        self._unreadable = False
        try:
            self._count = self._members.count(self._filter)
        finally:
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "name"
        if key not in SORT_COLUMNS:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._pages.clear()
        self.layoutChanged.emit()

    def is_sortable(self, column: int) -> bool:
        return COLUMNS[column][0] in SORT_COLUMNS

    def row_at(self, row: int) -> MemberRow | None:
        if not 0 <= row < self._count:
            return None
        page_no, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            if self._unreadable:
                return None
            try:
                page = self._members.page(
                    self._filter,
                    page_no * PAGE_SIZE,
                    PAGE_SIZE,
                    self._sort,
                    self._descending,
                    total=self._count,
                )
            except UserError as exc:
                # Painting must not raise (Qt would report every cell); said once, then blank rows
                # until the next refresh (F5, a new search) reads again.
                self._unreadable = True
                log.warning("member page %d could not be read: %s", page_no, exc)
                message = str(exc)
                QTimer.singleShot(0, lambda: self.unreadable.emit(message))
                return None
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def member_id(self, row: int) -> int | None:
        member = self.row_at(row)
        return member.id if member else None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MemberTableModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            member = self.row_at(index.row())
            if member is None:
                return None
            value = getattr(member, key)
            if key in NUMERIC:
                return thousands(value)
            if key == "joined_on":
                return iso_date(value)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            member = self.row_at(index.row())
            if member is not None and member.status != "활동":
                return QBrush(QColor("#888888"))
        return None
