"""Disclosures (issue 12): reports and advice to political groups, and the notices owed."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from councildesk.db.models.base import Base


class DisclosureSettings(Base):
    """The council's choices for the party-group register (one row)."""

    __tablename__ = "disclosure_settings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Whether councillors who belong to no group are told too, as the groups are.
    notify_unaffiliated: Mapped[bool] = mapped_column(Boolean, default=False)
    notice_working_days: Mapped[int] = mapped_column(Integer, default=5)


class Disclosure(Base):
    """A report or advice given to one political group. Never deleted once any other group has
    been told of it: voided with a reason instead, and kept in the register."""

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    given_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # The names are kept as given, so the register still says who and to whom if the person or
    # group is later removed from the council's lists.
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    officer_name: Mapped[str] = mapped_column(String(200), default="")
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("political_group.id", ondelete="SET NULL")
    )
    group_name: Mapped[str] = mapped_column(String(200))
    matter: Mapped[str] = mapped_column(String(300))
    form: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text, default="")
    # The written report itself, copied in, so the register keeps it if the file moves.
    report_name: Mapped[str] = mapped_column(String(300), default="")
    report_data: Mapped[bytes | None] = mapped_column(LargeBinary)
    report_text: Mapped[str] = mapped_column(Text, default="")
    # The advice-language check: its findings as JSON, and the clerk's reason to go ahead.
    check_findings: Mapped[str] = mapped_column(Text, default="")
    checked: Mapped[bool] = mapped_column(Boolean, default=False)
    proceed_reason: Mapped[str] = mapped_column(Text, default="")
    # The officer checked the group's own note of the advice attributed to them.
    verified_on: Mapped[dt.date | None] = mapped_column(Date)
    verification_note: Mapped[str] = mapped_column(Text, default="")
    voided_on: Mapped[dt.date | None] = mapped_column(Date)
    void_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    notifications: Mapped[list[DisclosureNotification]] = relationship(
        back_populates="disclosure",
        cascade="all, delete-orphan",
        order_by="DisclosureNotification.id",
        passive_deletes=True,
    )


class DisclosureNotification(Base):
    """One group (or one councillor in no group) to be told that a disclosure was made."""

    __tablename__ = "disclosure_notification"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    disclosure_id: Mapped[int] = mapped_column(
        ForeignKey("disclosure.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("political_group.id", ondelete="SET NULL")
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    recipient: Mapped[str] = mapped_column(String(200))
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20), default="")

    disclosure: Mapped[Disclosure] = relationship(back_populates="notifications")
