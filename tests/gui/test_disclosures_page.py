"""The Advice to groups page and its dialogs, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from councildesk.db.engine import Database
from councildesk.db.models import PersonKind
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.disclosure_dialog import DisclosureDialog
from councildesk.gui.dialogs.disclosure_note_dialog import DisclosureNoteDialog
from councildesk.gui.dialogs.notice_sent_dialog import NoticeSentDialog
from councildesk.gui.pages.disclosures import DisclosuresPage
from councildesk.rules.disclosures import Form, Method
from councildesk.services import disclosure_notifications, disclosures, groups, people
from councildesk.services.database import Session, open_database
from councildesk.services.people import PersonInput

TODAY = dt.date(2026, 11, 24)
REPORT = (
    "Report to the Green Group: the pavilion\n\n"
    "There are two options: repair the roof (£900) or replace it (£4,000).\n"
    "The group should support replacement.\n"
)


@pytest.fixture
def context(db: Database) -> AppContext:
    with db.transaction() as s:
        groups.add_group(s, "Green Group", dt.date(2023, 5, 4))
        groups.add_group(s, "Labour Group", dt.date(2023, 5, 4))
        groups.add_group(s, "Independents", dt.date(2025, 4, 1))
        people.add_person(
            s,
            PersonInput(PersonKind.OFFICER, "Sarah Pemberton", post="Clerk",
                        start_on=dt.date(2019, 9, 1)),
        )  # fmt: skip
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


def save_button(dialog: QDialog) -> QWidget:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def _page(qtbot: QtBot, context: AppContext) -> tuple[DisclosuresPage, list[str]]:
    page = DisclosuresPage(context)
    qtbot.addWidget(page)
    page.refresh()
    messages: list[str] = []
    page.status.connect(messages.append)
    return page, messages


def test_record_a_report_with_its_check_then_mark_the_notices_sent(
    qtbot: QtBot,
    context: AppContext,
    db: Database,
    db_path: Path,
    tmp_path: Path,
    run_modal: Callable[..., None],
) -> None:
    page, messages = _page(qtbot, context)
    file = tmp_path / "pavilion.txt"
    file.write_text(REPORT, encoding="utf-8")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DisclosureDialog)
        ui = dialog.ui
        ui.groupCombo.setCurrentIndex(ui.groupCombo.findText("Green Group"))
        ui.givenDate.setValue(dt.date(2026, 11, 20))
        assert ui.toldLabel.text() == "Independents, Labour Group"
        ui.givenDate.setValue(dt.date(2025, 3, 31))
        assert ui.toldLabel.text() == "Labour Group"  # the Independents formed later
        ui.givenDate.setValue(dt.date(2026, 11, 20))
        qtbot.keyClicks(ui.matterEdit, "Pavilion roof")
        qtbot.keyClicks(ui.summaryEdit, "The group's worries about the tenants")
        dialog.attach(file)
        assert ui.formCombo.currentData() == Form.REPORT.value
        assert "The group should support replacement." in ui.checkView.toPlainText()
        assert "Standard protocol wording" in ui.checkView.toPlainText()
        assert ui.reasonEdit.isVisibleTo(dialog)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        # Refused until the clerk says why to go ahead; the message sits at the reason.
        assert dialog.isVisible()
        assert dialog.errors is not None
        assert "give your reason" in (dialog.errors.message_for("proceed_reason") or "")
        qtbot.keyClicks(ui.reasonEdit, "The group asked for the Clerk's view")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted

    run_modal(page.record, fill)
    assert messages[-1] == (
        "Recorded the written report to Green Group on 20/11/2026. "
        "2 notices to send: Independents, Labour Group."
    )
    assert page.notices.rowCount() == 2
    assert "2 notices to send" in page.ui.noticesCountLabel.text()

    def mark(dialog: QDialog) -> None:
        assert isinstance(dialog, NoticeSentDialog)
        dialog.ui.sentDate.setValue(dt.date(2026, 11, 19))  # before the advice: refused
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        dialog.ui.sentDate.setValue(dt.date(2026, 11, 23))
        dialog.ui.methodCombo.setCurrentIndex(dialog.ui.methodCombo.findData("letter"))
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    page.ui.tabs.setCurrentWidget(page.ui.noticesTab)
    page.ui.noticesTable.selectRow(0)
    first = page.selected_notice()
    assert first is not None
    run_modal(page.mark_sent, mark)
    assert messages[-1] == f"Marked {first.recipient} as told on 23/11/2026."
    assert page.notices.rowCount() == 1

    with reopened(db, db_path) as session:
        (entry,) = disclosures.list_disclosures(session)
        assert entry.matter == "Pavilion roof" and entry.report_name == "pavilion.txt"
        assert entry.report_data == REPORT.encode("utf-8")
        assert entry.proceed_reason == "The group asked for the Clerk's view"
        assert '"kind": "recommendation"' in entry.check_findings
        told = {n.recipient: (n.sent_on, n.method) for n in entry.notifications}
        assert told[first.recipient] == (dt.date(2026, 11, 23), "letter")
        assert sum(1 for v in told.values() if v[0] is None) == 1


def test_the_only_group_needs_no_notice_and_the_page_says_why(
    qtbot: QtBot, db: Database, run_modal: Callable[..., None]
) -> None:
    with db.transaction() as s:
        groups.add_group(s, "Independents", dt.date(2023, 5, 4))
    page, messages = _page(qtbot, AppContext(db, today=lambda: TODAY))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, DisclosureDialog)
        assert "only political group" in dialog.ui.toldLabel.text()
        qtbot.keyClicks(dialog.ui.matterEdit, "Bus shelter")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.record, fill)
    assert "No other group needs to be told" in messages[-1]
    assert page.notices.rowCount() == 0


def test_bad_dates_are_refused_beside_the_field_and_nothing_saved(
    qtbot: QtBot, context: AppContext, db: Database, db_path: Path
) -> None:
    dialog = DisclosureDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.groupCombo.setCurrentIndex(ui.groupCombo.findText("Independents"))
    ui.givenDate.setValue(dt.date(2024, 6, 3))
    qtbot.keyClicks(ui.matterEdit, "Allotments")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors is not None
    assert "did not exist yet on 03/06/2024" in (dialog.errors.message_for("given_on") or "")
    with reopened(db, db_path) as session:
        assert disclosures.list_disclosures(session) == []


def test_a_told_entry_is_voided_not_deleted_and_stays_after_reopening(
    qtbot: QtBot,
    context: AppContext,
    db: Database,
    db_path: Path,
    run_modal: Callable[..., None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with db.transaction() as s:
        green = groups.find_group_by_name(s, "Green Group").id
        made = disclosures.record(
            s, disclosures.DisclosureInput(green, dt.date(2026, 11, 2), "Grant"), TODAY
        ).disclosure
        disclosure_notifications.mark_sent(
            s, made.notifications[0].id, dt.date(2026, 11, 3), Method.EMAIL, TODAY
        )
        entry_id = made.id
    page, messages = _page(qtbot, context)
    page.select_id(entry_id)
    errors: list[str] = []
    monkeypatch.setattr(
        "councildesk.gui.pages.disclosures.show_error",
        lambda _parent, _title, text: errors.append(text),
    )
    page.delete_selected()
    assert errors and "Void it instead" in errors[0]

    def void(dialog: QDialog) -> None:
        assert isinstance(dialog, DisclosureNoteDialog)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # a reason is needed
        qtbot.keyClicks(dialog.ui.textEdit, "Entered against the wrong group")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    run_modal(page.ui.voidButton.click, void)
    assert messages[-1] == "Voided the entry for Green Group on 02/11/2026."
    assert "Void from 24/11/2026" in page.register.row_object(0).notices
    assert page.notices.rowCount() == 0  # a void entry owes nothing more
    with reopened(db, db_path) as session:
        entry = disclosures.get_disclosure(session, entry_id)
        assert entry.voided_on == TODAY
        assert entry.void_reason == "Entered against the wrong group"


def test_overdue_notices_stand_out_and_the_matter_view_sets_entries_side_by_side(
    qtbot: QtBot, context: AppContext, db: Database
) -> None:
    with db.transaction() as s:
        ids = {g.name: g.id for g in groups.list_groups(s)}
        for name, day in (("Green Group", dt.date(2026, 11, 2)), ("Labour Group", TODAY)):
            disclosures.record(
                s,
                disclosures.DisclosureInput(
                    ids[name], day, "Pavilion roof", Form.ADVICE, checked_text=f"To {name}: "
                    "the options are repair or replace."
                ),
                TODAY,
            )  # fmt: skip
    page, _ = _page(qtbot, context)
    statuses = sorted(page.notices.row_object(i).status for i in range(page.notices.rowCount()))
    assert statuses == ["Overdue", "Overdue", "Pending", "Pending"]
    assert "2 overdue" in page.ui.noticesCountLabel.text()
    assert page.ui.matterCombo.currentText() == "Pavilion roof"
    assert [page.matter.row_object(i).group for i in range(page.matter.rowCount())] == [
        "Green Group",
        "Labour Group",
    ]
    assert page.ui.compareButton.isEnabled()
    page.open_record(page.notices.row_object(0).disclosure_id)
    assert page.ui.tabs.currentWidget() is page.ui.noticesTab
