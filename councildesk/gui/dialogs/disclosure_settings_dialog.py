"""The council's choices for the register: who is told, and how long notices may take."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_disclosure_settings_dialog import Ui_DisclosureSettingsDialog
from councildesk.services import disclosures
from councildesk.services.database import Session


class DisclosureSettingsDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_DisclosureSettingsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            settings = disclosures.get_settings(session)
            ui.daysSpin.setValue(settings.notice_working_days)
            ui.unaffiliatedCheck.setChecked(settings.notify_unaffiliated)
        self.setup_errors(
            ui.form, {"notice_working_days": ui.daysSpin}, ui.errorLabel, ui.buttonBox
        )
        ui.daysSpin.setFocus()

    def save(self, session: Session) -> str:
        ui = self.ui
        disclosures.save_settings(session, ui.unaffiliatedCheck.isChecked(), ui.daysSpin.value())
        return "Saved the settings for advice to groups."
