"""통합 검색 (Ctrl+K): one line of text over members, contacts, minutes, projects, certificates and —
while the disputes tab is unlocked — mediation cases; the hits grouped by kind, and the one chosen
opened in its tab.

Typing searches once it pauses, in the background; an answer to an older text is dropped."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.container import Services
from collabdesk.services.dispute_access import DisputeAccess
from collabdesk.services.global_search import DEFAULT_LIMIT, SearchGroup
from collabdesk.ui.errors import user_message
from collabdesk.ui.look import QT_TRANSLATE_NOOP
from collabdesk.ui.tasks import BackgroundTask

GEOMETRY_KEY = "global_search/geometry"
SEARCH_DELAY_MS = 250
# What a row stands for (Qt.UserRole): a hit (HIT, kind, record_id) or the rest of a group (MORE, key).
HIT, MORE = "hit", "more"
ROLE = Qt.ItemDataRole.UserRole
DETAIL_COLOUR = QColor("#666666")
MORE_COLOUR = QColor("#1a5fb4")
# The groups' names as shown (the service's keys → translatable Korean).
GROUP_NAMES = {
    "member": QT_TRANSLATE_NOOP("GlobalSearchDialog", "회원사"),
    "contact": QT_TRANSLATE_NOOP("GlobalSearchDialog", "담당자"),
    "meeting": QT_TRANSLATE_NOOP("GlobalSearchDialog", "회의록"),
    "project": QT_TRANSLATE_NOOP("GlobalSearchDialog", "협업 컨소시엄"),
    "certificate": QT_TRANSLATE_NOOP("GlobalSearchDialog", "증명서"),
    "dispute": QT_TRANSLATE_NOOP("GlobalSearchDialog", "분쟁조정"),
}


class GlobalSearchDialog(QDialog):
    """The search line on top, the grouped results below. Enter or a double-click on a hit emits
    `open_requested(kind, record_id)` and closes; on a group's '…외 N건' row it emits
    `tab_search_requested(group key, text)` (the whole list in that tab) and closes."""

    open_requested = Signal(str, int)
    tab_search_requested = Signal(str, str)

    def __init__(
        self,
        services: Services,
        access_provider: Callable[[], DisputeAccess | None],
        parent: QWidget | None = None,
        limit: int = DEFAULT_LIMIT,
    ):
        super().__init__(parent)
        self.setObjectName("global_search")
        self.setWindowTitle(self.tr("통합 검색"))
        self.services = services
        self.access_provider = access_provider
        self.limit = limit
        self.groups: list[SearchGroup] = []
        self.shown_text: str | None = None  # the text the results shown belong to
        self._generation = 0
        self._open_first = False  # Enter pressed before the results of the text came
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)

        self.line = QLineEdit()
        self.line.setObjectName("global_search_text")
        self.line.setClearButtonEnabled(True)
        self.line.setPlaceholderText(self.tr("회원사, 담당자, 회의, 과제, 증명서 번호…"))
        self.line.textChanged.connect(self._text_changed)
        self.line.returnPressed.connect(self._open_from_line)
        self.line.installEventFilter(self)
        self.results = QTreeWidget()
        self.results.setObjectName("global_search_results")
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setIndentation(0)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setStretchLastSection(True)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.results.setColumnWidth(0, 300)
        self.results.itemActivated.connect(self._activated)
        self.results.installEventFilter(self)
        self.status = QLabel()
        self.status.setObjectName("global_search_status")
        self.status.setStyleSheet("color: #555;")
        self._show_hint()

        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        geometry = QSettings().value(GEOMETRY_KEY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(640, 480)
        self.line.setFocus()

    # --- searching -------------------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        self._open_first = False
        if not self.line.text().strip():
            self._timer.stop()
            self._generation += 1  # whatever is still on its way is of no use now
            self._show([], "")
            return
        self._timer.start()

    def search_now(self) -> None:
        """Search the text now (the pause after typing, or Enter before it came)."""
        self._timer.stop()
        text = self.line.text()
        if not text.strip():
            return
        self._generation += 1
        generation = self._generation
        access = self.access_provider()
        search, limit = self.services.search, self.limit
        self.status.setText(self.tr("찾는 중…"))
        BackgroundTask(
            self,
            self.tr("통합 검색"),
            lambda _progress: search.search(text, access, limit),
            lambda groups: self._arrived(generation, text, groups),
            show_progress=False,
            on_error=lambda exc: self._failed(generation, exc),
        ).start()

    def _arrived(self, generation: int, text: str, groups: list[SearchGroup]) -> None:
        if generation != self._generation:
            return  # an answer to an older text
        self._show(groups, text)
        if self._open_first:
            self._open_first = False
            first = self._first_hit()
            if first is not None:
                self._activated(first)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._open_first = False
            self.status.setText(user_message(exc))

    def is_current(self) -> bool:
        """True once the results shown are those of the text in the line (nothing pending)."""
        return not self._timer.isActive() and self.shown_text == self.line.text()

    # --- the results -----------------------------------------------------------------------------
    def _show(self, groups: list[SearchGroup], text: str) -> None:
        self.groups = groups
        self.shown_text = text if text.strip() else self.line.text()
        self.results.clear()
        bold = QFont(self.results.font())
        bold.setBold(True)
        for group in groups:
            name = QCoreApplication.translate("GlobalSearchDialog", GROUP_NAMES.get(group.key, group.label))
            header = QTreeWidgetItem(self.results, [self.tr("{0} ({1})").format(name, f"{group.total:,}")])
            # Disabled: neither selectable nor a stop for the arrow keys, but still clearly readable.
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            header.setFont(0, bold)
            header.setForeground(0, QBrush(self.palette().text().color()))
            header.setFirstColumnSpanned(True)
            for hit in group.hits:
                item = QTreeWidgetItem(self.results, [hit.title, hit.detail])
                item.setData(0, ROLE, (HIT, hit.kind, hit.record_id))
                item.setForeground(1, QBrush(DETAIL_COLOUR))
                item.setToolTip(0, hit.title)
                item.setToolTip(1, hit.detail)
            rest = group.total - len(group.hits)
            if rest > 0:
                more = QTreeWidgetItem(
                    self.results, [self.tr("…외 {0}건 — 해당 탭에서 보기").format(f"{rest:,}")]
                )
                more.setData(0, ROLE, (MORE, group.key))
                more.setForeground(0, QBrush(MORE_COLOUR))
                more.setFirstColumnSpanned(True)
        if not text.strip():
            self._show_hint()
        elif not groups:
            self.status.setText(self.tr("찾은 결과가 없습니다."))
        else:
            self.status.setText(self.tr("Enter: 열기 · ↑↓: 이동 · Esc: 닫기"))

    def _show_hint(self) -> None:
        self.status.setText(self.tr("검색어를 입력하십시오. 분쟁조정 사건은 잠금을 해제했을 때만 찾습니다."))

    def _first_hit(self) -> QTreeWidgetItem | None:
        items = self.hit_items()
        return items[0] if items else None

    def hit_items(self) -> list[QTreeWidgetItem]:
        """The rows that can be chosen (hits and '…외 N건'), top down."""
        items = []
        for row in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(row)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsSelectable:
                items.append(item)
        return items

    # --- choosing --------------------------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        what = item.data(0, ROLE)
        if not what:
            return
        self.done(QDialog.DialogCode.Accepted)
        if what[0] == HIT:
            self.open_requested.emit(what[1], int(what[2]))
        else:
            self.tab_search_requested.emit(what[1], self.shown_text or "")

    def _open_from_line(self) -> None:
        """Enter in the line: the chosen row, or the first hit (once the results of the text came)."""
        current = self.results.currentItem()
        if self.is_current():
            chosen = current if current is not None and current.isSelected() else self._first_hit()
            if chosen is not None:
                self._activated(chosen)
            return
        self._open_first = True
        self.search_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.line and key == Qt.Key.Key_Down:
                first = self._first_hit()
                if first is not None:
                    self.results.setFocus()
                    self.results.setCurrentItem(first)
                return True
            if (
                watched is self.results
                and key == Qt.Key.Key_Up
                and self.results.currentItem() is self._first_hit()
            ):
                self.line.setFocus()
                return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self._generation += 1  # a search still on its way has nobody to show it to
        self._timer.stop()
        super().done(result)
