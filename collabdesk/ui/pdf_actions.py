"""What every printable document offers: made off the UI thread, then previewed (Qt's print
preview), printed (Qt's print dialog) or saved as a file, with a Korean message when done."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.ui.errors import show_error
from collabdesk.ui.printing import preview_pdf, print_pdf
from collabdesk.ui.tasks import BackgroundTask

PREVIEW, PRINT, SAVE = "preview", "print", "save"


def safe_file_name(title: str, suffix: str, extension: str = ".pdf", fallback: str = "문서") -> str:
    """'2026년 11월 정기회의_회의록.pdf': the title without characters Windows refuses in names."""
    safe = " ".join(re.sub(r'[\\/:*?"<>|]+', " ", title).split()) or fallback
    return f"{safe}_{suffix}{extension}"


def show_pdf(parent: QWidget, make: Callable[[], bytes], title: str, how: str, busy: str) -> BackgroundTask:
    """Make the PDF in the background (`busy` says what is being made), then preview or print it."""

    def shown(pdf: bytes) -> None:
        try:
            if how == PRINT:
                print_pdf(parent, pdf)
            else:
                preview_pdf(parent, pdf, title).exec()
        except Exception as exc:  # noqa: BLE001 - said here (and logged if unexpected), never raised from a slot
            show_error(parent, exc)

    return BackgroundTask(parent, busy, lambda _progress: make(), shown).start()


def save_file(
    parent: QWidget, write: Callable[[], object], path: Path, name: str, busy: str
) -> BackgroundTask:
    """Write the document in the background and say where it went."""

    def done(_result: object) -> None:
        QMessageBox.information(
            parent,
            name,
            QCoreApplication.translate("pdf_actions", "{0}을(를) 저장했습니다.\n{1}").format(name, path),
        )

    return BackgroundTask(parent, busy, lambda _progress: write(), done).start()
