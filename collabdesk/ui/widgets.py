"""Small pieces the dialogs share: 확인/취소 buttons, a side column of buttons, one-field forms,
list shortcuts, the group tree, and running a service call that may refuse."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from collabdesk.errors import UserError
from collabdesk.ui.errors import show_error

SIDE_GAP = 12  # between the groups of a button column


def run_service_action(
    parent: QWidget | None,
    action: Callable[[], object],
    title: str | None = None,
    *,
    catch: type[BaseException] | tuple[type[BaseException], ...] = UserError,
) -> bool:
    """Run `action`; if it raises `catch`, say why over `parent` and return False.

    `catch` is UserError by default (anything else goes on to the application's excepthook);
    dialogs that must stay usable pass Exception, and show_error still logs what is not a UserError.
    """
    try:
        action()
    except catch as exc:
        show_error(parent, exc, title)
        return False
    return True


def add_ok_cancel(
    dialog: QDialog,
    layout: QBoxLayout,
    ok_text: str | None = None,
    on_ok: Callable[[], object] | None = None,
) -> tuple[QPushButton, QPushButton]:
    """Put 확인 (or `ok_text`) and 취소 at the end of `layout`, the dialog's own layout.

    확인 runs `on_ok` (the dialog's accept by default), 취소 rejects, and Enter presses 확인.
    Returns (ok, cancel).
    """
    buttons = QDialogButtonBox()
    ok = buttons.addButton(
        ok_text or QCoreApplication.translate("widgets", "확인"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    cancel = buttons.addButton(
        QCoreApplication.translate("widgets", "취소"), QDialogButtonBox.ButtonRole.RejectRole
    )
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    ok.setDefault(True)  # after it is inside the dialog, or QDialog does not keep it as the default
    return ok, cancel


def button_column(*groups: Sequence[QPushButton], close: QPushButton) -> QVBoxLayout:
    """The buttons beside a list: `groups` top down with a gap between them, `close` at the bottom.

    No button is an auto-default: Enter in the list acts on the item, not on whichever button had
    focus last. Every button is at least as wide as the longest label needs in its font, so no
    label is clipped whatever the style's own size hints say.
    """
    side = QVBoxLayout()
    for index, group in enumerate(groups):
        if index:
            side.addSpacing(SIDE_GAP)
        for button in group:
            side.addWidget(button)
    side.addStretch(1)
    side.addWidget(close)
    every = [*(button for group in groups for button in group), close]
    metrics = close.fontMetrics()
    width = max(metrics.horizontalAdvance(button.text()) for button in every) + 2 * metrics.height()
    for button in every:
        button.setAutoDefault(False)
        button.setMinimumWidth(width)
    return side


def table_key(view: QWidget, key: Qt.Key, action: Callable[[], object]) -> QShortcut:
    """A key that acts on `view` only while it has the focus (Delete in one of several tables on a
    page must not also fire the others, nor the page's own Delete)."""
    shortcut = QShortcut(QKeySequence(key), view, action)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    return shortcut


def list_shortcuts(view: QWidget, delete: Callable[[], object], rename: Callable[[], object]) -> None:
    """Delete and F2 act on the selected item, only while `view` has the focus."""
    for key, slot in ((QKeySequence.StandardKey.Delete, delete), (Qt.Key.Key_F2, rename)):
        shortcut = QShortcut(QKeySequence(key), view, slot)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)


class _Node(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def parent_id(self) -> int | None: ...


N = TypeVar("N", bound=_Node)


def fill_tree(
    tree: QTreeWidget, nodes: Iterable[N], make_item: Callable[[N], QTreeWidgetItem | None]
) -> dict[int, QTreeWidgetItem]:
    """Add an item per node (parents must come before their children), each under its parent's
    item, or at the top when the parent has none; the node's id goes in column 0's UserRole.

    `make_item` returns None to leave a node out. Returns the items by id.
    """
    items: dict[int, QTreeWidgetItem] = {}
    for node in nodes:
        item = make_item(node)
        if item is None:
            continue
        item.setData(0, Qt.ItemDataRole.UserRole, node.id)
        holder = items.get(node.parent_id) if node.parent_id is not None else None
        if holder is None:
            tree.addTopLevelItem(item)
        else:
            holder.addChild(item)
        items[node.id] = item
    return items


class FormDialog(QDialog):
    """A small form whose first field is `name_edit`, with 확인/취소.

    Subclasses add their rows to a QFormLayout, hand it to `_finish`, and say in `values` what
    `save` takes. `save(*values())` runs on 확인; when it fails the dialog stays open with what was
    typed and the name field gets the focus back (selected too, if `select_after_error`).
    """

    select_after_error = False

    def __init__(
        self,
        title: str,
        save: Callable[..., None],
        name: str,
        name_width: int,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.name_edit = QLineEdit(name)
        self.name_edit.setMinimumWidth(name_width)

    def _finish(self, form: QFormLayout) -> None:
        # The fields first, then the buttons: the order Tab walks and the first focus follow.
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        add_ok_cancel(self, layout)

    def values(self) -> tuple[str, ...]:
        return (self.name_edit.text(),)

    def accept(self) -> None:
        if not run_service_action(
            self, lambda: self._save(*self.values()), self.windowTitle(), catch=Exception
        ):
            self.name_edit.setFocus()
            if self.select_after_error:
                self.name_edit.selectAll()
            return
        super().accept()
