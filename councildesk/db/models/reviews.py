"""The review schedule (issue 11): each policy's cycle, the reviews held, changes in the law,
the clerk's snoozed reminders, appointed days and the reminder settings."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from councildesk.db.models.base import Base, stored_enum
from councildesk.db.models.council import Committee
from councildesk.db.models.policies import Policy, PolicyVersion


class ReviewOutcome(enum.StrEnum):
    UNCHANGED = "unchanged"
    AMENDED = "amended"
    DEFERRED = "deferred"


class ReviewSchedule(Base):
    """How and by whom one policy is reviewed, and what its document said about it."""

    __tablename__ = "review_schedule"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"), unique=True)
    # The responsible body; no committee means Full Council.
    committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee.id", ondelete="SET NULL")
    )
    cycle_months: Mapped[int | None] = mapped_column(Integer)
    on_legal_change: Mapped[bool] = mapped_column(Boolean, default=False)
    as_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # The document's own words and the ISO date at its precision ("2027", "2022-02", ...).
    doc_text: Mapped[str] = mapped_column(String(300), default="")
    doc_iso: Mapped[str | None] = mapped_column(String(10))
    doc_body_text: Mapped[str] = mapped_column(String(200), default="")
    # Words the rules could not read for certain ("biannually"), until the clerk answers.
    question: Mapped[str | None] = mapped_column(String(300))
    # A date the clerk typed in for a policy with no review or adoption in CouncilDesk yet.
    next_due_override: Mapped[dt.date | None] = mapped_column(Date)
    override_reason: Mapped[str] = mapped_column(Text, default="")

    policy: Mapped[Policy] = relationship()
    committee: Mapped[Committee | None] = relationship()


class PolicyReview(Base):
    """A review held (or deferred) at a meeting."""

    __tablename__ = "policy_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    body_name: Mapped[str] = mapped_column(String(200))
    minute_reference: Mapped[str] = mapped_column(String(100), default="")
    outcome: Mapped[ReviewOutcome] = mapped_column(stored_enum(ReviewOutcome))
    deferred_to: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    # The version reviewed, or for an amendment the new draft; set null if a draft is deleted.
    version_id: Mapped[int | None] = mapped_column(
        ForeignKey("policy_version.id", ondelete="SET NULL")
    )
    # An amendment is closed when the amended version is adopted.
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    policy: Mapped[Policy] = relationship()
    version: Mapped[PolicyVersion | None] = relationship()


class LegalChange(Base):
    """A change in the law, and the policies it puts due for review."""

    __tablename__ = "legal_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changed_on: Mapped[dt.date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    policies: Mapped[list[Policy]] = relationship(secondary="legal_change_policy")


class LegalChangePolicy(Base):
    __tablename__ = "legal_change_policy"

    legal_change_id: Mapped[int] = mapped_column(
        ForeignKey("legal_change.id", ondelete="CASCADE"), primary_key=True
    )
    policy_id: Mapped[int] = mapped_column(
        ForeignKey("policy.id", ondelete="CASCADE"), primary_key=True
    )


class ReminderState(Base):
    """The clerk snoozed or acknowledged one reminder (a policy's reminder date for a due date)."""

    __tablename__ = "reminder_state"
    __table_args__ = (UniqueConstraint("policy_id", "due_on", "remind_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"))
    due_on: Mapped[dt.date] = mapped_column(Date)
    remind_on: Mapped[dt.date] = mapped_column(Date)
    snoozed_until: Mapped[dt.date | None] = mapped_column(Date)
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)


class AppointedDay(Base):
    """A day appointed for public thanksgiving or mourning: not a clear day (s.243(4))."""

    __tablename__ = "appointed_day"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    description: Mapped[str] = mapped_column(String(300), default="")


class ReviewSettings(Base):
    """How long before the agenda deadline the reminders fall, in days (one row)."""

    __tablename__ = "review_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reminder_days: Mapped[str] = mapped_column(String(100), default="42,14")
