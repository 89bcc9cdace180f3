"""The audit trail: append-only, each entry sealed onto the one before it."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from councildesk.db.models.base import Base


class AuditEntry(Base):
    """Who changed what and when. Rows are only ever added, each sealed onto the one before it
    (rules/audit_chain.py), so an entry changed, removed or added outside CouncilDesk shows."""

    __tablename__ = "audit_entry"
    # AUTOINCREMENT: SQLite never gives a removed entry's id out again and remembers the highest
    # it gave, so removing the newest entries shows too.
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(Text, default="")
    # SHA-256 hex digests: the previous entry's seal, and this entry's over its content and that.
    previous_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
