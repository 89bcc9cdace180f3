"""The ORM models: the truth about what CouncilDesk stores.

Dates are stored as ISO dates (SQLAlchemy's Date type does this on SQLite). Every change to
this file needs an Alembic revision in migrations/versions.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so Alembic's batch mode on SQLite can find them again later.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


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
    kind: Mapped[CouncilKind] = mapped_column(
        Enum(
            CouncilKind,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )
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
    kind: Mapped[PersonKind] = mapped_column(
        Enum(
            PersonKind, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e]
        )
    )
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


class VersionStatus(enum.StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"
    SUPERSEDED = "superseded"


class Policy(Base):
    """A named document the council adopts: the Member/Officer Protocol first, then others."""

    __tablename__ = "policy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)

    versions: Mapped[list[PolicyVersion]] = relationship(
        back_populates="policy",
        cascade="all, delete-orphan",
        order_by="PolicyVersion.number",
        passive_deletes=True,
    )


class PolicyVersion(Base):
    """One version of a policy's text. Adopted versions are superseded, never changed."""

    __tablename__ = "policy_version"
    __table_args__ = (UniqueConstraint("policy_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[VersionStatus] = mapped_column(
        Enum(
            VersionStatus,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=VersionStatus.DRAFT,
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    # Set by the clerk's "Adopt": the meeting's date and minute reference.
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    minute_reference: Mapped[str] = mapped_column(String(100), default="")
    # What the document itself said, kept in its own words beside the ISO value at the
    # precision it gave ("2027", "2022-02", "2022-07-28").
    doc_adopted_text: Mapped[str] = mapped_column(String(300), default="")
    doc_adopted_iso: Mapped[str | None] = mapped_column(String(10))
    doc_reviewed_text: Mapped[str] = mapped_column(String(300), default="")
    doc_reviewed_iso: Mapped[str | None] = mapped_column(String(10))
    doc_next_review_text: Mapped[str] = mapped_column(String(300), default="")
    doc_next_review_iso: Mapped[str | None] = mapped_column(String(10))
    doc_reviewing_body: Mapped[str] = mapped_column(String(200), default="")
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    policy: Mapped[Policy] = relationship(back_populates="versions")
    nodes: Mapped[list[PolicyNode]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        order_by="PolicyNode.seq",
        passive_deletes=True,
    )


class PolicyNode(Base):
    """A section, heading, clause, bullet or paragraph of one version, in document order."""

    __tablename__ = "policy_node"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("policy_version.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("policy_node.id", ondelete="CASCADE"))
    # Position in the whole document (depth first), so a version loads in one ordered query.
    seq: Mapped[int] = mapped_column(Integer)
    depth: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(50), default="")
    heading: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[PolicyVersion] = relationship(back_populates="nodes")
    parent: Mapped[PolicyNode | None] = relationship(remote_side=[id])


class Acknowledgement(Base):
    """A councillor's confirmation that they received and read one version."""

    __tablename__ = "acknowledgement"
    __table_args__ = (UniqueConstraint("person_id", "version_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(ForeignKey("policy_version.id", ondelete="CASCADE"))
    received_on: Mapped[dt.date] = mapped_column(Date)

    person: Mapped[Person] = relationship()
    version: Mapped[PolicyVersion] = relationship()


class TopicCorrection(Base):
    """The clerk's correction of the automatic topic mapping for one version."""

    __tablename__ = "topic_correction"
    __table_args__ = (UniqueConstraint("version_id", "topic_key", "clause_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("policy_version.id", ondelete="CASCADE"))
    topic_key: Mapped[str] = mapped_column(String(50))
    clause_key: Mapped[str] = mapped_column(String(50))
    covers: Mapped[bool] = mapped_column(Boolean)


# --- Complaints casebook (issue 13) ---------------------------------------------------------
# What a case says, and who is in it, is sealed (AES-GCM under the casebook's data key; see
# services/casebook_crypto.py). Only what the Dashboard and the public summary need is in the
# clear: the reference, route, dates, stage and outcome category.


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


# --- Review schedule (issue 11) --------------------------------------------------------------


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
    outcome: Mapped[ReviewOutcome] = mapped_column(
        Enum(
            ReviewOutcome,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        )
    )
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


# --- Disclosures: reports and advice to political groups (issue 12) ------------------------------


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


# --- The log-in reminder agent's horizon (issue 11) --------------------------------------------


class ReminderHorizon(Base):
    """The first day the log-in agent has a reminder to show (one row, or none).

    Worked out at each commit that changed what reminders depend on; triggers on those tables
    delete the row (db/horizon.py), so a missing row means "not known: work it out in full".
    """

    __tablename__ = "reminder_horizon"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    computed_on: Mapped[dt.date] = mapped_column(Date)
    # None: nothing will notify, whatever the date, until something changes.
    quiet_until: Mapped[dt.date | None] = mapped_column(Date)
    # The CouncilDesk that worked it out: another version may read the schedule differently.
    computed_by: Mapped[str] = mapped_column(String(50))
