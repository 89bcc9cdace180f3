"""Snoozing a reminder to a later date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_snooze_dialog import Ui_SnoozeDialog
from councildesk.rules.dates import uk_date
from councildesk.services import reminders
from councildesk.services.database import Session
from councildesk.services.reminders import Notice


class SnoozeDialog(FormDialog):
    def __init__(self, context: AppContext, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.notice = notice
        self.ui = Ui_SnoozeDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(notice.text)
        self.ui.untilDate.setValue(context.today() + dt.timedelta(days=7))
        self.setup_errors(
            self.ui.form, {"until": self.ui.untilDate}, self.ui.errorLabel, self.ui.buttonBox
        )

    def save(self, session: Session) -> str:
        until = self.ui.untilDate.value()
        reminders.snooze(session, self.notice, until, self.context.today())
        return f"Snoozed the reminder until {uk_date(until)}."
