"""Filling the SQLite search indexes of many new members at once.

The member_fts and member_grams indexes are kept in step by triggers (migration 0002). Fed one row at
a time from a trigger, FTS5 spends about ten times longer than when it indexes the same rows in one
statement, so a bulk insert lifts the two insert triggers inside its own transaction, indexes the new
rows at the end and puts the triggers back exactly as they were. SQLite's schema changes are
transactional: if the insert fails, the rollback restores the triggers too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

# Insert trigger → the index it feeds and the column it indexes.
_INSERT_TRIGGERS = {
    "members_fts_insert": ("member_fts", "search_doc"),
    "members_grams_insert": ("member_grams", "search_grams"),
}


@contextlib.contextmanager
def deferred_member_index(s: Session) -> Iterator[None]:
    """Members inserted inside the block are indexed once, when it ends (SQLite; elsewhere a no-op)."""
    conn = s.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    names = ", ".join(f"'{name}'" for name in _INSERT_TRIGGERS)
    triggers = conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({names})"
    ).all()
    last_id = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM members").scalar()
    for name, _sql in triggers:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    yield
    # A rowid table without AUTOINCREMENT gives new rows ids above the largest one before.
    for name, sql in triggers:
        index, column = _INSERT_TRIGGERS[name]
        conn.exec_driver_sql(
            f"INSERT INTO {index}(rowid, {column}) SELECT id, {column} FROM members WHERE id > ?", (last_id,)
        )
        conn.exec_driver_sql(sql)
