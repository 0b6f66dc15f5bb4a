"""The 회의록 and the 참석자 서명부 of one meeting: saved as PDF, or previewed and printed through Qt's
print dialogs. The PDF is made off the UI thread; preview and printing show exactly that PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from collabdesk.services.meetings import MeetingService
from collabdesk.ui.files import ask_save_path
from collabdesk.ui.pdf_actions import PREVIEW, PRINT, SAVE, safe_file_name, save_file, show_pdf
from collabdesk.ui.tasks import BackgroundTask

__all__ = ["MINUTES", "PREVIEW", "PRINT", "SAVE", "SIGNIN", "default_file_name", "run", "save"]

MINUTES, SIGNIN = "minutes", "signin"


def _names(which: str) -> tuple[str, str]:
    """The document's name for titles and its file-name suffix."""
    return (
        (QCoreApplication.translate("meeting_documents", "회의록"), "회의록")
        if which == MINUTES
        else (QCoreApplication.translate("meeting_documents", "참석자 서명부"), "서명부")
    )


def default_file_name(title: str, suffix: str) -> str:
    """'2026년 11월 정기회의_회의록.pdf': the meeting title without characters Windows refuses."""
    return safe_file_name(title, suffix, fallback="회의")


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
    show_pdf(
        parent,
        lambda: (
            meetings.minutes_pdf(meeting_id) if which == MINUTES else meetings.signin_sheet_pdf(meeting_id)
        ),
        f"{name} - {title}",
        how,
        QCoreApplication.translate("meeting_documents", "{0} PDF를 만드는 중…").format(name),
    )


def save(
    parent: QWidget, meetings: MeetingService, meeting_id: int, which: str, path: Path
) -> BackgroundTask:
    name, _suffix = _names(which)
    return save_file(
        parent,
        lambda: (
            meetings.write_minutes(meeting_id, str(path))
            if which == MINUTES
            else meetings.write_signin_sheet(meeting_id, str(path))
        ),
        path,
        name,
        QCoreApplication.translate("meeting_documents", "{0} PDF를 저장하는 중…").format(name),
    )
