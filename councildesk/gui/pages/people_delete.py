"""Deleting a person: say what goes with them, and offer to end their term instead."""

from __future__ import annotations

import datetime as dt
import enum

from PySide6.QtWidgets import QMessageBox, QWidget

from councildesk.rules.dates import uk_date
from councildesk.services.people import PersonRecords

_LISTED = 8  # more than this of one kind is summed up, so the box fits on the screen


class PersonRemoval(enum.Enum):
    END_TERM = "end term"
    DELETE = "delete"


def _listed(heading: str, items: list[str]) -> list[str]:
    if not items:
        return []
    shown = [f"  • {item}" for item in items[:_LISTED]]
    if len(items) > _LISTED:
        shown.append(f"  • and {len(items) - _LISTED} more")
    return [heading, *shown]


def delete_question(records: PersonRecords, today: dt.date) -> str:
    """The confirmation: what is deleted with the person, and the gentler choice."""
    lines = [f"Delete {records.name} for good?"]
    goes = [
        *_listed("Their receipts of policies:", records.receipts),
        *_listed("Their seats on committees:", records.committees),
        *_listed("Their roles:", records.roles),
        *_listed("Their political group memberships, past and present:", records.groups),
    ]
    if goes:
        lines += ["", "These records go with them:", *goes]
    else:
        lines += ["", "Nothing else is recorded against them."]
    lines += ["", "Deleting cannot be undone."]
    if records.serving:
        ending = "term of office" if records.is_councillor else "employment"
        lines += [
            "",
            f"If they have left, end their {ending} instead: it ends on {uk_date(today)}, "
            "they drop out of the lists of who serves now, and every record above is kept.",
        ]
    return "\n".join(lines)


def ask_how_to_remove(
    parent: QWidget, records: PersonRecords, today: dt.date
) -> PersonRemoval | None:
    """Ask, with ending the term as the usual (default) choice; None if the clerk cancels."""
    question, _, details = delete_question(records, today).partition("\n\n")
    box = QMessageBox(QMessageBox.Icon.Warning, "Delete person", question, parent=parent)
    box.setInformativeText(details)
    end = None
    if records.serving:
        label = "End their term" if records.is_councillor else "End their employment"
        end = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
    delete = box.addButton("Delete for good", QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(end or cancel)
    for button in box.buttons():
        button.setAccessibleName(button.text())
    box.exec()
    clicked = box.clickedButton()
    if end is not None and clicked is end:
        return PersonRemoval.END_TERM
    if clicked is delete:
        return PersonRemoval.DELETE
    return None
