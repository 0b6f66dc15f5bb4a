"""Audit context: why a change was made when it was part of something larger (명부 가져오기 5번,
가져오기 되돌리기, 백업으로 복원 …), shown beside the change in the history.

A column added to an append-only table: ALTER TABLE ADD COLUMN rewrites no row, so the triggers of
migration 0007 stay as they are (no batch rebuild of the table).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("context", sa.String(length=300), nullable=True))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        # SQLite 3.35+ drops a column in place; Alembic would rebuild the table without its triggers.
        conn.exec_driver_sql("ALTER TABLE audit_log DROP COLUMN context")
    else:
        op.drop_column("audit_log", "context")
