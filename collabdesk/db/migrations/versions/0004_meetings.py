"""Meeting minutes: meetings, attendance, guests, agenda, resolutions, action items, quorum rules,
reusable text blocks, and the editable list of meeting kinds.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MEETING_KINDS = [
    "정기회의",
    "정기총회",
    "임시총회",
    "이사회",
    "운영위원회",
    "세미나",
    "워크숍",
    "포럼",
    "해외시찰",
    "기타",
]
TEXT_BLOCKS = [
    ("개회", "의장이 성원을 확인하고 개회를 선언함."),
    ("폐회", "의장이 폐회를 선언함."),
    ("이의 없음", "의장이 이의 유무를 물은바, 이의 없이 원안대로 가결됨."),
    ("전 회의록 승인", "전 회의의 회의록을 낭독하고 이의 없이 승인함."),
]


def upgrade() -> None:
    op.create_table(
        "meeting_kinds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_kinds"),
        sa.UniqueConstraint("name", name="uq_meeting_kinds_name"),
    )
    op.create_table(
        "text_blocks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_text_blocks"),
        sa.UniqueConstraint("name", name="uq_text_blocks_name"),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("chair", sa.String(length=100), nullable=False),
        sa.Column("secretary", sa.String(length=100), nullable=False),
        sa.Column("notice_on", sa.Date(), nullable=True),
        sa.Column("opening", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("search_doc", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name="fk_meetings_group_id_groups", ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["kind_id"], ["meeting_kinds.id"], name="fk_meetings_kind_id_meeting_kinds", ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meetings"),
    )
    op.create_index("ix_meetings_group_id", "meetings", ["group_id"])
    op.create_index("ix_meetings_kind_id", "meetings", ["kind_id"])
    op.create_index("ix_meetings_starts_at", "meetings", ["starts_at"])
    op.create_table(
        "quorum_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("attendance_num", sa.Integer(), nullable=False),
        sa.Column("attendance_den", sa.Integer(), nullable=False),
        sa.Column("attendance_strict", sa.Boolean(), nullable=False),
        sa.Column("approval_num", sa.Integer(), nullable=False),
        sa.Column("approval_den", sa.Integer(), nullable=False),
        sa.Column("approval_strict", sa.Boolean(), nullable=False),
        sa.Column("approval_of_roll", sa.Boolean(), nullable=False),
        sa.Column("proxies_count", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name="fk_quorum_rules_group_id_groups", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_quorum_rules"),
        sa.UniqueConstraint("group_id", "name", name="uq_quorum_rules_group_name"),
    )
    op.create_index("ix_quorum_rules_group_id", "quorum_rules", ["group_id"])
    op.create_table(
        "action_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("what", sa.String(length=500), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_action_items_meeting_id_meetings", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_action_items"),
    )
    op.create_index("ix_action_items_meeting_id", "action_items", ["meeting_id"])
    op.create_table(
        "meeting_agenda",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("discussion", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_meeting_agenda_meeting_id_meetings", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_agenda"),
    )
    op.create_index("ix_meeting_agenda_meeting_id", "meeting_agenda", ["meeting_id"])
    op.create_table(
        "meeting_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("person", sa.String(length=100), nullable=False),
        sa.Column("proxy_member_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_meeting_attendance_meeting_id_meetings",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name="fk_meeting_attendance_member_id_members", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["proxy_member_id"],
            ["members.id"],
            name="fk_meeting_attendance_proxy_member_id_members",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_attendance"),
        sa.UniqueConstraint("meeting_id", "member_id", name="uq_meeting_attendance_member"),
    )
    op.create_index("ix_meeting_attendance_meeting_id", "meeting_attendance", ["meeting_id"])
    op.create_index("ix_meeting_attendance_member_id", "meeting_attendance", ["member_id"])
    op.create_table(
        "meeting_guests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meetings.id"], name="fk_meeting_guests_meeting_id_meetings", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_guests"),
    )
    op.create_index("ix_meeting_guests_meeting_id", "meeting_guests", ["meeting_id"])
    op.create_table(
        "meeting_resolutions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("rule", sa.String(length=30), nullable=False),
        sa.Column("yes", sa.Integer(), nullable=False),
        sa.Column("no", sa.Integer(), nullable=False),
        sa.Column("abstain", sa.Integer(), nullable=False),
        sa.Column("result_override", sa.String(length=10), nullable=True),
        sa.Column("override_reason", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name="fk_meeting_resolutions_meeting_id_meetings",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_meeting_resolutions"),
    )
    op.create_index("ix_meeting_resolutions_meeting_id", "meeting_resolutions", ["meeting_id"])
    op.bulk_insert(
        sa.table("meeting_kinds", sa.column("name", sa.String), sa.column("sort_order", sa.Integer)),
        [{"name": name, "sort_order": i} for i, name in enumerate(MEETING_KINDS)],
    )
    op.bulk_insert(
        sa.table("text_blocks", sa.column("name", sa.String), sa.column("body", sa.Text)),
        [{"name": name, "body": body} for name, body in TEXT_BLOCKS],
    )


def downgrade() -> None:
    for table in (
        "meeting_resolutions",
        "meeting_guests",
        "meeting_attendance",
        "meeting_agenda",
        "action_items",
        "quorum_rules",
        "meetings",
        "text_blocks",
        "meeting_kinds",
    ):
        op.drop_table(table)
