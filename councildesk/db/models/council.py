"""The council and its people: councillors and officers, their roles, committees, political
groups and memberships over time, and the meetings of Full Council and committees."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from councildesk.db.models.base import Base, stored_enum


class CouncilKind(enum.StrEnum):
    PARISH = "parish"
    TOWN = "town"
    COMMUNITY = "community"


class PersonKind(enum.StrEnum):
    COUNCILLOR = "councillor"
    OFFICER = "officer"


class Council(Base):
    __tablename__ = "council"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CouncilKind] = mapped_column(stored_enum(CouncilKind))
    clerk_title: Mapped[str] = mapped_column(String(100), default="Clerk")
    principal_council: Mapped[str] = mapped_column(String(200), default="")
    monitoring_officer_name: Mapped[str] = mapped_column(String(200), default="")
    monitoring_officer_email: Mapped[str] = mapped_column(String(200), default="")
    monitoring_officer_phone: Mapped[str] = mapped_column(String(50), default="")
    monitoring_officer_address: Mapped[str] = mapped_column(Text, default="")
    # A made-up council to explore with: the window title and every printout say SAMPLE.
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Person(Base):
    """A councillor or an officer. Fields that belong to only one kind stay empty for the other."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[PersonKind] = mapped_column(stored_enum(PersonKind))
    # The name as shown and printed ("Cllr Jane Smith"), kept equal to its parts below by
    # services.people; lists sort by surname, then forenames.
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(50), default="")
    forenames: Mapped[str] = mapped_column(String(200), default="")
    surname: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    # Councillors
    ward: Mapped[str] = mapped_column(String(200), default="")
    # Officers
    post: Mapped[str] = mapped_column(String(200), default="")
    # Term of office for a councillor, employment for an officer.
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)

    roles: Mapped[list[Role]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Role.id"
    )
    group_memberships: Mapped[list[GroupMembership]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="GroupMembership.start_on"
    )
    committee_seats: Mapped[list[CommitteeMember]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )


class Committee(Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    remit: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[CommitteeMember]] = relationship(
        back_populates="committee", cascade="all, delete-orphan"
    )
    # A committee's meetings go with it; they must never quietly become Full Council meetings.
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="committee", cascade="all, delete-orphan", passive_deletes=True
    )


class CommitteeMember(Base):
    __tablename__ = "committee_member"
    __table_args__ = (UniqueConstraint("committee_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))

    committee: Mapped[Committee] = relationship(back_populates="members")
    person: Mapped[Person] = relationship(back_populates="committee_seats")


class Role(Base):
    """A role a person holds: Chair, Vice-Chair, Mayor, or the chair of one committee."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    committee_id: Mapped[int | None] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"))

    person: Mapped[Person] = relationship(back_populates="roles")
    committee: Mapped[Committee | None] = relationship()


class PoliticalGroup(Base):
    __tablename__ = "political_group"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    active_from: Mapped[dt.date | None] = mapped_column(Date)
    active_to: Mapped[dt.date | None] = mapped_column(Date)

    memberships: Mapped[list[GroupMembership]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="GroupMembership.start_on"
    )


class GroupMembership(Base):
    """A councillor's membership of one political group, from one date to another (open-ended)."""

    __tablename__ = "group_membership"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    group_id: Mapped[int] = mapped_column(ForeignKey("political_group.id", ondelete="CASCADE"))
    start_on: Mapped[dt.date | None] = mapped_column(Date)
    end_on: Mapped[dt.date | None] = mapped_column(Date)

    person: Mapped[Person] = relationship(back_populates="group_memberships")
    group: Mapped[PoliticalGroup] = relationship(back_populates="memberships")


class Meeting(Base):
    """A meeting of Full Council (no committee) or of one committee."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    committee_id: Mapped[int | None] = mapped_column(ForeignKey("committee.id", ondelete="CASCADE"))
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    starts_at: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    committee: Mapped[Committee | None] = relationship(back_populates="meetings")

    @property
    def body_name(self) -> str:
        return self.committee.name if self.committee else FULL_COUNCIL


FULL_COUNCIL = "Full Council"
