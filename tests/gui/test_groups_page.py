"""The Political groups page and its dialogs, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.group_dialog import GroupDialog
from councildesk.gui.dialogs.membership_dialog import MembershipDialog
from councildesk.gui.pages.groups import GroupsPage
from councildesk.services import groups, people
from councildesk.services.database import Database, open_database
from councildesk.services.people import PersonInput, PersonKind

# The run_modal fixture (tests/gui/conftest.py): run an action that opens a dialog, then act on it.
RunModal = Callable[[Callable[[], object], Callable[[QWidget], None]], None]

TODAY = dt.date(2026, 11, 24)
TERM_START = dt.date(2023, 5, 4)


# --- helpers ---------------------------------------------------------------------------------
def add_councillor(db: Database, name: str, start_on: dt.date | None = TERM_START) -> int:
    with db.transaction() as session:
        person = people.add_person(
            session, PersonInput(PersonKind.COUNCILLOR, name, ward="Mill Ward", start_on=start_on)
        )
        return person.id


def add_group(db: Database, name: str, active_from: dt.date | None = TERM_START) -> int:
    with db.transaction() as session:
        return groups.add_group(session, name, active_from).id


def join(
    db: Database, group_id: int, person_id: int, start: dt.date, end: dt.date | None = None
) -> int:
    with db.transaction() as session:
        return groups.add_membership(session, group_id, person_id, start, end).id


def click_save(qtbot: QtBot, dialog: GroupDialog | MembershipDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(1)


def table_text(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def button_named(box: QMessageBox, text: str) -> QAbstractButton:
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            return button
    raise AssertionError(f"No button '{text}' in {[b.text() for b in box.buttons()]}")


# --- fixtures --------------------------------------------------------------------------------
@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(db, today=lambda: TODAY)


Keep = Callable[[QWidget], None]


@pytest.fixture
def keep() -> Iterator[Keep]:
    """Hold widgets made by a test and destroy them when it ends, while they are still whole.
    (Left to the garbage collector, a page could linger into a later test half torn down.)"""
    kept: list[QWidget] = []
    yield kept.append
    for widget in reversed(kept):
        if shiboken6.isValid(widget):
            widget.close()
            shiboken6.delete(widget)


@pytest.fixture
def make_page(qtbot: QtBot, context: AppContext, keep: Keep) -> Callable[[], GroupsPage]:
    def make() -> GroupsPage:
        page = GroupsPage(context)
        keep(page)
        page.resize(1000, 640)
        page.show()
        qtbot.waitExposed(page)
        page.refresh()
        return page

    return make


@pytest.fixture
def statuses() -> list[str]:
    return []


# --- the tests -------------------------------------------------------------------------------
def test_adding_a_group_and_a_member_lands_in_the_database(
    qtbot: QtBot,
    db: Database,
    db_path: Path,
    make_page: Callable[[], GroupsPage],
    run_modal: RunModal,
) -> None:
    add_councillor(db, "Cllr Ann Other")
    page = make_page()
    messages: list[str] = []
    changes: list[bool] = []
    page.status.connect(messages.append)
    page.data_changed.connect(lambda: changes.append(True))

    def fill_group(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        qtbot.keyClicks(dialog.ui.nameEdit, "Green Group")
        dialog.ui.activeFromDate.setValue(TERM_START)
        dialog.ui.activeToDate.clear()
        click_save(qtbot, dialog)

    run_modal(
        lambda: qtbot.mouseClick(page.ui.addGroupButton, Qt.MouseButton.LeftButton), fill_group
    )
    assert messages == ["Added the political group Green Group."]
    assert changes == [True]
    assert table_text(page.ui.groupsTable) == [["Green Group", "04/05/2023", "", "0"]]
    assert page.ui.membersTitleLabel.text() == "Members of Green Group"

    def fill_member(dialog: QWidget) -> None:
        assert isinstance(dialog, MembershipDialog)
        combo = dialog.ui.councillorCombo
        assert [combo.itemText(i) for i in range(combo.count())] == ["Cllr Ann Other"]
        combo.setCurrentIndex(0)
        dialog.ui.fromDate.setValue(TERM_START)
        dialog.ui.toDate.clear()
        click_save(qtbot, dialog)

    run_modal(
        lambda: qtbot.mouseClick(page.ui.addMemberButton, Qt.MouseButton.LeftButton), fill_member
    )
    assert messages[-1] == "Added Cllr Ann Other to Green Group from 04/05/2023."
    assert table_text(page.ui.membersTable) == [["Cllr Ann Other", "04/05/2023", "", "Current"]]
    assert page.ui.unaffiliatedLabel.text() == "Unaffiliated now: no councillors."

    db.close()
    reopened = open_database(db_path)
    try:
        with reopened.session() as session:
            (group,) = groups.list_groups(session)
            assert (group.name, group.active_from, group.active_to) == (
                "Green Group",
                TERM_START,
                None,
            )
            assert [(m.person.name, m.start_on, m.end_on) for m in group.memberships] == [
                ("Cllr Ann Other", TERM_START, None)
            ]
    finally:
        reopened.close()


def test_a_councillor_cannot_join_a_second_group_on_an_overlapping_date(
    qtbot: QtBot, db: Database, context: AppContext, keep: Keep
) -> None:
    person = add_councillor(db, "Cllr Ruth Hughes")
    first = add_group(db, "Ashcombe Independents")
    second = add_group(db, "Green Group")
    join(db, first, person, TERM_START)

    dialog = MembershipDialog(context, second)
    keep(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.councillorCombo.setCurrentIndex(ui.councillorCombo.findData(person))
    ui.fromDate.setValue(dt.date(2024, 1, 1))
    ui.toDate.clear()
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.errors is not None
    message = dialog.errors.message_for("start_on")
    assert message is not None
    assert "Cllr Ruth Hughes is already in Ashcombe Independents on 01/01/2024" in message
    # The message sits in the row straight under the "Member from" field, which is marked.
    label = dialog.findChild(QLabel, "start_onError")
    assert label is not None and label.isVisible()
    field_row, _ = ui.form.getWidgetPosition(ui.fromDate)
    label_row, _ = ui.form.getWidgetPosition(label)
    assert label_row == field_row + 1
    assert ui.fromDate.property("invalid") is True
    # Nothing entered is lost.
    assert ui.councillorCombo.currentData() == person
    assert ui.fromDate.value() == dt.date(2024, 1, 1)
    assert ui.toDate.value() is None
    # ...and nothing was saved.
    with db.session() as session:
        assert groups.get_group(session, second).memberships == []
        assert len(groups.get_group(session, first).memberships) == 1

    # Correcting the dates (a membership before the other began) then saves.
    ui.fromDate.setValue(dt.date(2022, 5, 5))
    ui.toDate.setValue(dt.date(2023, 5, 3))
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.saved_message == (
        "Added Cllr Ruth Hughes to Green Group from 05/05/2022 until 03/05/2023."
    )
    with db.session() as session:
        assert len(groups.get_group(session, second).memberships) == 1


def test_membership_dialog_needs_a_councillor(
    qtbot: QtBot, db: Database, context: AppContext, keep: Keep
) -> None:
    add_councillor(db, "Cllr Ruth Hughes")
    group = add_group(db, "Green Group")
    dialog = MembershipDialog(context, group)
    keep(dialog)
    dialog.show()
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors is not None
    assert dialog.errors.message_for("person") == "Choose a councillor to add to the group."


def test_members_table_shows_current_and_former(
    db: Database, make_page: Callable[[], GroupsPage]
) -> None:
    stays = add_councillor(db, "Cllr Tom Ashworth")
    leaves = add_councillor(db, "Cllr Fatima Jenkins")
    add_councillor(db, "Cllr Eleri Owen")
    group = add_group(db, "Green Group")
    join(db, group, stays, TERM_START)
    join(db, group, leaves, TERM_START, dt.date(2025, 3, 31))

    page = make_page()
    page.select_group(group)
    rows = {row[0]: row for row in table_text(page.ui.membersTable)}
    assert rows == {
        "Cllr Tom Ashworth": ["Cllr Tom Ashworth", "04/05/2023", "", "Current"],
        "Cllr Fatima Jenkins": ["Cllr Fatima Jenkins", "04/05/2023", "31/03/2025", "Former"],
    }
    assert table_text(page.ui.groupsTable) == [["Green Group", "04/05/2023", "", "1"]]
    assert page.ui.membersCountLabel.text() == "1 now, 2 memberships in all"
    assert page.ui.unaffiliatedLabel.text() == (
        "Unaffiliated now: 2 councillors (Cllr Fatima Jenkins, Cllr Eleri Owen)."
    )
    # A former membership can be removed but not ended again.
    page.select_membership(next(iter(_membership_ids(db, group, "Cllr Fatima Jenkins"))))
    assert page.ui.removeMemberButton.isEnabled()
    assert not page.ui.endMembershipButton.isEnabled()


def _membership_ids(db: Database, group_id: int, name: str) -> list[int]:
    with db.session() as session:
        return [
            m.id for m in groups.get_group(session, group_id).memberships if m.person.name == name
        ]


def test_ending_a_membership_makes_it_former(
    qtbot: QtBot, db: Database, make_page: Callable[[], GroupsPage], run_modal: RunModal
) -> None:
    person = add_councillor(db, "Cllr Tom Ashworth")
    group = add_group(db, "Green Group")
    membership = join(db, group, person, TERM_START)
    page = make_page()
    messages: list[str] = []
    page.status.connect(messages.append)
    page.select_group(group)
    page.select_membership(membership)
    assert page.ui.endMembershipButton.isEnabled()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, MembershipDialog)
        assert dialog.windowTitle() == "End membership"
        assert not dialog.ui.councillorCombo.isVisible()
        dialog.ui.toDate.setValue(dt.date(2026, 10, 31))
        click_save(qtbot, dialog)

    run_modal(
        lambda: qtbot.mouseClick(page.ui.endMembershipButton, Qt.MouseButton.LeftButton), fill
    )
    assert messages == ["Ended Cllr Tom Ashworth's membership of Green Group on 31/10/2026."]
    assert table_text(page.ui.membersTable) == [
        ["Cllr Tom Ashworth", "04/05/2023", "31/10/2026", "Former"]
    ]
    # The selection survived the reload.
    assert page.selected_group_id() == group
    assert page.selected_membership_id() == membership
    with db.session() as session:
        assert groups.get_membership(session, membership).end_on == dt.date(2026, 10, 31)


def test_deleting_a_group_asks_first_and_takes_its_history(
    qtbot: QtBot, db: Database, make_page: Callable[[], GroupsPage], run_modal: RunModal
) -> None:
    person = add_councillor(db, "Cllr Tom Ashworth")
    group = add_group(db, "Green Group")
    join(db, group, person, TERM_START)
    page = make_page()
    messages: list[str] = []
    page.status.connect(messages.append)
    page.select_group(group)
    asked: list[str] = []

    def answer(choice: str) -> Callable[[QWidget], None]:
        def press(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append(box.text())
            button_named(box, choice).click()

        return press

    run_modal(page.delete_group, answer("Cancel"))
    assert "'Green Group'" in asked[0] and "membership history" in asked[0]
    with db.session() as session:
        assert [g.name for g in groups.list_groups(session)] == ["Green Group"]
    assert messages == []

    # The Delete key on the focused groups table asks too.
    page.activateWindow()
    page.ui.groupsTable.setFocus()
    qtbot.waitUntil(page.ui.groupsTable.hasFocus)
    run_modal(
        lambda: qtbot.keyClick(page.ui.groupsTable, Qt.Key.Key_Delete), answer("Delete group")
    )
    assert messages == ["Deleted the political group Green Group and its membership history."]
    assert table_text(page.ui.groupsTable) == []
    assert page.ui.membersTitleLabel.text() == "Members"
    with db.session() as session:
        assert groups.list_groups(session) == []
        assert people.get_person(session, person).group_memberships == []


def test_removing_a_mistaken_membership(
    qtbot: QtBot, db: Database, make_page: Callable[[], GroupsPage], run_modal: RunModal
) -> None:
    person = add_councillor(db, "Cllr Tom Ashworth")
    group = add_group(db, "Green Group")
    membership = join(db, group, person, TERM_START)
    page = make_page()
    messages: list[str] = []
    page.status.connect(messages.append)
    page.select_group(group)
    page.select_membership(membership)

    def agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "Cllr Tom Ashworth" in box.text() and "mistake" in box.text()
        button_named(box, "Remove membership").click()

    run_modal(
        lambda: qtbot.mouseClick(page.ui.removeMemberButton, Qt.MouseButton.LeftButton), agree
    )
    assert messages == ["Removed the record of Cllr Tom Ashworth in Green Group (from 04/05/2023)."]
    assert table_text(page.ui.membersTable) == []
    with db.session() as session:
        assert groups.get_group(session, group).memberships == []


def test_group_dialog_shows_problems_at_their_fields(
    qtbot: QtBot, db: Database, context: AppContext, keep: Keep
) -> None:
    add_group(db, "Green Group")
    dialog = GroupDialog(context, None)
    keep(dialog)
    dialog.show()
    ui = dialog.ui
    ui.activeFromDate.clear()
    ui.activeToDate.clear()
    click_save(qtbot, dialog)
    assert dialog.errors is not None
    assert dialog.errors.message_for("name") == "Enter the group's name."

    qtbot.keyClicks(ui.nameEdit, "Green Group")
    ui.activeFromDate.setValue(dt.date(2026, 1, 1))
    ui.activeToDate.setValue(dt.date(2025, 1, 1))
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.message_for("name") == "There is already a group called 'Green Group'."
    assert dialog.errors.message_for("end_on") == "The group cannot end before it starts."
    label = dialog.findChild(QLabel, "end_onError")
    assert label is not None
    assert ui.form.getWidgetPosition(label)[0] == ui.form.getWidgetPosition(ui.activeToDate)[0] + 1
    assert ui.nameEdit.text() == "Green Group"
    with db.session() as session:
        assert len(groups.list_groups(session)) == 1


def test_editing_a_group_keeps_its_members(
    qtbot: QtBot, db: Database, make_page: Callable[[], GroupsPage], run_modal: RunModal
) -> None:
    person = add_councillor(db, "Cllr Tom Ashworth")
    group = add_group(db, "Green Group")
    join(db, group, person, TERM_START)
    page = make_page()
    messages: list[str] = []
    page.status.connect(messages.append)
    page.select_group(group)

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        assert dialog.ui.nameEdit.text() == "Green Group"
        dialog.ui.nameEdit.setText("Green and Independent Group")
        click_save(qtbot, dialog)

    run_modal(lambda: qtbot.mouseClick(page.ui.editGroupButton, Qt.MouseButton.LeftButton), rename)
    assert messages == ["Saved changes to Green and Independent Group."]
    assert page.ui.membersTitleLabel.text() == "Members of Green and Independent Group"
    assert len(table_text(page.ui.membersTable)) == 1


def test_groups_sort_by_date_and_filter(db: Database, make_page: Callable[[], GroupsPage]) -> None:
    add_group(db, "Early Group", dt.date(2023, 1, 15))
    add_group(db, "Late Group", dt.date(2024, 6, 1))
    page = make_page()
    page.ui.groupsTable.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    # As text "01/06/2024" would come before "15/01/2023"; as dates it does not.
    assert [row[0] for row in table_text(page.ui.groupsTable)] == ["Early Group", "Late Group"]

    page.select_group(add_group(db, "Middle Group", dt.date(2023, 9, 9)))
    page.refresh()
    assert page.selected_group() is not None
    page.select_group(_group_id(db, "Late Group"))
    page.refresh()
    assert page.selected_group_id() == _group_id(db, "Late Group")

    page.ui.filterEdit.setText("late")
    assert [row[0] for row in table_text(page.ui.groupsTable)] == ["Late Group"]
    assert page.ui.countLabel.text() == "Showing 1 of 3 groups"


def _group_id(db: Database, name: str) -> int:
    with db.session() as session:
        return groups.find_group_by_name(session, name).id


def test_keyboard_and_accessible_names(
    qtbot: QtBot, db: Database, make_page: Callable[[], GroupsPage], run_modal: RunModal
) -> None:
    add_group(db, "Green Group")
    page = make_page()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    ui = page.ui

    controls: list[QWidget] = [
        ui.addGroupButton,
        ui.editGroupButton,
        ui.deleteGroupButton,
        ui.filterEdit,
        ui.groupsTable,
        ui.addMemberButton,
        ui.endMembershipButton,
        ui.removeMemberButton,
        ui.membersTable,
    ]
    for control in controls:
        assert control.accessibleName(), control.objectName()
    # Tab visits the controls in order (the table of members last).
    chain = []
    widget = ui.addGroupButton.nextInFocusChain()
    while widget is not ui.addGroupButton:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    positions = [chain.index(c) for c in controls[1:]]
    assert positions == sorted(positions)

    ui.groupsTable.setFocus()
    qtbot.waitUntil(ui.groupsTable.hasFocus)
    qtbot.keyClick(ui.groupsTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is ui.filterEdit

    def cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        assert dialog.windowTitle() == "Add a political group"
        dialog.reject()

    run_modal(
        lambda: qtbot.keyClick(ui.filterEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        cancel,
    )


def test_dialog_inputs_have_accessible_names(
    qtbot: QtBot, db: Database, context: AppContext, keep: Keep
) -> None:
    group = add_group(db, "Green Group")
    group_dialog = GroupDialog(context, None)
    member_dialog = MembershipDialog(context, group)
    inputs: list[QWidget] = [
        group_dialog.ui.nameEdit,
        group_dialog.ui.activeFromDate,
        group_dialog.ui.activeToDate,
        member_dialog.ui.councillorCombo,
        member_dialog.ui.fromDate,
        member_dialog.ui.toDate,
    ]
    for dialog in (group_dialog, member_dialog):
        keep(dialog)
        inputs.extend(dialog.ui.buttonBox.buttons())
    for widget in inputs:
        assert widget.accessibleName(), widget.objectName() or type(widget).__name__


def test_an_empty_until_date_stays_empty_when_the_dialog_is_shown(
    qtbot: QtBot, db: Database, context: AppContext, keep: Keep
) -> None:
    group = add_group(db, "Green Group")
    dialog = MembershipDialog(context, group)
    keep(dialog)
    assert dialog.ui.toDate.value() is None
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ui.toDate.value() is None
