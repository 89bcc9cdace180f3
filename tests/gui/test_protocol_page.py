"""The Protocol page as a clerk uses it: versions, adoption, coverage, receipts, search."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from councildesk.gui.app import make_application
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.adopt_dialog import AdoptDialog
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pages.protocol import ProtocolPage
from councildesk.services import acknowledgements, coverage, protocol_search, protocols
from councildesk.services.database import Database, open_database
from councildesk.services.protocols import VersionStatus

# The starter protocol's booklet, as the demo council adopted it: cover, contents and clauses.
BOOKLET_PAGES = 10
TODAY = dt.date(2026, 11, 24)
LOWESTOFT = (
    Path(__file__).resolve().parents[1] / "fixtures" / "protocols" / "lowestoft-town-council.txt"
)


def _page(qtbot: QtBot, db: Database) -> ProtocolPage:
    make_application()
    page = ProtocolPage(AppContext(db, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_empty_page_offers_import_or_the_starter(qtbot: QtBot, db: Database) -> None:
    page = _page(qtbot, db)
    assert page.ui.stack.currentWidget() is page.ui.emptyPanel
    assert not page.ui.adoptButton.isEnabled() and not page.ui.printButton.isEnabled()


def test_demo_opens_on_the_adopted_version_with_its_text(qtbot: QtBot, demo_db: Database) -> None:
    page = _page(qtbot, demo_db)
    assert page.ui.versionCombo.currentText() == "Version 1 (adopted 14/05/2025)"
    assert "minute 25/051" in page.ui.infoLabel.text()
    # The cycle gives a date: two years from the adoption on 14/05/2025.
    assert "review due by 14/05/2027 (every two years)" in page.ui.infoLabel.text()
    assert page.ui.outline.topLevelItem(0).text(0) == "1. Purpose and scope"
    assert "The purpose of this protocol" in page.ui.document.toPlainText()
    assert not page.ui.adoptButton.isEnabled()  # adopted versions cannot be adopted again
    page.ui.versionCombo.setCurrentIndex(1)
    assert page.ui.adoptButton.isEnabled() and page.ui.deleteDraftButton.isEnabled()


def test_adopting_the_draft_supersedes_the_old_version(
    qtbot: QtBot, when_modal: Callable[..., None], demo_db: Database, db_path: Path
) -> None:
    page = _page(qtbot, demo_db)
    page.ui.versionCombo.setCurrentIndex(1)
    statuses: list[str] = []
    page.status.connect(statuses.append)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AdoptDialog)
        assert "Version 1 will be marked as superseded" in dialog.ui.introLabel.text()
        qtbot.keyClicks(dialog.ui.minuteEdit, "26/112")
        dialog.ui.adoptedDate.setValue(dt.date(2026, 11, 10))
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(page.ui.adoptButton, Qt.MouseButton.LeftButton)
    assert statuses == ["Version 2 of the Member/Officer Protocol is now adopted (minute 26/112)."]
    assert page.ui.versionCombo.currentText() == "Version 2 (adopted 10/11/2026)"
    demo_db.close()
    reopened = open_database(db_path)
    try:
        with reopened.session() as session:
            policy = protocols.find_policy(session)
            assert [v.status for v in policy.versions] == [
                VersionStatus.SUPERSEDED,
                VersionStatus.ADOPTED,
            ]
    finally:
        reopened.close()


def test_adoption_without_a_minute_reference_is_refused_at_the_field(
    qtbot: QtBot, demo_db: Database
) -> None:
    with demo_db.session() as session:
        draft = protocols.find_policy(session).versions[-1].id
    dialog = AdoptDialog(AppContext(demo_db, today=lambda: TODAY), draft)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert dialog.errors is not None
    assert (
        dialog.errors.message_for("minute_reference") == "Enter the minute reference, e.g. 23/045."
    )
    with demo_db.session() as session:
        assert protocols.get_version(session, draft).status is VersionStatus.DRAFT


def test_marking_receipt_is_saved_and_shown(
    qtbot: QtBot, demo_db: Database, cell_text: Callable[[QTableWidget, int, int], str]
) -> None:
    page = _page(qtbot, demo_db)
    receipts = page.receipts
    assert "8 of 11 serving councillors" in receipts.ui.hintLabel.text()
    waiting = [i for i, row in enumerate(receipts.rows) if row.received_on is None]
    selection = receipts.ui.receiptsTable.selectionModel()
    for row in waiting:
        selection.select(
            receipts.ui.receiptsTable.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    receipts.ui.receivedDate.setValue(dt.date(2026, 11, 20))
    qtbot.mouseClick(receipts.ui.markButton, Qt.MouseButton.LeftButton)
    assert "11 of 11 serving councillors" in receipts.ui.hintLabel.text()
    assert cell_text(receipts.ui.receiptsTable, waiting[0], 1) == "20/11/2026"
    with demo_db.session() as session:
        version = page.current_version()
        assert version is not None
        assert acknowledgements.outstanding(session, version.id, TODAY) == []


def test_correcting_the_topic_coverage_is_kept(
    qtbot: QtBot, db: Database, cell_text: Callable[[QTableWidget, int, int], str]
) -> None:
    with db.transaction() as session:
        version_id = protocols.import_file(session, LOWESTOFT).id
    page = _page(qtbot, db)
    page.ui.tabs.setCurrentWidget(page.ui.coverageTab)  # worked out when the tab is opened
    panel = page.coverage
    media = next(i for i, t in enumerate(panel.data.topics) if t.topic.key == "media")  # type: ignore[union-attr]
    assert cell_text(panel.ui.topicsTable, media, 1) == "Not covered"
    panel.ui.topicsTable.selectRow(media)
    item = next(
        panel.ui.clauseList.item(i)
        for i in range(panel.ui.clauseList.count())
        if panel.ui.clauseList.item(i).text().startswith("4.1 ")
    )
    item.setCheckState(Qt.CheckState.Checked)
    assert cell_text(panel.ui.topicsTable, media, 1) == "4.1  (corrected)"
    with db.session() as session:
        kept = coverage.coverage(session, version_id)
        (status,) = [t for t in kept.topics if t.topic.key == "media"]
        assert status.cites == ["4.1"]


def test_a_search_result_opens_its_clause(qtbot: QtBot, demo_db: Database) -> None:
    make_application()
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    with demo_db.session() as session:
        hit = protocol_search.search(session, "casting vote")[0]
    window.search.open_clause.emit(hit.version_id, hit.node_id)
    assert window.ui.pages.currentWidget() is window.protocol
    selected = window.protocol.ui.outline.currentItem()
    assert selected is not None and selected.text(0).startswith(hit.number)


@pytest.mark.parametrize(
    ("name", "advice"),
    [
        ("notes.rtf", "Save the protocol as a Word document (.docx), a PDF or plain text"),
        ("protocol.xlsx", "Save the protocol as a Word document (.docx), a PDF or plain text"),
        ("old-protocol.doc", "choose Save As > Word Document (.docx)"),
    ],
)
def test_a_file_that_cannot_be_imported_gets_the_importers_own_message(
    qtbot: QtBot,
    db: Database,
    tmp_path: Path,
    name: str,
    advice: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from councildesk.importers import ImportProblem, read_blocks

    (tmp_path / name).write_bytes(b"\xd0\xcf\x11\xe0 not really a document")
    with pytest.raises(ImportProblem) as expected:
        read_blocks(tmp_path / name)
    shown: list[str] = []
    monkeypatch.setattr(
        "councildesk.gui.workers.show_error", lambda _parent, _title, text: shown.append(text)
    )
    page = _page(qtbot, db)
    page.commands.import_path(tmp_path / name)
    assert shown == [str(expected.value)] and advice in shown[0]


def test_print_booklet_previews_the_version_made_off_the_gui_thread(
    qtbot: QtBot,
    when_modal: Callable[..., None],
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from councildesk.gui.pdf_preview import PdfPreviewDialog
    from councildesk.services import protocol_printouts

    page = _page(qtbot, demo_db)
    seen: list[tuple[str, int]] = []
    made_on: list[int] = []
    write_booklet = protocol_printouts.write_booklet

    def watched(*args: Any, **kwargs: Any) -> Any:
        made_on.append(threading.get_ident())
        return write_booklet(*args, **kwargs)

    monkeypatch.setattr(protocol_printouts, "write_booklet", watched)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PdfPreviewDialog)
        seen.append((dialog.windowTitle(), dialog.document.pageCount()))
        dialog.reject()

    when_modal(look)
    qtbot.mouseClick(page.ui.printButton, Qt.MouseButton.LeftButton)
    assert seen and seen[0][0].startswith("Member/Officer Protocol, version 1")
    assert seen[0][1] == BOOKLET_PAGES
    assert made_on and made_on[0] != threading.get_ident()


def test_compare_shows_the_changed_words(qtbot: QtBot, demo_db: Database) -> None:
    from councildesk.gui.dialogs.compare_dialog import CompareDialog

    page = _page(qtbot, demo_db)
    dialog = CompareDialog(page.context, page.versions, page.versions[-1].id)
    qtbot.addWidget(dialog)
    assert dialog.ui.summaryLabel.text().startswith("Clauses: 1 changed, 0 added, 1 removed")
    html = dialog.ui.changesView.toHtml()
    assert "and co-opted members" in html
    assert "The purpose of this protocol" in dialog.ui.changesView.toPlainText()


def test_importing_a_file_is_checked_then_saved_as_a_draft(
    qtbot: QtBot, when_modal: Callable[..., None], db: Database, db_path: Path
) -> None:
    from councildesk.gui.dialogs.import_review import ImportReviewDialog

    page = _page(qtbot, db)
    statuses: list[str] = []
    page.status.connect(statuses.append)
    seen: list[str] = []

    def check_and_save(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportReviewDialog)
        seen.append(dialog.ui.treeWidget.topLevelItem(0).text(1))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(check_and_save)
    page.commands.import_path(LOWESTOFT)  # what dropping the file on the page does
    assert seen == ["Background"]
    assert statuses == ["Saved version 1 of Member/Officer Protocol as a draft."]
    assert page.ui.versionCombo.currentText() == "Version 1 (draft)"
    assert page.ui.stack.currentWidget() is page.ui.tabs
    db.close()
    reopened = open_database(db_path)
    try:
        with reopened.session() as session:
            version = protocols.find_version(session, None, 1)
            assert version.source_name == "lowestoft-town-council.txt"
    finally:
        reopened.close()


def test_another_policy_can_be_named_then_imported(
    qtbot: QtBot,
    when_modal: Callable[..., None],
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        "councildesk.gui.pages.protocol.QInputDialog.getText",
        lambda *_args, **_kwargs: ("Standing  Orders", True),
    )
    page = _page(qtbot, db)
    page.ui.policyCombo.setCurrentText("Another policy…")
    assert page.policy_name() == "Standing Orders"
    assert page.ui.emptyTitle.text() == "No version of Standing Orders yet"
    assert not page.ui.starterButton.isVisibleTo(page)

    def save(dialog: QWidget) -> None:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    def keep_as_named(box: QWidget) -> None:
        # The file's title names the protocol: the clerk says it is Standing Orders all the same.
        assert isinstance(box, QMessageBox)
        (button,) = [b for b in box.buttons() if b.text() == "Version of Standing Orders"]
        button.click()
        when_modal(save)

    when_modal(keep_as_named)
    page.commands.import_path(LOWESTOFT)
    with db.session() as session:
        names = [p.name for p in protocols.list_policies(session)]
    assert names == ["Standing Orders"]
    assert page.ui.versionCombo.currentText() == "Version 1 (draft)"


def test_sign_off_sheet_can_be_printed_for_those_outstanding_only(
    qtbot: QtBot,
    when_modal: Callable[..., None],
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from pypdf import PdfReader

    from councildesk.gui.pdf_preview import PdfPreviewDialog
    from councildesk.services import protocol_printouts

    page = _page(qtbot, demo_db)
    version_id = page.versions[0].id
    with demo_db.session() as session:
        rows = acknowledgements.status(session, version_id, TODAY)
    received = [r.name for r in rows if r.received_on is not None]
    waiting = [r.name for r in rows if r.received_on is None]
    assert received and waiting  # the demo council has some of each
    asked: list[bool] = []
    write_signoff = protocol_printouts.write_signoff

    def watched(*args: Any, outstanding_only: bool = False) -> None:
        asked.append(outstanding_only)
        write_signoff(*args, outstanding_only=outstanding_only)

    monkeypatch.setattr(protocol_printouts, "write_signoff", watched)
    seen: list[tuple[str, int]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PdfPreviewDialog)
        seen.append((dialog.windowTitle(), dialog.document.pageCount()))
        dialog.reject()

    page.ui.tabs.setCurrentIndex(2)
    panel = page.receipts
    assert not panel.ui.outstandingCheck.isChecked()
    panel.ui.outstandingCheck.setChecked(True)
    when_modal(look)
    qtbot.mouseClick(panel.ui.sheetButton, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert seen and seen[0] == ("Sign-off sheet (outstanding only) — preview", 1)

    out = io.BytesIO()
    with demo_db.session() as session:
        write_signoff(session, version_id, out, TODAY, outstanding_only=True)
    text = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert all(name in text for name in waiting)
    assert not any(name in text for name in received)
