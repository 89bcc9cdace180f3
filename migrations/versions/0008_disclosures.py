"""disclosures register: reports and advice to political groups, and the notices owed

Revision ID: 0008_disclosures
Revises: 0007_complaints_casebook
Create Date: 2026-12-01 15:13:42
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_disclosures"
down_revision: str | None = "0007_complaints_casebook"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "disclosure_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notify_unaffiliated", sa.Boolean(), nullable=False),
        sa.Column("notice_working_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_settings")),
    )
    op.create_table(
        "disclosure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("officer_name", sa.String(length=200), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("group_name", sa.String(length=200), nullable=False),
        sa.Column("matter", sa.String(length=300), nullable=False),
        sa.Column("form", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("report_name", sa.String(length=300), nullable=False),
        sa.Column("report_data", sa.LargeBinary(), nullable=True),
        sa.Column("report_text", sa.Text(), nullable=False),
        sa.Column("check_findings", sa.Text(), nullable=False),
        sa.Column("checked", sa.Boolean(), nullable=False),
        sa.Column("proceed_reason", sa.Text(), nullable=False),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("verification_note", sa.Text(), nullable=False),
        sa.Column("voided_on", sa.Date(), nullable=True),
        sa.Column("void_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["political_group.id"],
            name=op.f("fk_disclosure_group_id_political_group"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"],
            ["person.id"],
            name=op.f("fk_disclosure_officer_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure")),
    )
    op.create_index(op.f("ix_disclosure_given_on"), "disclosure", ["given_on"], unique=False)
    op.create_table(
        "disclosure_notification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disclosure_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["disclosure_id"],
            ["disclosure.id"],
            name=op.f("fk_disclosure_notification_disclosure_id_disclosure"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["political_group.id"],
            name=op.f("fk_disclosure_notification_group_id_political_group"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_disclosure_notification_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_disclosure_notification")),
    )
    op.create_index(
        op.f("ix_disclosure_notification_disclosure_id"),
        "disclosure_notification",
        ["disclosure_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_disclosure_notification_disclosure_id"), table_name="disclosure_notification"
    )
    op.drop_table("disclosure_notification")
    op.drop_index(op.f("ix_disclosure_given_on"), table_name="disclosure")
    op.drop_table("disclosure")
    op.drop_table("disclosure_settings")
