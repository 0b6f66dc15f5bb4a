"""Disputes and mediation (분쟁조정): cases numbered per year, their parties, mediators (조정위원),
sessions (조정기일), status history and deadline extensions; the editable list of dispute types; and
the mediation password (salt and key-derivation hash only).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

DISPUTE_TYPES = ["역할분담", "수익·과실배분", "납기", "품질", "대금지급", "기술·지식재산", "기타"]


def _case_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["case_id"], ["dispute_cases.id"], name=op.f(f"fk_{table}_case_id_dispute_cases"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "dispute_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_types")),
        sa.UniqueConstraint("name", name=op.f("uq_dispute_types_name")),
    )
    op.create_table(
        "mediators",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("affiliation", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mediators")),
    )
    op.create_table(
        "dispute_cases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("project_name", sa.String(length=200), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=True),
        sa.Column("agreement_number", sa.Integer(), nullable=True),
        sa.Column("claim_summary", sa.Text(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("outcome_text", sa.Text(), nullable=False),
        sa.Column("outcome_agreement_id", sa.Integer(), nullable=True),
        sa.Column("target_days", sa.Integer(), nullable=False),
        sa.Column("search_doc", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_dispute_cases_agreement_id_agreements"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["outcome_agreement_id"],
            ["agreements.id"],
            name=op.f("fk_dispute_cases_outcome_agreement_id_agreements"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_dispute_cases_project_id_projects"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["dispute_types.id"],
            name=op.f("fk_dispute_cases_type_id_dispute_types"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_cases")),
        sa.UniqueConstraint("number", name=op.f("uq_dispute_cases_number")),
        sa.UniqueConstraint("year", "seq", name="uq_dispute_cases_year_seq"),
    )
    with op.batch_alter_table("dispute_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispute_cases_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_cases_received_on"), ["received_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_cases_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_cases_type_id"), ["type_id"], unique=False)

    op.create_table(
        "dispute_case_mediators",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("mediator_id", sa.Integer(), nullable=False),
        _case_fk("dispute_case_mediators"),
        sa.ForeignKeyConstraint(
            ["mediator_id"],
            ["mediators.id"],
            name=op.f("fk_dispute_case_mediators_mediator_id_mediators"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("case_id", "mediator_id", name=op.f("pk_dispute_case_mediators")),
    )
    with op.batch_alter_table("dispute_case_mediators", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dispute_case_mediators_mediator_id"), ["mediator_id"], unique=False
        )

    op.create_table(
        "dispute_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("representative", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        _case_fk("dispute_parties"),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_dispute_parties_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_parties")),
    )
    with op.batch_alter_table("dispute_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispute_parties_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_dispute_parties_member_id"), ["member_id"], unique=False)

    op.create_table(
        "dispute_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        _case_fk("dispute_sessions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_sessions")),
    )
    with op.batch_alter_table("dispute_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispute_sessions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "dispute_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("from_status", sa.String(length=10), nullable=False),
        sa.Column("to_status", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        _case_fk("dispute_status_changes"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_status_changes")),
    )
    with op.batch_alter_table("dispute_status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispute_status_changes_case_id"), ["case_id"], unique=False)

    op.create_table(
        "dispute_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        _case_fk("dispute_extensions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_extensions")),
    )
    with op.batch_alter_table("dispute_extensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dispute_extensions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "dispute_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kdf", sa.String(length=20), nullable=False),
        sa.Column("kdf_params", sa.String(length=200), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("password_hash", sa.String(length=128), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispute_settings")),
    )

    types = sa.table("dispute_types", sa.column("name"), sa.column("sort_order"))
    op.bulk_insert(types, [{"name": name, "sort_order": n} for n, name in enumerate(DISPUTE_TYPES)])
    settings = sa.table(
        "dispute_settings",
        *(sa.column(key) for key in ("id", "kdf", "kdf_params", "salt", "password_hash", "version")),
    )
    op.bulk_insert(
        settings, [{"id": 1, "kdf": "", "kdf_params": "", "salt": "", "password_hash": "", "version": 1}]
    )


def downgrade() -> None:
    for table, indexes in (
        ("dispute_extensions", ("case_id",)),
        ("dispute_status_changes", ("case_id",)),
        ("dispute_sessions", ("case_id",)),
        ("dispute_parties", ("member_id", "case_id")),
        ("dispute_case_mediators", ("mediator_id",)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in indexes:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
    with op.batch_alter_table("dispute_cases", schema=None) as batch_op:
        for column in ("type_id", "status", "received_on", "project_id"):
            batch_op.drop_index(batch_op.f(f"ix_dispute_cases_{column}"))
    op.drop_table("dispute_cases")
    op.drop_table("dispute_settings")
    op.drop_table("mediators")
    op.drop_table("dispute_types")
