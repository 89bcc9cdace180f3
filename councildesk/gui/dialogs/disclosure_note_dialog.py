"""A dated note on one entry: the group's note checked by the officer, or why the entry is void."""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_disclosure_note_dialog import Ui_DisclosureNoteDialog
from councildesk.rules.dates import uk_date
from councildesk.services import disclosures
from councildesk.services.database import Session


class NoteKind(enum.Enum):
    VERIFY = "verify"
    VOID = "void"


class DisclosureNoteDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        disclosure_id: int,
        kind: NoteKind,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.disclosure_id = disclosure_id
        self.kind = kind
        self.ui = Ui_DisclosureNoteDialog()
        self.ui.setupUi(self)
        ui = self.ui
        with context.db.session() as session:
            entry = disclosures.get_disclosure(session, disclosure_id)
            described = (
                f"{disclosures.given_phrase(entry.form, entry.group_name)} on "
                f"{uk_date(entry.given_on)} about ‘{entry.matter}’"
            )
            ui.dateEdit.setValue(entry.verified_on or context.today())
            ui.textEdit.setPlainText(entry.verification_note)
        if kind is NoteKind.VERIFY:
            self.setWindowTitle("The group's note checked")
            ui.introLabel.setText(
                f"Record that the officer checked the group's own note of {described}, "
                "as the protocol allows."
            )
            ui.dateLabel.setText("&Checked on")
            ui.textLabel.setText("&Note")
            ui.textEdit.setPlaceholderText("e.g. The group's note is accurate")
            fields = {"verified_on": ui.dateEdit, "verification_note": ui.textEdit}
        else:
            self.setWindowTitle("Void an entry")
            ui.introLabel.setText(
                f"Void {described}. It stays in the register, marked void, with your reason; "
                "its notices are no longer owed."
            )
            ui.form.setRowVisible(ui.dateLabel, False)
            ui.textEdit.clear()
            ui.textLabel.setText("&Reason")
            ui.textEdit.setPlaceholderText("e.g. Entered against the wrong group")
            ui.textEdit.setAccessibleName("Reason")
            fields = {"void_reason": ui.textEdit}
        ui.dateEdit.setAccessibleName(ui.dateLabel.text().replace("&", ""))
        self.setup_errors(ui.form, dict(fields), ui.errorLabel, ui.buttonBox)
        (ui.dateEdit if kind is NoteKind.VERIFY else ui.textEdit).setFocus()

    def save(self, session: Session) -> str:
        ui = self.ui
        today = self.context.today()
        if self.kind is NoteKind.VERIFY:
            entry = disclosures.verify(
                session, self.disclosure_id, ui.dateEdit.value(), ui.textEdit.toPlainText(), today
            )
            return f"Recorded the group's note as checked on {uk_date(entry.verified_on)}."
        entry = disclosures.void(session, self.disclosure_id, ui.textEdit.toPlainText(), today)
        return f"Voided the entry for {entry.group_name} on {uk_date(entry.given_on)}."
