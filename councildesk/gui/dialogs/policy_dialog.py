"""Adding a policy to the register, or changing how and by whom it is reviewed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_policy_dialog import Ui_PolicyDialog
from councildesk.services import meetings, review_records, reviews
from councildesk.services.database import Session
from councildesk.services.review_records import ScheduleInput


class PolicyDialog(FormDialog):
    def __init__(
        self, context: AppContext, policy_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.policy_id = policy_id
        self.saved_id: int | None = policy_id
        self.ui = Ui_PolicyDialog()
        self.ui.setupUi(self)
        with context.db.session() as session:
            self.ui.bodyCombo.addItems(meetings.body_names(session))
            row = reviews.row_for(session, policy_id, context.today()) if policy_id else None
            override = review_records.schedule_override(session, policy_id) if policy_id else None
        self.setWindowTitle("Add a policy" if row is None else f"{row.policy}: review schedule")
        if row is not None:
            self.ui.nameEdit.setText(row.policy)
            self.ui.nameEdit.setReadOnly(True)
            self.ui.nameEdit.setToolTip("Rename a policy on the Protocol page.")
            self.ui.bodyCombo.setCurrentText(row.body)
            self.ui.cycleSpin.setValue(row.cycle_months or 0)
            self.ui.legalCheck.setChecked(row.on_legal_change)
            self.ui.requiredCheck.setChecked(row.as_required)
            self.ui.docEdit.setText(row.doc_text)
            if override is not None:
                self.ui.overrideDate.setValue(override[0])
                self.ui.reasonEdit.setText(override[1])
        self.setup_errors(
            self.ui.form,
            {
                "name": self.ui.nameEdit,
                "body": self.ui.bodyCombo,
                "cycle_months": self.ui.cycleSpin,
                "override_reason": self.ui.reasonEdit,
            },
            self.ui.errorLabel,
            self.ui.buttonBox,
        )
        (self.ui.bodyCombo if row else self.ui.nameEdit).setFocus()

    def _input(self) -> ScheduleInput:
        return ScheduleInput(
            body=self.ui.bodyCombo.currentText(),
            cycle_months=self.ui.cycleSpin.value() or None,
            on_legal_change=self.ui.legalCheck.isChecked(),
            as_required=self.ui.requiredCheck.isChecked(),
            next_due_override=self.ui.overrideDate.value(),
            override_reason=self.ui.reasonEdit.text(),
        )

    def save(self, session: Session) -> str:
        words = self.ui.docEdit.text().strip()
        if self.policy_id is None:
            policy = review_records.add_policy(session, self.ui.nameEdit.text(), self._input())
            self.saved_id = policy.id
            if words:
                review_records.set_document_words(session, policy.id, words)
            return f"Added the {policy.name} to the register."
        review_records.update_schedule(session, self.policy_id, self._input())
        if words != review_records.document_words(session, self.policy_id):
            review_records.set_document_words(session, self.policy_id, words)
        return f"Saved the review schedule of the {self.ui.nameEdit.text()}."
