"""Which reminder of a review notifies on a given day, and the first day one will.

A review's reminders fall before its due date; from the first of them it notifies every day,
under the key of the latest reminder fallen, until the clerk acknowledges that reminder (or
snoozes it), and the next reminder, or the due date passing, notifies afresh. The log-in agent
keeps the first day anything will notify, so that on the days before it needs to look at nothing
else (services/reminder_horizon.py).

Pure rules over plain values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from councildesk.rules.reviews import Status, current_reminder, status

# A reminder: the due date, and the reminder date (the due date itself once overdue).
NoticeKey = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class Silence:
    """What the clerk did about one reminder."""

    acknowledged_on: dt.date | None = None
    snoozed_until: dt.date | None = None

    def holds_on(self, day: dt.date) -> bool:
        return self.acknowledged_on is not None or (
            self.snoozed_until is not None and self.snoozed_until > day
        )


def notice_key(due_on: dt.date, reminders: Sequence[dt.date], day: dt.date) -> NoticeKey | None:
    """The reminder in force on ``day``, or None while the review is only upcoming."""
    state = status(due_on, reminders, day)
    if state is Status.UPCOMING:
        return None
    remind_on = current_reminder(reminders, day)
    if state is Status.OVERDUE or remind_on is None:
        return due_on, due_on
    return due_on, remind_on


def notifies(
    due_on: dt.date,
    reminders: Sequence[dt.date],
    silences: Mapping[NoticeKey, Silence],
    day: dt.date,
) -> bool:
    key = notice_key(due_on, reminders, day)
    if key is None:
        return False
    silence = silences.get(key)
    return silence is None or not silence.holds_on(day)


def first_notice_on(
    due_on: dt.date,
    reminders: Sequence[dt.date],
    silences: Mapping[NoticeKey, Silence],
    since: dt.date,
) -> dt.date | None:
    """The first day on or after ``since`` on which the review notifies; None if, as things
    stand, it never will (every reminder from here on acknowledged).

    Whether it notifies changes only on a reminder date, the due date, the day after it and the
    end of a snooze, so those days (and ``since``) are the only ones to try; after the last of
    them nothing changes any more.
    """
    turns = {since, due_on, due_on + dt.timedelta(days=1), *reminders}
    turns.update(s.snoozed_until for s in silences.values() if s.snoozed_until is not None)
    for day in sorted(d for d in turns if d >= since):
        if notifies(due_on, reminders, silences, day):
            return day
    return None
