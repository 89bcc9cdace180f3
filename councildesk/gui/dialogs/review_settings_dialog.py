"""When reminders fall, the log-in reminder, and the days that are not clear days.

Everything here is saved together by Save, in one transaction (the log-in entry, a file or
registry value outside the database, is written once the database change has landed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_review_settings_dialog import Ui_ReviewSettingsDialog
from councildesk.gui.messages import confirm, show_error
from councildesk.rules.dates import long_date
from councildesk.rules.reviews import reminder_weeks_text
from councildesk.services import login_agent, reviews
from councildesk.services.database import Session


@dataclass
class _Day:
    day: dt.date
    description: str
    id: int | None = None


class ReviewSettingsDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReviewSettingsDialog()
        self.ui.setupUi(self)
        self.ui.daysTitle.setProperty("role", "sectionTitle")
        self.ui.daysHint.setProperty("role", "hint")
        with context.db.session() as session:
            self.ui.weeksEdit.setText(reminder_weeks_text(reviews.reminder_days(session)))
            self.days = [_Day(d.day, d.description, d.id) for d in reviews.appointed_days(session)]
        self.removed: list[int] = []
        self.agent_was_on = login_agent.is_installed()
        self.ui.agentCheck.setChecked(self.agent_was_on)
        self.ui.agentCheck.setToolTip(
            "Adds a log-in entry that runs 'councildesk reminders --notify' and closes again."
        )
        self.ui.dayDate.setValue(context.today())
        self.ui.addDayButton.clicked.connect(self.add_day)
        self.ui.removeDayButton.clicked.connect(self.remove_day)
        self.ui.daysList.currentRowChanged.connect(self._update_buttons)
        self._show_days()
        self.setup_errors(
            self.ui.form,
            {"reminders": self.ui.weeksEdit},
            self.ui.errorLabel,
            self.ui.buttonBox,
        )

    def _show_days(self) -> None:
        self.days.sort(key=lambda d: d.day)
        self.ui.daysList.clear()
        for entry in self.days:
            item = QListWidgetItem(f"{long_date(entry.day)} — {entry.description}")
            item.setData(Qt.ItemDataRole.UserRole, entry.day.isoformat())
            self.ui.daysList.addItem(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.removeDayButton.setEnabled(self.ui.daysList.currentRow() >= 0)

    def add_day(self) -> None:
        day, text = self.ui.dayDate.value(), " ".join(self.ui.dayEdit.text().split())
        if day is None or not text:
            show_error(self, "Not added", "Give the day's date and say what it is.")
            return
        if any(entry.day == day for entry in self.days):
            show_error(self, "Not added", "That day is already on the list.")
            return
        self.days.append(_Day(day, text))
        self.ui.dayEdit.clear()
        self._show_days()

    def remove_day(self) -> None:
        row = self.ui.daysList.currentRow()
        if row < 0:
            return
        entry = self.days[row]
        question = f"Take {long_date(entry.day)} ({entry.description}) off the list when you save?"
        if not confirm(self, "Remove the day", question, "Remove"):
            return
        if entry.id is not None:
            self.removed.append(entry.id)
        del self.days[row]
        self._show_days()

    def save(self, session: Session) -> str:
        reviews.set_reminder_weeks(session, self.ui.weeksEdit.text())
        for day_id in self.removed:
            reviews.remove_appointed_day(session, day_id)
        for entry in self.days:
            if entry.id is None:
                reviews.add_appointed_day(session, entry.day, entry.description)
        return "Saved the reminder settings."

    def accept(self) -> None:
        wanted = self.ui.agentCheck.isChecked()
        super().accept()
        if self.result() != self.DialogCode.Accepted or wanted == self.agent_was_on:
            return
        try:
            if wanted:
                entry = login_agent.install(self.context.db.path)
                self.saved_message += f" The log-in reminder is set up ({entry.location})."
            else:
                login_agent.remove()
                self.saved_message += " The log-in reminder is removed."
        except CouncilDeskError as error:
            show_error(self, "Log-in reminder", str(error))
