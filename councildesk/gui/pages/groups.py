"""The Political groups page: the groups, and who has been in each over time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.group_dialog import GroupDialog
from councildesk.gui.dialogs.membership_dialog import MembershipDialog
from councildesk.gui.export_button import Exporter, export_button
from councildesk.gui.forms.ui_groups_page import Ui_GroupsPage
from councildesk.gui.icons import icon
from councildesk.gui.messages import confirm, show_error
from councildesk.gui.pages.base import Page
from councildesk.gui.table_model import ID_ROLE, Column, FilterProxy, RowTableModel
from councildesk.services import groups, people
from councildesk.services.groups import Standing


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    active_from: dt.date | None
    active_to: dt.date | None
    members_now: int


@dataclass(frozen=True)
class MembershipRow:
    id: int
    councillor: str
    start_on: dt.date | None
    end_on: dt.date | None
    status: Standing
    sort_name: str = ""  # surname first, so the Councillor column sorts by surname


class GroupsPage(Page):
    title = "Political groups"
    icon_name = "groups"
    area = "groups"
    print_text = "&Print council directory…"
    prints_directory = True  # the directory lists what this page shows
    description = (
        "The party political groups on the council, and which councillors have been in each "
        "and when. A councillor is in at most one group on any date."
    )

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_GroupsPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.titleLabel.setText(self.title)
        ui.descriptionLabel.setText(self.description)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        self._memberships: dict[int, list[MembershipRow]] = {}

        self.groups_model = RowTableModel(
            (
                Column("Name", lambda r: r.name),
                Column("Active from", lambda r: r.active_from),
                Column("Active to", lambda r: r.active_to),
                Column("Members now", lambda r: r.members_now),
            )
        )
        self.groups_proxy = FilterProxy()
        self.groups_proxy.setSourceModel(self.groups_model)
        self.members_model = RowTableModel(
            (
                Column("Councillor", lambda r: r.councillor, sort=lambda r: r.sort_name),
                Column("From", lambda r: r.start_on),
                Column("To", lambda r: r.end_on),
                Column("Status", lambda r: r.status.label),
            )
        )
        self.members_proxy = FilterProxy()
        self.members_proxy.setSourceModel(self.members_model)
        self._setup_table(ui.groupsTable, self.groups_proxy, 0)
        self._setup_table(ui.membersTable, self.members_proxy, 1)

        for button, name in (
            (ui.addGroupButton, "add"),
            (ui.editGroupButton, "edit"),
            (ui.deleteGroupButton, "delete"),
            (ui.addMemberButton, "person-add"),
            (ui.endMembershipButton, "close"),
            (ui.removeMemberButton, "delete"),
        ):
            button.setIcon(icon(name))
        ui.addGroupButton.clicked.connect(self.add_group)
        ui.editGroupButton.clicked.connect(self.edit_group)
        ui.deleteGroupButton.clicked.connect(self.delete_group)
        ui.addMemberButton.clicked.connect(self.add_member)
        ui.endMembershipButton.clicked.connect(self.end_membership)
        ui.removeMemberButton.clicked.connect(self.remove_membership)
        export_button(
            self, ui.exportButton, Exporter(self, "the groups and their members", register="groups")
        )
        ui.groupsTable.doubleClicked.connect(self._edit_group_index)
        ui.groupsTable.selectionModel().selectionChanged.connect(self._group_selection_changed)
        ui.membersTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.filterEdit.textChanged.connect(self._filter_changed)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_group)
        for key, table, slot in (
            (Qt.Key.Key_Delete, ui.groupsTable, self.delete_group),
            (Qt.Key.Key_Return, ui.groupsTable, self.edit_group),
            (Qt.Key.Key_Enter, ui.groupsTable, self.edit_group),
            (Qt.Key.Key_Delete, ui.membersTable, self.remove_membership),
        ):
            shortcut = QShortcut(QKeySequence(key), table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._show_members()

    # --- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        group_id = self.selected_group_id()
        membership_id = self.selected_membership_id()
        today = self.context.today()
        group_rows: list[GroupRow] = []
        memberships: dict[int, list[MembershipRow]] = {}
        with self.context.db.session() as session:
            for group in groups.list_groups(session):
                group_rows.append(
                    GroupRow(
                        id=group.id,
                        name=group.name,
                        active_from=group.active_from,
                        active_to=group.active_to,
                        members_now=len(groups.members_on(group, today)),
                    )
                )
                memberships[group.id] = [
                    MembershipRow(
                        id=m.id,
                        councillor=m.person.name,
                        start_on=m.start_on,
                        end_on=m.end_on,
                        status=groups.membership_standing(m, today),
                        sort_name="\0".join(people.surname_key(m.person)),
                    )
                    for m in group.memberships
                ]
            unaffiliated = [p.name for p in groups.unaffiliated_on(session, today)]
        self._memberships = memberships
        self.groups_model.set_rows(group_rows)
        self._fit_columns(self.ui.groupsTable)
        if group_id is not None:
            self.select_group(group_id)
        if self.selected_group_id() is None and self.groups_proxy.rowCount():
            self.ui.groupsTable.selectRow(0)
        self._show_members()
        if membership_id is not None:
            self.select_membership(membership_id)
        self._update_count()
        self._show_unaffiliated(unaffiliated)

    def _show_members(self) -> None:
        ui = self.ui
        row = self.selected_group()
        rows = self._memberships.get(row.id, []) if row is not None else []
        self.members_model.set_rows(rows)
        self._fit_columns(ui.membersTable)
        if row is None:
            ui.membersTitleLabel.setText("Members")
            ui.membersCountLabel.setText("Choose a group above to see its members.")
            ui.membersTable.setAccessibleName("Members of the selected group")
        else:
            ui.membersTitleLabel.setText(f"Members of {row.name}")
            ui.membersTable.setAccessibleName(f"Members of {row.name}")
            now = sum(1 for r in rows if r.status is Standing.CURRENT)
            ui.membersCountLabel.setText(
                f"{now} now, {len(rows)} {'membership' if len(rows) == 1 else 'memberships'} in all"
            )
        self._update_buttons()

    def _show_unaffiliated(self, names: list[str]) -> None:
        count = len(names)
        if not count:
            text = "Unaffiliated now: no councillors."
        else:
            noun = "councillor" if count == 1 else "councillors"
            text = f"Unaffiliated now: {count} {noun} ({', '.join(names)})."
        self.ui.unaffiliatedLabel.setText(text)
        self.ui.unaffiliatedLabel.setAccessibleName(text)

    def _update_count(self) -> None:
        shown, total = self.groups_proxy.rowCount(), self.groups_model.rowCount()
        noun = "group" if total == 1 else "groups"
        text = f"{total} {noun}" if shown == total else f"Showing {shown} of {total} {noun}"
        self.ui.countLabel.setText(text)

    # --- selection -----------------------------------------------------------------------------
    def selected_group(self) -> GroupRow | None:
        row: GroupRow | None = self._selected(
            self.ui.groupsTable, self.groups_proxy, self.groups_model
        )
        return row

    def selected_group_id(self) -> int | None:
        row = self.selected_group()
        return row.id if row is not None else None

    def selected_membership(self) -> MembershipRow | None:
        row: MembershipRow | None = self._selected(
            self.ui.membersTable, self.members_proxy, self.members_model
        )
        return row

    def selected_membership_id(self) -> int | None:
        row = self.selected_membership()
        return row.id if row is not None else None

    def select_group(self, group_id: int) -> None:
        self._select(self.ui.groupsTable, self.groups_proxy, group_id)

    def select_membership(self, membership_id: int) -> None:
        self._select(self.ui.membersTable, self.members_proxy, membership_id)

    # --- groups --------------------------------------------------------------------------------
    def add_group(self) -> None:
        self._run(GroupDialog(self.context, None, self), select_group=True)

    def edit_group(self) -> None:
        group_id = self.selected_group_id()
        if group_id is not None:
            self._run(GroupDialog(self.context, group_id, self), select_group=True)

    def delete_group(self) -> None:
        row = self.selected_group()
        if row is None:
            return
        history = len(self._memberships.get(row.id, []))
        count = "1 membership" if history == 1 else f"{history} memberships"
        if not confirm(
            self,
            "Delete political group",
            f"Delete the political group '{row.name}'? Its membership history goes too "
            f"({count}, current and former). This cannot be undone.",
            "Delete group",
        ):
            return
        try:
            with self.context.db.transaction() as session:
                groups.delete_group(session, row.id)
        except CouncilDeskError as error:
            show_error(self, "Not deleted", str(error))
            return
        self.ui.groupsTable.clearSelection()
        self._changed(f"Deleted the political group {row.name} and its membership history.")

    # --- memberships ---------------------------------------------------------------------------
    def add_member(self) -> None:
        group_id = self.selected_group_id()
        if group_id is not None:
            self._run(MembershipDialog(self.context, group_id, self), select_membership=True)

    def end_membership(self) -> None:
        group_id = self.selected_group_id()
        row = self.selected_membership()
        if group_id is not None and row is not None and row.end_on is None:
            dialog = MembershipDialog(self.context, group_id, self, membership_id=row.id)
            self._run(dialog, select_membership=True)

    def remove_membership(self) -> None:
        group = self.selected_group()
        row = self.selected_membership()
        if group is None or row is None:
            return
        span = groups.membership_period(row.start_on, row.end_on)
        period = f" ({span})" if span else ""
        if not confirm(
            self,
            "Remove membership",
            f"Remove the record that {row.councillor} was in {group.name}{period}?\n\n"
            "Use this only to correct a mistake. If they have left the group, use "
            "End membership instead, so the history stays right. This cannot be undone.",
            "Remove membership",
        ):
            return
        try:
            with self.context.db.transaction() as session:
                groups.remove_membership(session, row.id)
        except CouncilDeskError as error:
            show_error(self, "Not removed", str(error))
            return
        self._changed(f"Removed the record of {row.councillor} in {group.name}{period}.")

    # --- helpers -------------------------------------------------------------------------------
    def _run(
        self,
        dialog: GroupDialog | MembershipDialog,
        *,
        select_group: bool = False,
        select_membership: bool = False,
    ) -> None:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.refresh()
        if dialog.saved_id is not None:
            if select_group:
                self.select_group(dialog.saved_id)
            if select_membership:
                self.select_membership(dialog.saved_id)
        self.data_changed.emit()
        self.status.emit(dialog.saved_message or "Saved.")

    def _changed(self, message: str) -> None:
        self.refresh()
        self.data_changed.emit()
        self.status.emit(message)

    def _setup_table(self, table: QTableView, proxy: FilterProxy, sort_column: int) -> None:
        table.setModel(proxy)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name takes the spare width, so the dates and counts sit together on the right.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)

    def _fit_columns(self, table: QTableView) -> None:
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(1, header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 24, 320))

    def _selected(self, table: QTableView, proxy: FilterProxy, model: RowTableModel) -> Any:
        indexes = table.selectionModel().selectedRows()
        if not indexes:
            return None
        return model.row_object(proxy.mapToSource(indexes[0]).row())

    def _select(self, table: QTableView, proxy: FilterProxy, row_id: int) -> None:
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if index.data(ID_ROLE) == row_id:
                table.selectRow(row)
                table.scrollTo(index)
                return

    def _focus_filter(self) -> None:
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def _filter_changed(self, text: str) -> None:
        self.groups_proxy.setFilterFixedString(text)
        self._update_count()

    def _group_selection_changed(
        self, _selected: QItemSelection, _deselected: QItemSelection
    ) -> None:
        self._show_members()

    def _edit_group_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_group()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_group = self.selected_group_id() is not None
        membership = self.selected_membership()
        ui.editGroupButton.setEnabled(has_group)
        ui.deleteGroupButton.setEnabled(has_group)
        ui.addMemberButton.setEnabled(has_group)
        ui.endMembershipButton.setEnabled(membership is not None and membership.end_on is None)
        ui.removeMemberButton.setEnabled(membership is not None)
