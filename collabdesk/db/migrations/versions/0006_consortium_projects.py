"""Consortium projects (협업 컨소시엄): projects with their kind, lead company, stages and support;
versioned agreements (participants, roles, shares); milestones; outcomes; and the editable lists of
project kinds and roles.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PROJECT_KINDS = ["ICMS 협업", "공동기술개발", "공동마케팅", "공동구매", "해외시장개척", "기타"]
PROJECT_ROLES = ["R&D", "설계", "디자인", "금형", "사출", "생산·제조", "판매·마케팅", "유통·물류", "구매"]


def upgrade() -> None:
    op.create_table(
        "project_kinds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_kinds")),
        sa.UniqueConstraint("name", name=op.f("uq_project_kinds_name")),
    )
    op.create_table(
        "project_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_roles")),
        sa.UniqueConstraint("name", name=op.f("uq_project_roles_name")),
    )
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("item", sa.String(length=300), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("lead_member_id", sa.Integer(), nullable=True),
        sa.Column("lead_name", sa.String(length=200), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("support_program", sa.String(length=200), nullable=False),
        sa.Column("support_agency", sa.String(length=200), nullable=False),
        sa.Column("support_amount", sa.BigInteger(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_doc", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_projects_group_id_groups"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"],
            ["project_kinds.id"],
            name=op.f("fk_projects_kind_id_project_kinds"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["lead_member_id"],
            ["members.id"],
            name=op.f("fk_projects_lead_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_projects_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_projects_kind_id"), ["kind_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_projects_lead_member_id"), ["lead_member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_projects_stage"), ["stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_projects_start_on"), ["start_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_projects_status"), ["status"], unique=False)

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("agreed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_agreements_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
        sa.UniqueConstraint("project_id", "number", name="uq_agreements_project_number"),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_project_id"), ["project_id"], unique=False)

    op.create_table(
        "milestones",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_milestones_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestones_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_milestones_project_id"), ["project_id"], unique=False)

    op.create_table(
        "outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"], ["projects.id"], name=op.f("fk_outcomes_project_id_projects"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcomes")),
    )
    with op.batch_alter_table("outcomes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcomes_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcomes_occurred_on"), ["occurred_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcomes_project_id"), ["project_id"], unique=False)

    op.create_table(
        "project_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_stages_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_stages")),
        sa.UniqueConstraint("project_id", "stage", name="uq_project_stages_project_stage"),
    )
    with op.batch_alter_table("project_stages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_stages_project_id"), ["project_id"], unique=False)

    op.create_table(
        "agreement_parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("partner_kind", sa.String(length=20), nullable=False),
        sa.Column("share", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_parties_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_agreement_parties_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_parties")),
    )
    with op.batch_alter_table("agreement_parties", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_parties_agreement_id"), ["agreement_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_parties_member_id"), ["member_id"], unique=False)

    op.create_table(
        "outcome_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("outcome_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_outcome_members_member_id_members"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["outcome_id"],
            ["outcomes.id"],
            name=op.f("fk_outcome_members_outcome_id_outcomes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_members")),
    )
    with op.batch_alter_table("outcome_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outcome_members_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outcome_members_outcome_id"), ["outcome_id"], unique=False)

    op.create_table(
        "agreement_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["party_id"],
            ["agreement_parties.id"],
            name=op.f("fk_agreement_roles_party_id_agreement_parties"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_roles")),
    )
    with op.batch_alter_table("agreement_roles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_roles_party_id"), ["party_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_roles_role"), ["role"], unique=False)
    kinds = sa.table("project_kinds", sa.column("name", sa.String), sa.column("sort_order", sa.Integer))
    op.bulk_insert(kinds, [{"name": name, "sort_order": n} for n, name in enumerate(PROJECT_KINDS)])
    roles = sa.table("project_roles", sa.column("name", sa.String), sa.column("sort_order", sa.Integer))
    op.bulk_insert(roles, [{"name": name, "sort_order": n} for n, name in enumerate(PROJECT_ROLES)])


def downgrade() -> None:
    op.drop_table("agreement_roles")
    op.drop_table("outcome_members")
    op.drop_table("agreement_parties")
    op.drop_table("project_stages")
    op.drop_table("outcomes")
    op.drop_table("milestones")
    op.drop_table("agreements")
    op.drop_table("projects")
    op.drop_table("project_roles")
    op.drop_table("project_kinds")
