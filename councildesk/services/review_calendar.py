"""The review schedule as an iCalendar file, for Outlook or any other calendar.

Each due date and each agenda deadline is an all-day event with an alarm. The UIDs are built
from the policy's id and the kind of event, not from the date, so importing a newer export
moves the events rather than adding copies beside the old ones; and each export's SEQUENCE is
higher than the last one's, which is what tells a calendar (Google's, Outlook's) that the event
it already holds has been revised and should be replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from icalendar import Alarm, Calendar, Event
from sqlalchemy.orm import Session

from councildesk.errors import CouncilDeskError
from councildesk.rules.dates import uk_date
from councildesk.services import council
from councildesk.services.reviews import ScheduleRow, schedule

PRODUCT_ID = "-//CouncilDesk//Review schedule//EN"
ALARM_DAYS_BEFORE = 7
_SEQUENCE_FROM = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _sequence(stamp: dt.datetime) -> int:
    """Seconds since 2026 at the export: a later export always revises an earlier one."""
    return max(0, int((stamp - _SEQUENCE_FROM).total_seconds()))


def _uid(council_name: str, row: ScheduleRow, kind: str) -> str:
    # The council's name keeps two councils' exports apart in one clerk's calendar.
    digest = hashlib.sha1(council_name.encode("utf-8")).hexdigest()[:10]
    return f"review-{kind}-{row.id}-{digest}@councildesk"


def _event(uid: str, day: dt.date, summary: str, description: str, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", _sequence(stamp))
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", description)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", dt.timedelta(days=-ALARM_DAYS_BEFORE))
    event.add_component(alarm)
    return event


def build_calendar(session: Session, today: dt.date, stamp: dt.datetime | None = None) -> Calendar:
    found = council.get_council(session)
    name = council.display_name(found)
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{name}: policy reviews")
    for row in schedule(session, today):
        if row.due_on is None:
            continue
        when = row.due.label
        calendar.add_component(
            _event(
                _uid(name, row, "due"),
                row.due_on,
                f"Review due: {row.policy}",
                f"The {row.policy} is due for review by the {row.body} ({when}). {row.reason}.",
                stamp,
            )
        )
        if row.meeting_on and row.agenda_deadline:
            calendar.add_component(
                _event(
                    _uid(name, row, "agenda"),
                    row.agenda_deadline,
                    f"Agenda deadline: review of {row.policy}",
                    f"Last day to send the summons for the {row.body} meeting on "
                    f"{uk_date(row.meeting_on)}, with the review of the {row.policy} on the "
                    "agenda (three clear days).",
                    stamp,
                )
            )
    return calendar


def write_calendar(session: Session, out: Path, today: dt.date) -> int:
    """Write the .ics file; return how many events it holds."""
    if out.is_dir():
        raise CouncilDeskError(f"{out} is a folder; give a file name such as reviews.ics.")
    calendar = build_calendar(session, today)
    data = calendar.to_ical()
    try:
        out.write_bytes(data)
    except OSError as error:
        raise CouncilDeskError(
            f"Could not write the calendar to {out}: {error.strerror or error}."
        ) from None
    return sum(1 for _ in calendar.walk("VEVENT"))
