"""Each page's Export… button, driven through the real widgets: the save dialog, the file
written from the services (not from the page's filtered view), and the status-bar message."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from councildesk.db.engine import Database
from councildesk.gui import export_button
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.period_dialog import PeriodDialog
from councildesk.gui.pages.complaints import ComplaintsPage
from councildesk.gui.pages.disclosures import DisclosuresPage
from councildesk.gui.pages.people import PeoplePage
from councildesk.gui.pages.reviews import ReviewsPage
from councildesk.gui.workers import run_with_progress
from tests.gui.conftest import WhenModal

TODAY = dt.date(2026, 11, 24)


class SaveDialog:
    """Stands in for QFileDialog.getSaveFileName: answers with a path and a format."""

    def __init__(self, answer: Path | None, chosen_filter: str = export_button.XLSX_FILTER):
        self.answer, self.chosen_filter = answer, chosen_filter
        self.asked: list[tuple[str, str, str]] = []

    def __call__(
        self, parent: QWidget, title: str, start: str, filters: str, selected: str = ""
    ) -> tuple[str, str]:
        self.asked.append((title, start, filters))
        return (str(self.answer) if self.answer else "", self.chosen_filter)


@pytest.fixture
def context(demo_db: Database) -> AppContext:
    return AppContext(demo_db, today=lambda: TODAY)


def messages_of(page: QWidget) -> list[str]:
    found: list[str] = []
    page.status.connect(found.append)  # type: ignore[attr-defined]
    return found


def save_as(
    monkeypatch: pytest.MonkeyPatch, path: Path | None, chosen: str = export_button.XLSX_FILTER
) -> SaveDialog:
    """Answer the next save dialog with ``path`` (None: the clerk cancels)."""
    dialog = SaveDialog(path, chosen)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return dialog


def test_the_people_page_exports_everyone_to_a_workbook(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.refresh()
    button = page.ui.exportButton
    assert button.isVisible() or not page.isVisible()
    assert button.text() == "Export…"
    assert button.accessibleName() == "Export the people"
    assert "Ctrl+Shift+E" in button.toolTip()
    qtbot.keyClicks(page.ui.filterEdit, "Ashworth")  # the page shows one person...
    assert page.proxy.rowCount() == 1
    dialog = save_as(monkeypatch, tmp_path / "people")  # no ending: the format chosen gives it
    messages = messages_of(page)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    ((title, start, filters),) = dialog.asked
    assert title == "Export the people"
    assert Path(start).name == f"people-{TODAY.isoformat()}.xlsx"
    assert filters.split(";;") == [export_button.XLSX_FILTER, export_button.CSV_FILTER]
    written = tmp_path / "people.xlsx"
    sheet = openpyxl.load_workbook(written).active
    assert sheet is not None
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(names) == 13 and "Cllr Tom Ashworth" in names  # ...the file has everyone
    assert messages == [f"Exported the people (13 rows) to {written}."]


def test_the_shortcut_exports_as_csv_when_csv_is_chosen(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    save_as(monkeypatch, tmp_path / "people", export_button.CSV_FILTER)
    messages = messages_of(page)

    page.ui.table.setFocus()
    qtbot.waitUntil(page.ui.table.hasFocus)
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.ui.table, Qt.Key.Key_E, both)

    data = (tmp_path / "people.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "Name" and len(rows) == 14
    assert messages and messages[0].startswith("Exported the people (13 rows)")


def test_cancelling_the_save_dialog_writes_nothing_and_says_nothing(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    save_as(monkeypatch, None)
    messages = messages_of(page)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    assert messages == [] and list(tmp_path.glob("*.xlsx")) == []


def test_a_file_that_cannot_be_written_is_one_clear_message(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    when_modal: WhenModal,
) -> None:
    page = PeoplePage(context)
    qtbot.addWidget(page)
    gone = tmp_path / "USB stick" / "people.xlsx"  # the stick was taken out
    save_as(monkeypatch, gone)
    messages = messages_of(page)
    seen: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.windowTitle()}: {box.text()}")

    when_modal(read)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [
        f"Not exported: There is no folder {gone.parent}. Create it first, or save elsewhere."
    ]
    assert messages == []


def test_the_reviews_page_offers_the_register_of_policies_and_the_schedule(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ReviewsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    menu = page.ui.exportButton.menu()
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert texts == ["Export the register of policies…", "Export the review schedule…"]
    save_as(monkeypatch, tmp_path / "s.xlsx")
    messages = messages_of(page)
    menu.actions()[1].trigger()
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert sheet is not None and sheet.title == "Review schedule"
    assert isinstance(sheet["D2"].value, dt.datetime)  # due on: a real date
    assert messages[0].startswith("Exported the review schedule (")


def test_the_complaints_register_exports_while_the_casebook_is_locked(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ComplaintsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert not page.unlocked
    assert page.ui.exportButton.isEnabled()
    save_as(monkeypatch, tmp_path / "c.xlsx")
    messages = messages_of(page)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    assert sheet is not None and sheet["A1"].value == "Reference"
    assert messages[0].startswith("Exported the complaints register (7 rows)")


def test_the_advice_register_asks_for_the_period_first(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    when_modal: WhenModal,
) -> None:
    page = DisclosuresPage(context)
    qtbot.addWidget(page)
    page.refresh()
    save_as(monkeypatch, tmp_path / "a.csv")
    messages = messages_of(page)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, PeriodDialog)
        dialog.ui.fromDate.setValue(dt.date(2026, 9, 1))
        dialog.ui.toDate.setValue(dt.date(2026, 9, 30))
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted

    when_modal(choose)
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages))
    rows = list(csv.reader(io.StringIO((tmp_path / "a.csv").read_text(encoding="utf-8-sig"))))
    given = {row[1] for row in rows[1:]}
    assert given and all(day.endswith("/09/2026") for day in given), given
    assert messages[0].startswith("Exported the register of advice to groups (")


def test_run_with_progress_is_what_writes_the_file(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export runs off the GUI thread, behind the shared progress dialog."""
    page = PeoplePage(context)
    qtbot.addWidget(page)
    calls: list[str] = []

    def spy(parent: QWidget, label: str, work: object, **options: object) -> object:
        calls.append(label)
        return run_with_progress(parent, label, work, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(export_button, "run_with_progress", spy)
    save_as(monkeypatch, tmp_path / "p.xlsx")
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    assert calls == ["Exporting the people…"] and (tmp_path / "p.xlsx").exists()
