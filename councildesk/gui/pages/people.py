"""The People page: councillors and officers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from councildesk.errors import CouncilDeskError
from councildesk.gui.dialogs.person_dialog import PersonDialog
from councildesk.gui.messages import show_error
from councildesk.gui.pages.base import TablePage
from councildesk.gui.pages.people_delete import PersonRemoval, ask_how_to_remove
from councildesk.gui.table_model import Column
from councildesk.rules.dates import uk_date
from councildesk.services import people
from councildesk.services.database import Session
from councildesk.services.groups import group_on
from councildesk.services.people import PersonKind


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    sort_name: str  # surname, forenames, title: the order of every list of people
    kind: str
    ward_or_post: str
    group: str
    roles: str
    start_on: dt.date | None
    end_on: dt.date | None
    email: str
    phone: str
    current: bool


class PeoplePage(TablePage):
    title = "People"
    icon_name = "people"
    area = "people"
    description = "Councillors and officers, with their wards or posts, groups and roles."
    noun = "person"
    noun_plural = "people"
    export_register = "people"
    export_what = "the people"
    print_text = "&Print council directory…"
    prints_directory = True  # the directory lists what this page shows
    scopes = (
        ("Everyone serving now", lambda row: row.current),
        ("Councillors serving now", lambda row: row.current and row.kind == "Councillor"),
        ("Officers employed now", lambda row: row.current and row.kind == "Officer"),
        ("Everyone, including former", None),
    )

    def columns(self) -> Sequence[Column]:
        return (
            Column("Name", lambda r: r.name, sort=lambda r: r.sort_name),
            # The ward or post already tells the two apart; the scopes choose between them.
            Column("Councillor or officer", lambda r: r.kind, optional=True, hidden_at_first=True),
            Column("Ward or post", lambda r: r.ward_or_post),
            Column("Group", lambda r: r.group),
            Column("Roles", lambda r: r.roles, optional=True),
            Column("From", lambda r: r.start_on, optional=True, hidden_at_first=True),
            Column("To", lambda r: r.end_on, optional=True, hidden_at_first=True),
            Column("Email", lambda r: r.email, optional=True),
            Column("Telephone", lambda r: r.phone, optional=True),
        )

    def load_rows(self, session: Session) -> list[PersonRow]:
        today = self.context.today()
        rows = []
        for person in people.list_people(session):
            councillor = person.kind is PersonKind.COUNCILLOR
            rows.append(
                PersonRow(
                    id=person.id,
                    name=person.name,
                    sort_name="\0".join(people.surname_key(person)),
                    kind="Councillor" if councillor else "Officer",
                    ward_or_post=person.ward if councillor else person.post,
                    group=group_on(person, today) if councillor else "",
                    roles=", ".join(people.role_label(r) for r in person.roles),
                    start_on=person.start_on,
                    end_on=person.end_on,
                    email=person.email,
                    phone=person.phone,
                    current=people.is_current(person, today),
                )
            )
        return rows

    def open_editor(self, row_id: int | None) -> QDialog:
        return PersonDialog(self.context, row_id, self)

    def delete_row(self, session: Session, row: PersonRow) -> str:
        people.delete_person(session, row.id)
        return f"Deleted {row.name}."

    def delete_selected(self) -> None:
        """Say what goes with the person, and offer ending their term as the usual choice."""
        row = self.selected_row()
        if row is None:
            return
        today = self.context.today()
        try:
            with self.context.db.session() as session:
                records = people.records_of(session, row.id, today)
        except CouncilDeskError as error:
            show_error(self, "Not deleted", str(error))
            self.refresh()
            return
        chosen = ask_how_to_remove(self, records, today)
        if chosen is PersonRemoval.DELETE:
            self.delete_now(row)
        elif chosen is PersonRemoval.END_TERM:
            self._end_term(row, today)

    def _end_term(self, row: PersonRow, today: dt.date) -> None:
        try:
            with self.context.db.transaction() as session:
                people.end_term(session, row.id, today)
        except CouncilDeskError as error:
            show_error(self, "Not changed", str(error))
            return
        self.refresh()
        self.data_changed.emit()
        ending = "term" if row.kind == "Councillor" else "employment"
        self.status.emit(f"Ended the {ending} of {row.name} on {uk_date(today)}; records kept.")
