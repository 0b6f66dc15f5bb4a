"""Choosing .xlsx files, starting in the folder the user last used (remembered across runs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "roster/last_folder"


def _filter() -> str:
    return QCoreApplication.translate("roster", "엑셀 통합 문서 (*.xlsx)")


def last_folder() -> str:
    folder = str(QSettings().value(LAST_FOLDER_KEY, "") or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(path: str | Path) -> None:
    QSettings().setValue(LAST_FOLDER_KEY, str(Path(path).parent))


def ask_open_xlsx(parent: QWidget | None) -> Path | None:
    title = QCoreApplication.translate("roster", "가져올 명부 파일")
    name, _ = QFileDialog.getOpenFileName(parent, title, last_folder(), _filter())
    if not name:
        return None
    remember_folder(name)
    return Path(name)


def ask_save_xlsx(parent: QWidget | None, title: str, default_name: str) -> Path | None:
    """A save path ending in .xlsx; QFileDialog itself asks before replacing a file."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(last_folder()) / default_name), _filter())
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    remember_folder(path)
    return path
