"""Topic coverage of a version: the automatic mapping, with the clerk's corrections applied."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import TopicCorrection
from councildesk.errors import NotFoundError
from councildesk.rules.coverage import (
    TOPICS,
    TOPICS_BY_KEY,
    ClauseRef,
    Topic,
    apply_corrections,
    clause_refs,
    map_topics,
)
from councildesk.services import audit
from councildesk.services.protocol_tree import version_tree
from councildesk.services.protocols import get_version


@dataclass(frozen=True)
class TopicStatus:
    topic: Topic
    clause_keys: list[str]
    cites: list[str]
    corrected: bool

    @property
    def covered(self) -> bool:
        return bool(self.clause_keys)


@dataclass(frozen=True)
class Coverage:
    version_id: int
    topics: list[TopicStatus]
    clauses: list[ClauseRef]

    @property
    def missing(self) -> list[Topic]:
        return [status.topic for status in self.topics if not status.covered]


def coverage(session: Session, version_id: int) -> Coverage:
    version = get_version(session, version_id)
    clauses = clause_refs(version_tree(version))
    corrections = list(
        session.scalars(select(TopicCorrection).where(TopicCorrection.version_id == version_id))
    )
    added = [(c.topic_key, c.clause_key) for c in corrections if c.covers]
    removed = [(c.topic_key, c.clause_key) for c in corrections if not c.covers]
    mapping = apply_corrections(map_topics(clauses), added, removed)
    cite = {ref.key: ref.cite or ref.number or ref.key for ref in clauses}
    corrected_topics = {c.topic_key for c in corrections}
    topics = [
        TopicStatus(
            topic=topic,
            clause_keys=[m.clause for m in mapping.get(topic.key, [])],
            cites=[cite.get(m.clause, m.clause) for m in mapping.get(topic.key, [])],
            corrected=topic.key in corrected_topics,
        )
        for topic in TOPICS
    ]
    return Coverage(version_id, topics, clauses)


def set_covers(
    session: Session, version_id: int, topic_key: str, clause_key: str, covers: bool
) -> None:
    """The clerk's word on whether one clause covers one topic; it replaces any earlier word."""
    if topic_key not in TOPICS_BY_KEY:
        raise NotFoundError("That topic is not on the checklist.")
    get_version(session, version_id)
    found = session.scalars(
        select(TopicCorrection).where(
            TopicCorrection.version_id == version_id,
            TopicCorrection.topic_key == topic_key,
            TopicCorrection.clause_key == clause_key,
        )
    ).first()
    if found is None:
        session.add(
            TopicCorrection(
                version_id=version_id, topic_key=topic_key, clause_key=clause_key, covers=covers
            )
        )
    else:
        found.covers = covers
    audit.record(
        session, "coverage", "policy_version", version_id, f"{topic_key} {clause_key} {covers}"
    )
