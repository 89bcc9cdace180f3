"""The complaints casebook (issue 13), its key and settings, and subject access requests.

What a case says, and who is in it, is sealed (AES-GCM under the casebook's data key; see
services/casebook_crypto.py). Only what the Dashboard and the public summary need is in the
clear: the reference, route, dates, stage and outcome category.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from councildesk.db.models.base import Base


class CasebookKey(Base):
    """The casebook's data key, wrapped twice: by the passphrase and by the recovery key."""

    __tablename__ = "casebook_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kdf_n: Mapped[int] = mapped_column(Integer)
    kdf_r: Mapped[int] = mapped_column(Integer)
    kdf_p: Mapped[int] = mapped_column(Integer)
    passphrase_salt: Mapped[bytes] = mapped_column(LargeBinary)
    passphrase_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_salt: Mapped[bytes] = mapped_column(LargeBinary)
    recovery_wrapped: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ComplaintSettings(Base):
    """The council's own working-day deadlines, panel size and retention period."""

    __tablename__ = "complaint_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    acknowledge_days: Mapped[int] = mapped_column(Integer, default=5)
    refer_days: Mapped[int] = mapped_column(Integer, default=5)
    meeting_days: Mapped[int] = mapped_column(Integer, default=10)
    decision_days: Mapped[int] = mapped_column(Integer, default=5)
    appeal_days: Mapped[int] = mapped_column(Integer, default=5)
    panel_minimum: Mapped[int] = mapped_column(Integer, default=2)
    retention_years: Mapped[int] = mapped_column(Integer, default=6)
    lock_minutes: Mapped[int] = mapped_column(Integer, default=10)


class Complaint(Base):
    __tablename__ = "complaint"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    route: Mapped[str] = mapped_column(String(30))
    received_on: Mapped[dt.date] = mapped_column(Date)
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)
    stage: Mapped[str] = mapped_column(String(30))
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(30), default="")
    retention_on: Mapped[dt.date | None] = mapped_column(Date)
    anonymised_on: Mapped[dt.date | None] = mapped_column(Date)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    stages: Mapped[list[ComplaintStage]] = relationship(
        back_populates="complaint",
        cascade="all, delete-orphan",
        order_by="ComplaintStage.seq",
        passive_deletes=True,
    )
    documents: Mapped[list[ComplaintDocument]] = relationship(
        back_populates="complaint",
        cascade="all, delete-orphan",
        order_by="ComplaintDocument.id",
        passive_deletes=True,
    )


class ComplaintStage(Base):
    """A case entering one stage on one date; who sat and what was decided are sealed."""

    __tablename__ = "complaint_stage"
    __table_args__ = (UniqueConstraint("complaint_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(30))
    on_date: Mapped[dt.date] = mapped_column(Date)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)

    complaint: Mapped[Complaint] = relationship(back_populates="stages")


class ComplaintDocument(Base):
    """A document attached to a case: its name and its bytes, each sealed."""

    __tablename__ = "complaint_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id", ondelete="CASCADE"))
    added_on: Mapped[dt.date] = mapped_column(Date)
    size: Mapped[int] = mapped_column(Integer)
    sealed_name: Mapped[bytes] = mapped_column(LargeBinary)
    sealed_content: Mapped[bytes] = mapped_column(LargeBinary)

    complaint: Mapped[Complaint] = relationship(back_populates="documents")


class SubjectAccessRequest(Base):
    """A request for everything the casebook holds about one person; the person is sealed."""

    __tablename__ = "subject_access_request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    completed_on: Mapped[dt.date | None] = mapped_column(Date)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
