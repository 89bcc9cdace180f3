"""Adding or editing a councillor or an officer."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from councildesk.gui.icons import icon
from councildesk.services import committees, people
from councildesk.services.database import Session
from councildesk.services.people import (
    COMMON_TITLES,
    OFFICER_POSTS,
    ROLE_TITLES,
    PersonInput,
    PersonKind,
    RoleInput,
)

NO_COMMITTEE = "The council as a whole"


class PersonDialog(FormDialog):
    def __init__(self, context: AppContext, person_id: int | None, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.person_id = person_id
        self.saved_id: int | None = person_id
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit person" if person_id else "Add a person")
        ui.titleCombo.addItems(["", *COMMON_TITLES])
        ui.titleCombo.setCurrentText("Cllr" if person_id is None else "")
        ui.postCombo.addItems(OFFICER_POSTS)
        ui.postCombo.setCurrentText("")
        ui.rolesTable.setColumnCount(2)
        ui.rolesTable.setHorizontalHeaderLabels(["Role", "Of"])
        ui.rolesTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.rolesTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.addRoleButton.setIcon(icon("add"))
        ui.removeRoleButton.setIcon(icon("delete"))
        ui.addRoleButton.clicked.connect(lambda: self._add_role_row(RoleInput("Chair")))
        ui.removeRoleButton.clicked.connect(self._remove_role_row)
        ui.councillorRadio.toggled.connect(self._kind_changed)
        with context.db.session() as session:
            self._committees = [(c.id, c.name) for c in committees.list_committees(session)]
            if person_id is not None:
                self._load(session, person_id)
        self._kind_changed()
        self.setup_errors(
            ui.form,
            {
                "name": ui.forenamesEdit,
                "surname": ui.surnameEdit,
                "post": ui.postCombo,
                "start_on": ui.startDate,
                "end_on": ui.endDate,
                "roles": ui.rolesTable,
            },
            ui.errorLabel,
            ui.buttonBox,
        )
        ui.forenamesEdit.setFocus()

    def _load(self, session: Session, person_id: int) -> None:
        person = people.get_person(session, person_id)
        ui = self.ui
        ui.officerRadio.setChecked(person.kind is PersonKind.OFFICER)
        ui.councillorRadio.setChecked(person.kind is PersonKind.COUNCILLOR)
        ui.titleCombo.setCurrentText(person.title)
        ui.forenamesEdit.setText(person.forenames)
        ui.surnameEdit.setText(person.surname)
        ui.wardEdit.setText(person.ward)
        ui.postCombo.setCurrentText(person.post)
        ui.startDate.setValue(person.start_on)
        ui.endDate.setValue(person.end_on)
        ui.emailEdit.setText(person.email)
        ui.phoneEdit.setText(person.phone)
        ui.addressEdit.setPlainText(person.address)
        for role in person.roles:
            self._add_role_row(RoleInput(role.title, role.committee_id))

    def _kind_changed(self) -> None:
        ui = self.ui
        councillor = ui.councillorRadio.isChecked()
        for widget in (ui.wardLabel, ui.wardEdit, ui.rolesLabel, ui.rolesTable):
            widget.setVisible(councillor)
        for widget in (ui.addRoleButton, ui.removeRoleButton):
            widget.setVisible(councillor)
        ui.postLabel.setVisible(not councillor)
        ui.postCombo.setVisible(not councillor)
        if self.person_id is None:
            # A new councillor is usually "Cllr"; an officer usually has no title on the lists.
            title = ui.titleCombo.currentText()
            if not councillor and title == "Cllr":
                ui.titleCombo.setCurrentText("")
            elif councillor and not title:
                ui.titleCombo.setCurrentText("Cllr")
        ui.startLabel.setText("Term &starts" if councillor else "Employed &from")
        ui.endLabel.setText("Term &ends" if councillor else "Employed &until")
        self.adjustSize()

    def _add_role_row(self, role: RoleInput) -> None:
        table = self.ui.rolesTable
        row = table.rowCount()
        table.insertRow(row)
        title = QComboBox()
        title.setEditable(True)
        title.addItems(ROLE_TITLES)
        title.setCurrentText(role.title)
        title.setAccessibleName("Role title")
        of = QComboBox()
        of.setAccessibleName("Role is for")
        of.addItem(NO_COMMITTEE, None)
        for committee_id, name in self._committees:
            of.addItem(name, committee_id)
        of.setCurrentIndex(max(0, of.findData(role.committee_id)))
        table.setCellWidget(row, 0, title)
        table.setCellWidget(row, 1, of)
        table.setItem(row, 0, QTableWidgetItem())
        # Tab goes from the table into its rows' fields, then on to the buttons below it.
        QWidget.setTabOrder(table.cellWidget(row - 1, 1) if row else table, title)
        QWidget.setTabOrder(title, of)
        title.setFocus()

    def _remove_role_row(self) -> None:
        row = self.ui.rolesTable.currentRow()
        if row < 0:
            row = self.ui.rolesTable.rowCount() - 1
        if row >= 0:
            self.ui.rolesTable.removeRow(row)

    def roles(self) -> list[RoleInput]:
        table = self.ui.rolesTable
        result = []
        for row in range(table.rowCount()):
            title = table.cellWidget(row, 0)
            of = table.cellWidget(row, 1)
            assert isinstance(title, QComboBox) and isinstance(of, QComboBox)
            result.append(RoleInput(title.currentText(), of.currentData()))
        return result

    def collect(self) -> PersonInput:
        ui = self.ui
        councillor = ui.councillorRadio.isChecked()
        return PersonInput(
            kind=PersonKind.COUNCILLOR if councillor else PersonKind.OFFICER,
            title=ui.titleCombo.currentText(),
            forenames=ui.forenamesEdit.text(),
            surname=ui.surnameEdit.text(),
            ward=ui.wardEdit.text(),
            post=ui.postCombo.currentText(),
            start_on=ui.startDate.value(),
            end_on=ui.endDate.value(),
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            address=ui.addressEdit.toPlainText(),
            roles=self.roles() if councillor else [],
        )

    def save(self, session: Session) -> str:
        data = self.collect()
        if self.person_id is None:
            person = people.add_person(session, data)
            self.saved_id = person.id
            return f"Added {person.name}."
        person = people.update_person(session, self.person_id, data)
        return f"Saved changes to {person.name}."
