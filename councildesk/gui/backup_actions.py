"""File → Back up now, Restore from backup, Backup folder; Help → Check the council file and
Move CouncilDesk to another computer. The work is the services'; this module asks and tells."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.icons import icon
from councildesk.gui.messages import confirm, show_error
from councildesk.gui.workers import run_with_progress
from councildesk.services import backups, health


def _action(parent: QObject, text: str, icon_name: str, tip: str) -> QAction:
    action = QAction(icon(icon_name), text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action


def _name_buttons(box: QMessageBox) -> None:
    for button in box.buttons():
        button.setAccessibleName(button.text().replace("&", "").rstrip("…"))


class BackupActions(QObject):
    """The backup, restore and check actions of one main window."""

    # The council file was replaced by a backup: the window must be made again on it.
    restored = Signal(str)  # what to say once the new window shows
    status = Signal(str)

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.back_up = _action(
            self, "&Back up now…", "backup", "Save a checked copy of the council file"
        )
        self.back_up.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.back_up.triggered.connect(self.back_up_now)
        self.restore = _action(
            self, "&Restore from backup…", "open-folder", "Replace the council file with a backup"
        )
        self.restore.triggered.connect(self.restore_from_backup)
        self.folder = _action(
            self, "Backup &folder…", "settings", "Where the automatic backups are kept"
        )
        self.folder.triggered.connect(self.choose_folder)
        self.check = _action(
            self, "&Check the council file…", "check", "Check the council file and its backups"
        )
        self.check.triggered.connect(self.check_file)
        self.move = _action(
            self, "&Move CouncilDesk to another computer…", "info", "How to take your data across"
        )
        self.move.triggered.connect(self.explain_move)
        writable = not context.db.read_only_copy
        self.restore.setEnabled(writable)

    def install(
        self, file_menu: QMenu, before: QAction, help_menu: QMenu, help_before: QAction
    ) -> None:
        file_menu.insertActions(before, [self.back_up, self.restore, self.folder])
        file_menu.insertSeparator(before)
        help_menu.insertActions(help_before, [self.check, self.move])

    @property
    def _db_path(self) -> Path:
        return self.context.db.path

    def _now(self) -> dt.datetime:
        return dt.datetime.combine(self.context.today(), dt.datetime.now().time())

    # --- back up now ------------------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        now = self._now()
        folder = backups.backup_folder(self._db_path)
        start = (folder if folder.is_dir() else Path.home()) / backups.backup_name(
            self._db_path, now
        )
        target, _ = QFileDialog.getSaveFileName(
            self.window, "Back up now", str(start), "CouncilDesk backups (*.sqlite)"
        )
        if not target:
            return None
        return self.back_up_to(Path(target), now)

    def back_up_to(self, target: Path, now: dt.datetime) -> Path | None:
        if not target.suffix:
            target = target.with_suffix(backups.SUFFIX)
        made = run_with_progress(
            self.window,
            "Backing up the council file…",
            lambda: backups.back_up(self._db_path, now, target),
            cancellable=False,
            error_title="The backup could not be made",
        )
        if made is None:
            return None
        self.status.emit(f"{backups.describe(made)[:-1]} (checked: it opens and is whole).")
        return made.path

    # --- restore ----------------------------------------------------------------------------
    def restore_from_backup(self) -> bool:
        folder = backups.backup_folder(self._db_path)
        source, _ = QFileDialog.getOpenFileName(
            self.window,
            "Restore from backup",
            str(folder if folder.is_dir() else Path.home()),
            "CouncilDesk backups (*.sqlite);;All files (*)",
        )
        return self.restore_file(Path(source)) if source else False

    def restore_file(self, source: Path) -> bool:
        try:
            facts = backups.inspect_backup(source, self._db_path)
        except CouncilDeskError as error:
            show_error(self.window, "That file cannot be restored", str(error))
            return False
        changed = dt.datetime.fromtimestamp(source.stat().st_mtime)
        council = f" of {facts.council_name}" if facts.council_name else ""
        text = (
            f"Restore the backup{council} saved on {backups.when_text(changed)}?\n\n"
            f"Everything in the council file now is replaced by what the backup holds: "
            f"anything entered since the backup was made will no longer be shown. The council "
            f"file as it is now is kept as a copy beside it, in {self._db_path.parent}."
        )
        if not confirm(self.window, "Restore from backup", text, "&Restore"):
            return False
        done = run_with_progress(
            self.window,
            f"Restoring {source.name}…",
            lambda: backups.restore_open(self.context.db, source, self._now()),
            cancellable=False,
            error_title="The backup could not be restored",
        )
        if done is None:
            return False
        kept = f" The file as it was is kept as {done.kept.name}." if done.kept else ""
        self.restored.emit(f"Restored {source.name}.{kept}")
        return True

    # --- backup folder ----------------------------------------------------------------------
    def choose_folder(self) -> None:
        box = self.folder_box()
        box.exec()
        clicked = box.clickedButton()
        if clicked is box.property("anotherButton"):
            current = backups.backup_folder(self._db_path)
            chosen = QFileDialog.getExistingDirectory(
                self.window, "Back up into this folder", str(current.parent)
            )
            if chosen:
                self.use_folder(Path(chosen))
        elif clicked is not None and clicked is box.property("besideButton"):
            self.use_folder(None)

    def folder_box(self) -> QMessageBox:
        current = backups.backup_folder(self._db_path)
        box = QMessageBox(self.window)
        box.setWindowTitle("Backup folder")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"CouncilDesk backs up the council file into:\n{current}")
        box.setInformativeText(
            "It makes a backup each time it closes, and once a day while it stays open. It "
            "keeps the newest backup of each of the last 7 days, 4 weeks and 12 months, and "
            "deletes older ones. A folder on a USB stick or a synced cloud folder keeps copies "
            "off this computer."
        )
        another = box.addButton("Choose &another folder…", QMessageBox.ButtonRole.ActionRole)
        box.setProperty("anotherButton", another)
        if current != backups.default_folder(self._db_path):
            beside = box.addButton(
                "Use the &Backups folder beside the file", QMessageBox.ButtonRole.ActionRole
            )
            box.setProperty("besideButton", beside)
        box.addButton(QMessageBox.StandardButton.Close)
        _name_buttons(box)
        return box

    def use_folder(self, folder: Path | None) -> None:
        try:
            chosen = backups.choose_folder(self._db_path, folder)
        except CouncilDeskError as error:
            show_error(self.window, "That folder cannot be used", str(error))
            return
        self.status.emit(f"Backups will be saved in {chosen}.")

    # --- check ------------------------------------------------------------------------------
    def check_file(self) -> list[health.CheckResult] | None:
        results = run_with_progress(
            self.window,
            "Checking the council file…",
            lambda: health.run_checks(self.context.db, self.context.today()),
            cancellable=False,
            error_title="The check could not be run",
        )
        if results is None:
            return None
        box = self.check_box(results)
        box.exec()
        problems = sum(len(r.problems) for r in results)
        if box.clickedButton() is box.property("copyButton"):
            lines = [f"{'ok' if r.passed else 'PROBLEM'}  {r.name}" for r in results]
            lines += [line for r in results for line in r.problems]
            QGuiApplication.clipboard().setText("\n".join([str(self._db_path), *lines]))
            self.status.emit("The results of the check are copied, ready to paste.")
            return results
        self.status.emit(
            "Checked the council file: "
            + (
                f"{problems} problem{'s' if problems != 1 else ''} found."
                if problems
                else "all well."
            )
        )
        return results

    def check_box(self, results: list[health.CheckResult]) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setWindowTitle("Check the council file")
        problems = [line for r in results for line in r.problems]
        if problems:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found in "
                f"{self._db_path.name}:"
            )
        else:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(f"All {len(results)} checks passed for {self._db_path.name}.")
        rows = "".join(
            f"<p style='margin:3px 0'>{'✔' if r.passed else '✘'}&nbsp; {r.name}</p>"
            + "".join(f"<p style='margin:0 0 3px 22px'><i>{line}</i></p>" for line in r.problems)
            for r in results
        )
        box.setInformativeText(rows)
        copy = box.addButton("&Copy the results", QMessageBox.ButtonRole.ActionRole)
        copy.setToolTip("To paste into an e-mail to whoever helps with the council's computer")
        box.setProperty("copyButton", copy)
        box.addButton(QMessageBox.StandardButton.Close)
        _name_buttons(box)
        return box

    # --- moving to another computer -------------------------------------------------------
    def explain_move(self) -> None:
        box = self.move_box()
        box.exec()
        if box.clickedButton() is box.property("backUpButton"):
            self.back_up_now()

    def move_box(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setWindowTitle("Move CouncilDesk to another computer")
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(
            "Everything you keep in CouncilDesk is in one file: the council file. A backup of "
            "it holds everything too."
        )
        box.setInformativeText(
            "<ol style='margin-left:-20px'>"
            "<li>Choose <b>Back up now</b> and save the backup on a USB stick (or in a folder "
            "your new computer can reach).</li>"
            "<li>Install CouncilDesk on the new computer and start it.</li>"
            "<li>On its first screen choose <b>Open a council file copied from another "
            "computer</b> and pick the backup; or, once it is set up, use "
            "<b>File → Restore from backup…</b></li>"
            "</ol>"
            "<p>The casebook stays encrypted in the backup: bring its passphrase or recovery "
            "key. The council file on this computer is at:<br>"
            f"{self._db_path}</p>"
        )
        button = box.addButton("&Back up now…", QMessageBox.ButtonRole.AcceptRole)
        button.setIcon(icon("backup"))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setProperty("backUpButton", button)
        _name_buttons(box)
        return box

    def screenshot_dialogs(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """The dialogs of this module, for `councildesk gui --screenshots`."""

        def check() -> QWidget:
            return self.check_box(health.run_checks(self.context.db, self.context.today()))

        return [
            ("backup-folder", self.folder_box),
            ("backup-check", check),
            ("backup-move-to-another-computer", self.move_box),
        ]
