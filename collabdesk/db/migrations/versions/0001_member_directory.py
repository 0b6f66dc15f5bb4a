"""Member directory: members, contacts, groups, tags, 업종 and 회원구분 lists.

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    industries = op.create_table(
        "industries",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_industries"),
        sa.UniqueConstraint("name", name="uq_industries_name"),
    )
    classes = op.create_table(
        "member_classes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_member_classes"),
        sa.UniqueConstraint("name", name="uq_member_classes_name"),
    )
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False, server_default=""),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_groups"),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["groups.id"], name="fk_groups_parent_id_groups", ondelete="RESTRICT"
        ),
        sa.UniqueConstraint("parent_id", "name", name="uq_groups_parent_name"),
    )
    op.create_index("ix_groups_parent_id", "groups", ["parent_id"])
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tags"),
        sa.UniqueConstraint("name", name="uq_tags_name"),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("sort_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("ceo", sa.String(100), nullable=False, server_default=""),
        sa.Column("brn", sa.String(12), nullable=False),
        sa.Column("crn", sa.String(14), nullable=False, server_default=""),
        sa.Column("industry_id", sa.Integer(), nullable=True),
        sa.Column("ksic_code", sa.String(10), nullable=False, server_default=""),
        sa.Column("postcode", sa.String(5), nullable=False, server_default=""),
        sa.Column("address", sa.String(300), nullable=False, server_default=""),
        sa.Column("phone", sa.String(30), nullable=False, server_default=""),
        sa.Column("fax", sa.String(30), nullable=False, server_default=""),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
        sa.Column("homepage", sa.String(300), nullable=False, server_default=""),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("sales", sa.BigInteger(), nullable=True),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("member_class_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(10), nullable=False, server_default="활동"),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("updated_at", sa.DateTime(), nullable=False, server_default=sa.func.current_timestamp()),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name="pk_members"),
        sa.UniqueConstraint("brn", name="uq_members_brn"),
        sa.ForeignKeyConstraint(
            ["industry_id"], ["industries.id"], name="fk_members_industry_id_industries", ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["member_class_id"],
            ["member_classes.id"],
            name="fk_members_member_class_id_member_classes",
            ondelete="RESTRICT",
        ),
    )
    op.create_index("ix_members_name", "members", ["name"])
    op.create_index("ix_members_sort_name", "members", ["sort_name", "name"])
    op.create_index("ix_members_industry_id", "members", ["industry_id"])
    op.create_index("ix_members_member_class_id", "members", ["member_class_id"])
    op.create_index("ix_members_status", "members", ["status"])
    op.create_index("ix_members_status_name", "members", ["status", "name"])
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.String(100), nullable=False, server_default=""),
        sa.Column("phone", sa.String(30), nullable=False, server_default=""),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("sort_order", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_contacts_member_id_members", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_contacts_member_id", "contacts", ["member_id"])
    op.create_table(
        "group_members",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("group_id", "member_id", name="pk_group_members"),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name="fk_group_members_group_id_groups", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_group_members_member_id_members", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_group_members_member_id", "group_members", ["member_id"])
    op.create_table(
        "member_tags",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("member_id", "tag_id", name="pk_member_tags"),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_member_tags_member_id_members", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name="fk_member_tags_tag_id_tags", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_member_tags_tag_id", "member_tags", ["tag_id"])

    op.bulk_insert(
        industries,
        [
            {"name": name, "sort_order": i}
            for i, name in enumerate(["전기·전자", "기계·금속", "섬유·화공", "기타"])
        ],
    )
    op.bulk_insert(
        classes,
        [{"name": name, "sort_order": i} for i, name in enumerate(["정회원", "준회원", "특별회원"])],
    )


def downgrade() -> None:
    for table in ("member_tags", "group_members", "contacts", "members", "tags", "groups"):
        op.drop_table(table)
    op.drop_table("member_classes")
    op.drop_table("industries")
