"""Only one CollabDesk writes a given SQLite file at a time: an operating-system lock on a small file
beside the database, held for as long as the program runs and released by the system even when the
program is killed. No Qt here."""

from __future__ import annotations

import getpass
import os
import socket
import sys
from pathlib import Path
from typing import IO


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """The held lock; `release()` (or the end of the process) frees it."""

    def __init__(self, path: Path, handle: IO[str]):
        self.path = path
        self._handle: IO[str] | None = handle

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is None:
            return
        try:
            _unlock(handle)
        finally:
            handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None


def acquire(database: Path) -> InstanceLock | None:
    """Lock `database` for this process; None when another process holds it."""
    path = lock_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while the lock is held
    try:
        _lock(handle)
    except OSError:
        handle.close()
        return None
    # Who holds it, for the message another instance shows (the lock itself is the OS lock).
    handle.seek(0)
    handle.truncate()
    handle.write(f"{_user()}@{socket.gethostname()} pid {os.getpid()}\n")
    handle.flush()
    return InstanceLock(path, handle)


def holder(database: Path) -> str:
    """'kim@OFFICE-PC pid 1234' as written by the holder, or '' when unknown."""
    try:
        return lock_path(database).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def is_locked(database: Path) -> bool:
    """Whether another process holds the lock right now (this process must not hold it)."""
    lock = acquire(database)
    if lock is None:
        return True
    lock.release()
    return False


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: the lock still works
        return "?"


if sys.platform == "win32":
    import msvcrt

    # Windows enforces byte-range locks on reads too: lock a byte far past the holder's text, so
    # another instance can still read who holds the file.
    _LOCKED_BYTE = 1 << 20

    def _lock(handle: IO[str]) -> None:
        handle.seek(_LOCKED_BYTE)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        finally:
            handle.seek(0)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(_LOCKED_BYTE)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        finally:
            handle.seek(0)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
