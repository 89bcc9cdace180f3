"""Adding or editing a political group."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_group_dialog import Ui_GroupDialog
from councildesk.services import groups
from councildesk.services.database import Session


class GroupDialog(FormDialog):
    def __init__(
        self, context: AppContext, group_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.group_id = group_id
        self.saved_id: int | None = group_id
        self.ui = Ui_GroupDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit political group" if group_id else "Add a political group")
        if group_id is not None:
            with context.db.session() as session:
                group = groups.get_group(session, group_id)
                ui.nameEdit.setText(group.name)
                ui.activeFromDate.setValue(group.active_from)
                ui.activeToDate.setValue(group.active_to)
        self.setup_errors(
            ui.form,
            {"name": ui.nameEdit, "start_on": ui.activeFromDate, "end_on": ui.activeToDate},
            ui.errorLabel,
            ui.buttonBox,
        )
        ui.nameEdit.setFocus()

    def save(self, session: Session) -> str:
        ui = self.ui
        name = ui.nameEdit.text()
        active_from, active_to = ui.activeFromDate.value(), ui.activeToDate.value()
        if self.group_id is None:
            group = groups.add_group(session, name, active_from, active_to)
            self.saved_id = group.id
            return f"Added the political group {group.name}."
        group = groups.update_group(session, self.group_id, name, active_from, active_to)
        return f"Saved changes to {group.name}."
