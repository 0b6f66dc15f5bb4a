"""Member search: a search text per member and an index over it.

SQLite gets an FTS5 trigram index kept in step by triggers; PostgreSQL a pg_trgm GIN index.
Members already in the database get their search text here, so search works right after upgrading.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_FTS = [
    "CREATE VIRTUAL TABLE member_fts USING fts5("
    "search_doc, content='members', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER members_fts_insert AFTER INSERT ON members BEGIN "
    "INSERT INTO member_fts(rowid, search_doc) VALUES (new.id, new.search_doc); END",
    "CREATE TRIGGER members_fts_delete AFTER DELETE ON members BEGIN "
    "INSERT INTO member_fts(member_fts, rowid, search_doc) VALUES ('delete', old.id, old.search_doc); END",
    "CREATE TRIGGER members_fts_update AFTER UPDATE OF search_doc ON members BEGIN "
    "INSERT INTO member_fts(member_fts, rowid, search_doc) VALUES ('delete', old.id, old.search_doc); "
    "INSERT INTO member_fts(rowid, search_doc) VALUES (new.id, new.search_doc); END",
]


def _initial_docs(conn: sa.Connection) -> list[dict[str, object]]:
    # A frozen copy of the search text of revision 0002; later code may build it differently.
    parts: dict[int, list[str]] = {}
    for row in conn.execute(sa.text("SELECT id, name, ceo, brn, address, phone FROM members")):
        parts[row.id] = [row.name, row.ceo, row.brn, row.brn.replace("-", ""), row.address, row.phone]
    tag_rows = conn.execute(
        sa.text("SELECT mt.member_id, t.name FROM member_tags mt JOIN tags t ON t.id = mt.tag_id")
    )
    for member_id, tag in tag_rows:
        parts[member_id].append(tag)
    for member_id, name, phone, email in conn.execute(
        sa.text("SELECT member_id, name, phone, email FROM contacts")
    ):
        parts[member_id].extend([name, phone, email])
    return [
        {"id": member_id, "doc": " ".join(p for p in texts if p).lower()}
        for member_id, texts in parts.items()
    ]


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("search_doc", sa.Text(), nullable=False, server_default=""))
    docs = _initial_docs(conn)
    if docs:
        conn.execute(sa.text("UPDATE members SET search_doc = :doc WHERE id = :id"), docs)
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql("INSERT INTO member_fts(member_fts) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        # pg_trgm may need a superuser; without it search still works, only slower.
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                conn.exec_driver_sql(
                    "CREATE INDEX ix_members_search_doc_trgm ON members USING gin (search_doc gin_trgm_ops)"
                )
        except sa.exc.DBAPIError:
            pass


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for trigger in ("members_fts_insert", "members_fts_delete", "members_fts_update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS member_fts")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_members_search_doc_trgm")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("search_doc")
