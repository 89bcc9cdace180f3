"""Choosing a period (either end may be open) for a printout or export."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QWidget

from councildesk.errors import Problem, ValidationError
from councildesk.gui.forms.ui_period_dialog import Ui_PeriodDialog
from councildesk.gui.widgets.field_errors import FieldErrors


class PeriodDialog(QDialog):
    def __init__(
        self,
        title: str,
        start: dt.date | None,
        end: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PeriodDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.fromDate.setValue(start)
        self.ui.toDate.setValue(end)
        self.errors = FieldErrors(self.ui.form, {"end": self.ui.toDate}, self.ui.errorLabel)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        for button in self.ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        return self.ui.fromDate.value(), self.ui.toDate.value()

    def accept(self) -> None:
        start, end = self.period()
        if start and end and end < start:
            self.errors.show(
                ValidationError(Problem("end", "The period cannot end before it starts."))
            )
            return
        super().accept()
