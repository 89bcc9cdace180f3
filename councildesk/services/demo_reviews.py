"""The sample council's review schedule: a policy in every state the Reviews page shows and, for
the large sample, years of history across many more.

The responsible committees are passed in by name: they are the sample council's own, made in
services/demo.py before the policies that name them.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from councildesk.db.models import ReviewOutcome
from councildesk.rules.reviews import add_months
from councildesk.services import review_records
from councildesk.services.review_records import ReviewInput, ScheduleInput


def _months_back(today: dt.date, months: int, days: int = 0) -> dt.date:
    return add_months(today, -months) + dt.timedelta(days=days)


def seed_reviews(
    session: Session, today: dt.date, size: str, policy_and_resources: str, personnel: str
) -> None:
    """A register with a policy in every state: upcoming, due, overdue, as required, one
    awaiting the "biannually" answer, one with only a year, one brought forward by a change in
    the law, and one deferred."""

    def add(name: str, body: str, **settings: Any) -> int:
        return review_records.add_policy(session, name, ScheduleInput(body=body, **settings)).id

    def reviewed(policy_id: int, held_on: dt.date, minute: str) -> None:
        review_records.record_review(
            session,
            policy_id,
            ReviewInput(held_on, ReviewOutcome.UNCHANGED, minute_reference=minute),
            today,
        )

    # Due: the six-week reminder before its agenda deadline has already fallen.
    standing = add("Standing Orders", "Full Council", cycle_months=12)
    reviewed(standing, _months_back(today, 12, 40), "SO/1")
    # Overdue: a year and a month since its last review.
    money = add("Financial Regulations", policy_and_resources, cycle_months=12)
    reviewed(money, _months_back(today, 13), "FR/1")
    # As required, and on a change in the law.
    add("Code of Conduct", "Full Council", as_required=True, on_legal_change=True)
    # Waiting for the clerk to say what "biannually" means.
    complaints = add("Complaints Procedure", policy_and_resources)
    review_records.set_document_words(
        session, complaints, "reviewed biannually or when any legal changes arise"
    )
    # A year alone: due from 1 January, month not set.
    data = add("Data Protection Policy", policy_and_resources)
    review_records.set_document_words(
        session, data, f"Review date: {today.year + 1}", f"{today.year + 1}"
    )
    # Brought forward by a change in the law.
    grievance = add("Grievance Policy", personnel, cycle_months=36, on_legal_change=True)
    reviewed(grievance, _months_back(today, 14), "PC/12")
    review_records.record_law_change(
        session,
        today - dt.timedelta(days=20),
        "Employment Rights Act 2025: new rules on flexible working requests",
        ["Grievance Policy"],
    )
    # Upcoming: reviewed two months ago.
    safety = add("Health and Safety Policy", "Full Council", cycle_months=12)
    reviewed(safety, _months_back(today, 2), "HS/3")
    # Deferred to a later meeting, with the reason.
    scheme = add("Publication Scheme", "Full Council", cycle_months=24)
    reviewed(scheme, _months_back(today, 25), "PS/2")
    review_records.record_review(
        session,
        scheme,
        ReviewInput(
            today - dt.timedelta(days=14),
            ReviewOutcome.DEFERRED,
            deferred_to=add_months(today, 3),
            reason="Waiting for the ICO's revised model scheme",
        ),
        today,
    )
    if size == "large":
        _seed_many_reviews(today, add, reviewed, ["Full Council", policy_and_resources, personnel])


def _seed_many_reviews(
    today: dt.date,
    add: Callable[..., int],
    reviewed: Callable[[int, dt.date, str], None],
    bodies: list[str],
) -> None:
    """Years of history across many more policies, for timing the Reviews page."""
    rng = random.Random(11)
    for number in range(1, 61):
        policy_id = add(
            f"Operational Policy {number:02d}",
            bodies[number % 3],
            cycle_months=rng.choice((12, 24, 36)),
        )
        for years_ago in range(6, 0, -1):
            reviewed(
                policy_id, _months_back(today, 12 * years_ago, rng.randint(-60, 60)), f"OP/{number}"
            )
