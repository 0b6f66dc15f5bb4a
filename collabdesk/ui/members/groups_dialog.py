"""그룹 관리: add, rename, move and delete the groups members belong to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.container import Services
from collabdesk.services.groups import GROUP_KINDS, GroupInfo
from collabdesk.ui.errors import confirm, show_error


class GroupFormDialog(QDialog):
    """이름 and 종류 of one group. `save(name, kind)` runs on 확인; when it fails the form stays open."""

    def __init__(
        self,
        title: str,
        location: str,
        save: Callable[[str, str], None],
        name: str = "",
        kind: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.name_edit = QLineEdit(name)
        self.name_edit.setMinimumWidth(280)
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)  # the usual kinds offered, any other word allowed
        self.kind_combo.addItems(["", *GROUP_KINDS])
        self.kind_combo.setCurrentText(kind)

        form = QFormLayout()
        form.addRow(self.tr("위치"), QLabel(location))
        form.addRow(self.tr("이름"), self.name_edit)
        form.addRow(self.tr("종류"), self.kind_combo)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("확인"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("취소"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        ok.setDefault(True)  # after it is inside the dialog, or QDialog does not keep it as the default
        self.name_edit.setFocus()

    def accept(self) -> None:
        try:
            self._save(self.name_edit.text(), self.kind_combo.currentText())
        except Exception as exc:
            show_error(self, exc, self.windowTitle())
            self.name_edit.setFocus()
            self.name_edit.selectAll()
            return
        super().accept()


class ParentPickerDialog(QDialog):
    """Choose where a group goes: under another group, or at the top level."""

    def __init__(self, groups: list[GroupInfo], moving: GroupInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("상위 그룹 변경"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.top_item = QTreeWidgetItem([self.tr("(최상위)")])
        self.tree.addTopLevelItem(self.top_item)
        # A group cannot go under itself or under one of its own sub-groups.
        excluded = {moving.id}
        items: dict[int, QTreeWidgetItem] = {}
        for group in groups:  # parents come first
            if group.parent_id in excluded or group.id in excluded:
                excluded.add(group.id)
                continue
            item = QTreeWidgetItem([group.name])
            item.setData(0, Qt.ItemDataRole.UserRole, group.id)
            item.setToolTip(0, group.path)
            holder = items.get(group.parent_id) if group.parent_id is not None else None
            if holder is None:
                self.tree.addTopLevelItem(item)
            else:
                holder.addChild(item)
            items[group.id] = item
        self._items = items
        self.tree.expandAll()
        self.select_parent(moving.parent_id)
        self.tree.itemDoubleClicked.connect(self.accept)

        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("확인"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("취소"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("'{0}' 그룹을 어디 아래로 옮길지 고르십시오.").format(moving.name)))
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        ok.setDefault(True)  # after it is inside the dialog, or QDialog does not keep it as the default
        self.resize(420, 420)

    def select_parent(self, group_id: int | None) -> None:
        item = self._items.get(group_id) if group_id is not None else self.top_item
        self.tree.setCurrentItem(item or self.top_item)

    def chosen_parent_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None or item is self.top_item:
            return None
        return int(item.data(0, Qt.ItemDataRole.UserRole))


class GroupsDialog(QDialog):
    """그룹 관리. Every change is written at once; `changed` tells the member tab to refresh its lists."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._groups: dict[int, GroupInfo] = {}
        self.setWindowTitle(self.tr("그룹 관리"))

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("이름"), self.tr("종류"), self.tr("회원사 수")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 110)
        self.tree.setColumnWidth(2, 90)

        self.add_button = QPushButton(self.tr("추가"))
        self.add_button.setToolTip(
            self.tr("고른 그룹과 같은 위치에 그룹을 추가합니다 (고른 그룹이 없으면 최상위).")
        )
        self.add_child_button = QPushButton(self.tr("하위 그룹 추가"))
        self.edit_button = QPushButton(self.tr("이름·종류 변경"))
        self.move_button = QPushButton(self.tr("상위 그룹 변경"))
        self.delete_button = QPushButton(self.tr("삭제"))
        self.close_button = QPushButton(self.tr("닫기"))
        side = QVBoxLayout()
        for button in (self.add_button, self.add_child_button, self.edit_button, self.move_button):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.delete_button)
        side.addStretch(1)
        side.addWidget(self.close_button)
        for button in (*self._item_buttons(), self.add_button, self.close_button):
            # Enter in the tree opens the selected group, it should not press whichever button was last.
            button.setAutoDefault(False)

        hint = QLabel(self.tr("그룹을 지워도 회원사는 지워지지 않고 그 그룹의 소속만 빠집니다."))
        hint.setWordWrap(True)
        main = QHBoxLayout()
        main.addWidget(self.tree, 1)
        main.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(main)
        layout.addWidget(hint)

        self.add_button.clicked.connect(self.add_group)
        self.add_child_button.clicked.connect(self.add_child_group)
        self.edit_button.clicked.connect(self.edit_group)
        self.move_button.clicked.connect(self.move_group)
        self.delete_button.clicked.connect(self.delete_group)
        self.close_button.clicked.connect(self.reject)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.edit_group())
        for key, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_group),
            (Qt.Key.Key_F2, self.edit_group),
        ):
            shortcut = QShortcut(QKeySequence(key), self.tree, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has focus

        self.resize(640, 480)
        self.reload()

    def _item_buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_child_button, self.edit_button, self.move_button, self.delete_button)

    # --- showing ---------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        try:
            groups = self._services.groups.tree()
        except Exception as exc:
            show_error(self, exc)
            return
        self._groups = {g.id: g for g in groups}
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for group in groups:  # parents come before their children
            item = QTreeWidgetItem([group.name, group.kind, str(group.member_count)])
            item.setData(0, Qt.ItemDataRole.UserRole, group.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            holder = items.get(group.parent_id) if group.parent_id is not None else None
            if holder is None:
                self.tree.addTopLevelItem(item)
            else:
                holder.addChild(item)
            items[group.id] = item
        self.tree.expandAll()
        if select_id in items:
            self.tree.setCurrentItem(items[select_id])
        self._update_buttons()

    def selected_group(self) -> GroupInfo | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        return self._groups.get(int(items[0].data(0, Qt.ItemDataRole.UserRole)))

    def select_group(self, group_id: int | None) -> None:
        """Select a group by id (None clears the selection, so 추가 adds at the top level)."""
        self.tree.clearSelection()
        if group_id is None:
            return
        for item in self._all_items():
            if item.data(0, Qt.ItemDataRole.UserRole) == group_id:
                self.tree.setCurrentItem(item)
                return

    def _all_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _update_buttons(self) -> None:
        selected = self.selected_group() is not None
        for button in self._item_buttons():
            button.setEnabled(selected)

    def _location(self, parent_id: int | None) -> str:
        if parent_id is None or parent_id not in self._groups:
            return self.tr("(최상위)")
        return self._groups[parent_id].path

    # --- changing --------------------------------------------------------------------------
    def add_group(self) -> None:
        selected = self.selected_group()
        self._add_under(selected.parent_id if selected else None)

    def add_child_group(self) -> None:
        selected = self.selected_group()
        if selected is not None:
            self._add_under(selected.id)

    def _add_under(self, parent_id: int | None) -> None:
        created: list[int] = []

        def save(name: str, kind: str) -> None:
            created.append(self._services.groups.create(name, kind, parent_id))

        form = GroupFormDialog(self.tr("그룹 추가"), self._location(parent_id), save, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and created:
            self._after_change(created[0])

    def edit_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return

        def save(name: str, kind: str) -> None:
            self._services.groups.update(group.id, name, kind, group.parent_id)

        form = GroupFormDialog(
            self.tr("이름·종류 변경"), self._location(group.parent_id), save, group.name, group.kind, self
        )
        if form.exec() == QDialog.DialogCode.Accepted:
            self._after_change(group.id)

    def move_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        picker = ParentPickerDialog(list(self._groups.values()), group, self)
        if picker.exec() != QDialog.DialogCode.Accepted:
            return
        new_parent = picker.chosen_parent_id()
        if new_parent == group.parent_id:
            return
        try:
            self._services.groups.update(group.id, group.name, group.kind, new_parent)
        except Exception as exc:
            show_error(self, exc, self.tr("상위 그룹 변경"))
            return
        self._after_change(group.id)

    def delete_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        question = self.tr(
            "'{0}' 그룹을 삭제하시겠습니까?\n"
            "이 그룹에 속한 회원사 {1}곳은 삭제되지 않고, 이 그룹의 소속만 빠집니다."
        ).format(group.name, group.member_count)
        if not confirm(self, self.tr("그룹 삭제"), question):
            return
        try:
            self._services.groups.delete(group.id)
        except Exception as exc:  # e.g. the service refusing a group that still has sub-groups
            show_error(self, exc, self.tr("그룹 삭제"))
            return
        self._after_change(group.parent_id)

    def _after_change(self, select_id: int | None) -> None:
        self.reload(select_id)
        self.changed.emit()
