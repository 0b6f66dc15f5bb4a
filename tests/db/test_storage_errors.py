"""Storage failures reach the user as StorageError with a Korean message, and saved data survives."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from collabdesk.db.engine import Database, describe_storage_error
from collabdesk.db.migrate import prepare_database
from collabdesk.errors import StorageError, UserError
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter

ALL = MemberFilter()
HANGUL = re.compile(r"[가-힣]")
SAVED = {"name": "(주)한빛정밀", "brn": "135-81-21348", "tags": ["금형"], "contacts": [{"name": "박소희"}]}
NEW = {"name": "대성금형(주)", "brn": "123-45-67800"}


def brn(serial: int) -> str:
    """A valid 사업자등록번호 (check digit computed here, independently of the code under test)."""
    head = f"{400 + serial % 500:03d}88{serial:04d}"
    digits = [int(c) for c in head]
    total = sum(d * w for d, w in zip(digits, (1, 3, 7, 1, 3, 7, 1, 3, 5), strict=True)) + digits[8] * 5 // 10
    return f"{head[:3]}-{head[3:5]}-{head[5:]}{(10 - total % 10) % 10}"


def assert_korean_message(exc: BaseException) -> str:
    message = str(exc)
    assert isinstance(exc, StorageError)
    assert isinstance(exc, UserError)
    assert HANGUL.search(message), message
    for leak in ("Traceback", "sqlite3", "OperationalError", "SQL:"):
        assert leak not in message
    return message


@pytest.fixture
def saved(db_path: Path) -> Iterator[Path]:
    """A database file holding one member, closed again; yields its path."""
    database = Database.open(db_path)
    prepare_database(database)
    Services.for_database(database).members.create(SAVED)
    database.dispose()
    yield db_path


def check_saved_data_intact(path: Path) -> None:
    database = Database.open(path)
    try:
        services = Services.for_database(database)
        rows = services.members.page(ALL)
        assert [r.name for r in rows] == [SAVED["name"]]
        detail = services.members.get(rows[0].id)
        assert detail.data.brn == SAVED["brn"]
        assert detail.data.tags == ["금형"]
        assert [c.name for c in detail.data.contacts] == ["박소희"]
        assert services.members.count(MemberFilter(text="한빛정밀")) == 1
        assert services.members.find_by_brn(NEW["brn"]) is None
    finally:
        database.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


# --- read-only database ------------------------------------------------------------------------


@pytest.fixture
def read_only(saved: Path) -> Iterator[Database]:
    """The saved database opened so that SQLite really cannot write to it.

    A normal user gets that from file permissions (file and folder read-only). root is not stopped by
    permissions, so there the file is opened through a read-only SQLite URI instead.
    """
    if os.geteuid() == 0:
        database = Database(f"sqlite:///file:{saved}?mode=ro&uri=true")
        yield database
        database.dispose()
        return
    folder = saved.parent
    modes = {p: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.glob(saved.name + "*")]}
    for p in modes:
        if p != folder:
            p.chmod(0o444)
    folder.chmod(0o555)
    database = Database.open(saved)
    try:
        yield database
    finally:
        database.dispose()
        for p, mode in modes.items():
            p.chmod(mode | stat.S_IWUSR)


def test_read_only_database_refuses_changes_with_a_korean_message(read_only: Database, saved: Path) -> None:
    services = Services.for_database(read_only)
    member_id = services.members.find_by_brn(SAVED["brn"]) if os.geteuid() == 0 else None

    with pytest.raises(StorageError) as err:
        services.members.create(NEW)
    message = assert_korean_message(err.value)
    assert "권한" in message  # read-only file, or a folder where SQLite may not create its files
    if os.geteuid() == 0:
        assert "읽기 전용" in message
        assert member_id is not None
        # Reading still works; every kind of change is refused the same way.
        assert services.members.count(ALL) == 1
        detail = services.members.get(member_id)
        with pytest.raises(StorageError, match="읽기 전용"):
            services.members.update(member_id, {**SAVED, "name": "바뀐이름"}, detail.version)
        with pytest.raises(StorageError, match="읽기 전용"):
            services.members.delete(member_id)
        with pytest.raises(StorageError, match="읽기 전용"):
            services.groups.create("생산분과")
        with pytest.raises(StorageError, match="읽기 전용"):
            services.industries.add("바이오")
    read_only.dispose()
    check_saved_data_intact(saved)


def test_read_only_uri_knows_its_file(saved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An SQLite URI names the file after "file:"; nothing named "file:" may appear anywhere.
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    database = Database(f"sqlite:///file:{saved}?mode=ro&uri=true")
    try:
        assert database.sqlite_path == saved
        assert database.display_name == str(saved)
        assert Services.for_database(database).members.count(ALL) == 1
    finally:
        database.dispose()
    assert list(workdir.iterdir()) == []


# --- locked database ---------------------------------------------------------------------------


@pytest.fixture
def locker(saved: Path) -> Iterator[sqlite3.Connection]:
    """Another program's connection to the saved database; the test decides when it locks."""
    conn = sqlite3.connect(saved, isolation_level=None, check_same_thread=False)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_locked_database_gives_storage_error_about_being_in_use(
    saved: Path, locker: sqlite3.Connection
) -> None:
    database = Database.open(saved)
    try:
        services = Services.for_database(database)
        locker.execute("BEGIN EXCLUSIVE")
        # In WAL mode readers are not blocked by a writer.
        assert services.members.count(ALL) == 1

        started = time.monotonic()
        with pytest.raises(StorageError) as err:
            services.members.create(NEW)
        waited = time.monotonic() - started
        message = assert_korean_message(err.value)
        assert "사용 중" in message
        # CollabDesk waited for the other program (busy timeout) before giving up.
        assert waited >= 1.0

        locker.execute("ROLLBACK")
        assert services.members.count(ALL) == 1
        services.members.create(NEW)  # works again once the other program is done
        assert services.members.count(ALL) == 2
    finally:
        database.dispose()


def test_a_short_lock_is_waited_for(saved: Path, locker: sqlite3.Connection) -> None:
    database = Database.open(saved)
    try:
        services = Services.for_database(database)
        locker.execute("BEGIN EXCLUSIVE")
        locker.execute("INSERT INTO tags (name) VALUES ('다른 프로그램')")
        release = threading.Timer(0.3, lambda: locker.execute("COMMIT"))
        release.start()
        try:
            member_id = services.members.create(NEW)
        finally:
            release.join()
        assert services.members.get(member_id).data.name == NEW["name"]
        assert services.members.count(ALL) == 2
    finally:
        database.dispose()


# --- disk full ---------------------------------------------------------------------------------


def test_full_database_gives_storage_error_and_keeps_data(saved: Path) -> None:
    database = Database.open(saved)
    try:
        with database.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        # Like a full disk: SQLite may not grow the file beyond its present size.
        def limit_size(dbapi_conn: sqlite3.Connection, _record: object) -> None:
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

        event.listen(database.engine, "connect", limit_size)
        database.engine.dispose()
        services = Services.for_database(database)

        added = 0
        with pytest.raises(StorageError) as err:
            for n in range(200):
                services.members.create({"name": f"새회원사{n}", "brn": brn(n), "note": "가" * 4000})
                added += 1
        message = assert_korean_message(err.value)
        assert "디스크 공간" in message
        assert services.members.count(ALL) == 1 + added
    finally:
        database.dispose()
    database = Database.open(saved)
    try:
        assert Services.for_database(database).members.count(MemberFilter(text="한빛정밀")) == 1
    finally:
        database.dispose()


# --- messages ------------------------------------------------------------------------------------


def wrapped(message: str) -> OperationalError:
    """An error as SQLAlchemy raises it, around the driver's own."""
    return OperationalError("INSERT INTO members ...", {}, sqlite3.OperationalError(message))


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ("database or disk is full", "디스크 공간이 부족"),
        ("disk I/O error: No space left on device", "디스크 공간이 부족"),
        ("disk I/O error", "디스크에 쓰지 못했습니다"),  # e.g. a file-size limit (FAT32)
        ("database disk image is malformed", "손상"),
        ("file is not a database", "손상"),
        ("database corrupt at page 3", "손상"),
        ("database is locked", "사용 중"),
        ("database table is locked", "사용 중"),
        ("attempt to write a readonly database", "읽기 전용"),
        ("unable to open database file", "열 수 없습니다"),
        ('connection to server at "db" failed: Connection refused', "서버에 연결할 수 없습니다"),
        ("no such table: members", "로그 파일"),
    ],
)
def test_describe_storage_error(driver_message: str, expected: str) -> None:
    for exc in (wrapped(driver_message), sqlite3.OperationalError(driver_message), OSError(driver_message)):
        message = describe_storage_error(exc)
        assert expected in message, (driver_message, message)
        assert HANGUL.search(message)
        assert driver_message not in message


def test_messages_are_distinct_and_tell_what_to_do() -> None:
    full = describe_storage_error(wrapped("database or disk is full"))
    corrupt = describe_storage_error(wrapped("database disk image is malformed"))
    assert full != corrupt
    assert "공간을 확보" in full
    assert "백업에서 복원" in corrupt
