"""Adding or editing a committee: its name, remit and members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.form_dialog import FormDialog
from councildesk.gui.forms.ui_committee_dialog import Ui_CommitteeDialog
from councildesk.services import committees, people
from councildesk.services.database import Session
from councildesk.services.people import PersonKind

# Above this many councillors the list gets a box to find one by name.
FILTER_THRESHOLD = 15


class CommitteeDialog(FormDialog):
    def __init__(
        self, context: AppContext, committee_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.committee_id = committee_id
        self.saved_id: int | None = committee_id
        self.ui = Ui_CommitteeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle("Edit committee" if committee_id else "Add a committee")
        with context.db.session() as session:
            member_ids: set[int] = set()
            if committee_id is not None:
                committee = committees.get_committee(session, committee_id)
                ui.nameEdit.setText(committee.name)
                ui.remitEdit.setPlainText(committee.remit)
                member_ids = {seat.person_id for seat in committee.members}
            self._fill_members(session, member_ids)
        ui.membersFilter.setVisible(ui.membersList.count() > FILTER_THRESHOLD)
        ui.membersFilter.textChanged.connect(self._filter_members)
        ui.membersList.itemChanged.connect(self._update_count)
        self._update_count()
        self.setup_errors(
            ui.form,
            {"name": ui.nameEdit, "members": ui.membersList},
            ui.errorLabel,
            ui.buttonBox,
        )
        ui.nameEdit.setFocus()

    def _fill_members(self, session: Session, member_ids: set[int]) -> None:
        """Councillors serving now, and anyone already on the committee who no longer is (so
        that saving never drops them unseen)."""
        today = self.context.today()
        for person in people.list_people(session, PersonKind.COUNCILLOR):
            current = people.is_current(person, today)
            if not current and person.id not in member_ids:
                continue
            text = person.name if current else f"{person.name} (no longer serving)"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = person.id in member_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if person.ward:
                item.setToolTip(f"{person.name}, {person.ward}")
            self.ui.membersList.addItem(item)
        if self.ui.membersList.count() == 0:
            self.ui.membersCountLabel.setText("There are no councillors yet: add them on People.")

    def _items(self) -> list[QListWidgetItem]:
        members = self.ui.membersList
        return [members.item(row) for row in range(members.count())]

    def member_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_member_checked(self, person_id: int, checked: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _filter_members(self, text: str) -> None:
        wanted = text.strip().lower()
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in item.text().lower())

    def _update_count(self) -> None:
        if self.ui.membersList.count() == 0:
            return
        chosen = len(self.member_ids())
        text = {0: "No members chosen yet.", 1: "1 member chosen."}.get(
            chosen, f"{chosen} members chosen."
        )
        self.ui.membersCountLabel.setText(text)

    def save(self, session: Session) -> str:
        ui = self.ui
        name, remit, members = ui.nameEdit.text(), ui.remitEdit.toPlainText(), self.member_ids()
        if self.committee_id is None:
            committee = committees.add_committee(session, name, remit, members)
            self.saved_id = committee.id
            return f"Added {committee.name}."
        committee = committees.update_committee(session, self.committee_id, name, remit, members)
        return f"Saved changes to {committee.name}."
