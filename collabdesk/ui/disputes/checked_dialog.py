"""What the small dispute dialogs share: 확인 runs the change the tab handed in (one service call with
the case's version), and stays open with what was typed when the service refuses; a case changed or
removed on another PC meanwhile is handled as every CollabDesk form handles it (run_checked)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from collabdesk.ui.catalog_dialog import run_checked
from collabdesk.ui.widgets import add_ok_cancel

Refresh = Callable[[bool], object]


class CheckedDialog(QDialog):
    """Subclasses build their fields into `self.body` and say in `values()` what `save` takes."""

    def __init__(
        self,
        title: str,
        save: Callable[..., object],
        refresh: Refresh,
        parent: QWidget | None = None,
        ok_text: str | None = None,
    ):
        super().__init__(parent)
        if title:
            self.setWindowTitle(title)
        self._save = save
        self._refresh = refresh
        self._ok_text = ok_text
        self.body = QVBoxLayout(self)

    def _finish(self) -> None:
        self.ok_button, self.cancel_button = add_ok_cancel(self, self.body, self._ok_text)

    def values(self) -> tuple[object, ...]:
        raise NotImplementedError

    def accept(self) -> None:
        if run_checked(
            self, lambda: self._save(*self.values()), self._refresh, self.windowTitle(), form=self
        ):
            super().accept()
