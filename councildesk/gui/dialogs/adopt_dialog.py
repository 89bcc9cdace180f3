"""Recording that the council adopted a draft version, with the meeting's minute reference."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_adopt_dialog import Ui_AdoptDialog
from councildesk.services import protocols
from councildesk.services.database import Session
from councildesk.services.protocols import VersionStatus


class AdoptDialog(FormDialog):
    def __init__(self, context: AppContext, version_id: int, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.version_id = version_id
        self.ui = Ui_AdoptDialog()
        self.ui.setupUi(self)
        with context.db.session() as session:
            version = protocols.get_version(session, version_id)
            name, number = version.policy.name, version.number
            current = [
                v.number for v in version.policy.versions if v.status is VersionStatus.ADOPTED
            ]
        replaced = (
            f" Version {current[0]} will be marked as superseded and kept for the record."
            if current
            else ""
        )
        self.ui.introLabel.setText(
            f"Record that the council adopted version {number} of the {name}.{replaced}"
        )
        self.ui.adoptedDate.setValue(context.today())
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("Adopt")
        self.setup_errors(
            self.ui.form,
            {"adopted_on": self.ui.adoptedDate, "minute_reference": self.ui.minuteEdit},
            self.ui.errorLabel,
            self.ui.buttonBox,
        )
        self.ui.minuteEdit.setFocus()

    def save(self, session: Session) -> str:
        version = protocols.adopt(
            session,
            self.version_id,
            self.ui.adoptedDate.value(),
            self.ui.minuteEdit.text(),
            today=self.context.today(),
        )
        return (
            f"Version {version.number} of the {version.policy.name} is now adopted "
            f"(minute {version.minute_reference})."
        )
