"""The notices each disclosure owes the other groups: finding one, marking it sent, those still
pending, and the Dashboard's reminder of each one not yet sent.

The notifications themselves are made with the disclosure, in services/disclosures.py; the
letters and e-mail drafts that carry them are services/disclosure_notices.py.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from councildesk.db.models import Disclosure, DisclosureNotification
from councildesk.errors import NotFoundError, Problem, ValidationError
from councildesk.rules.dates import uk_date
from councildesk.rules.disclosures import Method, NoticeStatus, describe_age, due_on, notice_status
from councildesk.services import audit
from councildesk.services.actions import Action, Urgency
from councildesk.services.disclosures import AREA, get_disclosure, given_phrase, notice_days


def get_notification(session: Session, notification_id: int) -> DisclosureNotification:
    found = session.get(DisclosureNotification, notification_id)
    if found is None:
        raise NotFoundError("That notification is no longer in the register.")
    return found


def find_notification(
    session: Session, disclosure_id: int, recipient: str
) -> DisclosureNotification:
    disclosure = get_disclosure(session, disclosure_id)
    wanted = recipient.strip().casefold()
    for notification in disclosure.notifications:
        if notification.recipient.casefold() == wanted:
            return notification
    owed = ", ".join(n.recipient for n in disclosure.notifications)
    owed_text = f"Those owed a notice are: {owed}." if owed else "It owes no notices."
    raise ValidationError(
        Problem(
            "group",
            f"'{recipient.strip()}' was not owed a notice for disclosure {disclosure_id}. "
            f"{owed_text}",
        )
    )


def mark_sent(
    session: Session,
    notification_id: int,
    sent_on: dt.date | None,
    method: Method,
    today: dt.date,
) -> DisclosureNotification:
    notification = get_notification(session, notification_id)
    given_on = notification.disclosure.given_on
    problems: list[Problem] = []
    if sent_on is None:
        problems.append(Problem("sent_on", "Enter the date the notice was sent."))
    elif sent_on < given_on:
        problems.append(
            Problem(
                "sent_on",
                f"A notice cannot be sent before the advice was given ({uk_date(given_on)}).",
            )
        )
    elif sent_on > today:
        problems.append(Problem("sent_on", "The date is in the future: mark it once it is sent."))
    if notification.sent_on is not None:
        problems.append(
            Problem(
                "sent_on",
                f"{notification.recipient} was already told on {uk_date(notification.sent_on)}.",
            )
        )
    if problems:
        raise ValidationError(problems)
    assert sent_on is not None
    notification.sent_on = sent_on
    notification.method = method.value
    session.flush()
    audit.record(
        session,
        "notify",
        "disclosure",
        notification.disclosure_id,
        f"{notification.recipient} told by {method.label.lower()} on {sent_on.isoformat()}",
    )
    return notification


def pending(session: Session, today: dt.date) -> list[DisclosureNotification]:
    """Notifications not yet sent, for disclosures still in force, oldest first."""
    query = (
        select(DisclosureNotification)
        .join(Disclosure)
        .where(DisclosureNotification.sent_on.is_(None), Disclosure.voided_on.is_(None))
        .options(selectinload(DisclosureNotification.disclosure))
        .order_by(Disclosure.given_on, DisclosureNotification.id)
    )
    return list(session.scalars(query))


# --- the Dashboard ------------------------------------------------------------------------------


def actions(session: Session, today: dt.date) -> list[Action]:
    """Each notice not yet sent, dated by when it falls due; overdue ones stand out."""
    days = notice_days(session)
    out = []
    for notification in pending(session, today):
        disclosure = notification.disclosure
        due = due_on(disclosure.given_on, days)
        overdue = notice_status(disclosure.given_on, None, today, days) is NoticeStatus.OVERDUE
        age = describe_age(disclosure.given_on, today)
        out.append(
            Action(
                when=due,
                what=(
                    f"Tell {notification.recipient} of "
                    f"{given_phrase(disclosure.form, disclosure.group_name)} on "
                    f"{uk_date(disclosure.given_on)} ({age})"
                ),
                urgency=Urgency.OVERDUE if overdue else Urgency.DUE,
                area=AREA,
                record_id=disclosure.id,
            )
        )
    return out
