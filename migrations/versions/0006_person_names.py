"""person.title, forenames and surname, so every list can sort by surname

Existing names are split the usual way ("Cllr Jane Smith" -> Cllr / Jane / Smith); the clerk can
correct any in the person dialog. person.name stays as the name shown and printed.

Revision ID: 0006_person_names
Revises: 0005_reviews
Create Date: 2026-12-01 15:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The same rule the application uses for a name typed in one piece (a pure function).
from councildesk.rules.person_names import split_name

revision: str = "0006_person_names"
down_revision: str | None = "0005_reviews"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("title", sa.String(50), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("forenames", sa.String(200), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("surname", sa.String(200), server_default="", nullable=False))
    person = sa.table(
        "person",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("title", sa.String),
        sa.column("forenames", sa.String),
        sa.column("surname", sa.String),
    )
    connection = op.get_bind()
    for person_id, name in connection.execute(sa.select(person.c.id, person.c.name)).all():
        parts = split_name(name or "")
        connection.execute(
            person.update()
            .where(person.c.id == person_id)
            .values(title=parts.title, forenames=parts.forenames, surname=parts.surname)
        )


def downgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("surname")
        batch_op.drop_column("forenames")
        batch_op.drop_column("title")
