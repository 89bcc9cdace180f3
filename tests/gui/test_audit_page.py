"""The Audit trail page, driven through its real widgets: read-only, chosen by date, area and
person, printed as shown, and honest about an entry tampered with outside CouncilDesk."""

from __future__ import annotations

import datetime as dt
import getpass
import io
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from councildesk.db.engine import Database
from councildesk.db.models import Council, CouncilKind
from councildesk.gui.app import make_application
from councildesk.gui.context import AppContext
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pages.audit import SOUND, AuditPage
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.services import audit, committees
from councildesk.services.database import open_database

TODAY = dt.date(2026, 11, 24)
WhenModal = Callable[[Callable[[QWidget], None]], None]

# (when, who, action, entity, id, detail): a fortnight of a clerk's and a deputy's changes.
ENTRIES = [
    (dt.datetime(2026, 11, 2, 9, 15), "clerk", "create", "meeting", 1, "Full Council 2026-12-08"),
    (dt.datetime(2026, 11, 3, 10, 0), "deputy", "create", "person", 1, "Cllr Ann Ash"),
    (dt.datetime(2026, 11, 9, 14, 30), "clerk", "update", "person", 1, "Cllr Ann Ash"),
    (dt.datetime(2026, 11, 10, 11, 5), "deputy", "delete", "meeting", 1, "Full Council"),
    (dt.datetime(2026, 11, 16, 16, 45), "clerk", "open", "complaint", 1, "C-2026-001"),
]


@pytest.fixture
def trail_db(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    """A database whose only entries are ENTRIES, written through the audit service."""
    database = open_database(db_path, create=True)
    with database.transaction() as session:
        # The council itself, unaudited, so that the trail holds ENTRIES alone.
        session.add(Council(name="Testbury", kind=CouncilKind.PARISH))
        for at, actor, action, entity, entity_id, detail in ENTRIES:
            # The service names the user signed in to the computer.
            monkeypatch.setattr(getpass, "getuser", lambda actor=actor: actor)
            audit.record(session, action, entity, entity_id, detail, at=at)
    monkeypatch.undo()
    yield database
    database.close()


def make_page(qtbot: QtBot, database: Database) -> AuditPage:
    page = AuditPage(AppContext(database, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def shown(page: AuditPage, column: int = 5) -> list[str]:
    model: QAbstractItemModel = page.ui.table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def test_entries_are_listed_newest_first_and_cannot_be_edited(
    qtbot: QtBot, trail_db: Database
) -> None:
    page = make_page(qtbot, trail_db)
    assert shown(page, 0) == [
        "16/11/2026 16:45",
        "10/11/2026 11:05",
        "09/11/2026 14:30",
        "03/11/2026 10:00",
        "02/11/2026 09:15",
    ]
    assert shown(page, 2) == ["Complaints", "Meetings", "People", "People", "Meetings"]
    assert page.ui.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert page.ui.countLabel.text() == "5 entries"
    assert page.ui.sealLabel.text() == SOUND
    # Clicking the heading sorts oldest first.
    page.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(page, 0)[0] == "02/11/2026 09:15"


def test_the_trail_is_chosen_by_dates_area_person_and_words(
    qtbot: QtBot, trail_db: Database
) -> None:
    page = make_page(qtbot, trail_db)
    ui = page.ui
    ui.fromDate.setValue(dt.date(2026, 11, 3))
    ui.toDate.setValue(dt.date(2026, 11, 10))
    assert shown(page) == ["Full Council", "Cllr Ann Ash", "Cllr Ann Ash"]
    assert ui.countLabel.text() == "Showing 3 of 5 entries"
    ui.areaCombo.setCurrentIndex(ui.areaCombo.findText("People"))
    assert shown(page) == ["Cllr Ann Ash", "Cllr Ann Ash"]
    ui.personCombo.setCurrentIndex(ui.personCombo.findText("deputy"))
    assert shown(page, 3) == ["Create"]
    ui.fromDate.clear()
    ui.toDate.clear()
    ui.areaCombo.setCurrentIndex(0)
    qtbot.keyClicks(ui.filterEdit, "full council")
    assert shown(page) == ["Full Council"]  # the deputy's deletion, not the clerk's meeting
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(ui.clearButton, Qt.MouseButton.LeftButton)
    assert said.args == ["Showing every entry in the audit trail (5)."]
    assert len(shown(page)) == 5
    assert (ui.areaCombo.currentText(), ui.personCombo.currentText()) == ("All areas", "Everyone")


def test_a_from_date_after_the_to_date_says_so(qtbot: QtBot, trail_db: Database) -> None:
    page = make_page(qtbot, trail_db)
    page.ui.fromDate.setValue(dt.date(2026, 11, 20))
    page.ui.toDate.setValue(dt.date(2026, 11, 1))
    assert shown(page) == []
    assert page.ui.countLabel.text() == "No entries: the From date is after the To date."


def test_choices_are_kept_when_the_page_is_shown_again(qtbot: QtBot, trail_db: Database) -> None:
    page = make_page(qtbot, trail_db)
    page.ui.areaCombo.setCurrentIndex(page.ui.areaCombo.findText("Meetings"))
    with trail_db.transaction() as session:
        committees.add_committee(session, "Allotments Committee")
        audit.record(session, "create", "meeting", 2, "Planning Committee 2026-12-01")
    page.refresh()
    assert page.ui.areaCombo.currentText() == "Meetings"
    assert shown(page)[0] == "Planning Committee 01/12/2026"  # shown the British way
    assert page.ui.areaCombo.findText("Committees") > 0  # the new area is offered too


def test_changes_made_elsewhere_are_there_after_reopening(
    qtbot: QtBot, demo_db: Database, db_path: Path
) -> None:
    make_application()
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    page = next(p for p in window.pages if isinstance(p, AuditPage))
    with demo_db.transaction() as session:
        committees.add_committee(session, "Allotments Committee")
    window.go_to(window.pages.index(page))
    assert shown(page)[0] == "Allotments Committee"
    before = shown(page)
    window.close()
    demo_db.close()
    again = open_database(db_path)
    try:
        reopened = make_page(qtbot, again)
        assert shown(reopened) == before
        assert reopened.ui.sealLabel.text() == SOUND
    finally:
        again.close()


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 command line is needed")
def test_an_entry_changed_outside_councildesk_is_shown_as_such(
    qtbot: QtBot, trail_db: Database
) -> None:
    trail_db.close()
    subprocess.run(
        ["sqlite3", str(trail_db.path), "UPDATE audit_entry SET detail = 'Cllr Bob' WHERE id = 3"],
        check=True,
        timeout=30,
    )
    again = open_database(trail_db.path)
    try:
        page = make_page(qtbot, again)
        assert page.ui.sealLabel.text().startswith(
            "Audit trail: entry 3 (09/11/2026 14:30) was changed outside CouncilDesk."
        )
        assert page.ui.sealLabel.property("role") == "alarm"
        assert "Changed outside CouncilDesk: Cllr Bob" in shown(page)
    finally:
        again.close()


def test_print_shows_the_entries_chosen(
    qtbot: QtBot, trail_db: Database, when_modal: WhenModal
) -> None:
    page = make_page(qtbot, trail_db)
    page.ui.personCombo.setCurrentIndex(page.ui.personCombo.findText("deputy"))
    text: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PdfPreviewDialog)
        assert isinstance(dialog.pdf, bytes)  # from memory, never a temporary file
        text.extend(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf)).pages)

    when_modal(look)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    printed = " ".join(" ".join(text).split())
    assert "Audit trail" in printed and "Testbury Parish Council · by deputy" in printed
    assert "2 of the 5 entries in the trail." in printed
    assert "Cllr Ann Ash" in printed and "Full Council" in printed
    assert "C-2026-001" not in printed  # the clerk's entry is not among those chosen


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 command line is needed")
def test_many_problems_leave_room_for_the_table(qtbot: QtBot, trail_db: Database) -> None:
    trail_db.close()
    subprocess.run(
        ["sqlite3", str(trail_db.path), "UPDATE audit_entry SET detail = detail || '!'"],
        check=True,
        timeout=30,
    )
    again = open_database(trail_db.path)
    try:
        page = make_page(qtbot, again)
        lines = page.ui.sealLabel.text().splitlines()
        assert len(lines) == 5
        assert lines[-1] == "… and 1 more: print the audit trail to see them all."
    finally:
        again.close()


def test_export_saves_the_entries_chosen_as_a_workbook(
    qtbot: QtBot, trail_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, trail_db)
    ui = page.ui
    ui.areaCombo.setCurrentIndex(ui.areaCombo.findText("People"))
    target = tmp_path / "people-changes.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    said: list[str] = []
    page.status.connect(said.append)

    assert ui.exportButton.accessibleName() == "Export the audit trail"
    qtbot.mouseClick(ui.exportButton, Qt.MouseButton.LeftButton)

    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    # Entries 2 and 3 are the two changes to a person; their times are real Excel times.
    assert [(row[0], row[1], row[6]) for row in rows] == [
        (2, dt.datetime(2026, 11, 3, 10, 0), "Cllr Ann Ash"),
        (3, dt.datetime(2026, 11, 9, 14, 30), "Cllr Ann Ash"),
    ]
    assert said == [f"Exported the audit trail (2 rows) to {target}."]
