"""The 회의록 and the 참석자 서명부 of one meeting: saved as PDF, or previewed and printed through Qt's
print dialogs. The PDF is made off the UI thread; preview and printing show exactly that PDF."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.services.meetings import MeetingService
from collabdesk.ui.errors import show_error
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.printing import preview_pdf, print_pdf
from collabdesk.ui.tasks import BackgroundTask

MINUTES, SIGNIN = "minutes", "signin"
PREVIEW, PRINT, SAVE = "preview", "print", "save"


def _names(which: str) -> tuple[str, str]:
    """The document's name for titles and its file-name suffix."""
    return (
        (QCoreApplication.translate("meeting_documents", "회의록"), "회의록")
        if which == MINUTES
        else (QCoreApplication.translate("meeting_documents", "참석자 서명부"), "서명부")
    )


def default_file_name(title: str, suffix: str) -> str:
    """'2026년 11월 정기회의_회의록.pdf': the meeting title without characters Windows refuses."""
    safe = " ".join(re.sub(r'[\\/:*?"<>|]+', " ", title).split()) or "회의"
    return f"{safe}_{suffix}.pdf"


def run(parent: QWidget, meetings: MeetingService, meeting_id: int, title: str, which: str, how: str) -> None:
    name, suffix = _names(which)
    if how == SAVE:
        path = ask_save_path(
            parent,
            QCoreApplication.translate("meeting_documents", "{0} PDF로 저장").format(name),
            default_file_name(title, suffix),
            QCoreApplication.translate("meeting_documents", "PDF 문서 (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            save(parent, meetings, meeting_id, which, path)
        return
    BackgroundTask(
        parent,
        QCoreApplication.translate("meeting_documents", "{0} PDF를 만드는 중…").format(name),
        lambda _progress: (
            meetings.minutes_pdf(meeting_id) if which == MINUTES else meetings.signin_sheet_pdf(meeting_id)
        ),
        lambda pdf: _show(parent, pdf, f"{name} - {title}", how),
    ).start()


def _show(parent: QWidget, pdf: bytes, title: str, how: str) -> None:
    try:
        if how == PRINT:
            print_pdf(parent, pdf)
        else:
            preview_pdf(parent, pdf, title).exec()
    except Exception as exc:  # noqa: BLE001 - said here (and logged if unexpected), never raised from a slot
        show_error(parent, exc)


def save(
    parent: QWidget, meetings: MeetingService, meeting_id: int, which: str, path: Path
) -> BackgroundTask:
    name, _suffix = _names(which)

    def work(_progress: object) -> None:
        if which == MINUTES:
            meetings.write_minutes(meeting_id, str(path))
        else:
            meetings.write_signin_sheet(meeting_id, str(path))

    def done(_result: object) -> None:
        QMessageBox.information(
            parent,
            name,
            QCoreApplication.translate("meeting_documents", "{0} PDF를 저장했습니다.\n{1}").format(
                name, path
            ),
        )

    return BackgroundTask(
        parent,
        QCoreApplication.translate("meeting_documents", "{0} PDF를 저장하는 중…").format(name),
        work,
        done,
    ).start()
