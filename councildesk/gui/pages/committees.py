"""The Committees page: each committee, its chair, members and remit."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from councildesk.gui.dialogs.committee_dialog import CommitteeDialog
from councildesk.gui.pages.base import TablePage
from councildesk.gui.table_model import Column
from councildesk.services import committees, people
from councildesk.services.database import Session

MEMBER_NAMES, REMIT = 3, 4  # columns


@dataclass(frozen=True)
class CommitteeRow:
    id: int
    name: str
    chair: str
    member_count: int
    member_names: str
    remit: str


class CommitteesPage(TablePage):
    title = "Committees"
    icon_name = "committee"
    print_text = "&Print council directory…"
    prints_directory = True  # the directory lists what this page shows
    area = "committees"
    description = "The council's committees, who chairs them, who sits on them and what they do."
    noun = "committee"
    noun_plural = "committees"
    export_register = "committees"
    export_what = "the committees"

    def columns(self) -> Sequence[Column]:
        return (
            Column("Name", lambda r: r.name),
            Column("Chair", lambda r: r.chair),
            Column("Members", lambda r: r.member_count),
            Column("Member names", lambda r: r.member_names),
            Column("Remit", lambda r: r.remit),
        )

    def refresh(self) -> None:
        super().refresh()
        # Keep the table within the page: the remit, last, stretches to fill what is left, and
        # each cell's tooltip holds its full text.
        header = self.ui.table.horizontalHeader()
        header.resizeSection(MEMBER_NAMES, min(header.sectionSize(MEMBER_NAMES), 240))
        header.resizeSection(REMIT, 120)

    def load_rows(self, session: Session) -> list[CommitteeRow]:
        rows = []
        for committee in committees.list_committees(session):
            names = [p.name for p in people.by_surname(seat.person for seat in committee.members)]
            rows.append(
                CommitteeRow(
                    id=committee.id,
                    name=committee.name,
                    chair=committees.chair_of(committee),
                    member_count=len(names),
                    member_names=", ".join(names),
                    remit=" ".join(committee.remit.split()),
                )
            )
        return rows

    def open_editor(self, row_id: int | None) -> QDialog:
        return CommitteeDialog(self.context, row_id, self)

    def delete_row(self, session: Session, row: CommitteeRow) -> str:
        total = len(committees.get_committee(session, row.id).meetings)
        committees.delete_committee(session, row.id)
        return f"Deleted {row.name}" + (f" and its {_meetings(total)}." if total else ".")

    def delete_question(self, row: CommitteeRow) -> str:
        with self.context.db.session() as session:
            held = committees.get_committee(session, row.id).meetings
            total = len(held)
            ahead = sum(1 for m in held if m.held_on >= self.context.today())
        return delete_question(row.name, total, ahead)


def _meetings(count: int) -> str:
    return "1 meeting" if count == 1 else f"{count} meetings"


def delete_question(name: str, total: int, ahead: int) -> str:
    """The confirmation text: a committee's meetings and roles go with it."""
    if total == 0:
        goes = "Any roles tied to it, such as its chair, will be removed too."
    else:
        still = f" ({ahead} still to come)" if ahead else ""
        goes = (
            f"Its {_meetings(total)}{still} will be deleted from the calendar too, "
            "and any roles tied to it, such as its chair."
        )
    return f"Delete committee '{name}'?\n\n{goes} This cannot be undone."
