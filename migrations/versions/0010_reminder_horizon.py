"""reminder horizon: the first day the log-in agent has anything to show, and the triggers
that forget it whenever what it was worked out from changes

Revision ID: 0010_reminder_horizon
Revises: 0009_audit_chain
Create Date: 2026-12-01 18:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from councildesk.db import horizon

revision: str = "0010_reminder_horizon"
down_revision: str | None = "0009_audit_chain"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# What reminders were worked out from at this revision (db/horizon.py keeps the list at head).
WATCHED_TABLES = (
    "council",
    "committee",
    "meeting",
    "policy",
    "policy_version",
    "review_schedule",
    "policy_review",
    "legal_change",
    "legal_change_policy",
    "reminder_state",
    "appointed_day",
    "review_settings",
)


def upgrade() -> None:
    # Empty until the app's next commit works it out: the agent looks in full until then.
    op.create_table(
        "reminder_horizon",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("computed_on", sa.Date(), nullable=False),
        sa.Column("quiet_until", sa.Date(), nullable=True),
        sa.Column("computed_by", sa.String(length=50), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_horizon")),
    )
    # The log-in agent reads the SQLite file alone; a shared PostgreSQL database would need
    # these as PL/pgSQL triggers before anything relied on the row there.
    if op.get_bind().dialect.name == "sqlite":
        horizon.create_triggers(op.execute, WATCHED_TABLES)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        horizon.drop_triggers(op.execute, WATCHED_TABLES)
    op.drop_table("reminder_horizon")
