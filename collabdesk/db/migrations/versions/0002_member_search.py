"""Member search: a search text per member and an index over it.

SQLite gets two FTS5 indexes kept in step by triggers: a trigram index for terms of three or more
characters, and an index of the one- and two-character pieces of every word (search_grams) for the
short terms people type first ("대", "한빛"). PostgreSQL gets a pg_trgm GIN index.
Members already in the database get their search text here, so search works right after upgrading.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

import re

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
    "CREATE VIRTUAL TABLE member_grams USING fts5("
    "search_grams, content='members', content_rowid='id', tokenize='unicode61', prefix='1')",
    "CREATE TRIGGER members_grams_insert AFTER INSERT ON members BEGIN "
    "INSERT INTO member_grams(rowid, search_grams) VALUES (new.id, new.search_grams); END",
    "CREATE TRIGGER members_grams_delete AFTER DELETE ON members BEGIN "
    "INSERT INTO member_grams(member_grams, rowid, search_grams) VALUES ('delete', old.id, old.search_grams); END",
    "CREATE TRIGGER members_grams_update AFTER UPDATE OF search_grams ON members BEGIN "
    "INSERT INTO member_grams(member_grams, rowid, search_grams) VALUES ('delete', old.id, old.search_grams); "
    "INSERT INTO member_grams(rowid, search_grams) VALUES (new.id, new.search_grams); END",
]


def _grams(doc: str) -> str:
    # Frozen copy of revision 0002's pieces: each word's two-character pieces and its last character.
    pieces = []
    for word in re.findall(r"\w+", doc):
        pieces.extend(word[i : i + 2] for i in range(len(word) - 1))
        pieces.append(word[-1])
    return " ".join(pieces)


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
    docs = []
    for member_id, texts in parts.items():
        doc = " ".join(p for p in texts if p).lower()
        docs.append({"id": member_id, "doc": doc, "grams": _grams(doc)})
    return docs


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("search_doc", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("search_grams", sa.Text(), nullable=False, server_default=""))
    docs = _initial_docs(conn)
    if docs:
        conn.execute(
            sa.text("UPDATE members SET search_doc = :doc, search_grams = :grams WHERE id = :id"), docs
        )
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            conn.exec_driver_sql(statement)
        conn.exec_driver_sql("INSERT INTO member_fts(member_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO member_grams(member_grams) VALUES ('rebuild')")
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
        for index in ("fts", "grams"):
            for event in ("insert", "delete", "update"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS members_{index}_{event}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS member_fts")
        conn.exec_driver_sql("DROP TABLE IF EXISTS member_grams")
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_members_search_doc_trgm")
    with op.batch_alter_table("members") as batch:
        batch.drop_column("search_grams")
        batch.drop_column("search_doc")
