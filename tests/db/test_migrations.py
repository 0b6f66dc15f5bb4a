"""Schema migrations of SQLite files: create, upgrade with a backup first, refuse what is not ours."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from collabdesk.db.engine import Database
from collabdesk.db.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    current_revision,
    known_revisions,
    prepare_database,
    upgrade,
)
from collabdesk.errors import StorageError
from collabdesk.services.container import Services, open_services
from collabdesk.services.member_query import MemberFilter

HANGUL = re.compile(r"[가-힣]")


@pytest.fixture
def open_db(db_path: Path) -> Iterator[list[Database]]:
    """Databases a test opens on db_path; all disposed at the end."""
    opened: list[Database] = []
    yield opened
    for database in opened:
        database.dispose()


def open_file(opened: list[Database], path: Path) -> Database:
    database = Database.open(path)
    opened.append(database)
    return database


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sqlite_files(path: Path) -> dict[str, str]:
    """The database file and any -wal/-shm files beside it, with their contents' digests."""
    return {p.name: file_digest(p) for p in sorted(path.parent.glob(path.name + "*"))}


def backups(data_dir: Path) -> list[Path]:
    folder = data_dir / "backups"
    return sorted(folder.iterdir()) if folder.exists() else []


# --- revisions ------------------------------------------------------------------------------


def test_head_revision_is_alembics_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [HEAD_REVISION]
    assert HEAD_REVISION in known_revisions()
    assert known_revisions() == {s.revision for s in script.walk_revisions()}
    assert {"0001", "0002"} <= known_revisions()


def test_new_database_is_created_at_head(db_path: Path, data_dir: Path, open_db: list[Database]) -> None:
    assert not db_path.exists()
    db = open_file(open_db, db_path)
    assert current_revision(db) is None
    assert prepare_database(db) is None  # nothing to back up
    assert current_revision(db) == HEAD_REVISION
    assert backups(data_dir) == []
    services = Services.for_database(db)
    assert services.industries.names() == ["전기·전자", "기계·금속", "섬유·화공", "기타"]
    assert services.member_classes.names() == ["정회원", "준회원", "특별회원"]
    assert services.members.count(MemberFilter()) == 0


def test_up_to_date_database_makes_no_backup(db_path: Path, data_dir: Path, open_db: list[Database]) -> None:
    db = open_file(open_db, db_path)
    prepare_database(db)
    Services.for_database(db).members.create({"name": "한빛정밀", "brn": "135-81-21348"})
    db.dispose()

    again = open_file(open_db, db_path)
    assert prepare_database(again) is None
    assert backups(data_dir) == []
    assert current_revision(again) == HEAD_REVISION
    assert Services.for_database(again).members.count(MemberFilter(text="한빛정밀")) == 1


# --- upgrading an old database ---------------------------------------------------------------

OLD_MEMBERS = [
    # id, name, ceo, brn, address, phone
    (1, "(주)한빛정밀", "김영수", "135-81-21348", "경기도 화성시 향남읍 제약공단2길 15", "031-336-3133"),
    (2, "대성금형(주)", "이정훈", "123-45-67800", "경기도 안산시 단원구 산단로 112", "031-491-7722"),
    (3, "나래센서", "정다은", "220-81-00016", "서울특별시 금천구 가산디지털1로 168", ""),
]


def make_revision_0001_database(path: Path, opened: list[Database]) -> None:
    """A database as CollabDesk of schema 0001 left it, members written with plain SQL.

    Plain SQL is right here (and only here): the services speak the newest schema.
    """
    old = open_file(opened, path)
    upgrade(old, "0001")
    assert current_revision(old) == "0001"
    old.dispose()
    conn = sqlite3.connect(path)
    try:
        with conn:
            industry = conn.execute("SELECT id FROM industries WHERE name = '기계·금속'").fetchone()[0]
            conn.executemany(
                "INSERT INTO members (id, name, ceo, brn, address, phone, industry_id, joined_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, '2015-04-01')",
                [(*row, industry) for row in OLD_MEMBERS],
            )
            conn.executemany(
                "INSERT INTO tags (id, name) VALUES (?, ?)", [(1, "CNC 정밀가공"), (2, "사출금형")]
            )
            conn.executemany("INSERT INTO member_tags (member_id, tag_id) VALUES (?, ?)", [(1, 1), (2, 2)])
            conn.execute(
                "INSERT INTO contacts (member_id, name, position, phone, email, sort_order) "
                "VALUES (3, '윤서연', '과장', '010-3333-4444', 'sy.yoon@narae.example.kr', 0)"
            )
            conn.execute("INSERT INTO groups (id, name, kind) VALUES (1, '경기기계협업그룹', '협업그룹')")
            conn.execute("INSERT INTO group_members (group_id, member_id) VALUES (1, 1)")
    finally:
        conn.close()


def test_old_database_is_backed_up_then_upgraded(
    db_path: Path, data_dir: Path, open_db: list[Database]
) -> None:
    make_revision_0001_database(db_path, open_db)

    db = open_file(open_db, db_path)
    backup = prepare_database(db)

    assert backup is not None
    assert backup.parent == data_dir / "backups"
    assert backups(data_dir) == [backup]
    assert HEAD_REVISION in backup.name
    # The backup is the database as it was before the upgrade.
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT count(*) FROM members").fetchone()[0] == len(OLD_MEMBERS)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(members)")}
        assert "search_doc" not in columns
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()

    assert current_revision(db) == HEAD_REVISION
    with db.reading() as s:
        s.execute(text("INSERT INTO member_fts(member_fts) VALUES ('integrity-check')"))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("한빛정밀", {"(주)한빛정밀"}),  # 회사명, 3+ characters (full-text index)
        ("한빛", {"(주)한빛정밀"}),  # 2 characters
        ("빛", {"(주)한빛정밀"}),  # 1 character
        ("서연", {"나래센서"}),  # 담당자, 2 characters
        ("김영수", {"(주)한빛정밀"}),  # 대표자
        ("1358121348", {"(주)한빛정밀"}),  # 사업자등록번호 without dashes
        ("123-45-67800", {"대성금형(주)"}),  # with dashes
        ("정밀가공", {"(주)한빛정밀"}),  # tag
        ("cnc", {"(주)한빛정밀"}),  # tag, lower case
        ("금형", {"대성금형(주)"}),
        ("안산시", {"대성금형(주)"}),  # 주소
        ("031-491", {"대성금형(주)"}),  # 전화
        ("윤서연", {"나래센서"}),  # 담당자
        ("narae.example", {"나래센서"}),  # 담당자 e-mail
        ("경기도", {"(주)한빛정밀", "대성금형(주)"}),
        ("경기도 금형", {"대성금형(주)"}),
    ],
)
def test_old_members_are_searchable_after_upgrade(
    db_path: Path, open_db: list[Database], query: str, expected: set[str]
) -> None:
    make_revision_0001_database(db_path, open_db)
    db = open_file(open_db, db_path)
    prepare_database(db)
    members = Services.for_database(db).members
    flt = MemberFilter(text=query)
    assert {row.name for row in members.page(flt)} == expected
    assert members.count(flt) == len(expected)


def test_old_members_can_be_edited_after_upgrade(db_path: Path, open_db: list[Database]) -> None:
    make_revision_0001_database(db_path, open_db)
    db = open_file(open_db, db_path)
    prepare_database(db)
    services = Services.for_database(db)

    detail = services.members.get(1)
    assert detail.data.name == "(주)한빛정밀"
    assert detail.data.tags == ["CNC 정밀가공"]
    assert detail.data.industry == "기계·금속"
    assert len(detail.data.group_ids) == 1
    assert services.members.get(3).data.contacts[0].name == "윤서연"

    raw = {"name": "(주)한빛정밀", "brn": "135-81-21348", "tags": ["레이저 가공"], "industry": "기계·금속"}
    services.members.update(1, raw, detail.version)
    assert services.members.count(MemberFilter(text="레이저")) == 1
    assert services.members.count(MemberFilter(text="정밀가공")) == 0
    # New members are added next to the old ones.
    services.members.create({"name": "새회원사", "brn": "120-81-47521"})
    assert services.members.count(MemberFilter()) == len(OLD_MEMBERS) + 1


def test_open_services_upgrades_too(db_path: Path, data_dir: Path, open_db: list[Database]) -> None:
    make_revision_0001_database(db_path, open_db)
    services = open_services(str(db_path))
    try:
        assert current_revision(services.db) == HEAD_REVISION
        assert len(backups(data_dir)) == 1
        assert services.members.count(MemberFilter(text="한빛")) == 1
    finally:
        services.db.dispose()


# --- databases that are refused --------------------------------------------------------------


def test_database_from_a_newer_version_is_refused_and_unchanged(
    db_path: Path, data_dir: Path, open_db: list[Database]
) -> None:
    db = open_file(open_db, db_path)
    prepare_database(db)
    Services.for_database(db).members.create({"name": "한빛정밀", "brn": "135-81-21348"})
    db.dispose()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = sqlite_files(db_path)

    newer = open_file(open_db, db_path)
    with pytest.raises(StorageError) as err:
        prepare_database(newer)
    newer.dispose()

    message = str(err.value)
    assert "새로운 버전" in message
    assert "9999" in message
    assert "변경하지 않았습니다" in message
    assert sqlite_files(db_path) == before
    assert backups(data_dir) == []

    with pytest.raises(StorageError):
        open_services(str(db_path))
    assert sqlite_files(db_path) == before


def test_a_file_that_is_not_a_database_is_refused(
    db_path: Path, data_dir: Path, open_db: list[Database]
) -> None:
    garbage = b"CollabDesk? no: " + bytes(range(256)) * 64
    db_path.write_bytes(garbage)

    db = open_file(open_db, db_path)
    with pytest.raises(StorageError) as err:
        prepare_database(db)
    db.dispose()

    message = str(err.value)
    assert HANGUL.search(message)
    assert "손상" in message or "데이터베이스가 아닙니다" in message
    assert "Traceback" not in message and "sqlite3" not in message
    assert db_path.read_bytes() == garbage
    assert backups(data_dir) == []

    with pytest.raises(StorageError):
        open_services(str(db_path))
    assert db_path.read_bytes() == garbage


def test_a_foreign_sqlite_database_is_refused(db_path: Path, data_dir: Path, open_db: list[Database]) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer TEXT, amount INTEGER)")
        conn.execute("INSERT INTO invoices (customer, amount) VALUES ('거래처', 1000)")
    conn.close()
    before = sqlite_files(db_path)

    db = open_file(open_db, db_path)
    with pytest.raises(StorageError) as err:
        prepare_database(db)
    db.dispose()

    assert "CollabDesk 데이터베이스가 아닌" in str(err.value)
    assert backups(data_dir) == []
    # Someone else's file is left exactly as it was (not even switched to WAL mode).
    assert sqlite_files(db_path) == before
    conn = sqlite3.connect(db_path)
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        assert tables == ["invoices"]
        assert conn.execute("SELECT customer, amount FROM invoices").fetchall() == [("거래처", 1000)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


# --- connection settings -----------------------------------------------------------------------


def test_sqlite_pragmas(db_path: Path, open_db: list[Database]) -> None:
    db = open_file(open_db, db_path)
    prepare_database(db)
    with db.transaction() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    with db.reading() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
    # WAL mode is stored in the file itself, so other programs see it too.
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_foreign_keys_are_enforced(db_path: Path, open_db: list[Database]) -> None:
    db = open_file(open_db, db_path)
    prepare_database(db)
    with pytest.raises(StorageError) as err, db.transaction() as s:
        s.execute(text("INSERT INTO group_members (group_id, member_id) VALUES (999, 999)"))
    assert HANGUL.search(str(err.value))
    with db.reading() as s:
        assert s.execute(text("SELECT count(*) FROM group_members")).scalar() == 0


def test_migrations_build_the_schema_the_models_describe(db: Database) -> None:
    """Alembic's autogenerate finds nothing to change: no model change is missing its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from collabdesk.db.models import Base

    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The SQLite search indexes (FTS5 tables of migration 0002) have no model.
    search_tables = ("member_fts", "member_grams")
    remaining = [
        d
        for d in differences
        if not (d[0] == "remove_table" and d[1].name.startswith(search_tables))
        and not (d[0] == "remove_index" and d[1].name == "ix_members_search_doc_trgm")
    ]
    assert remaining == []
