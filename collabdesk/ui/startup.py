"""Opening the database for the window, safely: one writer per SQLite file (a second CollabDesk is
told and may read only), a quick integrity check that turns a damaged file into an offer of the
newest good backup instead of a crash, then the migrations (which back up first)."""

from __future__ import annotations

import logging
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from collabdesk.errors import UserError
from collabdesk.ui.backup_dialog import reason_text

if TYPE_CHECKING:
    from collabdesk.db.instance_lock import InstanceLock
    from collabdesk.services.container import Services

log = logging.getLogger(__name__)

_URI_SAFE = "/\\:"


@dataclass
class Opened:
    services: Services
    lock: InstanceLock | None  # None on PostgreSQL and when opened read-only
    read_only: bool = False

    def close(self) -> None:
        self.services.db.dispose()
        if self.lock is not None:
            self.lock.release()


def read_only_url(path: Path) -> str:
    """An SQLite URI opened read-only; '#', '?', '%' and spaces in folder names are escaped (SQLite
    decodes them), the drive and the separators are kept as they are."""
    escaped = urllib.parse.quote(str(path), safe=_URI_SAFE)
    # Escaped twice: SQLAlchemy decodes the URL's database part once before SQLite reads the URI.
    return f"sqlite:///file:{urllib.parse.quote(escaped, safe=_URI_SAFE)}?mode=ro&uri=true"


def _ask_or_quit(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, choice: str) -> bool:
    """A question whose safe answer, and default, is 끝내기; True when `choice` was clicked."""
    box = QMessageBox(icon, title, text, parent=parent)
    chosen = box.addButton(choice, QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(
        QCoreApplication.translate("startup", "끝내기"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is chosen


def ask_read_only(parent: QWidget | None, path: Path, holder: str) -> bool:
    """Another CollabDesk writes this file: True to open it read-only, False to quit."""
    who = QCoreApplication.translate("startup", "사용 중: {0}").format(holder) if holder else ""
    text = QCoreApplication.translate(
        "startup",
        "이 데이터베이스는 다른 CollabDesk가 쓰고 있습니다.\n{0}\n{1}\n\n"
        "한 파일에는 한 프로그램만 저장할 수 있습니다. 읽기 전용으로 열면 볼 수만 있습니다.",
    ).format(path, who)
    return _ask_or_quit(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("startup", "이미 열려 있는 데이터베이스"),
        text,
        QCoreApplication.translate("startup", "읽기 전용으로 열기"),
    )


def ask_restore(parent: QWidget | None, problem: str, backup_label: str) -> bool:
    """The file is damaged: True to restore the newest good backup (the damaged file is kept)."""
    text = QCoreApplication.translate(
        "startup",
        "데이터베이스 파일을 검사했더니 문제가 있습니다.\n{0}\n\n"
        "가장 최근의 정상 백업으로 복원하시겠습니까?\n{1}\n\n"
        "손상된 파일은 지우지 않고 백업 폴더에 따로 보관합니다.",
    ).format(problem, backup_label)
    return _ask_or_quit(
        parent,
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("startup", "데이터베이스가 손상되었습니다"),
        text,
        QCoreApplication.translate("startup", "백업으로 복원"),
    )


def open_for_gui(db_arg: str | None, parent: QWidget | None = None) -> Opened | None:
    """The open database and its services, or None after telling the user why not (then quit)."""
    from sqlalchemy.exc import ArgumentError

    from collabdesk.db import instance_lock
    from collabdesk.db.engine import resolve_url, sqlite_file
    from collabdesk.services.container import open_services

    try:
        path = sqlite_file(resolve_url(db_arg))
    except (ArgumentError, ValueError):
        path = None  # an address that makes no sense: opening it says so in Korean
    if path is None:
        return Opened(open_services(db_arg), None)  # PostgreSQL: the server keeps writers apart
    lock = instance_lock.acquire(path)
    if lock is None:
        if not path.exists() or not ask_read_only(parent, path, instance_lock.holder(path)):
            return None
        services = open_services(read_only_url(path), must_exist=True)
        services.db.read_only_note = QCoreApplication.translate(
            "startup",
            "이 창은 읽기 전용으로 열려 있습니다. 다른 CollabDesk가 이 데이터베이스를 쓰고 있어 저장할 수 없습니다. "
            "저장하려면 그 프로그램을 닫고 CollabDesk를 다시 여십시오.",
        )
        return Opened(services, None, read_only=True)
    try:
        if path.exists() and not _checked_or_restored(parent, path):
            lock.release()
            return None
        return Opened(open_services(db_arg), lock)
    except BaseException:
        lock.release()
        raise


def _checked_or_restored(parent: QWidget | None, path: Path) -> bool:
    """True when the file passes the quick check, or was replaced by a good backup."""
    from collabdesk.db import backup
    from collabdesk.db.engine import Database

    header_ok = _looks_like_sqlite(path)
    if not header_ok and path.suffix.lower() not in DATABASE_SUFFIXES:
        # Some other file chosen by mistake: opening it says so; a backup must not replace it.
        return True
    db = Database.open(path)
    try:
        problem = backup.quick_check(db)
        if problem is None:
            return True
        log.error("database %s failed its quick check: %s", path, problem)
        newest = backup.newest_good_backup(database=path)
        if newest is None and not header_ok:
            return True  # not even an SQLite file and nothing to restore: opening it explains
        if newest is None:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("startup", "데이터베이스가 손상되었습니다"),
                QCoreApplication.translate(
                    "startup",
                    "데이터베이스 파일을 검사했더니 문제가 있습니다.\n{0}\n\n"
                    "복원할 정상 백업이 없습니다. 파일을 그대로 두고 끝냅니다. 전문가에게 파일 복구를 맡기십시오.",
                ).format(problem),
            )
            return False
        label = f"{reason_text(newest.reason)} · {newest.created:%Y-%m-%d %H:%M} · {newest.path.name}"
        if not ask_restore(parent, problem, label):
            return False
        before = backup.restore_backup(db, newest.path)
        backup.finish_restore(db, newest.path)
        kept = before.path if before is not None else path
        QMessageBox.information(
            parent,
            QCoreApplication.translate("startup", "백업으로 복원했습니다"),
            QCoreApplication.translate(
                "startup",
                "{0}에 만든 백업으로 복원했습니다. 그 뒤에 입력한 내용은 이 백업에 없으니 확인해 주십시오.\n\n"
                "손상된 파일은 여기에 보관했습니다:\n{1}",
            ).format(f"{newest.created:%Y-%m-%d %H:%M}", kept),
        )
        return True
    except UserError as exc:
        QMessageBox.critical(
            parent, QCoreApplication.translate("startup", "데이터베이스를 열 수 없습니다"), str(exc)
        )
        return False
    finally:
        db.dispose()


SQLITE_HEADER = b"SQLite format 3\x00"
# A file named like a database whose first bytes are gone is a damaged database, not a stray file.
DATABASE_SUFFIXES = {".sqlite3", ".sqlite", ".db"}


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return True  # unreadable: opening it explains
