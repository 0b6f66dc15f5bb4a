"""What needs doing, grouped by kind: overdue in red, soon in orange, the rest in grey. Double-click
or Enter on a line asks for its record (`open_requested(kind, record_id)`); a line about members
with missing data opens the list of those members instead (`missing_requested(field)`), and a
kind's "…외 N건" line the whole list of that kind in its tab (`more_requested(kind)`)."""

from __future__ import annotations

import re

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
    TARGET_MISSING,
    Reminder,
    Reminders,
)
from collabdesk.services.reminders import KIND_DISPUTES

SEVERITY_COLORS = {SEVERITY_OVERDUE: "#c62828", SEVERITY_SOON: "#d9730d"}
INFO_COLOR = "#6b6f75"
MORE_COLOR = "#1a5fb4"
NBSP = "\u00a0"
# Kept whole when a line wraps: "2026. 11. 28." and "(30일 지남)".
_UNBROKEN = re.compile(r"\d{4}\. \d{1,2}\. \d{1,2}\.|\(\d[\d,]*일 (?:지남|남음)\)")


def unbroken(text: str) -> str:
    """`text` with no-break spaces inside its dates and day counts, so a line wraps around them."""
    return _UNBROKEN.sub(lambda match: match.group(0).replace(" ", NBSP), text)


REMINDER_ROLE = Qt.ItemDataRole.UserRole
MORE_ROLE = Qt.ItemDataRole.UserRole + 1  # on a "…외 N건" line: the kind it continues


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
    more_requested = Signal(str)  # Reminder.kind: every reminder of that kind, in its tab

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
            if kind == KIND_DISPUTES and reminders.disputes_whole_federation:
                # A group was chosen while the mediation records are locked: every case is listed.
                head.setText(0, self.tr("{0} ({1}) — 연합회 전체").format(kind, len(items) + more))
                head.setToolTip(
                    0,
                    self.tr(
                        "조정 암호를 입력하지 않아 연합회 전체 사건의 기한입니다. 분쟁조정 탭에서 잠금을 "
                        "해제하면 고른 그룹의 사건만 봅니다."
                    ),
                )
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for reminder in items:
                item = QTreeWidgetItem([unbroken(reminder.text)])
                item.setData(0, REMINDER_ROLE, reminder)
                item.setForeground(0, QBrush(QColor(SEVERITY_COLORS.get(reminder.severity, INFO_COLOR))))
                if reminder.due_on is not None:
                    item.setToolTip(0, reminder.text)
                head.addChild(item)
            if more:
                tail = QTreeWidgetItem([self.tr("…외 {0}건 — 모두 보기").format(f"{more:,}")])
                tail.setData(0, MORE_ROLE, kind)
                tail.setForeground(0, QBrush(QColor(MORE_COLOR)))
                tail.setToolTip(0, self.tr("두 번 누르거나 Enter를 누르면 해당 탭에서 모두 봅니다"))
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
        """Every line as shown, headings first in their group (no-break spaces read as spaces; for
        tests and screenshots)."""
        lines = []
        for head, items in self._groups():
            lines.append(head.text(0))
            lines += [item.text(0).replace(NBSP, " ") for item in items]
        return lines

    def item_of(self, reminder_text: str) -> QTreeWidgetItem | None:
        for _head, items in self._groups():
            for item in items:
                if item.text(0).replace(NBSP, " ") == reminder_text:
                    return item
        return None

    def more_item(self, kind: str) -> QTreeWidgetItem | None:
        """The "…외 N건" line of a kind, if it has one."""
        for _head, items in self._groups():
            for item in items:
                if item.data(0, MORE_ROLE) == kind:
                    return item
        return None

    def activate(self, item: QTreeWidgetItem) -> None:
        kind = item.data(0, MORE_ROLE)
        if isinstance(kind, str):
            self.more_requested.emit(kind)
            return
        reminder = item.data(0, REMINDER_ROLE)
        if not isinstance(reminder, Reminder):
            return  # a heading
        if reminder.target == TARGET_MISSING:
            self.missing_requested.emit(reminder.field)
        else:
            self.open_requested.emit(reminder.target, reminder.record_id)


class MissingMembersDialog(QDialog):
    """The members a field is missing for; double-click or Enter asks for one's editor
    (`edit_requested(member_id)`). The list stays open, so that one member after another can be
    completed, and is read again (`set_members`) after each."""

    edit_requested = Signal(int)

    def __init__(
        self,
        label: str,
        members: list[tuple[int, str]],
        parent: QWidget | None = None,
        group_id: int | None = None,
        group_label: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("missing_members_dialog")
        self.label = label
        self.group_id = group_id  # the members of this group (None: all)
        title = self.tr("{0} 없는 회원사").format(label)
        self.setWindowTitle(self.tr("{0} — {1}").format(title, group_label) if group_label else title)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget(objectName="missing_members")
        self.list.itemActivated.connect(self._open)  # double-click or Enter
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("닫기"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)
        self.set_members(members)

    def set_members(self, members: list[tuple[int, str]]) -> None:
        """Show these members, keeping the chosen one chosen while it is still listed."""
        current = self.list.currentItem()
        chosen = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        row = self.list.currentRow()
        self.list.clear()
        for member_id, name in members:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, member_id)
            self.list.addItem(item)
        ids = [member_id for member_id, _name in members]
        if members:
            # The same member, or the one now in its place (the one just completed left the list).
            self.list.setCurrentRow(ids.index(chosen) if chosen in ids else min(max(row, 0), len(ids) - 1))
        if members:
            text = self.tr(
                "{0} 칸이 비어 있는 회원사 {1}곳입니다. 두 번 누르거나 Enter를 누르면 회원사 정보 수정 창이 열립니다."
            ).format(self.label, f"{len(members):,}")
        else:
            text = self.tr("{0} 칸이 비어 있는 회원사가 없습니다.").format(self.label)
        self.note.setText(text)

    def names(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.edit_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
