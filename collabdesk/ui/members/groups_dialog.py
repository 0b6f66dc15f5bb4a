"""그룹 관리: add, rename, move and delete the groups members belong to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.services.container import Services
from collabdesk.services.groups import GROUP_KINDS, GroupInfo
from collabdesk.ui.catalog_dialog import CheckedFormDialog, run_checked
from collabdesk.ui.errors import confirm
from collabdesk.ui.widgets import add_ok_cancel, button_column, fill_tree, list_shortcuts, run_service_action


class GroupFormDialog(CheckedFormDialog):
    """이름 and 종류 of one group. `save(name, kind)` runs on 확인; when it fails the form stays open.
    `refresh(keep)` reloads the tree behind it when another PC changed the group first."""

    select_after_error = True

    def __init__(
        self,
        title: str,
        location: str,
        save: Callable[[str, str], None],
        name: str = "",
        kind: str = "",
        parent: QWidget | None = None,
        refresh: Callable[[bool], object] | None = None,
    ):
        super().__init__(title, save, name, 280, parent, refresh)
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)  # the usual kinds offered, any other word allowed
        self.kind_combo.addItems(["", *GROUP_KINDS])
        self.kind_combo.setCurrentText(kind)

        form = QFormLayout()
        form.addRow(self.tr("위치"), QLabel(location))
        form.addRow(self.tr("이름"), self.name_edit)
        form.addRow(self.tr("종류"), self.kind_combo)
        self._finish(form)
        self.name_edit.setFocus()

    def values(self) -> tuple[str, ...]:
        return (self.name_edit.text(), self.kind_combo.currentText())


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

        def make_item(group: GroupInfo) -> QTreeWidgetItem | None:
            if group.parent_id in excluded or group.id in excluded:
                excluded.add(group.id)
                return None
            item = QTreeWidgetItem([group.name])
            item.setToolTip(0, group.path)
            return item

        self._items = fill_tree(self.tree, groups, make_item)
        self.tree.expandAll()
        self.select_parent(moving.parent_id)
        self.tree.itemDoubleClicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("'{0}' 그룹을 어디 아래로 옮길지 고르십시오.").format(moving.name)))
        layout.addWidget(self.tree)
        add_ok_cancel(self, layout)
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
        # None of them is an auto-default: Enter in the tree opens the selected group.
        side = button_column(
            (self.add_button, self.add_child_button, self.edit_button, self.move_button),
            (self.delete_button,),
            close=self.close_button,
        )

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
        list_shortcuts(self.tree, delete=self.delete_group, rename=self.edit_group)

        self.resize(640, 480)
        self.reload()

    def _item_buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_child_button, self.edit_button, self.move_button, self.delete_button)

    # --- showing ---------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        groups: list[GroupInfo] = []
        if not run_service_action(self, lambda: groups.extend(self._services.groups.tree()), catch=Exception):
            return
        self._groups = {g.id: g for g in groups}
        self.tree.clear()

        def make_item(group: GroupInfo) -> QTreeWidgetItem:
            item = QTreeWidgetItem([group.name, group.kind, str(group.member_count)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return item

        items = fill_tree(self.tree, groups, make_item)
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

        # Refused when the group it goes under was deleted on another PC: the tree is reloaded.
        form = GroupFormDialog(
            self.tr("그룹 추가"),
            self._location(parent_id),
            save,
            parent=self,
            refresh=lambda _keep: self._after_change(parent_id),
        )
        if form.exec() == QDialog.DialogCode.Accepted and created:
            self._after_change(created[0])

    def edit_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return

        def save(name: str, kind: str) -> None:
            # Compared with the group as the tree shows it now (reloaded after a refused save).
            shown = self._groups.get(group.id, group)
            self._services.groups.update(group.id, name, kind, shown.parent_id, expected=shown)

        form = GroupFormDialog(
            self.tr("이름·종류 변경"),
            self._location(group.parent_id),
            save,
            group.name,
            group.kind,
            self,
            lambda _keep: self._after_change(group.id),
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
        if run_checked(
            self,
            lambda: self._services.groups.update(
                group.id, group.name, group.kind, new_parent, expected=group
            ),
            lambda _keep: self._after_change(group.id),
            self.tr("상위 그룹 변경"),
        ):
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
        # The service refuses, for one, a group that still has sub-groups.
        if run_checked(
            self,
            lambda: self._services.groups.delete(group.id, expected=group),
            lambda _keep: self._after_change(group.id),
            self.tr("그룹 삭제"),
        ):
            self._after_change(group.parent_id)

    def _after_change(self, select_id: int | None) -> None:
        self.reload(select_id)
        self.changed.emit()
