"""The duty to tell the other political groups, as pure rules over plain values.

When the clerk reports to, or advises, one political group, every other group active on that
day must be told that it happened (and, if the council so chooses, the councillors who belong to
no group). A notice not sent within a set number of working days is overdue.

Pure: plain values in and out, no I/O.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from councildesk.rules.working_days import Nation, add_working_days, working_days_between

DEFAULT_NOTICE_DAYS: Final = 5


class Form(enum.StrEnum):
    """How the advice was given."""

    REPORT = "report"
    ADVICE = "advice"
    ATTENDANCE = "attendance"

    @property
    def label(self) -> str:
        return FORM_LABELS[self]


FORM_LABELS: Final = {
    Form.REPORT: "Written report",
    Form.ADVICE: "Oral advice",
    Form.ATTENDANCE: "Attendance at a group meeting",
}


class Method(enum.StrEnum):
    """How a group was told."""

    EMAIL = "email"
    LETTER = "letter"
    MEETING = "meeting"

    @property
    def label(self) -> str:
        return METHOD_LABELS[self]


METHOD_LABELS: Final = {
    Method.EMAIL: "E-mail",
    Method.LETTER: "Letter",
    Method.MEETING: "At a meeting",
}


class NoticeStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class GroupSpan:
    """A political group and the days it existed (either end open)."""

    id: int
    name: str
    active_from: dt.date | None = None
    active_to: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        """A group exists on the day it forms and on the day it dissolves."""
        started = self.active_from is None or self.active_from <= day
        not_ended = self.active_to is None or day <= self.active_to
        return started and not_ended


@dataclass(frozen=True)
class Councillor:
    """A councillor who may be owed a notice because they belong to no group."""

    id: int
    name: str


@dataclass(frozen=True)
class Recipient:
    """Who must be told: a group, or one councillor in no group."""

    name: str
    group_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class Obligation:
    """Who must be told of a disclosure, and, when nobody must, why not."""

    recipients: tuple[Recipient, ...]
    reason_none: str = ""


def groups_to_tell(
    groups: Sequence[GroupSpan],
    advised_group_id: int,
    day: dt.date,
    unaffiliated: Sequence[Councillor] = (),
) -> Obligation:
    """Every other group active on ``day``, by name, then each councillor in ``unaffiliated``
    (the caller passes them only when the council's setting asks for it)."""
    others = sorted(
        (g for g in groups if g.id != advised_group_id and g.active_on(day)),
        key=lambda g: g.name.casefold(),
    )
    recipients = [Recipient(g.name, group_id=g.id) for g in others]
    recipients += [
        Recipient(c.name, person_id=c.id) for c in sorted(unaffiliated, key=lambda c: c.name)
    ]
    if recipients:
        return Obligation(tuple(recipients))
    if any(g.id != advised_group_id for g in groups):
        reason = "no other political group existed on that date"
    else:
        reason = "it is the only political group on the council"
    return Obligation((), f"No other group needs to be told: {reason}.")


def due_on(
    given_on: dt.date, days: int = DEFAULT_NOTICE_DAYS, nation: Nation = Nation.ENGLAND
) -> dt.date:
    """The last day a notice may be sent: ``days`` working days after the advice was given."""
    return add_working_days(given_on, days, nation)


def notice_status(
    given_on: dt.date,
    sent_on: dt.date | None,
    today: dt.date,
    days: int = DEFAULT_NOTICE_DAYS,
    nation: Nation = Nation.ENGLAND,
) -> NoticeStatus:
    """Sent once it has a date; overdue once today is past the working-day limit; else pending."""
    if sent_on is not None:
        return NoticeStatus.SENT
    if today > due_on(given_on, days, nation):
        return NoticeStatus.OVERDUE
    return NoticeStatus.PENDING


def age_in_working_days(given_on: dt.date, today: dt.date, nation: Nation = Nation.ENGLAND) -> int:
    """How many working days a notice has waited since the advice was given (never negative)."""
    return max(0, working_days_between(given_on, today, nation))


def describe_age(given_on: dt.date, today: dt.date, nation: Nation = Nation.ENGLAND) -> str:
    age = age_in_working_days(given_on, today, nation)
    return f"{age} working day{'s' if age != 1 else ''}"
