"""council.is_sample: a made-up council to explore with, marked SAMPLE wherever it shows

Revision ID: 0003_sample_council
Revises: 0002
Create Date: 2026-12-01 15:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_sample_council"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("council") as batch_op:
        batch_op.add_column(
            sa.Column("is_sample", sa.Boolean(), server_default="0", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("council") as batch_op:
        batch_op.drop_column("is_sample")
