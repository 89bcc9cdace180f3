"""Adding a councillor to a political group from a date, or ending a membership."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from councildesk.errors import Problem, ValidationError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_membership_dialog import Ui_MembershipDialog
from councildesk.rules.dates import uk_date
from councildesk.services import groups, people
from councildesk.services.database import Session
from councildesk.services.people import PersonKind


class MembershipDialog(FormDialog):
    """With no ``membership_id`` it adds a councillor to the group; with one, it asks only for
    the date that membership ends."""

    def __init__(
        self,
        context: AppContext,
        group_id: int,
        parent: QWidget | None = None,
        *,
        membership_id: int | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.group_id = group_id
        self.membership_id = membership_id
        self.saved_id: int | None = membership_id
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        today = context.today()
        self.person_name = ""
        self.start_on: dt.date | None = None
        with context.db.session() as session:
            self.group_name = groups.get_group(session, group_id).name
            if membership_id is None:
                for person in people.list_people(session, PersonKind.COUNCILLOR):
                    if people.is_current(person, today):
                        ui.councillorCombo.addItem(person.name, person.id)
            else:
                membership = groups.get_membership(session, membership_id)
                self.person_name = membership.person.name
                ui.councillorCombo.addItem(membership.person.name, membership.person_id)
                self.start_on = membership.start_on
                ui.fromDate.setValue(membership.start_on)
        if membership_id is None:
            self.setWindowTitle(f"Add a member to {self.group_name}")
            ui.introLabel.setText(f"Add a serving councillor to {self.group_name}.")
            ui.hintLabel.setText(
                "Dates are dd/mm/yyyy. Leave “Member until” empty while they remain a member. "
                "A councillor can be in only one group on any date."
            )
            ui.councillorCombo.setCurrentIndex(-1)
            ui.councillorCombo.setPlaceholderText("Choose a councillor")
            ui.fromDate.setValue(today)
            focus: QWidget = ui.councillorCombo
        else:
            self.setWindowTitle("End membership")
            since = f" since {uk_date(self.start_on)}" if self.start_on else ""
            ui.introLabel.setText(
                f"{self.person_name} has been in {self.group_name}{since}. "
                "When did they leave? They stay a member up to and including this date."
            )
            ui.hintLabel.setText("Dates are dd/mm/yyyy.")
            ui.form.setRowVisible(ui.councillorCombo, False)
            ui.form.setRowVisible(ui.fromDate, False)
            ui.toDate.setValue(max(today, self.start_on) if self.start_on else today)
            focus = ui.toDate
        self.setup_errors(
            ui.form,
            {"person": ui.councillorCombo, "start_on": ui.fromDate, "end_on": ui.toDate},
            ui.errorLabel,
            ui.buttonBox,
        )
        focus.setFocus()

    def save(self, session: Session) -> str:
        ui = self.ui
        end_on = ui.toDate.value()
        if self.membership_id is not None:
            if end_on is None:
                raise ValidationError(Problem("end_on", "Enter the date the membership ends."))
            membership = groups.end_membership(session, self.membership_id, end_on)
            return (
                f"Ended {membership.person.name}'s membership of {membership.group.name} "
                f"on {uk_date(end_on)}."
            )
        person_id = ui.councillorCombo.currentData()
        if person_id is None:
            raise ValidationError(Problem("person", "Choose a councillor to add to the group."))
        start_on = ui.fromDate.value()
        membership = groups.add_membership(session, self.group_id, int(person_id), start_on, end_on)
        self.saved_id = membership.id
        text = f"Added {membership.person.name} to {membership.group.name}"
        if start_on is not None:
            text += f" from {uk_date(start_on)}"
        if end_on is not None:
            text += f" until {uk_date(end_on)}"
        return text + "."
