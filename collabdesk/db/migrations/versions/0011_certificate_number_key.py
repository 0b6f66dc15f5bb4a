"""The certificate register's number key: a number as compared (NFC, no white space, every dash
'-'), in a column with a unique index, so that '제2026-0001호' and '제 2026–0001 호' name one
certificate and two certificates can never share one.

Why a stored column (and not the key computed in each query): NFC and the dash variants cannot be
computed in SQLite's SQL, and only a stored column can carry a unique index. The register refuses
UPDATE (triggers of 0008), so the backfill lifts exactly the guards that are in place and puts them
back in the same transaction: on SQLite the triggers are dropped and re-created from their own
stored SQL, on PostgreSQL they are disabled and enabled again. Guards already missing stay missing
(the chain check reports that). The key is not part of the hashed fields: existing hashes stay
valid, and the check compares the key with the number.

Numbers of existing entries that already collide on the key (kinds whose formats differed only in
spaces or dashes): the later entry gets '<key>#<seq>', so the index can be built; such a number is
then found by its exact spelling (collabdesk.services.certificate_records.find_issue).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# As collabdesk.services.certificate_chain.number_key on the day of this migration.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
POSTGRES_GUARDS = ("certificate_entries_no_change",)


def number_key(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_DASHES)
    return "".join(text.split())


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("certificate_entries", sa.Column("number_key", sa.String(length=80), nullable=True))
    rows = conn.exec_driver_sql(
        "SELECT seq, number FROM certificate_entries WHERE number IS NOT NULL ORDER BY seq"
    ).all()
    keys: list[tuple[str, int]] = []
    taken: set[str] = set()
    for seq, number in rows:
        key = number_key(number)
        if key in taken:
            key = f"{key}#{seq}"
        taken.add(key)
        keys.append((key, seq))
    if keys:
        _without_guards(conn, keys)
    op.create_index("ix_certificate_entries_number_key", "certificate_entries", ["number_key"], unique=True)


def _without_guards(conn: sa.Connection, keys: list[tuple[str, int]]) -> None:
    update = sa.text("UPDATE certificate_entries SET number_key = :key WHERE seq = :seq")
    params = [{"key": key, "seq": seq} for key, seq in keys]
    if conn.dialect.name == "sqlite":
        triggers = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'certificate_entries' "
            "AND name IN ('certificate_entries_no_update', 'certificate_entries_no_delete')"
        ).all()
        for name, _sql in triggers:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
        conn.execute(update, params)
        for _name, sql in triggers:
            conn.exec_driver_sql(sql)
        return
    enabled = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'certificate_entries'::regclass "
            "AND NOT tgisinternal AND tgenabled <> 'D'"
        )
        if row[0] in POSTGRES_GUARDS
    ]
    for name in enabled:
        conn.exec_driver_sql(f'ALTER TABLE certificate_entries DISABLE TRIGGER "{name}"')
    conn.execute(update, params)
    for name in enabled:
        conn.exec_driver_sql(f'ALTER TABLE certificate_entries ENABLE TRIGGER "{name}"')


def downgrade() -> None:
    op.drop_index("ix_certificate_entries_number_key", table_name="certificate_entries")
    op.drop_column("certificate_entries", "number_key")
