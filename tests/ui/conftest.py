"""UI fixtures: QSettings kept in the test's own data folder, as `collabdesk.app.make_application` sets it up,
and stand-ins for the modal boxes and for typing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from collabdesk.paths import APP_NAME


@pytest.fixture(autouse=True)
def isolated_settings(data_dir: Path) -> Path:
    """Every UI test reads and writes `<data_dir>/CollabDesk/CollabDesk.ini`, never the user's settings.

    Mirrors make_application(): INI format, user scope under the data folder, CollabDesk names."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    return data_dir / APP_NAME / f"{APP_NAME}.ini"


class Asked:
    """Stands in for `confirm`: records each question and answers with `answer`."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, parent: QWidget | None, title: str, text: str, destructive: bool = True) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    """`confirm` answered without a modal box, patched where each module that asks looks it up.

    Also keeps qtbot's closing of a changed member form from blocking."""
    from collabdesk.ui import catalog_dialog
    from collabdesk.ui.members import form, groups_dialog, tab

    asked = Asked()
    for module in (catalog_dialog, groups_dialog, form, tab):
        monkeypatch.setattr(module, "confirm", asked)
    return asked


class Messages:
    """QMessageBox.warning, .information and .critical, recorded instead of shown.

    Each kind is a list of (parent, title, text); `texts` holds the text of every message in order."""

    def __init__(self) -> None:
        self.warning: list[tuple[QWidget | None, str, str]] = []
        self.information: list[tuple[QWidget | None, str, str]] = []
        self.critical: list[tuple[QWidget | None, str, str]] = []
        self.texts: list[str] = []

    def recorder(self, kind: str) -> Callable[..., QMessageBox.StandardButton]:
        calls = getattr(self, kind)

        def record(
            parent: QWidget | None, title: str, text: str, *args: object
        ) -> QMessageBox.StandardButton:
            calls.append((parent, title, text))
            self.texts.append(text)
            return QMessageBox.StandardButton.Ok

        return record


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> Messages:
    recorded = Messages()
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, recorded.recorder(kind))
    return recorded


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Type text key by key, Hangul included (QTest.keyClicks only knows ASCII keys)."""

    def type_text(widget: QWidget, text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    return type_text


@pytest.fixture
def reload_chosen(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """'다른 사용자가 수정함' answered with 다시 불러오기 (ask_reload's first button); returns the texts shown."""
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown
