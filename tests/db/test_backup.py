"""Backups of real SQLite files: made while in use, checked, listed, rotated, restored."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from collabdesk import settings_store
from collabdesk.db import backup as backup_module
from collabdesk.db.backup import (
    BEFORE_RESTORE,
    DAILY,
    MANUAL,
    BackupInfo,
    create_backup,
    daily_backup_if_due,
    integrity_problem,
    list_backups,
    newest_good_backup,
    quick_check,
    record_counts,
    restore_backup,
    rotate,
    verify_backup,
)
from collabdesk.db.engine import Database
from collabdesk.db.migrate import HEAD_REVISION, current_revision, prepare_database, upgrade
from collabdesk.errors import StorageError, UserError
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.sample_data import fill_sample_data, make_brn

HANGUL = re.compile(r"[가-힣]")
NAME = re.compile(r"^collabdesk-\d{8}-\d{6}-(manual|daily|before-restore)(-\d+)?\.sqlite3$")
PG_URL = "postgresql+psycopg://collabdesk@127.0.0.1:1/never_connected"


def new_member(number: int) -> dict[str, str]:
    return {"name": f"백업테스트{number}(주)", "brn": make_brn(7000 + number, kind=86)}


def member_count(services: Services) -> int:
    return services.members.count(MemberFilter(status="전체"))


def file_members(path: Path) -> int:
    return record_counts(path)["members"]


def corrupt_middle(path: Path, length: int = 8192) -> None:
    """Overwrite bytes in the middle of a database file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + length] = b"\xff" * length
    path.write_bytes(bytes(data))


@pytest.fixture
def sqlite_services(db_path: Path) -> Iterator[Services]:
    """Services over an SQLite file with the sample group (backups exist for SQLite only)."""
    db = Database.open(db_path)
    prepare_database(db)
    fill_sample_data(db)
    yield Services.for_database(db)
    db.dispose()


# --- making backups -----------------------------------------------------------------------------


def test_backup_is_one_checked_file_with_the_data(sqlite_services: Services, data_dir: Path) -> None:
    info = create_backup(sqlite_services.db, MANUAL)

    assert info.path.parent == data_dir / "backups"
    assert NAME.match(info.path.name), info.path.name
    assert info.reason == MANUAL and info.label == "직접 만듦"
    assert info.size == info.path.stat().st_size > 0
    assert abs(info.created - dt.datetime.now()) < dt.timedelta(minutes=1)
    # One self-contained file: rollback journal mode in its header, nothing beside it.
    assert info.path.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    assert integrity_problem(info.path) is None
    assert record_counts(info.path) == record_counts(sqlite_services.db)
    assert record_counts(info.path) == {
        "members": 12,
        "meetings": 13,
        "projects": 3,
        "cases": 2,
        "certificates": 8,
    }
    assert list_backups() == [info]


def test_backup_during_an_open_write_transaction_holds_the_committed_state(
    sqlite_services: Services,
) -> None:
    db = sqlite_services.db
    before = member_count(sqlite_services)
    with db.transaction():  # another writer's transaction, open and already written to
        sqlite_services.members.create(new_member(1))
        sqlite_services.members.create(new_member(2))
        info = create_backup(db, MANUAL)
        # Made while the write lock is held, yet checked and complete.
        assert integrity_problem(info.path) is None
    assert member_count(sqlite_services) == before + 2
    assert file_members(info.path) == before


def test_backup_while_another_process_connection_writes(sqlite_services: Services, db_path: Path) -> None:
    db = sqlite_services.db
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM meetings")  # uncommitted: must not reach the backup
        info = create_backup(db, MANUAL)
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    assert record_counts(info.path)["meetings"] == 13


def test_corrupted_copy_is_deleted_and_reported(
    sqlite_services: Services, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_check = backup_module.integrity_problem

    def disk_damages_the_copy(path: Path, pragma: str = "integrity_check") -> str | None:
        corrupt_middle(path)
        return real_check(path, pragma)

    monkeypatch.setattr(backup_module, "integrity_problem", disk_damages_the_copy)
    with pytest.raises(StorageError) as raised:
        create_backup(sqlite_services.db, MANUAL)
    message = str(raised.value)
    assert HANGUL.search(message) and "손상" in message and "지웠습니다" in message
    assert list(Path(data_dir / "backups").iterdir()) == []  # neither the copy nor a partial file


def test_a_corrupted_backup_fails_the_check_and_is_not_offered(sqlite_services: Services) -> None:
    older = create_backup(sqlite_services.db, MANUAL)
    newer = create_backup(sqlite_services.db, MANUAL)
    assert newer.path != older.path  # same second: a second name, not an overwrite
    corrupt_middle(newer.path)

    assert integrity_problem(newer.path) is not None
    with pytest.raises(StorageError, match="손상"):
        verify_backup(newer.path)
    assert newest_good_backup() == older


def test_backup_folder_setting_and_an_unplugged_stick(
    sqlite_services: Services, tmp_path: Path, data_dir: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    settings_store.set_backup_folder(stick / "CollabDesk 백업")
    info = create_backup(sqlite_services.db, MANUAL)
    assert info.path.parent == stick / "CollabDesk 백업"
    assert list_backups() == [info]

    shutil.rmtree(stick)  # the stick is gone: backups still happen, in the data folder
    fallback = create_backup(sqlite_services.db, MANUAL)
    assert fallback.path.parent == data_dir / "backups"
    assert not stick.exists()

    explicit = create_backup(sqlite_services.db, MANUAL, tmp_path / "elsewhere" / "deep")
    assert explicit.path.parent == tmp_path / "elsewhere" / "deep"


def test_each_database_file_has_its_own_backups(
    sqlite_services: Services, db_path: Path, data_dir: Path, tmp_path: Path
) -> None:
    """Two databases sharing one backup folder: listing, the daily backup, rotation and the offer
    at start only ever see the database's own backups (two files of the same name too)."""
    assert backup_module.database_subfolder(db_path) is None  # the default database: the folder itself
    others = [tmp_path / "2025" / "collabdesk.sqlite3", tmp_path / "2026" / "collabdesk.sqlite3"]
    subfolders = {backup_module.database_subfolder(p) for p in others}
    assert len(subfolders) == 2 and all(s and s.startswith("collabdesk-") for s in subfolders)
    made = {}
    seed = create_backup(
        sqlite_services.db, MANUAL, tmp_path / "seed"
    ).path  # consistent, unlike a copy under WAL
    for path in others:
        path.parent.mkdir()
        shutil.copyfile(seed, path)
        other = Database.open(path)
        try:
            made[path] = create_backup(other, MANUAL)
            assert daily_backup_if_due(other) is not None
        finally:
            other.dispose()
        assert made[path].path.parent == data_dir / "backups" / backup_module.database_subfolder(path)
    own = create_backup(sqlite_services.db, MANUAL)
    assert list_backups(database=db_path) == [own] == list_backups()
    for path in others:
        assert sorted(b.reason for b in list_backups(database=path)) == [DAILY, MANUAL]
        assert newest_good_backup(database=path).path.parent == made[path].path.parent
    # The default database's daily backup is not skipped because another database had one today.
    assert daily_backup_if_due(sqlite_services.db) is not None
    corrupt_middle(others[0])
    assert newest_good_backup(database=others[0]).path.parent != own.path.parent


def test_postgresql_backup_says_the_server_administrator_does_it() -> None:
    db = Database(PG_URL)
    try:
        for call in (
            lambda: create_backup(db, MANUAL),
            lambda: restore_backup(db, Path("x.sqlite3")),
        ):
            with pytest.raises(UserError) as raised:
                call()
            assert "pg_dump" in str(raised.value) and "서버 관리자" in str(raised.value)
        assert quick_check(db) is None
        assert daily_backup_if_due(db) is None
    finally:
        db.dispose()


def test_backup_on_each_test_backend(db: Database) -> None:
    # With COLLABDESK_TEST_PG_URL set this runs against a real PostgreSQL server too.
    if db.is_sqlite:
        assert create_backup(db, MANUAL).path.is_file()
        return
    with pytest.raises(UserError, match="pg_dump"):
        create_backup(db, MANUAL)
    assert record_counts(db) == {"members": 0, "meetings": 0, "projects": 0, "cases": 0, "certificates": 0}


# --- listing and rotation -----------------------------------------------------------------------


def touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"x" * 10)
    return path


def stamp(day: dt.date, hour: int = 9) -> str:
    return f"{day:%Y%m%d}-{hour:02d}0000"


def test_list_backups_reads_names_newest_first_and_ignores_foreign_files(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    touch(folder, "collabdesk-20261101-090000-daily.sqlite3")
    touch(folder, "collabdesk-20261102-100000-before-import.sqlite3")
    touch(folder, "collabdesk-20261102-100000-before-migration-0007.sqlite3")
    touch(folder, "collabdesk-before-0006-20261030-080000.sqlite3")  # made by CollabDesk 0.1
    for foreign in (
        "notes.txt",
        "collabdesk-20261103-090000-damaged.sqlite3",
        ".collabdesk-20261103-090000-daily.sqlite3.part",
        "collabdesk-20261399-090000-daily.sqlite3",
        "collabdesk-20261103-090000-weekly.sqlite3",
        "other-20261103-090000-daily.sqlite3",
    ):
        touch(folder, foreign)
    (folder / "collabdesk-20261104-090000-daily.sqlite3").mkdir()

    found = list_backups(folder)
    assert [(b.path.name, b.reason, b.size) for b in found] == [
        ("collabdesk-20261102-100000-before-migration-0007.sqlite3", "before-migration", 10),
        ("collabdesk-20261102-100000-before-import.sqlite3", "before-import", 10),
        ("collabdesk-20261101-090000-daily.sqlite3", "daily", 10),
        ("collabdesk-before-0006-20261030-080000.sqlite3", "before-migration", 10),
    ]
    assert found[2].created == dt.datetime(2026, 11, 1, 9, 0, 0)
    assert list_backups(tmp_path / "missing") == []


def test_rotation_keeps_exactly_the_policy(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    now = dt.datetime(2026, 11, 29, 12, 0)  # a Sunday, the last day of ISO week 48
    day = dt.date(2025, 11, 15)
    while day <= now.date():
        touch(folder, f"collabdesk-{stamp(day)}-daily.sqlite3")
        day += dt.timedelta(days=1)
    touch(folder, f"collabdesk-{stamp(dt.date(2026, 11, 28), 18)}-daily.sqlite3")  # two on the 28th
    others = {
        "collabdesk-20261119-150000-manual.sqlite3": True,  # 10 days old
        "collabdesk-20261020-150000-manual.sqlite3": True,  # 40 days old: made by hand, never deleted
        "collabdesk-20261031-120000-before-import.sqlite3": True,  # 29 days old
        "collabdesk-20261029-110000-before-migration-0007.sqlite3": False,  # 31 days old
        "collabdesk-before-0006-20261001-100000.sqlite3": False,  # CollabDesk 0.1, 59 days old
    }
    for name in others:
        touch(folder, name)
    foreign = ["notes.txt", "collabdesk-20250101-090000-damaged.sqlite3"]
    for name in foreign:
        touch(folder, name)
    everything = {p.name for p in folder.iterdir()}

    deleted = rotate(folder, now=now)

    daily_kept = ["20261129-090000", "20261128-180000", "20261127-090000", "20261126-090000"]
    daily_kept += ["20261125-090000", "20261124-090000", "20261123-090000"]
    weekly_kept = ["20261129-090000", "20261122-090000", "20261115-090000", "20261108-090000"]
    monthly_kept = ["20261129-090000", "20261031-090000", "20260930-090000", "20260831-090000"]
    monthly_kept += ["20260731-090000", "20260630-090000", "20260531-090000", "20260430-090000"]
    monthly_kept += ["20260331-090000", "20260228-090000", "20260131-090000", "20251231-090000"]
    expected = {f"collabdesk-{s}-daily.sqlite3" for s in daily_kept + weekly_kept + monthly_kept}
    expected |= {name for name, kept in others.items() if kept}
    expected |= set(foreign)
    remaining = {p.name for p in folder.iterdir()}
    assert remaining == expected
    assert len(remaining) == 7 + 3 + 11 + 3 + 2  # weekly and monthly share 11-29 with daily
    assert {p.name for p in deleted} == everything - expected
    assert all(p.parent == folder for p in deleted)
    assert rotate(folder, now=now) == []  # a second run finds nothing more to do


def test_rotation_counts_days_that_have_backups(tmp_path: Path) -> None:
    # A PC switched on twice a month still keeps seven daily backups, not the last week's one.
    folder = tmp_path / "b"
    folder.mkdir()
    days = [dt.date(2026, 9, 1) + dt.timedelta(days=14 * i) for i in range(7)]
    for day in days:
        touch(folder, f"collabdesk-{stamp(day)}-daily.sqlite3")
    assert rotate(folder, now=dt.datetime(2026, 12, 31)) == []


def test_daily_backup_only_when_due_then_rotation(sqlite_services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    folder.mkdir()
    months = [dt.date(2023, 11, 1)] + [dt.date(2023, 12, 1)] + [dt.date(2024, m, 1) for m in range(1, 13)]
    old = [touch(folder, f"collabdesk-{stamp(day)}-daily.sqlite3") for day in months]

    made = daily_backup_if_due(sqlite_services.db, folder)
    assert made is not None and made.reason == DAILY and integrity_problem(made.path) is None
    # Rotation ran: twelve months are kept (this one and 2024-02 … 2024-12), the three before go.
    assert {b.path for b in list_backups(folder)} == {made.path, *old[3:]}
    assert daily_backup_if_due(sqlite_services.db, folder) is None  # one a day


@pytest.mark.parametrize(
    ("made", "now", "due"),
    [
        ("20261129-090500", dt.datetime(2026, 11, 30, 8, 58), True),  # earlier in the morning next day
        ("20261129-090500", dt.datetime(2026, 11, 29, 23, 50), False),  # same day
        ("20261128-235900", dt.datetime(2026, 11, 29, 0, 1), True),  # two minutes, but another day
    ],
)
def test_daily_backup_once_per_calendar_day(
    sqlite_services: Services, tmp_path: Path, made: str, now: dt.datetime, due: bool
) -> None:
    folder = tmp_path / "daily"
    folder.mkdir()
    touch(folder, f"collabdesk-{made}-daily.sqlite3")
    touch(folder, f"collabdesk-{now:%Y%m%d-%H%M%S}-manual.sqlite3")  # only dailies count
    assert (daily_backup_if_due(sqlite_services.db, folder, now=now) is not None) is due
    assert len(list_backups(folder)) == (3 if due else 2)


def test_daily_backup_ignores_a_backup_dated_in_the_future(sqlite_services: Services, tmp_path: Path) -> None:
    folder = tmp_path / "daily"
    folder.mkdir()
    touch(folder, f"collabdesk-{dt.datetime.now() + dt.timedelta(days=3):%Y%m%d-%H%M%S}-daily.sqlite3")
    assert daily_backup_if_due(sqlite_services.db, folder) is not None


# --- checks -------------------------------------------------------------------------------------


def test_quick_check_of_a_sound_database(sqlite_services: Services) -> None:
    assert quick_check(sqlite_services.db) is None


def test_quick_check_of_a_damaged_database_returns_a_message(db_path: Path) -> None:
    db = Database.open(db_path)
    prepare_database(db)
    fill_sample_data(db)
    db.dispose()
    corrupt_middle(db_path)
    try:
        message = quick_check(db)
    finally:
        db.dispose()
    assert message is not None and HANGUL.search(message) and "손상" in message
    assert str(db_path) in message
    assert len(message) < 400  # SQLite's long report is cut to a few findings


def test_quick_check_of_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "memo.sqlite3"
    path.write_text("회의 메모입니다. 데이터베이스가 아닙니다.\n" * 200, encoding="utf-8")
    db = Database.open(path)
    try:
        message = quick_check(db)
    finally:
        db.dispose()
    assert message is not None and "CollabDesk 데이터베이스가 아닙니다" in message
    new = Database.open(tmp_path / "new.sqlite3")
    try:
        assert quick_check(new) is None  # not there yet: nothing to check
    finally:
        new.dispose()


# --- restore ------------------------------------------------------------------------------------


def test_restore_replaces_the_data_and_backs_up_what_was_there(
    sqlite_services: Services, db_path: Path
) -> None:
    db = sqlite_services.db
    saved = create_backup(db, MANUAL)
    for number in range(3):
        sqlite_services.members.create(new_member(number))
    assert member_count(sqlite_services) == 15
    # A connection another process holds open sees the restored database on its next read.
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("SELECT count(*) FROM members").fetchone()[0] == 15

        before = restore_backup(db, saved.path)
        prepare_database(db)

        assert other.execute("SELECT count(*) FROM members").fetchone()[0] == 12
    finally:
        other.close()
    assert member_count(sqlite_services) == 12
    assert before is not None and before.reason == BEFORE_RESTORE
    assert file_members(before.path) == 15
    assert integrity_problem(before.path) is None
    assert {b.path for b in list_backups()} == {saved.path, before.path}
    assert quick_check(db) is None


def test_restore_of_an_older_schema_is_migrated_afterwards(sqlite_services: Services, tmp_path: Path) -> None:
    old_path = tmp_path / "old.sqlite3"
    old = Database.open(old_path)
    upgrade(old, "0001")
    old.dispose()
    assert record_counts(old_path) == {"members": 0}  # no meetings or projects tables yet: left out

    db = sqlite_services.db
    restore_backup(db, old_path)
    assert current_revision(db) == "0001"
    prepare_database(db)
    assert current_revision(db) == HEAD_REVISION
    assert member_count(sqlite_services) == 0


def test_backup_from_a_newer_version_is_refused(sqlite_services: Services, data_dir: Path) -> None:
    db = sqlite_services.db
    newer = create_backup(db, MANUAL)
    conn = sqlite3.connect(newer.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()

    with pytest.raises(StorageError) as raised:
        restore_backup(db, newer.path)
    assert "더 새로운 버전" in str(raised.value) and "9999" in str(raised.value)
    assert [b.path for b in list_backups()] == [newer.path]  # no before-restore backup either
    assert member_count(sqlite_services) == 12
    assert newest_good_backup() is None


def test_a_file_that_is_not_a_collabdesk_database_is_refused(
    sqlite_services: Services, tmp_path: Path
) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(StorageError, match="CollabDesk 데이터베이스의 백업이 아닙니다"):
        restore_backup(sqlite_services.db, foreign)
    with pytest.raises(StorageError, match="없습니다"):
        restore_backup(sqlite_services.db, tmp_path / "missing.sqlite3")


def test_restore_over_a_damaged_database_keeps_a_raw_copy(db_path: Path, data_dir: Path) -> None:
    db = Database.open(db_path)
    prepare_database(db)
    fill_sample_data(db)
    good = create_backup(db, MANUAL)
    db.dispose()
    corrupt_middle(db_path)
    damaged_bytes = db_path.read_bytes()
    assert quick_check(db) is not None
    with pytest.raises(StorageError):
        create_backup(db, MANUAL)  # a damaged database gives a damaged copy: refused

    offered = newest_good_backup()
    assert offered == good
    kept = restore_backup(db, offered.path)
    try:
        prepare_database(db)
        assert quick_check(db) is None
        assert record_counts(db)["members"] == 12
    finally:
        db.dispose()
    assert kept is not None and kept.reason == "damaged"
    assert kept.path.read_bytes() == damaged_bytes
    assert newest_good_backup() == good  # the damaged copy is never offered
    assert kept.path not in {b.path for b in list_backups()}


def test_restore_into_a_missing_database_file(tmp_path: Path, sqlite_services: Services) -> None:
    saved = create_backup(sqlite_services.db, MANUAL)
    target = Database.open(tmp_path / "new" / "collabdesk.sqlite3")
    try:
        assert restore_backup(target, saved.path) is None  # nothing there to back up
        prepare_database(target)
        assert record_counts(target)["members"] == 12
    finally:
        target.dispose()


def test_restoring_the_live_file_onto_itself_is_refused(sqlite_services: Services, db_path: Path) -> None:
    # The live file passes every check of a backup; replacing it with itself is still a mistake.
    with pytest.raises(UserError, match="지금 쓰고 있는"):
        restore_backup(sqlite_services.db, db_path)


def test_backup_info_is_plain_data() -> None:
    info = BackupInfo(Path("x.sqlite3"), dt.datetime(2026, 1, 1), "before-undo", 1)
    assert info.label == "되돌리기 전"


def test_counts_name_issued_certificates_not_register_entries(sqlite_services: Services) -> None:
    """The sample register holds a revocation entry too; the count is of certificates issued."""
    issued = len(sqlite_services.certificates.register())
    with sqlite_services.db.reading() as s:
        entries = s.execute(text("SELECT count(*) FROM certificate_entries")).scalar_one()
    assert entries > issued > 0
    counts = record_counts(sqlite_services.db)
    assert counts["certificates"] == issued
    saved = create_backup(sqlite_services.db, MANUAL)
    assert record_counts(saved.path) == counts


def test_a_restore_is_written_in_the_restored_databases_history(sqlite_services: Services) -> None:
    saved = create_backup(sqlite_services.db, MANUAL)
    sqlite_services.members.create(new_member(1))
    restore_backup(sqlite_services.db, saved.path)
    backup_module.finish_restore(sqlite_services.db, saved.path)
    latest = sqlite_services.history.recent(1)[0]
    assert (latest.action, latest.action_label, latest.what) == ("restore", "복원", "데이터베이스")
    assert latest.context == f"백업으로 복원: {saved.path.name}"
    # The sample data's own entries say where they came from.
    assert sqlite_services.history.recent(2)[1].context == "샘플 데이터"
