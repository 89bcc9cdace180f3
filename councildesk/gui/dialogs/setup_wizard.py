"""The first-start wizard: the council's details, before there is a database to save them in."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from councildesk.errors import ValidationError
from councildesk.gui.dialogs import council_fields
from councildesk.gui.forms.ui_setup_wizard import Ui_SetupWizard
from councildesk.gui.widgets.field_errors import FieldErrors
from councildesk.services.council import CouncilDetails, validate_details


class SetupWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        council_fields.prepare(self.ui)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, "Start using CouncilDesk")
        self._council_errors = FieldErrors(
            self.ui.councilForm, {"name": self.ui.nameEdit}, self.ui.councilErrorLabel
        )
        self._principal_errors = FieldErrors(
            self.ui.principalForm,
            {"monitoring_officer_email": self.ui.moEmailEdit},
            self.ui.principalErrorLabel,
        )
        self.details: CouncilDetails | None = None

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        errors = {
            self.ui.councilPage: self._council_errors,
            self.ui.principalPage: self._principal_errors,
        }.get(page)
        if errors is None:
            return True
        errors.clear()
        details = council_fields.read(self.ui)
        try:
            validate_details(details)
        except ValidationError as error:
            wanted = {"name"} if page is self.ui.councilPage else {"monitoring_officer_email"}
            relevant = [p for p in error.problems if p.field in wanted]
            if relevant:
                errors.show(ValidationError(relevant))
                return False
        if page is self.ui.principalPage:
            self.details = details
        return True
