"""Showing failures to the user: a Korean sentence, never a traceback (that goes to the log)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.errors import UserError
from collabdesk.paths import log_dir

log = logging.getLogger(__name__)


def user_message(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return str(exc)
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "errors",
        "예상하지 못한 오류가 발생했습니다. 저장된 자료는 그대로입니다.\n자세한 내용은 로그 파일({0})에 기록했습니다.",
    ).format(log_dir() / "collabdesk.log")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "오류"), user_message(exc))


def confirm(parent: QWidget | None, title: str, text: str, destructive: bool = True) -> bool:
    """Ask before doing something that cannot be taken back; the safe answer is the default."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question, title, text, parent=parent
    )
    yes = box.addButton(QCoreApplication.translate("errors", "예"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QCoreApplication.translate("errors", "아니요"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_reload(parent: QWidget | None, exc: BaseException) -> bool:
    """Someone on another PC saved the record first: True when the user wants to load their version
    (losing what was typed here), False to keep the form as it is."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("errors", "다른 사용자가 수정함"),
        str(exc),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "errors",
            "다시 불러오면 이 창에 입력한 내용은 사라지고 다른 사용자가 저장한 내용이 보입니다. "
            "그대로 두면 입력한 내용을 확인하거나 옮겨 적을 수 있습니다.",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("errors", "다시 불러오기"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(
        QCoreApplication.translate("errors", "닫지 않고 그대로 두기"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)  # Enter must not throw away what was typed
    box.exec()
    return box.clickedButton() is reload
