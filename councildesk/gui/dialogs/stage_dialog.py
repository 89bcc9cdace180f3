"""Moving a case to its next stage: the date, who sat, how the worker attended, the decision.

The dialog offers only the stages ahead of the case on its route and shows only the fields the
chosen stage needs; the service still checks every guardrail, and a refusal appears beside the
field it concerns, naming the rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QListWidgetItem, QWidget

from councildesk.errors import Problem, ValidationError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_stage_dialog import Ui_StageDialog
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import (
    ACCOMPANIED_KINDS,
    OUTCOME_LABELS,
    PANEL_KINDS,
    ROUTE_OUTCOMES,
    Outcome,
    Route,
    StageKind,
    stage,
    stage_label,
    stages_of,
)
from councildesk.services import complaints
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_choices import PersonOption
from councildesk.services.complaint_content import StageContent
from councildesk.services.complaint_parties import PartyRef
from councildesk.services.complaints import StageInput
from councildesk.services.database import Session

_DECISION_KINDS = frozenset(
    {StageKind.DECISION, StageKind.APPEAL_DECISION, StageKind.EXTERNAL_OUTCOME}
)
_HINTS = {
    StageKind.FORMAL_MEETING: "A panel of councillors hears the case; never the Chair alone. "
    "The worker may bring a companion.",
    StageKind.DECISION: "The panel that heard the case decides, in writing.",
    StageKind.APPEAL_LODGED: "The appeal goes to councillors who took no part so far.",
    StageKind.APPEAL_HEARING: "Nobody who is a party or sat at the first hearing may hear the "
    "appeal. The worker may bring a companion.",
    StageKind.APPEAL_DECISION: "The appeal panel's decision is final.",
    StageKind.REFERRAL: "Send the allegation to the Monitoring Officer (in Wales, the Public "
    "Services Ombudsman for Wales); the council does not investigate it.",
    StageKind.EXTERNAL_OUTCOME: "Record what the Monitoring Officer or Ombudsman decided.",
    StageKind.MEDIATION: "Conciliation through the principal council's Monitoring Officer or "
    "an independent person.",
    StageKind.CLOSED: "Closing starts the retention period.",
}


class StageDialog(FormDialog):
    def __init__(
        self,
        context: AppContext,
        book: Casebook,
        case_id: int,
        route: Route,
        current: str,
        councillors: Sequence[PersonOption],
        parent: QWidget | None = None,
        *,
        about_clerk: bool = False,
        heard_by: Sequence[int] = (),
    ) -> None:
        super().__init__(context, parent)
        self.book, self.case_id, self.route = book, case_id, route
        # The panel that heard the case decides it, so a decision starts with that panel ticked.
        self.heard_by = list(heard_by)
        self.ui = Ui_StageDialog()
        self.ui.setupUi(self)
        ui = self.ui
        keys = [s.key for s in stages_of(route)]
        for key in keys[keys.index(current) + 1 :]:
            ui.stageCombo.addItem(stage_label(route, key, about_clerk=about_clerk), key)
        ui.onDate.setValue(context.today())
        for person in councillors:
            item = QListWidgetItem(f"{person.name} ({person.detail})")
            item.setData(Qt.ItemDataRole.UserRole, PartyRef(person.name, person.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.panelList.addItem(item)
        ui.outcomeCombo.addItem("Not recorded", "")
        for outcome in ROUTE_OUTCOMES[route]:
            ui.outcomeCombo.addItem(OUTCOME_LABELS[outcome], outcome.value)
        ui.accompaniedRadio.toggled.connect(self._update_fields)
        ui.stageCombo.currentIndexChanged.connect(self._update_fields)
        self.setup_errors(
            ui.form,
            {
                "stage": ui.stageCombo,
                "on": ui.onDate,
                "panel": ui.panelList,
                "companion": ui.companionEdit,
                "outcome": ui.outcomeCombo,
            },
            ui.errorLabel,
            ui.buttonBox,
        )
        self._update_fields()
        ui.stageCombo.setFocus()

    def choose_stage(self, key: str) -> None:
        self.ui.stageCombo.setCurrentIndex(self.ui.stageCombo.findData(key))

    def tick_panel(self, person_ids: Sequence[int]) -> None:
        for row in range(self.ui.panelList.count()):
            item = self.ui.panelList.item(row)
            ref: PartyRef = item.data(Qt.ItemDataRole.UserRole)
            checked = ref.person_id in person_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _kind(self) -> StageKind | None:
        found = stage(self.route, str(self.ui.stageCombo.currentData()))
        return found.kind if found else None

    def _update_fields(self) -> None:
        ui, kind = self.ui, self._kind()
        personnel = self.route in (Route.GRIEVANCE, Route.CONDUCT_OF_OFFICER)
        rows: dict[QWidget | QLayout, bool] = {
            ui.panelList: kind in PANEL_KINDS and personnel,
            ui.accompanimentLayout: kind in ACCOMPANIED_KINDS and personnel,
            ui.companionEdit: kind in ACCOMPANIED_KINDS
            and personnel
            and ui.accompaniedRadio.isChecked(),
            ui.decisionEdit: kind in _DECISION_KINDS,
            ui.outcomeCombo: kind is StageKind.CLOSED,
        }
        for widget, shown in rows.items():
            ui.form.setRowVisible(widget, shown)
        if kind in (StageKind.DECISION, StageKind.APPEAL_DECISION) and self.heard_by:
            self.tick_panel(self.heard_by)
        ui.stageHint.setText(_HINTS.get(kind, "") if kind else "")
        ui.stageHint.setVisible(bool(ui.stageHint.text()))
        self.adjustSize()

    def chosen_panel(self) -> list[PartyRef]:
        """The people ticked as the panel, when the stage has one (else none)."""
        chosen: list[PartyRef] = []
        if not self.ui.form.isRowVisible(self.ui.panelList):
            return chosen
        for row in range(self.ui.panelList.count()):
            item = self.ui.panelList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.append(item.data(Qt.ItemDataRole.UserRole))
        return chosen

    def save(self, session: Session) -> str:
        ui = self.ui
        on = ui.onDate.value()
        key = str(ui.stageCombo.currentData() or "")
        if on is None:
            raise ValidationError(Problem("on", "Give the date of the stage."))
        accompaniment = Accompaniment.NOT_RECORDED
        if ui.accompaniedRadio.isChecked():
            accompaniment = Accompaniment.ACCOMPANIED
        elif ui.aloneRadio.isChecked():
            accompaniment = Accompaniment.DECLINED
        content = StageContent(
            panel=self.chosen_panel(),
            decision=ui.decisionEdit.toPlainText().strip(),
            accompaniment=accompaniment,
            companion=ui.companionEdit.text().strip() if accompaniment.value else "",
            notes=ui.notesEdit.toPlainText().strip(),
        )
        outcome_value = ui.outcomeCombo.currentData() if key == "closed" else ""
        outcome = Outcome(outcome_value) if outcome_value else None
        case = complaints.record_stage(
            session,
            self.book,
            self.case_id,
            StageInput(key, on, content, outcome),
            self.context.today(),
        )
        return f"Case {case.reference}: {stage_label(self.route, key).lower()} recorded."
