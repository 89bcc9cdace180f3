"""The council at a glance, for the Dashboard page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from councildesk.db.models import Committee, Meeting, Person, PersonKind, PoliticalGroup
from councildesk.errors import NotFoundError
from councildesk.services import (
    acknowledgements,
    backups,
    complaints,
    disclosure_notifications,
    protocols,
    reviews,
    subject_access,
)
from councildesk.services.actions import Action, Urgency, in_order
from councildesk.services.meetings import upcoming
from councildesk.services.people import is_current


@dataclass(frozen=True)
class Summary:
    councillors: int
    vacancies_note: str
    officers: int
    groups: int
    committees: int
    meetings_ahead: int
    next_meetings: list[Meeting]


def summary(session: Session, today: dt.date) -> Summary:
    people = list(session.scalars(select(Person)))
    councillors = [p for p in people if p.kind is PersonKind.COUNCILLOR and is_current(p, today)]
    officers = [p for p in people if p.kind is PersonKind.OFFICER and is_current(p, today)]
    ended = sum(
        1 for p in people if p.kind is PersonKind.COUNCILLOR and p.end_on and p.end_on < today
    )
    groups = session.scalar(select(func.count()).select_from(PoliticalGroup)) or 0
    committees = session.scalar(select(func.count()).select_from(Committee)) or 0
    ahead = session.scalar(
        select(func.count()).select_from(Meeting).where(Meeting.held_on >= today)
    )
    note = f"{ended} former councillor{'s' if ended != 1 else ''} on record" if ended else ""
    return Summary(
        councillors=len(councillors),
        vacancies_note=note,
        officers=len(officers),
        groups=groups,
        committees=committees,
        meetings_ahead=ahead or 0,
        next_meetings=upcoming(session, today, limit=6),
    )


@dataclass(frozen=True)
class ProtocolReceipts:
    """Who has not yet confirmed receiving the adopted protocol."""

    version_label: str | None
    outstanding: list[str]
    version_id: int | None = None


def protocol_receipts(session: Session, today: dt.date) -> ProtocolReceipts:
    try:
        policy = protocols.find_policy(session)
    except NotFoundError:
        return ProtocolReceipts(None, [])
    adopted = [v for v in policy.versions if v.status is protocols.VersionStatus.ADOPTED]
    if not adopted:
        return ProtocolReceipts(None, [])
    version = adopted[-1]
    label = protocols.version_label(version.number, version.status, version.adopted_on)
    outstanding = acknowledgements.outstanding(session, version.id, today)
    return ProtocolReceipts(label, outstanding, version.id)


def receipts_actions(session: Session, today: dt.date) -> list[Action]:
    """Councillors who have not confirmed receiving the adopted protocol: one line to chase."""
    receipts = protocol_receipts(session, today)
    if receipts.version_label is None or not receipts.outstanding:
        return []
    count = len(receipts.outstanding)
    who = "councillor has" if count == 1 else "councillors have"
    return [
        Action(
            when=None,
            what=f"{count} {who} not yet confirmed receiving the protocol, "
            f"{receipts.version_label}",
            urgency=Urgency.INFO,
            area="protocol",
            record_id=receipts.version_id,
        )
    ]


ActionProvider = Callable[[Session, dt.date], list[Action]]

# Every register's to-dos, merged on the Dashboard, in the tray and by the reminder agent.
PROVIDERS: Sequence[ActionProvider] = (
    receipts_actions,
    reviews.actions,
    complaints.actions,
    disclosure_notifications.actions,
    subject_access.actions,
    backups.actions,
)


def actions(session: Session, today: dt.date) -> list[Action]:
    """What needs doing across every register, by date."""
    return in_order([action for provider in PROVIDERS for action in provider(session, today)])
