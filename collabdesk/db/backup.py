"""Backups of the SQLite database: made, checked, listed, rotated and restored without Qt.

A backup is written with SQLite's online backup API, so it is consistent while the program (or
another one) has the database open and even mid-write: it holds what was committed when the copy
began. Every backup is one self-contained file named
`collabdesk-YYYYMMDD-HHMMSS-REASON[-NOTE].sqlite3` (local time), so that listing and rotating
read only the folder, never the files. A PostgreSQL database is backed up on the server, not here.

Backups of the default database sit in the backup folder itself; those of any other database file
(`--db D:\\회원\\2025.sqlite3`) in a subfolder named after that file (`2025-1a2b3c4d`), so that a
database is only ever offered, rotated or restored from its own backups.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from collabdesk import settings_store
from collabdesk.db.engine import Database, describe_storage_error
from collabdesk.errors import StorageError, UserError
from collabdesk.paths import backup_dir, default_database_path

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"
BEFORE_MIGRATION = "before-migration"
BEFORE_IMPORT = "before-import"
BEFORE_UNDO = "before-undo"
BEFORE_RESTORE = "before-restore"
BEFORE_HANDOVER = "before-handover"
REASONS = (DAILY, MANUAL, BEFORE_MIGRATION, BEFORE_IMPORT, BEFORE_UNDO, BEFORE_RESTORE, BEFORE_HANDOVER)
# A copy of a damaged database kept before it was replaced. Not a backup: never listed, offered or
# rotated away, only kept for whoever tries to rescue it.
DAMAGED = "damaged"
REASON_LABELS = {
    DAILY: "매일 자동",
    MANUAL: "직접 만듦",
    BEFORE_MIGRATION: "구조 변경 전",
    BEFORE_IMPORT: "가져오기 전",
    BEFORE_UNDO: "되돌리기 전",
    BEFORE_RESTORE: "복원 전",
    BEFORE_HANDOVER: "인수인계 가져오기 전",
    DAMAGED: "손상된 파일 보관",
}
# Backups other than the daily ones are kept this long, whatever the daily/weekly/monthly policy.
KEEP_OTHERS_DAYS = 30

# The record kinds compared before a restore: key, Korean label, the tables that may hold them (the
# first one a database has is counted; a kind none of whose tables exists is left out), each with
# the condition a row must meet to count (the register's issue entries are its certificates).
COUNT_KINDS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("members", "회원사", (("members", ""),)),
    ("meetings", "회의", (("meetings", ""),)),
    ("projects", "협업 과제", (("projects", ""),)),
    ("cases", "분쟁·사건", (("dispute_cases", ""),)),
    ("certificates", "증명서", (("certificate_entries", "entry_type = 'issue'"),)),
)
COUNT_LABELS = {key: label for key, label, _ in COUNT_KINDS}

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^collabdesk-(?P<stamp>\d{8}-\d{6})-(?P<reason>"
    + "|".join(re.escape(r) for r in REASONS)
    + r")(?P<note>(?:-[0-9A-Za-z]+)*)\.sqlite3$"
)
# Backups made before migrations by CollabDesk 0.1 (migrate.backup_sqlite): STEM-before-REV-STAMP.
_LEGACY_NAME = re.compile(r"^.+-before-(?P<note>[0-9A-Za-z]+)-(?P<stamp>\d{8}-\d{6})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int

    @property
    def label(self) -> str:
        """The reason in Korean, for lists."""
        return REASON_LABELS.get(self.reason, self.reason)


def parse_backup_name(name: str) -> tuple[dt.datetime, str] | None:
    """(created, reason) of a backup's file name, or None for a file that is not one of ours."""
    match = _NAME.match(name)
    reason = match.group("reason") if match else BEFORE_MIGRATION
    match = match or _LEGACY_NAME.match(name)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match.group("stamp"), _STAMP)
    except ValueError:
        return None
    return created, reason


# --- folders --------------------------------------------------------------------------------


def database_subfolder(live: str | os.PathLike[str]) -> str | None:
    """The subfolder of the backup folder that holds one database file's backups: None for the
    default database (its backups sit in the folder itself), else the file's name and a short hash
    of its full path, so two files with the same name in different folders stay apart."""
    path = Path(live).expanduser().resolve()
    if path == default_database_path().resolve():
        return None
    digest = hashlib.sha256(os.path.normcase(str(path)).encode("utf-8")).hexdigest()[:8]
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", path.stem).strip(" .")[:40] or "db"
    return f"{stem}-{digest}"


def _make_folder(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(f"백업 폴더를 만들 수 없습니다: {path} ({exc.strerror or exc})") from exc
    return path


def _root_folder() -> Path:
    chosen = settings_store.backup_folder()
    if chosen is not None:
        try:
            chosen.mkdir(exist_ok=True)
            if os.access(chosen, os.W_OK):
                return chosen
        except OSError:
            pass
        log.warning("backup folder %s is not available; using %s instead", chosen, backup_dir())
    return backup_dir()


def backup_folder(
    folder: str | os.PathLike[str] | None = None, *, database: str | os.PathLike[str] | None = None
) -> Path:
    """The folder backups (of `database`) go to, created if needed.

    `folder` when given, as it is; else the folder chosen in the settings when it can be used (its
    parent must exist: an unplugged USB stick is not silently replaced by a new empty folder), else
    `backups` in the data folder, so a missing stick never means no backup at all — and in it the
    database's own subfolder (see database_subfolder) unless it is the default database."""
    if folder is not None:
        return _make_folder(Path(folder).expanduser())
    root = _root_folder()
    sub = database_subfolder(database) if database is not None else None
    return _make_folder(root / sub) if sub else root


def _reading_folder(
    folder: str | os.PathLike[str] | None, database: str | os.PathLike[str] | None = None
) -> Path:
    if folder is not None:
        return Path(folder).expanduser()
    sub = database_subfolder(database) if database is not None else None
    return _root_folder() / sub if sub else _root_folder()


# --- plain sqlite3 helpers ----------------------------------------------------------------------


def _open_file(path: Path) -> sqlite3.Connection:
    """Read a database file that nobody writes (a backup) without changing anything beside it.

    Opened read-only and, when no -wal file lies beside it, immutable: a read-only connection to a
    file whose header says WAL would otherwise leave empty -wal/-shm files behind."""
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{uri}?{options}", uri=True)


def _open_live(path: Path) -> sqlite3.Connection:
    """A connection to a database that may be in use: normal locking, waits for a writer."""
    return sqlite3.connect(path, timeout=10)


def _check_pragma(conn: sqlite3.Connection, pragma: str) -> str | None:
    """None when the check says ok, else SQLite's first findings (or the error it raised)."""
    try:
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else _summary(rows)


def _summary(rows: list[str], shown: int = 3) -> str:
    """SQLite's findings (rows that may each hold many lines) cut to a few, for one message."""
    lines = [line.strip() for row in rows for line in row.splitlines() if line.strip()]
    lines = [line for line in lines if not line.startswith("*** in database")]
    if not lines:
        return "검사 결과 없음"
    return "; ".join(lines[:shown]) + (" …" if len(lines) > shown else "")


def integrity_problem(path: Path, pragma: str = "integrity_check") -> str | None:
    """None when the database file passes `PRAGMA integrity_check`, else what SQLite found."""
    try:
        conn = _open_file(path)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        return _check_pragma(conn, pragma)
    finally:
        conn.close()


def _copy_database(source: sqlite3.Connection, dest: Path) -> None:
    """Copy with the backup API into a new file `dest`, as one file without a journal beside it."""
    dest.unlink(missing_ok=True)
    conn = sqlite3.connect(dest)
    try:
        # One step: the whole copy is read in one read transaction, so it is one consistent state.
        source.backup(conn)
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable (POSIX); Windows has no directory handles to sync.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _free_name(folder: Path, created: dt.datetime, reason: str, note: str) -> Path:
    base = f"collabdesk-{created.strftime(_STAMP)}-{reason}" + (f"-{note}" if note else "")
    path = folder / f"{base}.sqlite3"
    number = 2
    while path.exists():  # two backups in one second (before-restore, then a manual one, …)
        path = folder / f"{base}-{number}.sqlite3"
        number += 1
    return path


def require_sqlite(db: Database) -> Path:
    if not db.is_sqlite:
        raise UserError(
            "PostgreSQL 서버에 있는 데이터베이스는 CollabDesk가 백업하거나 복원하지 않습니다. "
            "서버 관리자가 서버에서 pg_dump로 백업하고, 복원도 서버 관리자가 합니다."
        )
    path = db.sqlite_path
    if path is None:
        raise StorageError("메모리에만 있는 데이터베이스는 백업할 수 없습니다.")
    return path


# --- making backups ---------------------------------------------------------------------------


def create_backup(
    db: Database, reason: str, folder: str | os.PathLike[str] | None = None, *, note: str = ""
) -> BackupInfo:
    """Back up the database into `folder` (default: backup_folder()) and check the copy.

    `note` (letters and digits) is added to the name, e.g. the schema revision before a migration.
    A copy that fails `PRAGMA integrity_check` is deleted and StorageError raised."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if note and not re.fullmatch(r"[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*", note):
        raise ValueError(f"backup note must be letters and digits, got {note!r}")
    source = require_sqlite(db)
    if not source.is_file():
        raise StorageError(f"백업할 데이터베이스 파일이 없습니다: {source}")
    return _backup_file(source, backup_folder(folder, database=source), reason, note)


def backup_before(db: Database, reason: str) -> BackupInfo | None:
    """A checked backup before a change that touches many records (an import, an undo).

    Nothing for PostgreSQL (the server's own backups cover it) or a database file not written yet.
    A backup that cannot be made raises: the change must then not go ahead unprotected."""
    path = db.sqlite_path
    if not db.is_sqlite or path is None or not path.exists():
        return None
    return create_backup(db, reason)


def _backup_file(source: Path, folder: Path, reason: str, note: str = "") -> BackupInfo:
    created = dt.datetime.now().replace(microsecond=0)
    final = _free_name(folder, created, reason, note)
    # A leading dot and a different ending: a half-written copy is never taken for a backup.
    partial = folder / f".{final.name}.part"
    try:
        try:
            conn = _open_live(source)
            try:
                _copy_database(conn, partial)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            log.error("backup of %s to %s failed", source, partial, exc_info=True)
            raise StorageError(f"백업을 만들지 못했습니다. {describe_storage_error(exc)}") from exc
        except OSError as exc:
            log.error("backup of %s to %s failed", source, partial, exc_info=True)
            raise StorageError(
                f"백업 파일을 쓰지 못했습니다: {partial.parent} ({exc.strerror or exc})"
            ) from exc
        problem = integrity_problem(partial)
        if problem is not None:
            log.error("backup %s failed its integrity check: %s", partial, problem)
            raise StorageError(
                f"만든 백업 파일을 검사했더니 손상되어 있어 지웠습니다({final.name}: {problem}). "
                "데이터베이스 파일이나 백업 폴더의 저장장치에 문제가 있을 수 있습니다."
            )
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)
    _sync_folder(folder)
    log.info("backup (%s) written to %s", reason, final)
    return BackupInfo(final, created, reason, final.stat().st_size)


def list_backups(
    folder: str | os.PathLike[str] | None = None, *, database: str | os.PathLike[str] | None = None
) -> list[BackupInfo]:
    """The backups in a folder (of `database`, see backup_folder), newest first; files not named
    like a backup are ignored."""
    path = _reading_folder(folder, database)
    try:
        entries = list(path.iterdir())
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise StorageError(f"백업 폴더를 읽을 수 없습니다: {path} ({exc.strerror or exc})") from exc
    found = []
    for entry in entries:
        parsed = parse_backup_name(entry.name)
        if parsed is None:
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        if entry.is_file():
            found.append(BackupInfo(entry, parsed[0], parsed[1], stat.st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _newest_per_period(backups: Iterable[BackupInfo], count: int, period) -> set[Path]:  # type: ignore[no-untyped-def]
    """The newest backup of each of the `count` most recent periods that have one."""
    kept: set[Path] = set()
    seen: set[object] = set()
    for backup in backups:  # newest first
        key = period(backup.created)
        if key in seen:
            continue
        if len(seen) >= count:
            break
        seen.add(key)
        kept.add(backup.path)
    return kept


def backups_to_keep(
    backups: Iterable[BackupInfo], daily: int = 7, weekly: int = 4, monthly: int = 12, *, now: dt.datetime
) -> set[Path]:
    """The paths rotate() keeps (see there)."""
    backups = sorted(backups, key=lambda b: (b.created, b.path.name), reverse=True)
    automatic = [b for b in backups if b.reason == DAILY]
    keep = _newest_per_period(automatic, daily, lambda d: d.date())
    keep |= _newest_per_period(automatic, weekly, lambda d: d.isocalendar()[:2])
    keep |= _newest_per_period(automatic, monthly, lambda d: (d.year, d.month))
    cutoff = now - dt.timedelta(days=KEEP_OTHERS_DAYS)
    keep |= {b.path for b in backups if b.reason != DAILY and b.created >= cutoff}
    keep |= {b.path for b in backups if b.reason == MANUAL}  # made on purpose: only the user deletes them
    return keep


def rotate(
    folder: str | os.PathLike[str] | None = None,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
    *,
    now: dt.datetime | None = None,
    database: str | os.PathLike[str] | None = None,
) -> list[Path]:
    """Delete old backups; returns the deleted paths.

    Automatic daily backups are kept grandfather-father-son: the newest of each of the `daily` most
    recent days, of the `weekly` most recent ISO weeks and of the `monthly` most recent months that
    have a daily backup (days the PC stayed off do not use up the count). Backups made before a
    migration, import, undo, restore or handover are kept for 30 days, then deleted. Backups the
    user made (manual) are never deleted here.
    Files not named like a backup, and copies of damaged databases, are never touched."""
    now = now or dt.datetime.now()
    backups = list_backups(folder, database=database)
    keep = backups_to_keep(backups, daily, weekly, monthly, now=now)
    deleted = []
    for backup in backups:
        if backup.path in keep:
            continue
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            log.warning("could not delete old backup %s", backup.path, exc_info=True)
            continue
        deleted.append(backup.path)
    if deleted:
        log.info("rotation deleted %d old backups", len(deleted))
    return deleted


def daily_backup_if_due(
    db: Database, folder: str | os.PathLike[str] | None = None, *, now: dt.datetime | None = None
) -> BackupInfo | None:
    """At start: one daily backup when today has none yet, then rotation.

    Cheap when not due (reads the folder's names only). Returns None when nothing was due, and for
    PostgreSQL or a database file that does not exist yet."""
    if not db.is_sqlite or db.sqlite_path is None or not db.sqlite_path.is_file():
        return None
    now = now or dt.datetime.now()
    live = db.sqlite_path
    newest = next(
        (b for b in list_backups(folder, database=live) if b.reason == DAILY and b.created <= now), None
    )
    # One per calendar day, whatever the hour the PC is switched on; a backup dated in the future
    # (the clock was wrong) does not count.
    if newest is not None and newest.created.date() == now.date():
        return None
    info = create_backup(db, DAILY, folder)
    rotate(folder, now=now, database=live)
    return info


# --- checks ----------------------------------------------------------------------------------


def quick_check(db: Database) -> str | None:
    """At start: None when the SQLite file looks sound (`PRAGMA quick_check`), else a Korean
    sentence saying what is wrong. Never raises for a damaged or foreign file; None for PostgreSQL,
    a missing file, or a file that is merely busy or cannot be opened (opening it says why)."""
    if not db.is_sqlite or db.sqlite_path is None or not db.sqlite_path.is_file():
        return None
    path = db.sqlite_path
    try:
        conn = _open_live(path)
        try:
            rows = [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        # Locked, busy, no permission: not damage; opening the database reports it properly.
        log.warning("quick_check could not read %s", path, exc_info=True)
        return None
    except sqlite3.DatabaseError as exc:
        log.warning("quick_check: %s is not a usable database: %s", path, exc)
        return (
            f"데이터베이스 파일이 손상되었거나 CollabDesk 데이터베이스가 아닙니다: {path} ({exc}). "
            "백업에서 복원해 주십시오."
        )
    if rows == ["ok"]:
        return None
    log.warning("quick_check of %s found: %s", path, rows[:10])
    return f"데이터베이스 파일이 손상되었습니다: {path} ({_summary(rows)}). 백업에서 복원해 주십시오."


def _stored_revision(conn: sqlite3.Connection) -> str | None:
    has = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    if has.fetchone() is None:
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _is_known_revision(revision: str) -> bool:
    from collabdesk.db import migrate  # migrate backs up through this module: import late

    return revision == migrate.HEAD_REVISION or revision in migrate.known_revisions()


def verify_backup(path: str | os.PathLike[str]) -> str:
    """Check that a file can be restored; returns its schema revision.

    Raises StorageError (Korean) for a missing or damaged file, one that is not a CollabDesk
    database, or one made by a newer CollabDesk than this one."""
    path = Path(path)
    if not path.is_file():
        raise StorageError(f"백업 파일이 없습니다: {path}")
    problem = integrity_problem(path)
    if problem is not None:
        raise StorageError(f"백업 파일이 손상되어 복원할 수 없습니다: {path.name} ({problem})")
    try:
        conn = _open_file(path)
        try:
            revision = _stored_revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"백업 파일을 읽을 수 없습니다: {path.name} ({exc})") from exc
    if revision is None:
        raise StorageError(f"CollabDesk 데이터베이스의 백업이 아닙니다: {path.name}")
    if not _is_known_revision(revision):
        raise StorageError(
            f"이 백업은 더 새로운 버전의 CollabDesk에서 만들어졌습니다(스키마 {revision}): {path.name}. "
            "CollabDesk를 최신 버전으로 업데이트한 뒤 복원해 주십시오. 아무것도 바꾸지 않았습니다."
        )
    return revision


def newest_good_backup(
    folder: str | os.PathLike[str] | None = None, *, database: str | os.PathLike[str] | None = None
) -> BackupInfo | None:
    """The newest backup (of `database`) that passes verify_backup(), for a damaged database at
    start (one dated in the future, from a wrong clock, is not taken for the newest)."""
    now = dt.datetime.now()
    for backup in sorted(list_backups(folder, database=database), key=lambda b: b.created > now):
        try:
            verify_backup(backup.path)
        except StorageError as exc:
            log.warning("backup %s skipped: %s", backup.path, exc)
            continue
        return backup
    return None


def record_counts(source: Database | str | os.PathLike[str]) -> dict[str, int]:
    """Records per kind (keys of COUNT_KINDS) in a database or a backup file.

    Kinds whose table the database does not have (made by an older version) are left out."""
    if isinstance(source, Database):
        try:
            with source.engine.connect() as conn:
                names = set(inspect(conn).get_table_names())
                return {
                    kind: int(conn.execute(text(query)).scalar_one()) for kind, query in _count_queries(names)
                }
        except SQLAlchemyError as exc:
            raise StorageError(describe_storage_error(exc)) from exc
    path = Path(source)
    if not path.is_file():
        raise StorageError(f"파일이 없습니다: {path}")
    try:
        conn = _open_file(path)
        try:
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            return {kind: int(conn.execute(query).fetchone()[0]) for kind, query in _count_queries(names)}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"데이터베이스 파일을 읽을 수 없습니다: {path.name} ({exc})") from exc


def _count_queries(names: set[str]) -> list[tuple[str, str]]:
    """(kind, SELECT count(*) …) for the kinds a database with these tables holds."""
    found = []
    for kind, _label, tables in COUNT_KINDS:
        table = next(((t, where) for t, where in tables if t in names), None)
        if table is not None:
            query = f'SELECT count(*) FROM "{table[0]}"' + (f" WHERE {table[1]}" if table[1] else "")
            found.append((kind, query))
    return found


# --- restoring -------------------------------------------------------------------------------


def _keep_damaged_copy(live: Path, folder: Path) -> BackupInfo:
    """Copy a damaged database file (and its -wal) byte for byte before it is replaced."""
    created = dt.datetime.now().replace(microsecond=0)
    name = f"collabdesk-{created.strftime(_STAMP)}-{DAMAGED}"
    target = folder / f"{name}.sqlite3"
    number = 2
    while target.exists():
        target = folder / f"{name}-{number}.sqlite3"
        number += 1
    try:
        for suffix in ("", "-wal"):
            source = live.with_name(live.name + suffix)
            if source.exists():
                partial = folder / f".{target.name}{suffix}.part"
                shutil.copyfile(source, partial)
                os.replace(partial, target.with_name(target.name + suffix))
    except OSError as exc:
        raise StorageError(
            f"손상된 데이터베이스 파일을 보관할 사본을 만들지 못해 바꾸지 않았습니다: {folder} ({exc.strerror or exc})"
        ) from exc
    log.warning("damaged database %s kept as %s", live, target)
    return BackupInfo(target, created, DAMAGED, target.stat().st_size)


def preserve_current(
    live: Path, reason: str, folder: str | os.PathLike[str] | None = None
) -> BackupInfo | None:
    """Back up a database file that is about to be replaced; None when there is no file.

    A damaged file cannot be backed up through SQLite; it is copied as it is (reason DAMAGED) so
    that replacing it stays possible and nothing is lost."""
    if not live.is_file():
        return None
    target = backup_folder(folder, database=live)
    if integrity_problem_live(live) is None:
        try:
            return _backup_file(live, target, reason)
        except StorageError:
            log.warning("backup of %s failed; keeping a raw copy", live, exc_info=True)
    return _keep_damaged_copy(live, target)


def integrity_problem_live(path: Path) -> str | None:
    """`PRAGMA quick_check` of a database that may be open elsewhere (normal locking)."""
    try:
        conn = _open_live(path)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    try:
        return _check_pragma(conn, "quick_check")
    finally:
        conn.close()


def replace_database(source: Path, live: Path) -> None:
    """Make the database file `live` hold exactly the database file `source`.

    A sound live database is overwritten through the backup API (source → live) in one write
    transaction, so connections other processes hold see either the old or the new database. A
    damaged or missing one is replaced by a complete new file renamed over it."""
    try:
        if live.is_file() and integrity_problem_live(live) is None:
            src = _open_file(source)
            try:
                dst = _open_live(live)
                try:
                    src.backup(dst)
                    problem = _check_pragma(dst, "quick_check")
                finally:
                    dst.close()
            finally:
                src.close()
            if problem is not None:
                raise StorageError(f"복원한 데이터베이스를 검사했더니 문제가 있습니다: {problem}")
            return
        live.parent.mkdir(parents=True, exist_ok=True)
        partial = live.with_name(f".{live.name}.restore.part")
        try:
            src = _open_file(source)
            try:
                _copy_database(src, partial)
            finally:
                src.close()
            # A -wal of the old file would be replayed onto the new one: remove it first.
            for suffix in ("-wal", "-shm", "-journal"):
                live.with_name(live.name + suffix).unlink(missing_ok=True)
            os.replace(partial, live)
        finally:
            partial.unlink(missing_ok=True)
        _sync_folder(live.parent)
    except sqlite3.Error as exc:
        raise StorageError(
            f"데이터베이스를 바꾸지 못했습니다. {describe_storage_error(exc)} 지금 데이터베이스는 그대로입니다."
        ) from exc
    except OSError as exc:
        raise StorageError(f"데이터베이스 파일을 쓰지 못했습니다: {live} ({exc.strerror or exc})") from exc


def restore_backup(db: Database, backup: str | os.PathLike[str]) -> BackupInfo | None:
    """Replace the database with a backup; returns the backup of what was there before.

    The backup is checked first (verify_backup), then the current database is backed up
    (before-restore; a damaged one is kept as a raw copy instead), then replaced. The engine's
    pooled connections are closed before and after. The caller runs prepare_database afterwards:
    an older backup is then migrated. Returns None when there was no database file to back up."""
    live = require_sqlite(db)
    backup = Path(backup)
    verify_backup(backup)
    if live.exists() and backup.resolve() == live.resolve():
        raise UserError("복원할 백업이 지금 쓰고 있는 데이터베이스 파일입니다. 다른 백업을 고르십시오.")
    db.dispose()
    try:
        before = preserve_current(live, BEFORE_RESTORE)
        replace_database(backup, live)
    finally:
        db.dispose()
    log.info("restored %s from %s (previous state in %s)", live, backup, before.path if before else None)
    return before


def finish_restore(db: Database, source: str | os.PathLike[str], *, handover: bool = False) -> None:
    """After a restore or a handover import replaced the file: bring it up to this version and say
    in its history what happened (the restored database's own log knows nothing of it otherwise)."""
    from collabdesk.db import audit
    from collabdesk.db.migrate import prepare_database
    from collabdesk.db.register_anchor import forget_anchor

    prepare_database(db)
    # The restored 발급대장 may legitimately be shorter than the one this PC last saw: forget this
    # PC's anchor of it (the audit log's anchor came back with the database and still fits).
    forget_anchor(db.url)
    name = Path(source).name
    action, what = (
        (audit.HANDOVER, "인수인계 파일 가져오기") if handover else (audit.RESTORE, "백업으로 복원")
    )
    with db.transaction() as s:
        audit.log_event(s.connection(), action, audit.DATABASE, name, f"{what}: {name}")
