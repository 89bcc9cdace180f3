"""the review schedule: policies' cycles, reviews held, law changes, reminders

Revision ID: 0005_reviews
Revises: 0004_search_prefixes
Create Date: 2026-12-01 15:14:42.202499
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_reviews"
down_revision: str | None = "0004_search_prefixes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "appointed_day",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_appointed_day")),
        sa.UniqueConstraint("day", name=op.f("uq_appointed_day_day")),
    )
    op.create_table(
        "legal_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_change")),
    )
    op.create_table(
        "review_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reminder_days", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_settings")),
    )
    op.create_table(
        "legal_change_policy",
        sa.Column("legal_change_id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["legal_change_id"],
            ["legal_change.id"],
            name=op.f("fk_legal_change_policy_legal_change_id_legal_change"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policy.id"],
            name=op.f("fk_legal_change_policy_policy_id_policy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "legal_change_id", "policy_id", name=op.f("pk_legal_change_policy")
        ),
    )
    op.create_table(
        "reminder_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("remind_on", sa.Date(), nullable=False),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policy.id"],
            name=op.f("fk_reminder_state_policy_id_policy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder_state")),
        sa.UniqueConstraint(
            "policy_id", "due_on", "remind_on", name=op.f("uq_reminder_state_policy_id")
        ),
    )
    op.create_table(
        "review_schedule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=True),
        sa.Column("cycle_months", sa.Integer(), nullable=True),
        sa.Column("on_legal_change", sa.Boolean(), nullable=False),
        sa.Column("as_required", sa.Boolean(), nullable=False),
        sa.Column("doc_text", sa.String(length=300), nullable=False),
        sa.Column("doc_iso", sa.String(length=10), nullable=True),
        sa.Column("doc_body_text", sa.String(length=200), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=True),
        sa.Column("next_due_override", sa.Date(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_review_schedule_committee_id_committee"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policy.id"],
            name=op.f("fk_review_schedule_policy_id_policy"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_schedule")),
        sa.UniqueConstraint("policy_id", name=op.f("uq_review_schedule_policy_id")),
    )
    op.create_table(
        "policy_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("policy_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("body_name", sa.String(length=200), nullable=False),
        sa.Column("minute_reference", sa.String(length=100), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "unchanged",
                "amended",
                "deferred",
                name="reviewoutcome",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("deferred_to", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["policy_id"],
            ["policy.id"],
            name=op.f("fk_policy_review_policy_id_policy"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["policy_version.id"],
            name=op.f("fk_policy_review_version_id_policy_version"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_review")),
    )
    with op.batch_alter_table("policy_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_policy_review_policy_id"), ["policy_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("policy_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_policy_review_policy_id"))
    for table in (
        "policy_review",
        "review_schedule",
        "reminder_state",
        "legal_change_policy",
        "review_settings",
        "legal_change",
        "appointed_day",
    ):
        op.drop_table(table)
