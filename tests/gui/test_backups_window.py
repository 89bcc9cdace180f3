"""Back up now, Restore from backup, the check and the move help, driven through the window."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from councildesk.cli import main
from councildesk.gui import recent_files
from councildesk.gui.app import Shell, make_application
from councildesk.gui.auto_backup import AutoBackup
from councildesk.services import backups, groups, health
from councildesk.services.council_files import open_council
from councildesk.services.database import Database

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def shell(qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Shell]:
    path = tmp_path / "council.sqlite"
    assert main(["--db", str(path), "init", "--council", "Little Snoring"]) == 0
    assert main(["--db", str(path), "groups", "add", "Independents"]) == 0
    capsys.readouterr()
    make_application()
    made = Shell(open_council(path), today=lambda: TODAY)
    qtbot.addWidget(made.window)
    made.window.show()
    yield made
    made.close()
    # Qt keeps one settings file for the whole test run: leave no recent file for other tests.
    QSettings("CouncilDesk", "CouncilDesk").remove(recent_files.KEY)


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _add_group(db: Database, name: str) -> None:
    with db.transaction() as session:
        groups.add_group(session, name)


def _press(text: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        (button,) = [b for b in dialog.buttons() if b.text().replace("&", "") == text]
        assert isinstance(button, QAbstractButton)
        button.click()

    return act


def test_back_up_now_from_the_file_menu_writes_a_checked_copy(
    shell: Shell, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = shell.window
    action = window.backup_actions.back_up
    assert action in window.ui.menuFile.actions() and action.shortcut().toString() == "Ctrl+Shift+B"
    _save_as(monkeypatch, tmp_path / "stick" / "tuesday")
    (tmp_path / "stick").mkdir()
    action.trigger()
    made = tmp_path / "stick" / "tuesday.sqlite"
    assert made.is_file()
    assert window.statusBar().currentMessage() == (
        f"Backed up to {made} (checked: it opens and is whole)."
    )


def test_restore_replaces_the_data_and_the_window_reopens_on_it(
    shell: Shell, qtbot: QtBot, when_modal: Callable[..., None], tmp_path: Path
) -> None:
    made = backups.back_up(shell.db.path, dt.datetime(2026, 12, 1, 9, 0))
    _add_group(shell.db, "Greens")
    first = shell.window
    first.dashboard.refresh()
    assert first.dashboard.cards["groups"].number.text() == "2"

    def confirm(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "Restore the backup of Little Snoring" in dialog.text()
        assert "kept as a copy" in dialog.text()
        _press("Restore")(dialog)

    when_modal(confirm)
    assert first.backup_actions.restore_file(made.path)
    window = shell.window
    qtbot.addWidget(window)
    assert window is not first and not first.isVisible()
    assert window.dashboard.cards["groups"].number.text() == "1"  # the backup's data
    assert window.statusBar().currentMessage().startswith(f"Restored {made.path.name}.")
    assert "council.before-restore-" in window.statusBar().currentMessage()
    _add_group(shell.db, "Reform")  # the restored file is the one written to
    window.dashboard.refresh()
    assert window.dashboard.cards["groups"].number.text() == "2"


def test_restore_cancelled_at_the_confirmation_changes_nothing(
    shell: Shell, when_modal: Callable[..., None]
) -> None:
    made = backups.back_up(shell.db.path, dt.datetime(2026, 12, 1, 9, 0))
    _add_group(shell.db, "Greens")
    when_modal(_press("Cancel"))
    assert not shell.window.backup_actions.restore_file(made.path)
    with shell.db.session() as session:
        assert {g.name for g in groups.list_groups(session)} == {"Independents", "Greens"}


def test_a_file_that_is_not_a_backup_is_refused_in_one_message(
    shell: Shell, when_modal: Callable[..., None], tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear Clerk", encoding="utf-8")
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())

    when_modal(read)
    assert not shell.window.backup_actions.restore_file(letter)
    assert seen and "is not a CouncilDesk database" in seen[0]
    assert "nothing was changed" in seen[0]


def test_the_check_says_all_is_well_or_names_each_problem(
    shell: Shell, when_modal: Callable[..., None]
) -> None:
    texts: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        texts.append(dialog.text() + "\n" + dialog.informativeText())

    when_modal(read)
    results = shell.window.backup_actions.check_file()
    assert results is not None
    assert texts[0].startswith(f"All {len(health.CHECKS)} checks passed for council.sqlite.")
    assert shell.window.statusBar().currentMessage() == "Checked the council file: all well."


def test_move_to_another_computer_explains_the_one_file_and_offers_back_up_now(
    shell: Shell,
    when_modal: Callable[..., None],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window = shell.window
    assert window.backup_actions.move in window.ui.menuHelp.actions()
    _save_as(monkeypatch, tmp_path / "for-the-new-laptop.sqlite")

    def read_then_back_up(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        assert "one file" in dialog.text()
        assert str(shell.db.path) in dialog.informativeText()
        _press("Back up now…")(dialog)

    when_modal(read_then_back_up)
    window.backup_actions.move.trigger()
    assert (tmp_path / "for-the-new-laptop.sqlite").is_file()


def test_the_dashboard_line_about_backups_offers_back_up_now(
    shell: Shell, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = shell.window
    window.dashboard.refresh()
    assert window.dashboard.ui.descriptionLabel.text().endswith(" · No backup yet")
    todo = [a for a in window.dashboard.todo_actions if a.area == backups.AREA]
    assert [a.what.split(":")[0] for a in todo] == ["No backup yet"]
    _save_as(monkeypatch, tmp_path / "now.sqlite")
    window.open_action(backups.AREA, None)
    assert (tmp_path / "now.sqlite").is_file()
    window.dashboard.refresh()
    assert re.search(
        r" · Last good backup today at \d\d:\d\d$", window.dashboard.ui.descriptionLabel.text()
    )


def test_closing_backs_up_and_a_failure_is_told_once_without_stopping_the_close(
    shell: Shell, when_modal: Callable[..., None], tmp_path: Path
) -> None:
    auto = AutoBackup(lambda: shell.db, lambda: shell.window)
    assert auto.back_up_on_close()
    folder = backups.backup_folder(shell.db.path)
    assert len(backups.backups_in(folder, shell.db.path)) == 1
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.choose_folder(shell.db.path, stick)
    stick.rmdir()  # the stick is not plugged in
    told: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        told.append(dialog.text())

    when_modal(read)
    assert not auto.back_up_on_close()
    assert len(told) == 1 and f"The backup folder {stick} is not there" in told[0]
    assert not auto.back_up_on_close()  # the same failure again: no second message
    assert len(told) == 1


def test_the_daily_backup_runs_in_the_background_once_a_day(shell: Shell, qtbot: QtBot) -> None:
    clock = [dt.datetime(2026, 12, 1, 9, 0)]
    auto = AutoBackup(lambda: shell.db, lambda: shell.window, now=lambda: clock[0])
    with qtbot.waitSignal(auto.finished, timeout=10_000) as done:
        assert auto.back_up_if_due()
    assert done.args[0] is True
    assert shell.window.statusBar().currentMessage().startswith("Backed up to ")
    clock[0] += dt.timedelta(hours=5)
    assert not auto.back_up_if_due()  # already made today
    clock[0] += dt.timedelta(hours=20)
    with qtbot.waitSignal(auto.finished, timeout=10_000):
        assert auto.back_up_if_due()
    assert len(backups.backups_in(backups.backup_folder(shell.db.path), shell.db.path)) == 2
