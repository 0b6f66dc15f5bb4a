"""What needs doing, grouped by kind: overdue in red, soon in orange, the rest in grey. Double-click
or Enter on a line asks for its record (`open_requested(kind, record_id)`); a line about members
with missing data opens the list of those members instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.annual_types import (
    SEVERITY_OVERDUE,
    SEVERITY_SOON,
    TARGET_MEMBER,
    TARGET_MISSING,
    Reminder,
    Reminders,
)

SEVERITY_COLORS = {SEVERITY_OVERDUE: "#c62828", SEVERITY_SOON: "#d9730d"}
INFO_COLOR = "#6b6f75"
REMINDER_ROLE = Qt.ItemDataRole.UserRole


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the view's width (QTreeView measures wrapped text only
    when the delegate is told the width)."""

    def __init__(self, view: QTreeWidget):
        super().__init__(view)
        self.view = view

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.view.indentation() * (depth + (1 if self.view.rootIsDecorated() else 0))
        option.rect.setWidth(max(self.view.viewport().width() - indent, 40))
        option.rect.setHeight(10_000)  # a valid rectangle, or the style does not wrap at all
        return super().sizeHint(option, index)


class RemindersPanel(QWidget):
    open_requested = Signal(str, int)
    missing_requested = Signal(str)  # field: the members without it are to be listed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_reminders")
        title = QLabel(self.tr("확인할 일"))
        title.setStyleSheet("font-weight: bold;")
        self.tree = QTreeWidget(objectName="reminder_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)
        # Whole lines, wrapped at the panel's width, rather than cut short with '…'.
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.viewport().installEventFilter(self)
        self.tree.setToolTip(self.tr("두 번 누르거나 Enter를 누르면 해당 기록을 엽니다"))
        # Double-click or Enter (or a single click where the desktop is set up that way).
        self.tree.itemActivated.connect(lambda item, _column: self.activate(item))
        self.message = QLabel(objectName="reminder_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #6b6f75; padding: 12px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(title)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("불러오는 중…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # the lines wrap anew at the new width
        return super().eventFilter(watched, event)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {'#b00020' if error else '#6b6f75'}; padding: 12px;")
        self.stack.setCurrentWidget(self.message)

    def show_reminders(self, reminders: Reminders) -> None:
        self.tree.clear()
        if not reminders.items and not any(reminders.more.values()):
            self.show_message(self.tr("확인할 일이 없습니다."))
            return
        groups: dict[str, list[Reminder]] = {}
        for reminder in reminders.items:
            groups.setdefault(reminder.kind, []).append(reminder)
        for kind in reminders.more:
            groups.setdefault(kind, [])
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind, items in groups.items():
            more = reminders.more.get(kind, 0)
            head = QTreeWidgetItem([self.tr("{0} ({1})").format(kind, len(items) + more)])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for reminder in items:
                item = QTreeWidgetItem([reminder.text])
                item.setData(0, REMINDER_ROLE, reminder)
                item.setForeground(0, QBrush(QColor(SEVERITY_COLORS.get(reminder.severity, INFO_COLOR))))
                if reminder.due_on is not None:
                    item.setToolTip(0, reminder.text)
                head.addChild(item)
            if more:
                tail = QTreeWidgetItem([self.tr("…외 {0}건").format(more)])
                tail.setForeground(0, QBrush(QColor(INFO_COLOR)))
                tail.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.addChild(tail)
        self.tree.expandAll()
        self.stack.setCurrentWidget(self.tree)

    def _groups(self) -> list[tuple[QTreeWidgetItem, list[QTreeWidgetItem]]]:
        """Each heading with its lines, as shown."""
        found = []
        for index in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(index)
            if head is not None:
                lines = [head.child(row) for row in range(head.childCount())]
                found.append((head, [line for line in lines if line is not None]))
        return found

    def shown_lines(self) -> list[str]:
        """Every line as shown, headings first in their group (for tests and screenshots)."""
        lines = []
        for head, items in self._groups():
            lines.append(head.text(0))
            lines += [item.text(0) for item in items]
        return lines

    def item_of(self, reminder_text: str) -> QTreeWidgetItem | None:
        for _head, items in self._groups():
            for item in items:
                if item.text(0) == reminder_text:
                    return item
        return None

    def activate(self, item: QTreeWidgetItem) -> None:
        reminder = item.data(0, REMINDER_ROLE)
        if not isinstance(reminder, Reminder):
            return  # a heading or a "…외 N건" line
        if reminder.target == TARGET_MISSING:
            self.missing_requested.emit(reminder.field)
        else:
            self.open_requested.emit(reminder.target, reminder.record_id)


class MissingMembersDialog(QDialog):
    """The members a field is missing for; double-click or Enter opens one (the list stays open,
    so that one member after another can be completed)."""

    open_requested = Signal(str, int)

    def __init__(self, label: str, members: list[tuple[int, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("missing_members_dialog")
        self.setWindowTitle(self.tr("{0} 없는 회원사").format(label))
        note = QLabel(
            self.tr("{0} 칸이 비어 있는 회원사 {1}곳입니다. 두 번 누르면 회원사 정보를 엽니다.").format(
                label, len(members)
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget(objectName="missing_members")
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            self.list.addItem(item)
        if members:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._open)  # double-click or Enter
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.open_requested.emit(TARGET_MEMBER, int(item.data(Qt.ItemDataRole.UserRole)))
