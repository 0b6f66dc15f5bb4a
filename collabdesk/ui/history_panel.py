"""변경 이력: who changed what in a record (and in the records that belong to it), when, from what
to what — read from the audit log, newest first. A panel for a record's detail view, and the same
panel in a dialog for the latest changes of every record."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.history import HistoryEntry, HistoryService
from collabdesk.ui.widgets import run_service_action

SHOWN = 200  # the latest changes; older ones stay in the log


def change_text(entry: HistoryEntry) -> str:
    """'대표자: 김영수 → 이영희' per line; a created or deleted record lists what it held. What the
    change was part of (an import, an undo, a restore) comes first, in brackets."""
    lines = [f"[{entry.context}]"] if entry.context else []
    for field, old, new in entry.changes:
        if entry.action == "update":
            lines.append(f"{field}: {old or '—'} → {new or '—'}")
        elif old or new:
            lines.append(f"{field}: {old or new}")
    return "\n".join(lines)


class HistoryPanel(QWidget):
    def __init__(self, history: HistoryService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.history = history
        self.table = QTableWidget(0, 5, objectName="history_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("때"), self.tr("사용자"), self.tr("대상"), self.tr("작업"), self.tr("바뀐 내용")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The record's name may be long; the changes get the room that is left.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 170)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(objectName="history_empty")
        self.empty.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)

    def show_record(self, table: str | None, record_id: int | None) -> None:
        """The history of one record with its children; nothing for None (a record not saved yet)."""
        if table is None or record_id is None:
            self.show_entries([])
            return
        found: list[list[HistoryEntry]] = []
        if run_service_action(
            self, lambda: found.append(self.history.for_record(table, record_id, limit=SHOWN))
        ):
            self.show_entries(found[0])

    def show_recent(self) -> None:
        found: list[list[HistoryEntry]] = []
        if run_service_action(self, lambda: found.append(self.history.recent(SHOWN))):
            self.show_entries(found[0])

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            label = entry.record_label
            what = label if label.startswith(entry.what) else f"{entry.what} {label}".strip()
            cells = (f"{entry.at:%Y-%m-%d %H:%M}", entry.user, what, entry.action_label, change_text(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.empty.setText("" if entries else self.tr("기록된 변경이 없습니다."))
        self.empty.setVisible(not entries)


class HistoryDialog(QDialog):
    """The latest changes of every record (도구 → 최근 변경 이력)."""

    def __init__(self, history: HistoryService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(self.tr("최근 변경 이력"))
        self.panel = HistoryPanel(history, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.panel.show_recent()


def add_history_page(tabs: QTabWidget, history: HistoryService, table: str, record_id: int) -> HistoryPanel:
    """A 변경 이력 page at the end of a record's dialog, read when it is first shown."""
    panel = HistoryPanel(history)
    index = tabs.addTab(panel, QCoreApplication.translate("HistoryPanel", "변경 이력"))
    loaded: list[bool] = []

    def shown(current: int) -> None:
        if current == index and not loaded:
            loaded.append(True)
            panel.show_record(table, record_id)

    tabs.currentChanged.connect(shown)
    return panel
