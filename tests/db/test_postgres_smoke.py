"""PostgreSQL smoke test: schema from the migrations, the trigram index, sample data and search.

Runs only when COLLABDESK_TEST_PG_URL names a PostgreSQL database whose user may create databases
(.ci/run starts a throwaway cluster and sets it). Each test works in its own new, empty database;
the last test goes through the shared fixtures and so also checks PostgreSQL against SQLite.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from collabdesk.db.engine import Database, resolve_url
from collabdesk.db.migrate import HEAD_REVISION, current_revision, prepare_database
from collabdesk.services.container import Services
from collabdesk.services.member_query import MemberFilter
from collabdesk.services.members import MemberService
from collabdesk.services.sample_data import COMPANIES, fill_sample_data

PG_URL = os.environ.get("COLLABDESK_TEST_PG_URL", "")

pytestmark = pytest.mark.skipif(
    not PG_URL,
    reason="COLLABDESK_TEST_PG_URL is not set (no PostgreSQL server to test against; .ci/run starts one)",
)

TRGM_INDEX = "ix_members_search_doc_trgm"


@pytest.fixture
def pg_db() -> Iterator[Database]:
    """A new, empty (not yet migrated) PostgreSQL database, dropped after the test."""
    admin_url = resolve_url(PG_URL)
    name = f"cd_smoke_{secrets.token_hex(8)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
    database = Database.open(make_url(admin_url).set(database=name).render_as_string(hide_password=False))
    try:
        yield database
    finally:
        database.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


def test_migrations_create_the_schema(pg_db: Database) -> None:
    assert pg_db.dialect == "postgresql"
    assert current_revision(pg_db) is None

    assert prepare_database(pg_db) is None  # nothing to back up: the database was new

    assert current_revision(pg_db) == HEAD_REVISION
    with pg_db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        columns = {c["name"] for c in inspect(conn).get_columns("members")}
        industries = conn.execute(text("SELECT count(*) FROM industries")).scalar()
    assert {"alembic_version", "members", "contacts", "groups", "group_members", "tags"} <= tables
    assert "search_doc" in columns
    assert industries == 4
    # A second start finds the schema current and leaves it alone.
    assert prepare_database(pg_db) is None
    assert current_revision(pg_db) == HEAD_REVISION


def test_trigram_index_exists_when_pg_trgm_could_be_created(pg_db: Database) -> None:
    prepare_database(pg_db)
    with pg_db.engine.connect() as conn:
        has_extension = bool(
            conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar()
        )
        available = bool(
            conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
        )
        superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
        indexdef = conn.execute(
            text("SELECT indexdef FROM pg_indexes WHERE tablename = 'members' AND indexname = :name"),
            {"name": TRGM_INDEX},
        ).scalar()
    if available and superuser:
        assert has_extension, "pg_trgm is available and we are superuser, yet the migration did not create it"
    if has_extension:
        assert indexdef is not None, f"pg_trgm is installed but {TRGM_INDEX} is missing"
        assert "gin" in indexdef.lower() and "gin_trgm_ops" in indexdef
    else:
        assert indexdef is None


def test_sample_data_and_search(pg_db: Database) -> None:
    prepare_database(pg_db)
    assert fill_sample_data(pg_db) == len(COMPANIES)

    members = MemberService(pg_db)
    assert members.count(MemberFilter()) == len(COMPANIES)
    assert members.count(MemberFilter(text="정밀")) == 1  # (주)한빛정밀: name and 'CNC 정밀가공'
    assert members.count(MemberFilter(text="한빛정밀")) == 1
    assert members.count(MemberFilter(text="유압")) == 1
    assert members.count(MemberFilter(text="경기도 화성시")) == 2
    assert members.count(MemberFilter(text="없는회사이름")) == 0


def test_search_is_the_same_on_every_backend(sample_services: Services) -> None:
    # Through the shared `sample_services` fixture, so this runs as [sqlite] and [postgresql]:
    # SQLite searches 3+ character terms through FTS5, PostgreSQL always through LIKE.
    members = sample_services.members
    expected = {"정밀": 1, "한빛정밀": 1, "경기도 화성시": 2, "CNC": 1, "sample01": 1, "%": 0, "_": 0}
    assert {term: members.count(MemberFilter(text=term)) for term in expected} == expected
    names = [row.name for row in members.page(MemberFilter(), limit=3)]
    assert names == ["(주)그린코팅", "(주)나래센서", "대성금형(주)"]
