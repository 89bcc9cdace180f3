"""The protocol and other policies: versions with their text as a tree of nodes, councillors'
receipts of a version, and the clerk's topic corrections."""

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
from councildesk.db.models.council import Person


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
        stored_enum(VersionStatus),
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
