"""Editing one of the federation's short lists (업종, 회원구분): add, rename, reorder, delete.

Also the way the settings dialogs (these lists, 그룹 관리, 의결 기준, 회의록 문구) handle a change made
on another PC meanwhile: every change compares what the list showed, and a refused one reloads it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from collabdesk.errors import NotFoundError, StaleRecordError
from collabdesk.services.catalogs import CatalogItem, CatalogService
from collabdesk.ui.errors import ask_reload, confirm, show_error
from collabdesk.ui.widgets import FormDialog, button_column, list_shortcuts, run_service_action


def run_checked(
    parent: QWidget,
    action: Callable[[], object],
    refresh: Callable[[bool], object],
    title: str | None = None,
    *,
    form: QDialog | None = None,
) -> bool:
    """Run a change that compares what a list showed with what is saved; True when it was made.

    When another PC changed the record first (StaleRecordError) the user is asked whether to load
    their version (ask_reload); when it is gone (NotFoundError) they are told. Either way
    `refresh(keep)` reloads the list from the database, whatever the answer, so nothing stale stays
    on the screen for a later change to be compared with; `keep` is True when the user chose to keep
    what they typed. `form` is the dialog they typed in (the question is asked over it): it is
    closed when they choose the other PC's version or the record is gone, and stays open with what
    was typed otherwise, so that 확인 saves it over the version now shown, knowingly.
    Any other failure is shown as run_service_action shows it."""
    over = form if form is not None else parent
    try:
        action()
    except StaleRecordError as exc:
        keep = not ask_reload(over, exc)
        refresh(keep)
        if form is not None and not keep:
            form.reject()
        return False
    except NotFoundError as exc:
        show_error(over, exc, title)
        refresh(False)
        if form is not None:
            form.reject()
        return False
    except Exception as exc:  # a dialog stays usable; show_error logs what is not a UserError
        show_error(over, exc, title)
        return False
    return True


class CheckedFormDialog(FormDialog):
    """A FormDialog over a list: `save` compares what the list showed, and `refresh(keep)` reloads
    the list when another PC changed or removed the record first (see run_checked)."""

    def __init__(
        self,
        title: str,
        save: Callable[..., None],
        name: str,
        name_width: int,
        parent: QWidget | None = None,
        refresh: Callable[[bool], object] | None = None,
    ):
        super().__init__(title, save, name, name_width, parent)
        self._refresh = refresh or (lambda _keep: None)

    def accept(self) -> None:
        if run_checked(
            self, lambda: self._save(*self.values()), self._refresh, self.windowTitle(), form=self
        ):
            QDialog.accept(self)
            return
        self.name_edit.setFocus()
        if self.select_after_error:
            self.name_edit.selectAll()


class NameDialog(CheckedFormDialog):
    """One name to type. `save(name)` runs on 확인; when it fails the dialog stays open with the text."""

    def __init__(
        self,
        title: str,
        save: Callable[[str], None],
        name: str = "",
        parent: QWidget | None = None,
        refresh: Callable[[bool], object] | None = None,
    ):
        super().__init__(title, save, name, 260, parent, refresh)
        self.name_edit.selectAll()
        form = QFormLayout()
        form.addRow(self.tr("이름"), self.name_edit)
        self._finish(form)


class CatalogDialog(QDialog):
    """One editable list. Every change is written at once; `changed` tells the member tab to refresh."""

    changed = Signal()

    def __init__(
        self,
        catalog: CatalogService,
        title: str,
        parent: QWidget | None = None,
        count_format: str | None = None,
    ):
        """`count_format` shows an item and how often it is used ("{0} ({1}개사)" by default)."""
        super().__init__(parent)
        self._catalog = catalog
        self._count_format = count_format or self.tr("{0} ({1}개사)")
        self._items: list[CatalogItem] = []
        self.setWindowTitle(title)

        self.list = QListWidget()
        self.add_button = QPushButton(self.tr("추가"))
        self.rename_button = QPushButton(self.tr("이름 변경"))
        self.up_button = QPushButton(self.tr("위로"))
        self.down_button = QPushButton(self.tr("아래로"))
        self.remove_button = QPushButton(self.tr("삭제"))
        self.close_button = QPushButton(self.tr("닫기"))
        # None of them is an auto-default: Enter in the list renames the item.
        side = button_column(
            (self.add_button, self.rename_button, self.up_button, self.down_button),
            (self.remove_button,),
            close=self.close_button,
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(side)

        self.add_button.clicked.connect(self.add_item)
        self.rename_button.clicked.connect(self.rename_item)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.remove_button.clicked.connect(self.remove_item)
        self.close_button.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.rename_item())
        list_shortcuts(self.list, delete=self.remove_item, rename=self.rename_item)

        self.resize(460, 400)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        def load() -> None:
            self._items = self._catalog.items()

        if not run_service_action(self, load, catch=Exception):
            return
        self.list.clear()
        for entry in self._items:
            item = QListWidgetItem(self._count_format.format(entry.name, entry.in_use))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        ids = [entry.id for entry in self._items]
        if select_id in ids:
            self.list.setCurrentRow(ids.index(select_id))
        self._update_buttons()

    def selected(self) -> CatalogItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def select(self, item_id: int) -> None:
        ids = [entry.id for entry in self._items]
        if item_id in ids:
            self.list.setCurrentRow(ids.index(item_id))

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        has = self.selected() is not None
        self.rename_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._items) - 1)

    def add_item(self) -> None:
        created: list[int] = []
        dialog = NameDialog(
            self.tr("추가"), lambda name: created.append(self._catalog.add(name)), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and created:
            self._after_change(created[0])

    def _shown(self, item_id: int) -> CatalogItem | None:
        """The item as the list shows it now (reloaded after a refused change)."""
        return next((entry for entry in self._items if entry.id == item_id), None)

    def rename_item(self) -> None:
        entry = self.selected()
        if entry is None:
            return

        def save(name: str) -> None:
            shown = self._shown(entry.id) or entry
            self._catalog.rename(entry.id, name, expected_name=shown.name)

        dialog = NameDialog(
            self.tr("이름 변경"), save, entry.name, self, lambda _keep: self._after_change(entry.id)
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after_change(entry.id)

    def move_item(self, step: int) -> None:
        entry = self.selected()
        if entry is None:
            return
        shown = list(self._items)
        if run_checked(
            self,
            lambda: self._catalog.move(entry.id, step, expected=shown),
            lambda _keep: self._after_change(entry.id),
        ):
            self._after_change(entry.id)

    def remove_item(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if not confirm(
            self, self.tr("삭제"), self.tr("'{0}' 항목을 목록에서 삭제하시겠습니까?").format(entry.name)
        ):
            return
        row = self.list.currentRow()
        # The service refuses an item members still use, and says so.
        if not run_checked(
            self,
            lambda: self._catalog.remove(entry.id, expected_name=entry.name),
            lambda _keep: self._after_change(entry.id),
            self.tr("삭제할 수 없습니다"),
        ):
            return
        self._after_change(None)
        # Keep the cursor where it was, so several items can be removed in a row from the keyboard.
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _after_change(self, select_id: int | None) -> None:
        self.reload(select_id)
        self.changed.emit()
