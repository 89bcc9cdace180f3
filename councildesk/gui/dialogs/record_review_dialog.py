"""Recording a review held at a meeting: re-adopted unchanged, amended, or deferred."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_record_review_dialog import Ui_RecordReviewDialog
from councildesk.services import meetings, review_records, reviews
from councildesk.services.database import Session
from councildesk.services.review_records import ReviewInput, ReviewOutcome


class RecordReviewDialog(FormDialog):
    def __init__(self, context: AppContext, policy_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.policy_id = policy_id
        self.saved_id = policy_id
        self.ui = Ui_RecordReviewDialog()
        self.ui.setupUi(self)
        with context.db.session() as session:
            self.ui.bodyCombo.addItems(meetings.body_names(session))
            row = reviews.row_for(session, policy_id, context.today())
        self.policy_name = row.policy
        self.setWindowTitle(f"Record a review: {row.policy}")
        due = f" It is due {row.due.label}." if row.due_on else ""
        self.ui.introLabel.setText(f"The review of the {row.policy} by the {row.body}.{due}")
        self.ui.bodyCombo.setCurrentText(row.body)
        self.ui.heldDate.setValue(
            row.meeting_on
            if row.meeting_on and row.meeting_on <= context.today()
            else context.today()
        )
        for radio in (self.ui.unchangedRadio, self.ui.amendedRadio, self.ui.deferredRadio):
            radio.toggled.connect(self._outcome_changed)
        self._outcome_changed()
        self.setup_errors(
            self.ui.form,
            {
                "held_on": self.ui.heldDate,
                "body": self.ui.bodyCombo,
                "deferred_to": self.ui.deferredDate,
                "reason": self.ui.reasonEdit,
            },
            self.ui.errorLabel,
            self.ui.buttonBox,
        )
        self.ui.minuteEdit.setFocus()

    def outcome(self) -> ReviewOutcome:
        if self.ui.amendedRadio.isChecked():
            return ReviewOutcome.AMENDED
        if self.ui.deferredRadio.isChecked():
            return ReviewOutcome.DEFERRED
        return ReviewOutcome.UNCHANGED

    def _outcome_changed(self) -> None:
        deferring = self.outcome() is ReviewOutcome.DEFERRED
        for widget in (
            self.ui.deferredDate,
            self.ui.deferredLabel,
            self.ui.reasonEdit,
            self.ui.reasonLabel,
        ):
            widget.setEnabled(deferring)

    def save(self, session: Session) -> str:
        data = ReviewInput(
            held_on=self.ui.heldDate.value(),
            outcome=self.outcome(),
            body=self.ui.bodyCombo.currentText(),
            minute_reference=self.ui.minuteEdit.text(),
            deferred_to=self.ui.deferredDate.value(),
            reason=self.ui.reasonEdit.text(),
        )
        recorded = review_records.record_review(session, self.policy_id, data, self.context.today())
        return recorded.message
