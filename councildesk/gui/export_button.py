"""The Export… button every register's page has: choose a file, write it, say so.

    export_button(self, self.ui.exportButton, Exporter(self, "the people", register="people"))

One helper, so every page asks the same question in the same dialog, offers the same two
formats, remembers the same folder, and reports in the status bar in the same words. The
table comes from services.exports, never from the page's model, so a page's filter or hidden
columns never change what is exported, and the file matches `councildesk export`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton

from councildesk.gui.icons import icon
from councildesk.gui.workers import run_with_progress
from councildesk.services import exports
from councildesk.services.database import Session
from councildesk.services.exports import Table

if TYPE_CHECKING:
    from councildesk.gui.pages.base import Page

SHORTCUT = "Ctrl+Shift+E"
XLSX_FILTER = "Excel workbook (*.xlsx)"
CSV_FILTER = "CSV file, for any spreadsheet (*.csv)"
FILTERS = {XLSX_FILTER: ".xlsx", CSV_FILTER: ".csv"}
# Where the last export went and in which format, so the next one offers the same.
FOLDER_KEY = "export/folder"
FORMAT_KEY = "export/format"

TableMaker = Callable[[Session, dt.date], Table]


def _settings() -> QSettings:
    return QSettings("CouncilDesk", "CouncilDesk")


def target_path(chosen: str, selected_filter: str) -> Path:
    """The file the clerk chose, given the ending of the format picked if it has neither."""
    path = Path(chosen)
    if path.suffix.lower() in exports.SUFFIXES:
        return path
    return path.with_name(path.name + FILTERS.get(selected_filter, ".xlsx"))


class Exporter(QObject):
    """Exports one register from ``page``: the save dialog, the file, the status message.

    ``what`` names it in the dialog and the status bar ("the review schedule"). Give either
    ``register``, a name `councildesk export` knows, or ``make_table`` for a table of the
    page's own (the Audit trail's filtered entries). ``prepare`` runs first and may cancel,
    e.g. to ask for a period.
    """

    def __init__(
        self,
        page: Page,
        what: str,
        *,
        register: str | None = None,
        make_table: TableMaker | None = None,
        prepare: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(page)
        if (register is None) == (make_table is None):
            raise ValueError("give a register's name or a table maker, not both")
        self.page = page
        self.what = what
        self.register = register
        self.make_table = make_table
        self.prepare = prepare

    def _table(self, session: Session, today: dt.date) -> Table:
        if self.register is not None:
            return exports.table(session, self.register, today)
        assert self.make_table is not None
        return exports.captioned(session, self.make_table(session, today), today)

    def choose_path(self, suggested: str) -> Path | None:
        settings = _settings()
        folder = Path(str(settings.value(FOLDER_KEY, str(Path.home()))))
        if not folder.is_dir():
            folder = Path.home()
        wanted = str(settings.value(FORMAT_KEY, ".xlsx"))
        suffix = wanted if wanted in exports.SUFFIXES else ".xlsx"
        order = [XLSX_FILTER, CSV_FILTER] if suffix == ".xlsx" else [CSV_FILTER, XLSX_FILTER]
        chosen, selected = QFileDialog.getSaveFileName(
            self.page,
            f"Export {self.what}",
            str(folder / f"{suggested}{suffix}"),
            ";;".join(order),
            order[0],
        )
        if not chosen:
            return None
        path = target_path(chosen, selected)
        settings.setValue(FOLDER_KEY, str(path.parent))
        settings.setValue(FORMAT_KEY, path.suffix.lower())
        return path

    def export(self) -> None:
        if self.prepare is not None and not self.prepare():
            return
        today = self.page.context.today()
        stem = f"{'-'.join(self.what.removeprefix('the ').split())}-{today.isoformat()}"
        path = self.choose_path(stem)
        if path is None:
            return

        def work() -> int:
            with self.page.context.db.session() as session:
                table = self._table(session, today)
            exports.save(table, path)
            return len(table.rows)

        count = run_with_progress(
            self.page,
            f"Exporting {self.what}…",
            work,
            cancellable=False,
            error_title="Not exported",
        )
        if count is not None:
            rows = f"{count} row{'s' if count != 1 else ''}"
            self.page.status.emit(f"Exported {self.what} ({rows}) to {path}.")


def export_button(page: Page, button: QPushButton, *exporters: Exporter) -> None:
    """Make ``button`` the page's Export… button, with Ctrl+Shift+E.

    With one exporter the button exports at once; with several (the Reviews page has the
    register of policies and the review schedule) it opens a menu naming each.
    """
    button.setText("Export…")
    button.setIcon(icon("export"))
    if len(exporters) == 1:
        what = exporters[0].what
        button.clicked.connect(exporters[0].export)
        QShortcut(QKeySequence(SHORTCUT), page, exporters[0].export)
    else:
        what = " or ".join(exporter.what for exporter in exporters)
        menu = QMenu(button)
        menu.setAccessibleName("Export")
        for exporter in exporters:
            action = menu.addAction(f"Export {exporter.what}…")
            action.triggered.connect(exporter.export)
        button.setMenu(menu)
        QShortcut(QKeySequence(SHORTCUT), page, button.showMenu)
    button.setToolTip(f"Save {what} as an Excel workbook or a CSV file ({SHORTCUT})")
    button.setAccessibleName(f"Export {what}")
