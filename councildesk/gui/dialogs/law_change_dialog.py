"""Recording a change in the law and the policies it puts due for review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_law_change_dialog import Ui_LawChangeDialog
from councildesk.rules.dates import uk_date
from councildesk.services import review_records
from councildesk.services.database import Session


class LawChangeDialog(FormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_LawChangeDialog()
        self.ui.setupUi(self)
        with context.db.session() as session:
            candidates = [
                (p.name, flagged) for p, flagged in review_records.legal_change_candidates(session)
            ]
        for name, flagged in candidates:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if flagged else Qt.CheckState.Unchecked)
            self.ui.policyList.addItem(item)
        self.ui.changedDate.setValue(context.today())
        self.setup_errors(
            self.ui.form,
            {
                "changed_on": self.ui.changedDate,
                "description": self.ui.descriptionEdit,
                "policies": self.ui.policyList,
            },
            self.ui.errorLabel,
            self.ui.buttonBox,
        )
        self.ui.descriptionEdit.setFocus()

    def chosen(self) -> list[str]:
        items = (self.ui.policyList.item(i) for i in range(self.ui.policyList.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def save(self, session: Session) -> str:
        names = self.chosen()
        if not names:
            from councildesk.errors import Problem, ValidationError

            raise ValidationError(Problem("policies", "Tick the policies this change affects."))
        change = review_records.record_law_change(
            session, self.ui.changedDate.value(), self.ui.descriptionEdit.text(), names
        )
        count = len(change.policies)
        policies = "policy is" if count == 1 else "policies are"
        return (
            f"Recorded the change in the law of {uk_date(change.changed_on)}; {count} "
            f"{policies} now due for review."
        )
