"""The shape every editor shares: collect the fields, save in one transaction, or show why not."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from councildesk.errors import CouncilDeskError, ValidationError
from councildesk.gui.context import AppContext
from councildesk.gui.messages import show_error
from councildesk.gui.widgets.field_errors import FieldErrors
from councildesk.services.database import Session


class FormDialog(QDialog):
    """Subclasses build their form, then call :meth:`setup_errors`, and implement
    :meth:`save`, which runs inside one transaction and returns the status-bar message."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_message = ""
        self.errors: FieldErrors | None = None

    def setup_errors(
        self,
        form: QFormLayout,
        fields: dict[str, QWidget],
        fallback: QLabel,
        buttons: QDialogButtonBox,
    ) -> None:
        self.errors = FieldErrors(form, fields, fallback)
        outer = self.layout()
        if outer is not None:
            outer.setContentsMargins(18, 18, 18, 14)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def save(self, session: Session) -> str:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            with self.context.db.transaction() as session:
                self.saved_message = self.save(session)
        except ValidationError as error:
            if self.errors is not None:
                self.errors.show(error)
            return
        except CouncilDeskError as error:
            show_error(self, "Not saved", str(error))
            return
        super().accept()
