"""Each resolution keeps the thresholds of the rule it was decided by, and each meeting those of its
quorum rule: a later change of a group's rule no longer changes past results.

Rows saved before this revision have no snapshot (empty text) and are judged by the rule in force,
as before, until they are saved again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("meeting_resolutions") as table:
        table.add_column(sa.Column("rule_code", sa.String(60), nullable=False, server_default=""))
    with op.batch_alter_table("meetings") as table:
        table.add_column(sa.Column("quorum_rule_code", sa.String(60), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("meetings") as table:
        table.drop_column("quorum_rule_code")
    with op.batch_alter_table("meeting_resolutions") as table:
        table.drop_column("rule_code")
