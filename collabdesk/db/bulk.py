"""Inserting many rows at once, straight through the database driver's executemany.

For a 10,000-row roster import SQLAlchemy's per-row parameter processing costs more than SQLite's
own insert. Here each value passes only through its column type's bind processor (dates become the
text SQLite stores; PostgreSQL needs none), so the rows land exactly as an ORM insert would put them.
Values are handled column by column, where map() and zip() do the work in C.

Rows of audited tables are logged too (collabdesk.db.audit), one audit entry per row in one more
executemany at commit; for that they get their ids before the insert.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table

from collabdesk.db import audit


def insert_columns(conn: Connection, table: Table, columns: Mapping[str, Sequence[Any]]) -> None:
    """INSERT len(values) rows given as column name → the column's values (all of one length)."""
    if not columns or not len(next(iter(columns.values()))):
        return
    listener = audit.bulk_listener(conn, table)
    if listener is not None and listener.needs_ids and "id" not in columns:
        columns = {"id": listener.new_ids(table, len(next(iter(columns.values())))), **columns}
    dialect = conn.dialect
    names = list(columns)
    quote = dialect.identifier_preparer.quote
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
        f"VALUES ({', '.join([mark] * len(names))})"
    )
    values: list[Sequence[Any]] = []
    for name in names:
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        values.append(columns[name] if process is None else list(map(process, columns[name])))
    conn.exec_driver_sql(sql, list(zip(*values, strict=True)))
    if listener is not None:
        listener.inserted(columns)


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """INSERT every row (dicts with the same keys) in one executemany."""
    if rows:
        insert_columns(conn, table, {name: list(map(operator.itemgetter(name), rows)) for name in rows[0]})
