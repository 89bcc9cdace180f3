"""The Meetings page and its dialog, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from councildesk.db.engine import Database
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.meeting_dialog import MeetingDialog
from councildesk.gui.pages import base
from councildesk.gui.pages.meetings import MeetingsPage
from councildesk.services import committees, meetings
from councildesk.services.database import Session, open_database
from councildesk.services.meetings import MeetingInput

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def context(db: Database) -> AppContext:
    with db.transaction() as session:
        committees.add_committee(session, "Planning Committee", "Planning applications.")
        committees.add_committee(session, "Finance Committee", "Money.")
    return AppContext(db, today=lambda: TODAY)


@contextmanager
def reopened(db: Database, db_path: Path) -> Iterator[Session]:
    """Close the page's database and open the file afresh, to see what really landed."""
    db.close()
    again = open_database(db_path)
    try:
        with again.session() as session:
            yield session
    finally:
        again.close()


def stored(session: Session) -> list[tuple[str, dt.date, dt.time | None, str, str]]:
    return [
        (m.body_name, m.held_on, m.starts_at, m.venue, m.notes)
        for m in meetings.list_meetings(session)
    ]


def add_meetings(db: Database, *items: tuple[str, dt.date]) -> None:
    with db.transaction() as session:
        for body, day in items:
            meetings.add_meeting(session, MeetingInput(body, day, dt.time(19, 0), "Village Hall"))


def save_button(dialog: QDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def column(page: MeetingsPage, number: int) -> list[str]:
    return [page.proxy.index(row, number).data() for row in range(page.proxy.rowCount())]


def test_add_a_meeting_through_the_page(
    qtbot: QtBot, context: AppContext, db: Database, db_path: Path, run_modal: Callable[..., None]
) -> None:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    messages: list[str] = []
    page.status.connect(messages.append)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        ui = dialog.ui
        assert [ui.bodyCombo.itemText(i) for i in range(ui.bodyCombo.count())] == [
            "Full Council",
            "Finance Committee",
            "Planning Committee",
        ]
        ui.bodyCombo.setCurrentText("Planning Committee")
        ui.dateEdit.setValue(dt.date(2027, 1, 12))
        assert ui.dayLabel.text() == "Tuesday"
        assert ui.timeEdit.time() == QTime(19, 0)  # the usual evening start
        ui.timeEdit.setTime(QTime(18, 30))
        qtbot.keyClicks(ui.venueEdit, "Committee Room")
        qtbot.keyClicks(ui.notesEdit, "Budget meeting")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted

    run_modal(page.add, fill)

    assert messages == ["Added Planning Committee on 12/01/2027."]
    assert [page.proxy.index(0, c).data() for c in range(6)] == [
        "12/01/2027",
        "Tuesday",
        "18:30",
        "Planning Committee",
        "Committee Room",
        "Budget meeting",
    ]
    assert page.selected_id() is not None
    with reopened(db, db_path) as session:
        assert stored(session) == [
            (
                "Planning Committee",
                dt.date(2027, 1, 12),
                dt.time(18, 30),
                "Committee Room",
                "Budget meeting",
            )
        ]


def test_a_meeting_without_a_date_is_refused_at_the_date_field(
    qtbot: QtBot, context: AppContext, db: Database, db_path: Path
) -> None:
    dialog = MeetingDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.clear()  # as it should open (see the test below)
    qtbot.keyClicks(dialog.ui.venueEdit, "Village Hall")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible(), "the dialog must stay open so the clerk can add the date"
    assert dialog.errors is not None
    assert dialog.errors.message_for("held_on") == "Enter the date of the meeting."
    assert dialog.ui.dateEdit.property("invalid") is True
    form = dialog.ui.form
    date_row = form.getWidgetPosition(dialog.ui.dateLabel)[0]
    error = dialog.findChild(QWidget, "held_onError")
    assert error is not None
    qtbot.waitUntil(error.isVisible)
    assert form.getWidgetPosition(error)[0] == date_row + 1
    with reopened(db, db_path) as session:
        assert stored(session) == []


def test_a_new_meeting_opens_with_no_date(qtbot: QtBot, context: AppContext) -> None:
    dialog = MeetingDialog(context, None)
    qtbot.addWidget(dialog)
    assert dialog.ui.dateEdit.value() is None
    dialog.show()
    assert dialog.ui.dateEdit.value() is None, "a new meeting's date must start empty, not today"


def test_no_set_time(qtbot: QtBot, context: AppContext, db: Database, db_path: Path) -> None:
    dialog = MeetingDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.setValue(dt.date(2027, 3, 2))
    qtbot.mouseClick(dialog.ui.noTimeCheck, Qt.MouseButton.LeftButton)
    assert not dialog.ui.timeEdit.isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved_message == "Added Full Council on 02/03/2027."
    with reopened(db, db_path) as session:
        assert stored(session) == [("Full Council", dt.date(2027, 3, 2), None, "", "")]


def test_a_year_of_meetings_at_once(
    qtbot: QtBot, context: AppContext, db: Database, db_path: Path, run_modal: Callable[..., None]
) -> None:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    messages: list[str] = []
    page.status.connect(messages.append)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, MeetingDialog)
        ui = dialog.ui
        ui.bodyCombo.setCurrentText("Planning Committee")
        ui.dateEdit.setValue(dt.date(2027, 1, 12))
        ui.repeatSpin.setValue(11)
        assert ui.repeatHint.text() == (
            "12 meetings on the second Tuesday of each month, until 14/12/2027."
        )
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.add, fill)

    assert messages == ["Added 12 meetings of Planning Committee."]
    assert page.proxy.rowCount() == 12
    with reopened(db, db_path) as session:
        rows = stored(session)
    assert [day for _, day, *_ in rows] == [
        dt.date(2027, 1, 12),
        dt.date(2027, 2, 9),
        dt.date(2027, 3, 9),
        dt.date(2027, 4, 13),
        dt.date(2027, 5, 11),
        dt.date(2027, 6, 8),
        dt.date(2027, 7, 13),
        dt.date(2027, 8, 10),
        dt.date(2027, 9, 14),
        dt.date(2027, 10, 12),
        dt.date(2027, 11, 9),
        dt.date(2027, 12, 14),
    ]
    assert {(body, time) for body, _, time, *_ in rows} == {("Planning Committee", dt.time(19))}


def test_a_refused_series_saves_none_of_it(
    qtbot: QtBot, context: AppContext, db: Database, db_path: Path
) -> None:
    dialog = MeetingDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.dateEdit.clear()
    dialog.ui.repeatSpin.setValue(5)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    with reopened(db, db_path) as session:
        assert stored(session) == []


def test_edit_a_meeting(qtbot: QtBot, context: AppContext, db: Database, db_path: Path) -> None:
    add_meetings(db, ("Full Council", dt.date(2027, 1, 5)))
    with db.session() as session:
        meeting_id = meetings.list_meetings(session)[0].id
    dialog = MeetingDialog(context, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert not ui.repeatSpin.isVisible(), "a repeat is only offered when adding"
    assert ui.bodyCombo.currentText() == "Full Council"
    assert ui.dateEdit.value() == dt.date(2027, 1, 5)
    assert ui.venueEdit.text() == "Village Hall"
    ui.bodyCombo.setCurrentText("Finance Committee")
    ui.dateEdit.setValue(dt.date(2027, 1, 6))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.saved_message == "Saved the Finance Committee meeting on 06/01/2027."
    with reopened(db, db_path) as session:
        assert stored(session) == [
            ("Finance Committee", dt.date(2027, 1, 6), dt.time(19), "Village Hall", "")
        ]


def test_dates_sort_by_date_not_as_text(qtbot: QtBot, context: AppContext, db: Database) -> None:
    add_meetings(
        db,
        ("Full Council", dt.date(2027, 3, 2)),
        ("Full Council", dt.date(2026, 12, 25)),
        ("Planning Committee", dt.date(2027, 1, 10)),
        ("Full Council", dt.date(2028, 1, 1)),
    )
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    chronological = ["25/12/2026", "10/01/2027", "02/03/2027", "01/01/2028"]
    assert column(page, 0) == chronological
    # Sorting by another column and back again still goes by date.
    header = page.ui.table.horizontalHeader()
    page.ui.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert column(page, 3) == ["Full Council"] * 3 + ["Planning Committee"]
    date_header = QPoint(
        header.sectionViewportPosition(0) + header.sectionSize(0) // 2, header.height() // 2
    )
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=date_header)
    assert column(page, 0) == chronological
    page.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column(page, 0) == list(reversed(chronological))


def test_scopes_coming_up_past_and_all(qtbot: QtBot, context: AppContext, db: Database) -> None:
    add_meetings(
        db,
        ("Full Council", dt.date(2026, 10, 13)),
        ("Full Council", TODAY),
        ("Planning Committee", dt.date(2026, 12, 1)),
    )
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    combo = page.ui.scopeCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Coming up", "Past", "All"]
    assert combo.currentText() == "Coming up"
    assert column(page, 0) == ["24/11/2026", "01/12/2026"]
    assert page.ui.countLabel.text() == "Showing 2 of 3 meetings"
    combo.setCurrentText("Past")
    assert column(page, 0) == ["13/10/2026"]
    combo.setCurrentText("All")
    assert column(page, 0) == ["13/10/2026", "24/11/2026", "01/12/2026"]
    assert page.ui.countLabel.text() == "3 meetings"
    qtbot.keyClicks(page.ui.filterEdit, "planning")
    assert column(page, 3) == ["Planning Committee"]


def test_delete_asks_first(
    qtbot: QtBot,
    context: AppContext,
    db: Database,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_meetings(db, ("Full Council", dt.date(2027, 1, 5)), ("Full Council", dt.date(2027, 2, 2)))
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.ui.table.selectRow(0)
    questions: list[str] = []
    answer = False

    def fake_confirm(parent: object, title: str, text: str, action: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(base, "confirm", fake_confirm)
    messages: list[str] = []
    page.status.connect(messages.append)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert questions == ["Delete meeting 'Full Council on 05/01/2027'? This cannot be undone."]
    assert page.proxy.rowCount() == 2
    answer = True
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert messages == ["Deleted the Full Council meeting on 05/01/2027."]
    with reopened(db, db_path) as session:
        assert [day for _, day, *_ in stored(session)] == [dt.date(2027, 2, 2)]


def test_every_field_is_reached_by_tab_and_named(
    qtbot: QtBot,
    context: AppContext,
    tab_stop: Callable[..., bool],
    next_focus: Callable[[QWidget], QWidget],
) -> None:
    dialog = MeetingDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    chain: list[QWidget] = []
    widget: QWidget = ui.bodyCombo
    for _ in range(20):
        chain.append(widget)
        widget = next_focus(widget)
        while not tab_stop(widget):
            widget = next_focus(widget)
        if widget is ui.bodyCombo:
            break
    fields = [
        ui.bodyCombo,
        ui.dateEdit,
        ui.timeEdit,
        ui.noTimeCheck,
        ui.venueEdit,
        ui.notesEdit,
        ui.repeatSpin,
    ]
    assert [w for w in chain if w in fields] == fields
    for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
        assert ui.buttonBox.button(kind) in chain
    for w in chain:
        assert w.accessibleName(), f"{w.objectName() or type(w).__name__} has no accessible name"
