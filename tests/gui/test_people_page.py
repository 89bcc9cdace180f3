"""The People page and its editor, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.person_dialog import PersonDialog
from councildesk.gui.pages.people import PeoplePage
from councildesk.gui.pages.people_delete import PersonRemoval
from councildesk.services import committees, people
from councildesk.services.database import Database, open_database
from councildesk.services.people import PersonKind, PersonRecords

TODAY = dt.date(2026, 11, 24)


def _context(db: Database) -> AppContext:
    return AppContext(db, today=lambda: TODAY)


def _save(qtbot: QtBot, dialog: PersonDialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_add_councillor_with_role_survives_reopening(
    qtbot: QtBot, db: Database, db_path: Path
) -> None:
    with db.transaction() as session:
        committees.add_committee(session, "Planning Committee")
    dialog = PersonDialog(_context(db), None)
    qtbot.addWidget(dialog)
    assert dialog.ui.titleCombo.currentText() == "Cllr"  # a new councillor's usual title
    qtbot.keyClicks(dialog.ui.forenamesEdit, "Grace")
    qtbot.keyClicks(dialog.ui.surnameEdit, "Hopper")
    qtbot.keyClicks(dialog.ui.wardEdit, "Mill Ward")
    dialog.ui.startDate.setValue(dt.date(2023, 5, 4))
    dialog.ui.endDate.setValue(dt.date(2027, 5, 6))
    qtbot.keyClicks(dialog.ui.emailEdit, "grace@example.org")
    qtbot.mouseClick(dialog.ui.addRoleButton, Qt.MouseButton.LeftButton)
    title = dialog.ui.rolesTable.cellWidget(0, 0)
    of = dialog.ui.rolesTable.cellWidget(0, 1)
    assert isinstance(title, QComboBox) and isinstance(of, QComboBox)
    title.setCurrentText("Committee Chair")
    of.setCurrentText("Planning Committee")
    _save(qtbot, dialog)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert dialog.saved_message == "Added Cllr Grace Hopper."

    db.close()
    reopened = open_database(db_path)
    try:
        with reopened.session() as session:
            (person,) = people.list_people(session)
            assert (person.name, person.ward, person.email) == (
                "Cllr Grace Hopper",
                "Mill Ward",
                "grace@example.org",
            )
            assert (person.start_on, person.end_on) == (dt.date(2023, 5, 4), dt.date(2027, 5, 6))
            assert [people.role_label(r) for r in person.roles] == [
                "Committee Chair, Planning Committee"
            ]
    finally:
        reopened.close()


def test_term_ending_before_it_starts_is_shown_at_the_field(qtbot: QtBot, db: Database) -> None:
    dialog = PersonDialog(_context(db), None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.surnameEdit, "Backwards")
    dialog.ui.startDate.setValue(dt.date(2025, 5, 1))
    dialog.ui.endDate.setValue(dt.date(2024, 5, 1))
    _save(qtbot, dialog)
    assert dialog.result() != PersonDialog.DialogCode.Accepted
    assert dialog.errors is not None
    assert dialog.errors.message_for("end_on") == "The term of office cannot end before it starts."
    assert dialog.ui.surnameEdit.text() == "Backwards"  # nothing the clerk typed is lost
    with db.session() as session:
        assert people.list_people(session) == []


def test_officer_form_asks_for_post_not_ward(qtbot: QtBot, db: Database) -> None:
    dialog = PersonDialog(_context(db), None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ui.officerRadio, Qt.MouseButton.LeftButton)
    assert dialog.ui.postCombo.isVisible() and not dialog.ui.wardEdit.isVisible()
    assert dialog.ui.startLabel.text() == "Employed &from"
    assert dialog.ui.titleCombo.currentText() == ""  # officers are not "Cllr"
    qtbot.keyClicks(dialog.ui.forenamesEdit, "Pat")
    qtbot.keyClicks(dialog.ui.surnameEdit, "Clerk")
    _save(qtbot, dialog)
    assert dialog.errors is not None
    assert dialog.errors.message_for("post")
    dialog.ui.postCombo.setCurrentText("Clerk and RFO")
    _save(qtbot, dialog)
    with db.session() as session:
        (officer,) = people.list_people(session)
        assert (officer.post, officer.ward) == ("Clerk and RFO", "")


def test_people_page_filters_and_sorts(qtbot: QtBot, demo_db: Database) -> None:
    page = PeoplePage(_context(demo_db))
    qtbot.addWidget(page)
    page.refresh()
    assert page.ui.countLabel.text() == "13 people"
    qtbot.keyClicks(page.ui.filterEdit, "rfo")
    names = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert names == ["Sarah Pemberton"]
    assert page.ui.countLabel.text() == "Showing 1 of 13 people"
    page.ui.filterEdit.clear()
    page.ui.scopeCombo.setCurrentText("Officers employed now")
    assert page.proxy.rowCount() == 2
    page.ui.scopeCombo.setCurrentText("Everyone, including former")
    page.ui.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # From, newest first
    first = page.proxy.index(0, 0).data()
    assert first == "Mark Ellison"  # employed 08/01/2024, after the 2023 term began


def test_deleting_asks_first_and_keeps_the_person_on_cancel(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [None, PersonRemoval.DELETE]
    asked: list[str] = []

    def fake_ask(_parent: object, records: PersonRecords, _today: object) -> object:
        asked.append(records.name)
        return answers.pop(0)

    monkeypatch.setattr("councildesk.gui.pages.people.ask_how_to_remove", fake_ask)
    page = PeoplePage(_context(demo_db))
    qtbot.addWidget(page)
    page.refresh()
    page.ui.table.selectRow(0)
    name = page.proxy.index(0, 0).data()
    statuses: list[str] = []
    page.status.connect(statuses.append)
    page.delete_selected()
    assert page.model.rowCount() == 13
    page.delete_selected()
    assert page.model.rowCount() == 12
    assert asked[0] == name
    assert statuses == [f"Deleted {name}."]


def _names(page: PeoplePage) -> list[str]:
    return [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]


def test_people_are_listed_by_surname(qtbot: QtBot, demo_db: Database) -> None:
    page = PeoplePage(_context(demo_db))
    qtbot.addWidget(page)
    page.refresh()
    names = _names(page)
    surnames = [name.split()[-1] for name in names]
    assert surnames == sorted(surnames)
    assert names[:3] == ["Cllr Tom Ashworth", "Cllr Wendy Clarke", "Mark Ellison"]
    page.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(page)[0] == "Cllr Megan Whitaker"


def test_editing_shows_the_name_in_parts_and_the_clerk_can_correct_them(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as session:
        person_id = people.add_person(
            session, people.PersonInput(PersonKind.COUNCILLOR, "Cllr Mary Ann Jones")
        ).id
    dialog = PersonDialog(_context(db), person_id)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert (ui.titleCombo.currentText(), ui.forenamesEdit.text(), ui.surnameEdit.text()) == (
        "Cllr",
        "Mary Ann",
        "Jones",
    )
    ui.forenamesEdit.setText("Mary")
    ui.surnameEdit.setText("Ann Jones")
    _save(qtbot, dialog)
    assert dialog.saved_message == "Saved changes to Cllr Mary Ann Jones."
    with db.session() as session:
        assert people.get_person(session, person_id).surname == "Ann Jones"


def test_people_fit_a_small_laptop_screen_without_scrolling_sideways(
    qtbot: QtBot, demo_db: Database, shown_on_laptop: Callable[[Database, type], PeoplePage]
) -> None:
    page = shown_on_laptop(demo_db, PeoplePage)
    table = page.ui.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    shown = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    visible = [title for c, title in enumerate(shown) if not table.isColumnHidden(c)]
    assert {"Name", "Ward or post", "Group", "Email"} <= set(visible)
    assert table.horizontalScrollBar().maximum() == 0


@pytest.fixture
def fresh_column_choices() -> Iterator[None]:
    """Qt keeps one settings file per process, so the choices made here must not outlive it."""
    settings = QSettings("CouncilDesk", "CouncilDesk")
    settings.remove("columns")
    yield
    settings.remove("columns")


@pytest.mark.usefixtures("fresh_column_choices")
def test_optional_columns_are_hidden_from_the_header_menu_and_remembered(
    qtbot: QtBot, demo_db: Database
) -> None:
    page = PeoplePage(_context(demo_db))
    qtbot.addWidget(page)
    page.refresh()
    table = page.ui.table
    from_column = 5
    assert table.isColumnHidden(from_column)  # the term dates start hidden
    menu = page.optional_columns.menu()
    titles = {a.text(): a for a in menu.actions()}
    assert "Name" not in titles  # the name is never optional
    titles["From"].trigger()
    assert not table.isColumnHidden(from_column) and table.columnWidth(from_column) > 0
    titles["Telephone"].trigger()
    assert table.isColumnHidden(8)

    again = PeoplePage(_context(demo_db))
    qtbot.addWidget(again)
    again.refresh()
    assert not again.ui.table.isColumnHidden(from_column)
    assert again.ui.table.isColumnHidden(8)
