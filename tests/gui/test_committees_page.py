"""The Committees page and its dialog, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from councildesk.db.engine import Database
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.committee_dialog import CommitteeDialog
from councildesk.gui.pages.committees import CommitteesPage
from councildesk.services import committees, meetings, people
from councildesk.services.database import open_database
from councildesk.services.people import PersonInput, PersonKind, RoleInput

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def context(db: Database) -> AppContext:
    return AppContext(db, today=lambda: TODAY)


def add_councillor(db: Database, name: str, **extra: object) -> int:
    with db.transaction() as session:
        return people.add_person(
            session,
            PersonInput(kind=PersonKind.COUNCILLOR, name=name, **extra),  # type: ignore[arg-type]
        ).id


@pytest.fixture
def councillors(db: Database) -> dict[str, int]:
    names = ["Cllr Ann Archer", "Cllr Ben Brook", "Cllr Cara Cole", "Cllr Dev Dale"]
    made = {name: add_councillor(db, name, ward="North") for name in names}
    made["Cllr Old Timer"] = add_councillor(
        db, "Cllr Old Timer", start_on=dt.date(2015, 5, 1), end_on=dt.date(2019, 5, 1)
    )
    return made


@contextmanager
def reopen(db: Database, db_path: Path) -> Iterator[Database]:
    """Close the page's database and open the file afresh, to see what really landed."""
    db.close()
    again = open_database(db_path)
    try:
        yield again
    finally:
        again.close()


def save_button(dialog: QDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def tick(qtbot: QtBot, members: QListWidget, text: str) -> None:
    """Tick a councillor the way a keyboard user does: move to the row, press Space."""
    found = members.findItems(text, Qt.MatchFlag.MatchExactly)
    assert found, f"{text} is not in the list"
    members.setCurrentItem(found[0])
    qtbot.keyClick(members, Qt.Key.Key_Space)


def test_add_a_committee_with_members_through_the_page(
    qtbot: QtBot,
    context: AppContext,
    councillors: dict[str, int],
    db: Database,
    db_path: Path,
    run_modal: Callable[..., None],
) -> None:
    page = CommitteesPage(context)
    qtbot.addWidget(page)
    page.refresh()
    messages: list[str] = []
    page.status.connect(messages.append)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CommitteeDialog)
        ui = dialog.ui
        # Only councillors serving now are offered.
        offered = [ui.membersList.item(i).text() for i in range(ui.membersList.count())]
        assert "Cllr Old Timer" not in " ".join(offered)
        assert ui.membersFilter.isHidden()  # only five councillors: no need to search
        qtbot.keyClicks(ui.nameEdit, "Planning Committee")
        qtbot.keyClicks(ui.remitEdit, "Responses to planning applications.")
        tick(qtbot, ui.membersList, "Cllr Ben Brook")
        tick(qtbot, ui.membersList, "Cllr Dev Dale")
        assert ui.membersCountLabel.text() == "2 members chosen."
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted

    run_modal(page.add, fill)

    assert messages == ["Added Planning Committee."]
    assert page.model.rowCount() == 1
    selected = page.selected_row()
    assert selected is not None and selected.name == "Planning Committee"
    with reopen(db, db_path) as again, again.session() as session:
        committee = committees.find_committee_by_name(session, "Planning Committee")
        assert committee is not None
        assert committee.remit == "Responses to planning applications."
        assert sorted(m.person.name for m in committee.members) == [
            "Cllr Ben Brook",
            "Cllr Dev Dale",
        ]


def test_a_duplicate_name_is_refused_at_the_name_field(
    qtbot: QtBot, context: AppContext, councillors: dict[str, int], db: Database, db_path: Path
) -> None:
    with db.transaction() as session:
        committees.add_committee(
            session, "Planning Committee", "", [councillors["Cllr Ann Archer"]]
        )
    dialog = CommitteeDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.nameEdit, "Planning Committee")
    tick(qtbot, dialog.ui.membersList, "Cllr Cara Cole")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible(), "the dialog must stay open to let the clerk correct the name"
    assert dialog.errors is not None
    assert (
        dialog.errors.message_for("name")
        == "There is already a committee called 'Planning Committee'."
    )
    assert dialog.ui.nameEdit.property("invalid") is True
    # The message sits in the row straight after the name.
    form = dialog.ui.form
    name_row = form.getWidgetPosition(dialog.ui.nameEdit)[0]
    error = dialog.findChild(QWidget, "nameError")
    assert error is not None and form.getWidgetPosition(error)[0] == name_row + 1
    with reopen(db, db_path) as again, again.session() as session:
        found = committees.list_committees(session)
        assert [c.name for c in found] == ["Planning Committee"]
        assert [m.person.name for m in found[0].members] == ["Cllr Ann Archer"]


def test_edit_changes_the_members_and_keeps_a_former_councillor_visible(
    qtbot: QtBot, context: AppContext, councillors: dict[str, int], db: Database, db_path: Path
) -> None:
    with db.transaction() as session:
        committee_id = committees.add_committee(
            session,
            "Personnel Committee",
            "Staffing.",
            [councillors["Cllr Ann Archer"], councillors["Cllr Old Timer"]],
        ).id
    dialog = CommitteeDialog(context, committee_id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.nameEdit.text() == "Personnel Committee"
    assert ui.remitEdit.toPlainText() == "Staffing."
    assert sorted(dialog.member_ids()) == sorted(
        [councillors["Cllr Ann Archer"], councillors["Cllr Old Timer"]]
    )
    tick(qtbot, ui.membersList, "Cllr Old Timer (no longer serving)")  # untick
    tick(qtbot, ui.membersList, "Cllr Cara Cole")
    ui.nameEdit.clear()
    qtbot.keyClicks(ui.nameEdit, "Staffing Committee")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_message == "Saved changes to Staffing Committee."
    with reopen(db, db_path) as again, again.session() as session:
        committee = committees.get_committee(session, committee_id)
        assert committee.name == "Staffing Committee"
        assert sorted(m.person.name for m in committee.members) == [
            "Cllr Ann Archer",
            "Cllr Cara Cole",
        ]


def test_the_table_shows_chair_members_and_remit(
    qtbot: QtBot, context: AppContext, councillors: dict[str, int], db: Database
) -> None:
    with db.transaction() as session:
        planning = committees.add_committee(
            session,
            "Planning Committee",
            "Planning\napplications.",
            [councillors["Cllr Dev Dale"], councillors["Cllr Ann Archer"]],
        )
        committees.add_committee(session, "Finance Committee", "Money.", [])
        people.update_person(
            session,
            councillors["Cllr Dev Dale"],
            PersonInput(
                kind=PersonKind.COUNCILLOR,
                name="Cllr Dev Dale",
                roles=[RoleInput("Committee Chair", planning.id)],
            ),
        )
    page = CommitteesPage(context)
    qtbot.addWidget(page)
    page.refresh()
    table = [
        [page.proxy.index(r, c).data() for c in range(page.proxy.columnCount())]
        for r in range(page.proxy.rowCount())
    ]
    assert [page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Name",
        "Chair",
        "Members",
        "Member names",
        "Remit",
    ]
    assert table == [
        ["Finance Committee", "", "0", "", "Money."],
        [
            "Planning Committee",
            "Cllr Dev Dale",
            "2",
            "Cllr Ann Archer, Cllr Dev Dale",
            "Planning applications.",
        ],
    ]
    assert page.ui.countLabel.text() == "2 committees"


def test_delete_asks_first_and_warns_that_meetings_go_too(
    qtbot: QtBot,
    context: AppContext,
    councillors: dict[str, int],
    db: Database,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction() as session:
        committees.add_committee(
            session, "Planning Committee", "", [councillors["Cllr Ann Archer"]]
        )
        for day in (dt.date(2026, 10, 13), dt.date(2027, 1, 12), dt.date(2027, 2, 9)):
            meetings.add_meeting(session, meetings.MeetingInput("Planning Committee", day))
        meetings.add_meeting(session, meetings.MeetingInput("Full Council", dt.date(2027, 1, 5)))
    page = CommitteesPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.ui.table.selectRow(0)
    questions: list[str] = []
    answer = False

    def fake_confirm(parent: object, title: str, text: str, action: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr("councildesk.gui.pages.base.confirm", fake_confirm)
    messages: list[str] = []
    page.status.connect(messages.append)

    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert len(questions) == 1
    assert "Planning Committee" in questions[0]
    assert "Its 3 meetings (2 still to come) will be deleted from the calendar too" in questions[0]
    assert page.model.rowCount() == 1, "Cancel must keep the committee"

    answer = True
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert messages == ["Deleted Planning Committee and its 3 meetings."]
    with reopen(db, db_path) as again, again.session() as session:
        assert committees.list_committees(session) == []
        left = meetings.list_meetings(session)
        assert [(m.body_name, m.held_on) for m in left] == [("Full Council", dt.date(2027, 1, 5))]


def test_many_councillors_get_a_filter_box(qtbot: QtBot, context: AppContext, db: Database) -> None:
    for number in range(16):
        add_councillor(db, f"Cllr Person {number:02d}")
    add_councillor(db, "Cllr Zoe Zeal")
    dialog = CommitteeDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.membersFilter.isVisible()
    qtbot.keyClicks(ui.membersFilter, "zoe")
    shown = [
        ui.membersList.item(i).text()
        for i in range(ui.membersList.count())
        if not ui.membersList.item(i).isHidden()
    ]
    assert shown == ["Cllr Zoe Zeal"]


def test_every_field_is_reached_by_tab_and_named(
    qtbot: QtBot,
    context: AppContext,
    councillors: dict[str, int],
    tab_stop: Callable[..., bool],
    next_focus: Callable[[QWidget], QWidget],
) -> None:
    dialog = CommitteeDialog(context, None)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    dialog.show()
    qtbot.waitExposed(dialog)
    chain: list[QWidget] = []
    widget: QWidget = ui.nameEdit
    for _ in range(12):
        chain.append(widget)
        widget = next_focus(widget)
        while not tab_stop(widget):
            widget = next_focus(widget)
        if widget is ui.nameEdit:
            break
    fields = [ui.nameEdit, ui.remitEdit, ui.membersList]
    assert [w for w in chain if w in fields] == fields
    for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
        assert ui.buttonBox.button(kind) in chain
    for w in chain:
        assert w.accessibleName(), f"{w.objectName() or type(w).__name__} has no accessible name"
