"""Certificates (협업인증서, 회원확인서 …): their kinds (templates), the issuer settings, and the 발급대장.

certificate_entries is append-only like audit_log (0007): triggers refuse UPDATE and DELETE (and
TRUNCATE on PostgreSQL), and INSERT OR REPLACE on SQLite. Its rows are also hash-chained, so that
a row changed or removed by a tool that got past the triggers is found by the chain check. A later
migration that has to rebuild the table (SQLite batch mode) drops the triggers first and puts them
back after.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

REFUSAL = "certificate_entries is append-only"

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER certificate_entries_no_{event.lower()} BEFORE {event} ON certificate_entries "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
    for event in ("UPDATE", "DELETE")
] + [
    # INSERT OR REPLACE with an existing seq deletes the old row without firing the DELETE trigger.
    "CREATE TRIGGER certificate_entries_no_replace BEFORE INSERT ON certificate_entries "
    "WHEN EXISTS (SELECT 1 FROM certificate_entries WHERE seq = NEW.seq) "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
]
POSTGRES_TRIGGERS = [
    "CREATE FUNCTION certificate_entries_refuse() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{REFUSAL}'; END $$",
    "CREATE TRIGGER certificate_entries_no_change BEFORE UPDATE OR DELETE ON certificate_entries "
    "FOR EACH ROW EXECUTE FUNCTION certificate_entries_refuse()",
    "CREATE TRIGGER certificate_entries_no_truncate BEFORE TRUNCATE ON certificate_entries "
    "FOR EACH STATEMENT EXECUTE FUNCTION certificate_entries_refuse()",
]

DEFAULT_NUMBER_FORMAT = "제 {year}-{seq:04d} 호"
KINDS = [
    {
        "name": "협업인증서",
        "title": "협업인증서",
        "statement": (
            "위 기업은 {회사명}으로서 {과제명} 협업 컨소시엄에 참여하여 {역할} 분야를 담당하고 있음을 "
            "인증합니다."
        ),
        "needs_project": True,
        "number_format": DEFAULT_NUMBER_FORMAT,
        "active": True,
        "builtin": True,
        "sort_order": 0,
        "version": 1,
    },
    {
        "name": "회원확인서",
        "title": "회원확인서",
        "statement": "위 기업은 {가입일}부터 {그룹명}의 회원사임을 확인합니다.",
        "needs_project": False,
        # Another format than 협업인증서's: a number names one certificate, whatever its kind.
        "number_format": "제 {year}-회원-{seq:04d} 호",
        "active": True,
        "builtin": True,
        "sort_order": 1,
        "version": 1,
    },
]


def upgrade() -> None:
    op.create_table(
        "certificate_kinds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=50), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("needs_project", sa.Boolean(), nullable=False),
        sa.Column("number_format", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_kinds")),
        sa.UniqueConstraint("name", name=op.f("uq_certificate_kinds_name")),
    )
    op.create_table(
        "certificate_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("issuer_title", sa.String(length=100), nullable=False),
        sa.Column("issuer_name", sa.String(length=100), nullable=False),
        sa.Column("group_name", sa.String(length=200), nullable=False),
        sa.Column("border", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_settings")),
    )
    op.create_table(
        "certificate_entries",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_type", sa.String(length=10), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("revokes", sa.String(length=60), nullable=True),
        sa.Column("replaces", sa.String(length=60), nullable=True),
        sa.Column("kind_id", sa.Integer(), nullable=True),
        sa.Column("kind_name", sa.String(length=50), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("number_seq", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("business_number", sa.String(length=12), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("project_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("verification_code", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["certificate_kinds.id"],
            name=op.f("fk_certificate_entries_kind_id_certificate_kinds"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_certificate_entries")),
        sa.UniqueConstraint("kind_id", "year", "number_seq", name="uq_certificate_entries_kind_year_seq"),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_entries_number")),
        sa.UniqueConstraint("replaces", name=op.f("uq_certificate_entries_replaces")),
        sa.UniqueConstraint("revokes", name=op.f("uq_certificate_entries_revokes")),
    )
    with op.batch_alter_table("certificate_entries", schema=None) as batch_op:
        batch_op.create_index("ix_certificate_entries_issue_date", ["issue_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_entries_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_entries_project_id"), ["project_id"], unique=False)

    kinds = sa.table(
        "certificate_kinds",
        *(sa.column(key) for key in KINDS[0]),
    )
    op.bulk_insert(kinds, KINDS)
    settings = sa.table(
        "certificate_settings",
        *(
            sa.column(key)
            for key in (
                "id",
                "organisation",
                "issuer_title",
                "issuer_name",
                "group_name",
                "border",
                "version",
            )
        ),
    )
    op.bulk_insert(
        settings,
        [
            {
                "id": 1,
                "organisation": "",
                "issuer_title": "",
                "issuer_name": "",
                "group_name": "",
                "border": True,
                "version": 1,
            }
        ],
    )

    conn = op.get_bind()
    statements = SQLITE_TRIGGERS if conn.dialect.name == "sqlite" else POSTGRES_TRIGGERS
    for statement in statements:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for event in ("update", "delete", "replace"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS certificate_entries_no_{event}")
    else:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS certificate_entries_no_change ON certificate_entries")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS certificate_entries_no_truncate ON certificate_entries")
        conn.exec_driver_sql("DROP FUNCTION IF EXISTS certificate_entries_refuse()")
    with op.batch_alter_table("certificate_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_entries_project_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_entries_member_id"))
        batch_op.drop_index("ix_certificate_entries_issue_date")
    op.drop_table("certificate_entries")
    op.drop_table("certificate_settings")
    op.drop_table("certificate_kinds")
