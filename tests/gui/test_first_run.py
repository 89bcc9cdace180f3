"""The first-run screen, opening other council files, and the sample council's marking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from councildesk import paths
from councildesk.cli import main
from councildesk.gui import recent_files
from councildesk.gui.app import Shell, make_application, open_or_set_up
from councildesk.gui.dialogs.first_run import FirstRunDialog
from councildesk.gui.dialogs.setup_wizard import SetupWizard
from councildesk.services import council
from councildesk.services.database import Database

TODAY = dt.date(2026, 11, 24)
WhenModal = Callable[[Callable[[Any], None]], None]


def _in_turn(when_modal: WhenModal, *steps: Callable[[Any], object]) -> None:
    """Handle the modal dialogs that open one after another, one step each."""
    if not steps:
        return

    def handle(dialog: Any) -> None:
        steps[0](dialog)
        _in_turn(when_modal, *steps[1:])

    when_modal(handle)


def _click(name: str) -> Callable[[Any], object]:
    return lambda dialog: getattr(dialog.ui, name).click()


def _council_of(db: Database) -> tuple[str, bool]:
    with db.session() as session:
        found = council.get_council(session)
        return found.name, found.is_sample


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *_args, **_kw: (str(path) if path else "", "")),
    )


def test_first_run_offers_three_ways_to_start(qtbot: QtBot, tmp_path: Path) -> None:
    make_application()
    dialog = FirstRunDialog(tmp_path / "councildesk.sqlite")
    qtbot.addWidget(dialog)
    buttons = [dialog.ui.setUpButton, dialog.ui.sampleButton, dialog.ui.openButton]
    assert [b.text().replace("&", "") for b in buttons] == [
        "Set up my council",
        "Explore a sample council",
        "Open a council file copied from another computer",
    ]
    assert all(b.accessibleName() for b in buttons)


def test_exploring_the_sample_leaves_the_real_file_unmade(
    qtbot: QtBot, when_modal: WhenModal, db_path: Path
) -> None:
    make_application()
    _in_turn(when_modal, _click("sampleButton"))
    db = open_or_set_up(db_path, headless=False, today=lambda: TODAY)
    assert db is not None
    try:
        assert db.path == (db_path.parent / "sample-council.sqlite").resolve()
        assert _council_of(db) == ("Ashcombe Parva", True)
    finally:
        db.close()
    assert not db_path.exists()


def test_a_file_from_another_computer_is_copied_in_and_opened(
    qtbot: QtBot,
    when_modal: WhenModal,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stick = tmp_path / "stick" / "councildesk.sqlite"
    assert main(["--db", str(stick), "init", "--council", "Little Snoring"]) == 0
    before = stick.read_bytes()
    make_application()
    _choose_file(monkeypatch, stick)
    _in_turn(when_modal, _click("openButton"))
    db = open_or_set_up(db_path, headless=False)
    assert db is not None
    try:
        assert db.path == db_path.resolve()
        assert _council_of(db) == ("Little Snoring", False)
    finally:
        db.close()
    assert stick.read_bytes() == before


def test_a_file_that_is_not_a_council_is_refused_and_the_screen_stays(
    qtbot: QtBot,
    when_modal: WhenModal,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "empty.sqlite"
    assert main(["--db", str(tmp_path / "x.sqlite"), "init", "--council", "X"]) == 0
    from councildesk.services.database import open_database

    open_database(empty, create=True).close()  # a database, but with no council in it
    make_application()
    _choose_file(monkeypatch, empty)
    said: list[str] = []

    def refused(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        box.accept()

    def back_again(dialog: QDialog) -> None:
        said.append(type(dialog).__name__)
        dialog.reject()

    _in_turn(when_modal, _click("openButton"), refused, back_again)
    assert open_or_set_up(db_path, headless=False) is None
    assert "has no council in it" in said[0]
    assert said[1] == "FirstRunDialog"
    assert not db_path.exists()


def test_cancelling_the_wizard_goes_back_to_the_first_run_screen(
    qtbot: QtBot, when_modal: WhenModal, db_path: Path
) -> None:
    make_application()
    seen: list[str] = []

    def cancel_wizard(wizard: QWidget) -> None:
        assert isinstance(wizard, SetupWizard)
        wizard.reject()

    def back_again(dialog: QDialog) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()

    _in_turn(when_modal, _click("setUpButton"), cancel_wizard, back_again)
    assert open_or_set_up(db_path, headless=False) is None
    assert seen == ["FirstRunDialog"]


def test_open_council_file_switches_the_window_and_remembers_the_file(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real, sample = tmp_path / "real.sqlite", tmp_path / "sample.sqlite"
    assert main(["--db", str(real), "init", "--council", "Little Snoring"]) == 0
    assert main(["--db", str(sample), "demo"]) == 0
    make_application()
    from councildesk.services.council_files import open_council

    shell = Shell(open_council(real), today=lambda: TODAY)
    try:
        first = shell.window
        qtbot.addWidget(first)
        first.show()
        assert "SAMPLE" not in first.windowTitle()
        assert not first.ui.sampleFrame.isVisible()
        _choose_file(monkeypatch, sample)
        first.ui.actionOpenCouncil.trigger()
        window = shell.window
        qtbot.addWidget(window)
        assert window is not first and not first.isVisible()
        assert window.ui.councilNameLabel.text() == "Ashcombe Parva Parish Council"
        assert window.windowTitle().startswith("SAMPLE COUNCIL")
        assert window.ui.sampleFrame.isVisible()
        assert recent_files.recent_files()[:2] == [sample.resolve(), real.resolve()]
        window.ui.menuRecent.aboutToShow.emit()
        (back,) = window.ui.menuRecent.actions()
        assert "real.sqlite" in back.text()
        back.trigger()
        assert shell.window.ui.councilNameLabel.text() == "Little Snoring Parish Council"
        qtbot.addWidget(shell.window)
    finally:
        shell.close()


def test_leaving_the_sample_goes_to_the_clerks_own_council(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["init", "--council", "Little Snoring"]) == 0
    assert main(["demo"]) == 0
    make_application()
    from councildesk.services.council_files import open_council

    shell = Shell(open_council(paths.sample_db_path()), today=lambda: TODAY)
    try:
        qtbot.addWidget(shell.window)
        shell.window.show()
        shell.window.ui.leaveSampleButton.click()
        qtbot.addWidget(shell.window)
        assert shell.db.path == paths.default_db_path().resolve()
        assert not shell.window.ui.sampleFrame.isVisible()
    finally:
        shell.close()


# What a clerk might be promised, and the word a page of the app must have in its title for it.
PROMISES = {
    "complaint": "complaint",
    "grievance": "complaint",
    "disclosure": "advice",
    "advice given": "advice",
    "review": "review",
}


def test_the_wizard_about_box_and_desktop_file_name_only_what_exists(
    qtbot: QtBot, demo_db: Database
) -> None:
    from councildesk.gui.context import AppContext
    from councildesk.gui.main_window import ABOUT_TEXT, MainWindow

    make_application()
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    wizard = SetupWizard()
    qtbot.addWidget(wizard)
    desktop = (Path(__file__).parents[2] / "packaging" / "councildesk.desktop").read_text()
    comment = next(line for line in desktop.splitlines() if line.startswith("Comment="))
    titles = " ".join(page.title.lower() for page in window.pages)
    for text in (wizard.ui.welcomeText.text(), ABOUT_TEXT, comment):
        for promise, page_word in PROMISES.items():
            if promise in text.lower():
                assert page_word in titles, f"{promise!r} is promised but has no page: {text}"
