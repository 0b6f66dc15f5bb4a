"""Choosing .xlsx files, starting in the folder the user last used (remembered across runs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from collabdesk.ui.files import ask_open_path, ask_save_path, remember_folder

__all__ = ["ask_open_xlsx", "ask_save_xlsx", "remember_folder"]


def _filter() -> str:
    return QCoreApplication.translate("roster", "엑셀 통합 문서 (*.xlsx)")


def ask_open_xlsx(parent: QWidget | None) -> Path | None:
    return ask_open_path(parent, QCoreApplication.translate("roster", "가져올 명부 파일"), _filter())


def ask_save_xlsx(parent: QWidget | None, title: str, default_name: str) -> Path | None:
    """A save path ending in .xlsx; QFileDialog itself asks before replacing a file."""
    return ask_save_path(parent, title, default_name, _filter(), ".xlsx")
