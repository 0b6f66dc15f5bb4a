"""Audit history: one append-only row per create, update or delete of a record (collabdesk.db.audit).

The application only ever inserts into audit_log; triggers refuse UPDATE and DELETE (and TRUNCATE on
PostgreSQL), so a program bug or a careless SQL statement cannot rewrite the history. A later
migration that has to rebuild the table (SQLite batch mode) drops the triggers first and puts them
back after.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

REFUSAL = "audit_log is append-only"

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
    for event in ("UPDATE", "DELETE")
] + [
    # INSERT OR REPLACE with an existing id deletes the old row without firing the DELETE trigger.
    "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log "
    "WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
]
POSTGRES_TRIGGERS = [
    "CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()",
    "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()",
]


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("user_name", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("record_label", sa.String(length=300), nullable=False),
        sa.Column("parent_table", sa.String(length=50), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_parent", ["parent_table", "parent_id"], unique=False)
        batch_op.create_index("ix_audit_log_record", ["table_name", "record_id"], unique=False)

    conn = op.get_bind()
    statements = SQLITE_TRIGGERS if conn.dialect.name == "sqlite" else POSTGRES_TRIGGERS
    for statement in statements:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for event in ("update", "delete", "replace"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_log_no_{event}")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS audit_log_refuse()")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_record")
        batch_op.drop_index("ix_audit_log_parent")
    op.drop_table("audit_log")
