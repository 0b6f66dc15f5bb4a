"""Writing a document so that the file at its path is either the old one or the complete new one.

The document is written to a temporary file beside the target, which replaces the target only when
complete: a cancelled or failed write leaves whatever was there untouched. No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from collabdesk.errors import UserError


def create_temp_beside(path: Path) -> tuple[int, str]:
    """An open, new temporary file in the target's folder: (descriptor, its path).

    Not tempfile.mkstemp: its file is private (0600), and after os.replace the document would be
    unreadable to the rest of the office on a shared folder. os.open applies the user's umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.with_name(f"~{path.stem}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), str(temp)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path.parent))


def cannot_save(path: Path, exc: OSError, opened_in: str) -> UserError:
    """The Korean sentence for a document that could not be saved; `opened_in` names the program
    that may hold the file open ("다른 프로그램(엑셀 등)")."""
    if exc.errno == errno.ENOSPC:
        reason = "디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도해 주십시오."
    elif isinstance(exc, FileNotFoundError | NotADirectoryError):
        reason = "저장할 폴더가 없습니다. 폴더를 확인해 주십시오."
    else:
        reason = (
            f"{opened_in}에서 열려 있으면 닫은 뒤 다시 시도해 주십시오. "
            "쓰기 권한이 있는 폴더인지도 확인해 주십시오."
        )
    return UserError(f"파일을 저장할 수 없습니다: {path}. {reason}")


def write_atomically(path: Path, build: Callable[[BinaryIO], None], opened_in: str) -> None:
    """Run build() into a temporary file next to `path`, which replaces `path` only when complete.

    The temporary file is created first, so a missing folder or one without write permission is
    reported before any work is done. On any exception the temporary file is removed and `path` is
    left as it was; an OSError becomes a UserError naming the file."""
    try:
        fd, temp = create_temp_beside(path)
    except OSError as exc:
        raise cannot_save(path, exc, opened_in) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            build(out)
        os.replace(temp, path)
    except BaseException as exc:
        # Best effort: a failure to clean up must not hide the error that matters.
        with contextlib.suppress(OSError):
            os.remove(temp)
        if isinstance(exc, OSError):
            raise cannot_save(path, exc, opened_in) from exc
        raise
