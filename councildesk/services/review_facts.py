"""Filling a policy's review schedule from what its document says, on import and adoption.

Kept apart from services/reviews so that services/protocols can call it without a circle.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import (
    Committee,
    PolicyVersion,
    ReviewOutcome,
    ReviewSchedule,
)
from councildesk.db.models import PolicyReview as PolicyReview
from councildesk.rules.reviews import read_wording


def schedule_for(session: Session, policy_id: int) -> ReviewSchedule:
    """The policy's schedule, made (empty) if it has none yet."""
    found = session.scalars(
        select(ReviewSchedule).where(ReviewSchedule.policy_id == policy_id)
    ).first()
    if found is None:
        found = blank_schedule(policy_id)
        session.add(found)
        session.flush()
    return found


def blank_schedule(policy_id: int) -> ReviewSchedule:
    """A schedule that says nothing yet (not added to any session)."""
    return ReviewSchedule(
        policy_id=policy_id,
        on_legal_change=False,
        as_required=False,
        doc_text="",
        doc_body_text="",
        override_reason="",
    )


def _normalised(name: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", " ", name.lower().replace("&", " and ")).split()
    return " ".join(word for word in words if word != "the")


def committee_named(session: Session, words: str) -> Committee | None:
    """The committee the document names ("Policy & Resources Committee"), if there is one."""
    wanted = _normalised(words)
    if not wanted:
        return None
    for committee in session.scalars(select(Committee)):
        if _normalised(committee.name) == wanted:
            return committee
    return None


def apply_document_facts(session: Session, version: PolicyVersion, *, adopted: bool) -> None:
    """Take the review wording and body from a version's document-control facts.

    An import fills a schedule that says nothing yet; an adoption makes the adopted document's
    words the ones the schedule follows (the council has just agreed them), asking again about
    any wording the rules cannot read. Settings the clerk made are kept when the words are the
    same as before.
    """
    schedule = schedule_for(session, version.policy_id)
    words, iso = version.doc_next_review_text, version.doc_next_review_iso
    changed = (words, iso) != (schedule.doc_text, schedule.doc_iso)
    if (words or iso) and changed and (adopted or not (schedule.doc_text or schedule.doc_iso)):
        reading = read_wording(words, iso)
        schedule.doc_text, schedule.doc_iso = words, iso
        schedule.question = reading.question
        if reading.cycle_months or reading.question:
            schedule.cycle_months = reading.cycle_months
        schedule.as_required = reading.as_required
        schedule.on_legal_change = schedule.on_legal_change or reading.on_legal_change
    body = version.doc_reviewing_body
    if body and (adopted or not schedule.doc_body_text):
        schedule.doc_body_text = body
        named = committee_named(session, body)
        if named is not None or _normalised(body) in {"full council", "council"}:
            schedule.committee = named
    session.flush()


def close_amendments(session: Session, version: PolicyVersion) -> None:
    """Adopting a version closes any review that amended the policy and was waiting for it."""
    open_reviews = session.scalars(
        select(PolicyReview).where(
            PolicyReview.policy_id == version.policy_id,
            PolicyReview.outcome == ReviewOutcome.AMENDED,
            PolicyReview.closed_on.is_(None),
        )
    )
    for review in open_reviews:
        review.closed_on = version.adopted_on
        review.version_id = version.id
    session.flush()
