"""The Meetings page: the calendar of Full Council and committee meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from councildesk.gui.dialogs.meeting_dialog import MeetingDialog
from councildesk.gui.pages.base import TablePage
from councildesk.gui.table_model import Column
from councildesk.rules.dates import uk_date, weekday_name
from councildesk.services import meetings
from councildesk.services.database import Session


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: dt.date
    day: str
    starts_at: dt.time | None
    body: str
    venue: str
    notes: str
    coming_up: bool


class MeetingsPage(TablePage):
    title = "Meetings"
    icon_name = "meetings"
    area = "meetings"
    description = (
        "Dates of Full Council and committee meetings. Type a committee's name in the filter "
        "to see only its meetings."
    )
    noun = "meeting"
    noun_plural = "meetings"
    export_register = "meetings"
    export_what = "the meetings calendar"
    scopes = (
        ("Coming up", lambda row: row.coming_up),
        ("Past", lambda row: not row.coming_up),
        ("All", None),
    )

    def columns(self) -> Sequence[Column]:
        return (
            Column("Date", lambda r: r.held_on),
            Column("Day", lambda r: r.day),
            Column("Time", lambda r: r.starts_at),
            Column("Body", lambda r: r.body),
            Column("Venue", lambda r: r.venue),
            Column("Notes", lambda r: r.notes),
        )

    def load_rows(self, session: Session) -> list[MeetingRow]:
        today = self.context.today()
        return [
            MeetingRow(
                id=meeting.id,
                held_on=meeting.held_on,
                day=weekday_name(meeting.held_on),
                starts_at=meeting.starts_at,
                body=meeting.body_name,
                venue=meeting.venue,
                notes=" ".join(meeting.notes.split()),
                coming_up=meeting.held_on >= today,
            )
            for meeting in meetings.list_meetings(session)
        ]

    def describe(self, row: MeetingRow) -> str:
        return f"{row.body} on {uk_date(row.held_on)}"

    def open_editor(self, row_id: int | None) -> QDialog:
        return MeetingDialog(self.context, row_id, self)

    def delete_row(self, session: Session, row: MeetingRow) -> str:
        meetings.delete_meeting(session, row.id)
        return f"Deleted the {row.body} meeting on {uk_date(row.held_on)}."
