"""The main window, the first-start wizard and the directory preview, as a clerk uses them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWizard
from pytestqt.qtbot import QtBot

from councildesk.gui.app import make_application, open_or_set_up
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.first_run import FirstRunDialog
from councildesk.gui.dialogs.person_dialog import PersonDialog
from councildesk.gui.dialogs.setup_wizard import SetupWizard
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.services import council, people
from councildesk.services.database import Database, open_database

TODAY = dt.date(2026, 11, 24)


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    make_application()
    window = MainWindow(AppContext(db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


def test_dashboard_shows_the_council_at_a_glance(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db)
    assert window.ui.councilNameLabel.text() == "Ashcombe Parva Parish Council"
    assert window.dashboard.cards["councillors"].number.text() == "11"
    assert window.dashboard.cards["groups"].number.text() == "3"
    first = window.dashboard.ui.meetingsTable.item(0, 0).text()
    assert first == "08/12/2026"


def test_keyboard_shortcuts_move_between_pages(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db)
    go = window.ui.menuGo.actions()
    assert [a.shortcut().toString() for a in go] == [
        f"Ctrl+{n}" if n <= 9 else "" for n in range(1, len(window.pages) + 1)
    ]
    titles = [page.title for page in window.pages]
    go[titles.index("Reviews")].trigger()
    assert window.windowTitle() == "SAMPLE COUNCIL (made-up data) — Reviews — CouncilDesk"
    people = titles.index("People")
    go[people].trigger()
    assert window.ui.pages.currentWidget() is window.pages[people]
    assert window.windowTitle() == "SAMPLE COUNCIL (made-up data) — People — CouncilDesk"
    go[titles.index("Meetings")].trigger()
    assert window.windowTitle() == "SAMPLE COUNCIL (made-up data) — Meetings — CouncilDesk"


def test_adding_a_person_from_the_window_reports_in_the_status_bar(
    qtbot: QtBot, when_modal: Callable[..., None], db: Database, db_path: Path
) -> None:
    window = _window(qtbot, db)
    page = next(p for p in window.pages if p.title == "People")
    window.go_to(window.pages.index(page))

    def fill(dialog: PersonDialog) -> None:
        qtbot.keyClicks(dialog.ui.forenamesEdit, "Ada")
        qtbot.keyClicks(dialog.ui.surnameEdit, "Byron")
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(page.ui.addButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == "Added Cllr Ada Byron."
    window.close()
    db.close()
    reopened = open_database(db_path)
    try:
        with reopened.session() as session:
            assert [p.name for p in people.list_people(session)] == ["Cllr Ada Byron"]
    finally:
        reopened.close()


def test_window_remembers_its_page(qtbot: QtBot, demo_db: Database) -> None:
    window = _window(qtbot, demo_db)
    window.go_to(3)
    window.close()
    again = _window(qtbot, demo_db)
    again.restore_last_page()
    assert again.ui.navigation.currentRow() == 3


def test_wizard_refuses_an_empty_name_then_sets_up_the_council(
    qtbot: QtBot, when_modal: Callable[..., None], db_path: Path
) -> None:
    make_application()

    def complete(wizard: SetupWizard) -> None:
        assert isinstance(wizard, SetupWizard)
        wizard.next()
        wizard.next()  # refused: no name yet
        assert wizard.currentPage() is wizard.ui.councilPage
        error = wizard.findChild(QLabel, "nameError")
        assert error is not None
        qtbot.waitUntil(lambda: error.isVisibleTo(wizard))  # shown on the next event-loop pass
        assert error.text() == "Enter the council's name."
        qtbot.keyClicks(wizard.ui.nameEdit, "Much Wenlock Town Council")
        wizard.ui.kindCombo.setCurrentText("Town Council")
        wizard.ui.clerkTitleCombo.setCurrentText("Town Clerk")
        wizard.next()
        qtbot.keyClicks(wizard.ui.principalEdit, "Shropshire Council")
        qtbot.keyClicks(wizard.ui.moEmailEdit, "mo@shropshire.example")
        wizard.button(QWizard.WizardButton.FinishButton).click()

    def set_up(first: FirstRunDialog) -> None:
        first.ui.setUpButton.click()
        when_modal(complete)

    when_modal(set_up)
    db = open_or_set_up(db_path, headless=False)
    assert db is not None
    try:
        with db.session() as session:
            found = council.get_council(session)
            assert (found.name, found.kind.value, found.clerk_title) == (
                "Much Wenlock Town Council",
                "town",
                "Town Clerk",
            )
            assert found.monitoring_officer_email == "mo@shropshire.example"
    finally:
        db.close()


def test_cancelled_wizard_creates_no_database(
    qtbot: QtBot, when_modal: Callable[..., None], db_path: Path
) -> None:
    make_application()
    when_modal(lambda wizard: wizard.reject())
    assert open_or_set_up(db_path, headless=False) is None
    assert not db_path.exists()


def test_directory_preview_shows_the_printout(
    qtbot: QtBot, when_modal: Callable[..., None], demo_db: Database
) -> None:
    window = _window(qtbot, demo_db)
    seen: list[int] = []

    def look(dialog: PdfPreviewDialog) -> None:
        seen.append(dialog.document.pageCount())
        dialog.reject()

    when_modal(look)
    window.ui.actionPrintDirectory.trigger()
    assert seen and seen[0] == 2


def test_following_a_dashboard_action_opens_the_record_it_names(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = _window(qtbot, demo_db)
    window.go_to(window.pages.index(window.protocol))
    drafts = [v for v in window.protocol.versions if v.status.value == "draft"]
    window.protocol.show_version(drafts[0].id)
    window.go_to(0)
    todo = window.dashboard.ui.actionsTable
    assert todo.isVisibleTo(window)
    texts = [todo.item(r, 2).text() for r in range(todo.rowCount())]
    row = next(r for r, text in enumerate(texts) if "confirmed receiving the protocol" in text)
    assert todo.item(row, 0).text() == "—"
    todo.setCurrentCell(row, 2)
    qtbot.keyClick(todo, Qt.Key.Key_Return)
    assert window.ui.pages.currentWidget() is window.protocol
    shown = window.protocol.current_version()
    assert shown is not None and shown.status.value == "adopted"


def test_ctrl_p_prints_what_the_current_page_shows(
    qtbot: QtBot, when_modal: Callable[..., None], demo_db: Database
) -> None:
    window = _window(qtbot, demo_db)
    qtbot.waitExposed(window)
    titles: list[str] = []

    def look(dialog: PdfPreviewDialog) -> None:
        titles.append(dialog.windowTitle())
        dialog.reject()

    def press_ctrl_p() -> str:
        titles.clear()
        window.activateWindow()  # again: the last preview had it
        qtbot.waitUntil(window.isActiveWindow)
        when_modal(look)
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(titles))
        return titles[0]

    action = window.ui.actionPrint
    assert action.shortcut().toString() == "Ctrl+P"
    window.go_to(window.pages.index(window.protocol))
    assert action.text() == "&Print this version as a booklet…"
    assert press_ctrl_p().startswith("Member/Officer Protocol, version 1")
    # The Print… button's tooltip promises the same key.
    assert "(Ctrl+P)" in window.protocol.ui.printButton.toolTip()

    window.go_to(0)
    assert action.text() == "&Print council directory…"
    assert "(Ctrl+P)" in window.dashboard.ui.printDirectoryButton.toolTip()
    assert press_ctrl_p().startswith("Council directory")
    window.go_to(window.pages.index(next(p for p in window.pages if p.title == "People")))
    assert press_ctrl_p().startswith("Council directory")

    window.go_to(window.pages.index(window.search))
    assert not action.isEnabled()  # nothing of its own to print: Ctrl+P does nothing
