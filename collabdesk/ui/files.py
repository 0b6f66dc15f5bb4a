"""Choosing files to open and save, starting in the folder the user last used (remembered across runs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last_folder"


def last_folder() -> str:
    folder = str(QSettings().value(LAST_FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(path: str | Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))


def ask_open_path(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, last_folder(), name_filter)
    if not name:
        return None
    remember_folder(name)
    return Path(name)


def ask_save_path(
    parent: QWidget | None, title: str, default_name: str, name_filter: str, suffix: str
) -> Path | None:
    """A save path ending in `suffix` (".xlsx", ".pdf"); QFileDialog itself asks before replacing a file."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(last_folder()) / default_name), name_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(path)
    return path
