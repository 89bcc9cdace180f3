"""Adding a meeting (or a year of them at once) or editing one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_meeting_dialog import Ui_MeetingDialog
from councildesk.rules.dates import uk_date
from councildesk.rules.recurrence import monthly_dates, pattern_of, weekday_name
from councildesk.services import meetings
from councildesk.services.database import Session
from councildesk.services.meetings import MeetingInput

DEFAULT_TIME = dt.time(19, 0)


class MeetingDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        meeting_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.meeting_id = meeting_id
        self.saved_id: int | None = meeting_id
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit meeting" if meeting_id else "Add a meeting")
        self.set_time(DEFAULT_TIME)
        with context.db.session() as session:
            ui.bodyCombo.addItems(meetings.body_names(session))
            if meeting_id is not None:
                self._load(session, meeting_id)
        # A series is made only when adding; an existing meeting is edited on its own.
        ui.form.setRowVisible(ui.repeatLabel, meeting_id is None)
        ui.noTimeCheck.toggled.connect(self._no_time_toggled)
        ui.dateEdit.dateChanged.connect(self._update_hints)
        ui.repeatSpin.valueChanged.connect(self._update_hints)
        self._update_hints()
        self.setup_errors(
            ui.form,
            {"body": ui.bodyCombo, "held_on": ui.dateEdit, "repeat": ui.repeatSpin},
            ui.errorLabel,
            ui.buttonBox,
        )
        ui.bodyCombo.setFocus()

    def _load(self, session: Session, meeting_id: int) -> None:
        meeting = meetings.get_meeting(session, meeting_id)
        ui = self.ui
        ui.bodyCombo.setCurrentText(meeting.body_name)
        ui.dateEdit.setValue(meeting.held_on)
        self.set_time(meeting.starts_at)
        ui.venueEdit.setText(meeting.venue)
        ui.notesEdit.setPlainText(meeting.notes)

    # --- the time, which may be left unset --------------------------------------------------
    def set_time(self, value: dt.time | None) -> None:
        ui = self.ui
        ui.noTimeCheck.setChecked(value is None)
        ui.timeEdit.setEnabled(value is not None)
        if value is not None:
            ui.timeEdit.setTime(QTime(value.hour, value.minute))

    def starts_at(self) -> dt.time | None:
        if self.ui.noTimeCheck.isChecked():
            return None
        qtime = self.ui.timeEdit.time()
        return dt.time(qtime.hour(), qtime.minute())

    def _no_time_toggled(self, checked: bool) -> None:
        self.ui.timeEdit.setEnabled(not checked)

    # --- the day of the week and what a repeat will make ------------------------------------
    def _update_hints(self) -> None:
        ui = self.ui
        held_on = ui.dateEdit.value()
        ui.dayLabel.setText(weekday_name(held_on) if held_on else "")
        ui.dayLabel.setVisible(held_on is not None)
        more = ui.repeatSpin.value()
        ui.repeatSpin.setSuffix(" more month" if more == 1 else " more months")
        if more == 0:
            ui.repeatHint.setText(
                "Add the same weekday of each following month too, e.g. a year's meetings at once."
            )
        elif held_on is None:
            ui.repeatHint.setText("Choose the date of the first meeting.")
        else:
            dates = monthly_dates(held_on, more + 1)
            ui.repeatHint.setText(
                f"{len(dates)} meetings on the {pattern_of(held_on).describe()} of each month, "
                f"until {uk_date(dates[-1])}."
            )

    # --- saving ---------------------------------------------------------------------------------
    def collect(self) -> MeetingInput:
        ui = self.ui
        return MeetingInput(
            body=ui.bodyCombo.currentText(),
            held_on=ui.dateEdit.value(),
            starts_at=self.starts_at(),
            venue=ui.venueEdit.text(),
            notes=ui.notesEdit.toPlainText(),
        )

    def save(self, session: Session) -> str:
        data = self.collect()
        if self.meeting_id is not None:
            meeting = meetings.update_meeting(session, self.meeting_id, data)
            return f"Saved the {meeting.body_name} meeting on {uk_date(meeting.held_on)}."
        made = meetings.add_meeting_series(session, data, self.ui.repeatSpin.value())
        self.saved_id = made[0].id
        if len(made) == 1:
            return f"Added {made[0].body_name} on {uk_date(made[0].held_on)}."
        return f"Added {len(made)} meetings of {made[0].body_name}."
