"""audit_entry sealed in a hash chain: previous_hash and entry_hash, ids never given out twice

Existing entries are sealed in the order they were written, the first onto the chain's start.
The table is rebuilt with AUTOINCREMENT so that SQLite remembers the highest id it gave out.

Revision ID: 0009_audit_chain
Revises: 0008_disclosures
Create Date: 2026-12-01 18:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# The same seal the application puts on every new entry (a pure function).
from councildesk.rules.audit_chain import GENESIS, EntryContent, seal

revision: str = "0009_audit_chain"
down_revision: str | None = "0008_disclosures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUTOINCREMENT = {"sqlite_autoincrement": True}


def upgrade() -> None:
    with op.batch_alter_table(
        "audit_entry", recreate="always", table_kwargs=AUTOINCREMENT
    ) as batch:
        batch.add_column(sa.Column("previous_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
    _seal_existing_entries()
    with op.batch_alter_table(
        "audit_entry", recreate="always", table_kwargs=AUTOINCREMENT
    ) as batch:
        batch.alter_column("previous_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("entry_hash", existing_type=sa.String(length=64), nullable=False)


def _seal_existing_entries() -> None:
    entry = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("detail", sa.Text),
        sa.column("previous_hash", sa.String),
        sa.column("entry_hash", sa.String),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            entry.c.id,
            entry.c.at,
            entry.c.actor,
            entry.c.action,
            entry.c.entity,
            entry.c.entity_id,
            entry.c.detail,
        ).order_by(entry.c.id)
    ).all()
    previous = GENESIS
    for row in rows:
        content = EntryContent(
            at=row.at,
            actor=row.actor,
            action=row.action,
            entity=row.entity,
            entity_id=row.entity_id,
            detail=row.detail,
        )
        sealed = seal(content, previous)
        connection.execute(
            entry.update()
            .where(entry.c.id == row.id)
            .values(previous_hash=previous, entry_hash=sealed)
        )
        previous = sealed


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", recreate="always") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("previous_hash")
