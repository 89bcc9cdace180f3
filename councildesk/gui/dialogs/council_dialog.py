"""File → Council details: the council's name, kind, clerk's title and Monitoring Officer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs import council_fields
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_council_dialog import Ui_CouncilDialog
from councildesk.services import council
from councildesk.services.database import Session


class CouncilDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CouncilDialog()
        self.ui.setupUi(self)
        council_fields.prepare(self.ui)
        with context.db.session() as session:
            found = council.get_council(session)
            council_fields.fill(self.ui, council.details_of(found))
        self.setup_errors(
            self.ui.form,
            {"name": self.ui.nameEdit, "monitoring_officer_email": self.ui.moEmailEdit},
            self.ui.errorLabel,
            self.ui.buttonBox,
        )

    def save(self, session: Session) -> str:
        saved = council.save_council(session, council_fields.read(self.ui))
        return f"Saved the details of {saved.name}."
