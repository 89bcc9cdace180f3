"""Checking an import before it is saved, and running long work off the GUI thread."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from councildesk.errors import CouncilDeskError
from councildesk.gui import workers
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.import_review import ImportReviewDialog
from councildesk.gui.dialogs.review_text import describe_found, find_in_source
from councildesk.rules.doc_control import DocControl, DocDate
from councildesk.rules.protocol_edit import NodePath, node_at
from councildesk.rules.protocol_text import Node
from councildesk.services import protocols
from councildesk.services.database import Database, open_database
from councildesk.services.protocols import VersionStatus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "protocols"
LOWESTOFT = FIXTURES / "lowestoft-town-council.txt"
SANDHURST = FIXTURES / "sandhurst-town-council.pdf"
SECTIONS = [
    "Background",
    "Roles of Councillors and Employees",
    "Expectations",
    "Political Groups",
    "When things go wrong",
]

TODAY = dt.date(2026, 11, 24)


def _dialog(qtbot: QtBot, db: Database, path: Path = LOWESTOFT) -> ImportReviewDialog:
    preview = protocols.preview_file(path)
    dialog = ImportReviewDialog(AppContext(db), preview, policy_name=protocols.PROTOCOL)
    qtbot.addWidget(dialog)
    return dialog


def _select(dialog: ImportReviewDialog, path: NodePath) -> None:
    item = dialog.item_at(path)
    assert item is not None, path
    dialog.ui.treeWidget.setCurrentItem(item)


def _selected_number(dialog: ImportReviewDialog) -> str:
    item = dialog.ui.treeWidget.currentItem()
    assert item is not None
    return str(item.text(0))


def _path(dialog: ImportReviewDialog) -> tuple[int, ...]:
    return tuple(dialog.current_path)


def _cell(dialog: ImportReviewDialog, path: tuple[int, ...], column: int) -> str:
    item = dialog.item_at(path)
    assert item is not None, path
    return str(item.text(column))


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _child_count(dialog: ImportReviewDialog, path: tuple[int, ...]) -> int:
    item = dialog.item_at(path)
    assert item is not None
    return item.childCount()


def _fake_confirm(answers: list[bool], asked: list[str]) -> object:
    def fake(_parent: object, _title: str, text: str, _action: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    return fake


# --- the dialog ----------------------------------------------------------------------------------
def test_tree_shows_the_sections_fully_expanded(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    tree = dialog.ui.treeWidget
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [item.text(1) for item in tops] == SECTIONS
    assert [item.text(0) for item in tops] == ["", "2.", "3.", "4.", "5."]
    assert {item.text(2) for item in tops} == {"Section"}
    assert all(item.isExpanded() for item in tops)
    assert dialog.ui.summaryLabel.text() == (
        "Lowestoft Town Council Member/Officer Protocol: 5 sections, 23 clauses."
    )
    assert dialog.ui.headerLabel.text() == "Check the import of lowestoft-town-council.txt"
    # The first item is selected and shown in the editor.
    assert dialog.ui.headingEdit.text() == "Background"
    assert dialog.ui.kindCombo.currentText() == "Section"


def test_edits_with_the_real_buttons_are_saved_as_one_version(
    qtbot: QtBot, db: Database, db_path: Path
) -> None:
    dialog = _dialog(qtbot, db)
    ui = dialog.ui

    # Indent 1.2 under 1.1, then outdent it back again.
    _select(dialog, (0, 1))
    assert _selected_number(dialog) == "1.2"
    _click(qtbot, ui.indentButton)
    assert _path(dialog) == (0, 0, 0) and _selected_number(dialog) == "1.2"
    assert _child_count(dialog, (0, 0)) == 1
    _click(qtbot, ui.outdentButton)
    assert _path(dialog) == (0, 1)
    assert [c.number for c in dialog.nodes[0].children] == ["1.1", "1.2", "1.3"]
    # ...and leave 1.3 under 1.2.
    _select(dialog, (0, 2))
    _click(qtbot, ui.indentButton)
    assert _path(dialog) == (0, 1, 0)

    # A heading edited in the line edit shows in the tree at once.
    _select(dialog, (3,))
    ui.headingEdit.selectAll()
    qtbot.keyClicks(ui.headingEdit, "Party Political Groups")
    assert _cell(dialog, (3,), 1) == "Party Political Groups"

    # Split 1.3 at the cursor: the second sentence becomes an unnumbered clause after it.
    _select(dialog, (0, 1, 0))
    text = ui.textEdit.toPlainText()
    cursor = ui.textEdit.textCursor()
    cursor.setPosition(text.index("Close personal"))
    ui.textEdit.setTextCursor(cursor)
    assert ui.splitButton.isEnabled()
    _click(qtbot, ui.splitButton)
    assert _path(dialog) == (0, 1, 1)
    assert ui.numberEdit.text() == ""
    assert ui.textEdit.toPlainText() == "Close personal familiarity should be avoided."
    assert ui.kindCombo.currentText() == "Clause"
    assert dialog.isWindowModified()

    _click(qtbot, dialog.save_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_message == "Saved version 1 of Member/Officer Protocol as a draft."
    assert dialog.saved_version_id is not None

    db.close()
    reopened = open_database(db_path)
    try:
        with reopened.session() as session:
            version = protocols.find_version(session, protocols.PROTOCOL, 1)
            assert version.id == dialog.saved_version_id
            assert version.status is VersionStatus.DRAFT
            assert version.source_name == "lowestoft-town-council.txt"
            nodes = protocols.tree(version)
    finally:
        reopened.close()
    background = nodes[0]
    assert [c.number for c in background.children] == ["1.1", "1.2"]
    clause = background.children[1]
    assert [(c.number, c.kind) for c in clause.children] == [("1.3", "clause"), ("", "clause")]
    assert clause.children[0].text == (
        "The aim is effective and professional working relationships characterised by "
        "mutual trust, respect and courtesy."
    )
    assert clause.children[1].text == "Close personal familiarity should be avoided."
    assert nodes[3].heading == "Party Political Groups"
    assert [n.heading for n in nodes] == [*SECTIONS[:3], "Party Political Groups", SECTIONS[4]]


def test_kind_number_text_and_merge(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    ui = dialog.ui
    _select(dialog, (1, 0))  # 2.1
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findText("Paragraph"))
    assert _cell(dialog, (1, 0), 2) == "Paragraph"
    assert "22 clauses" in ui.summaryLabel.text()
    ui.numberEdit.clear()
    qtbot.keyClicks(ui.numberEdit, "2.1.")
    ui.textEdit.setPlainText("Roles in short.")
    assert node_at(dialog.nodes, (1, 0)) == Node("2.1.", "", "Roles in short.", "paragraph")
    # Merge the heading "Councillors" with clause 2.2, its first child.
    _select(dialog, (1, 1))
    _click(qtbot, ui.mergeButton)
    merged = node_at(dialog.nodes, (1, 1))
    assert merged.heading == "Councillors"
    assert merged.text.startswith("Councillors have four main areas of responsibility:")
    assert [c.kind for c in merged.children[:4]] == ["bullet"] * 4


def test_move_buttons_follow_the_item_and_disable_at_the_ends(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    ui = dialog.ui
    _select(dialog, (3, 0))  # 4.1
    assert not ui.moveUpButton.isEnabled() and not ui.indentButton.isEnabled()
    _click(qtbot, ui.moveDownButton)
    assert _path(dialog) == (3, 1) and _selected_number(dialog) == "4.1"
    assert [c.number for c in dialog.nodes[3].children][:2] == ["4.2", "4.1"]
    _click(qtbot, ui.moveUpButton)
    assert [c.number for c in dialog.nodes[3].children][:2] == ["4.1", "4.2"]
    _select(dialog, (4, 1, 0))  # 5.5, the last clause
    assert not ui.mergeButton.isEnabled() and not ui.moveDownButton.isEnabled()


def test_keyboard_shortcuts_and_the_delete_key(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        "councildesk.gui.dialogs.import_review.confirm", _fake_confirm([False, True], asked)
    )
    dialog = _dialog(qtbot, db)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tree = dialog.ui.treeWidget
    tree.setFocus()
    _select(dialog, (0, 1))
    qtbot.keyClick(tree, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
    assert _path(dialog) == (0, 0, 0)
    qtbot.keyClick(tree, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.ControlModifier)
    assert _path(dialog) == (0, 1)
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [c.number for c in dialog.nodes[0].children] == ["1.2", "1.1", "1.3"]
    # Delete without children: no question.
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert [c.number for c in dialog.nodes[0].children] == ["1.1", "1.3"]
    assert asked == []
    # Delete with children asks first; "No" keeps it, "Yes" moves its children up.
    _select(dialog, (3,))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert dialog.nodes[3].heading == "Political Groups"
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert (
        asked
        == [
            "Delete 4. 'Political Groups'? The 5 items under it will stay and move up into its "
            "place."
        ]
        * 2
    )
    assert dialog.nodes[3].number == "4.1" and dialog.nodes[4].number == "4.2"
    # Enter in the tree goes to the text, and never saves the import.
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.ui.textEdit
    dialog.changed = False


def test_cancel_with_changes_asks_and_stays_open_on_no(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        "councildesk.gui.dialogs.import_review.confirm", _fake_confirm([False, True], asked)
    )
    dialog = _dialog(qtbot, db)
    dialog.show()
    _select(dialog, (0, 1))
    _click(qtbot, dialog.ui.indentButton)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    _click(qtbot, cancel)
    assert asked == ["Discard your changes to this import?"]
    assert dialog.isVisible()
    _click(qtbot, cancel)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    with db.session() as session:
        assert protocols.list_policies(session) == []


def test_cancel_without_changes_does_not_ask(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("councildesk.gui.dialogs.import_review.confirm", _fake_confirm([], asked))
    dialog = _dialog(qtbot, db)
    dialog.show()
    _select(dialog, (2, 0))
    _click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel))
    assert asked == [] and not dialog.isVisible()


def test_editing_an_adopted_version_saves_a_new_draft(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as session:
        first = protocols.import_file(session, SANDHURST).id
    with db.transaction() as session:
        protocols.adopt(session, first, dt.date(2024, 5, 14), "24/051", today=TODAY)
    dialog = ImportReviewDialog.for_version(AppContext(db), first)
    qtbot.addWidget(dialog)
    assert dialog.ui.headerLabel.text() == "Edit version 1 of Member/Officer Protocol"
    assert "adopted and stays as it is" in dialog.ui.noteLabel.text()
    assert "new draft" in dialog.ui.noteLabel.text()
    assert "adopted 14/05/2024" in dialog.ui.summaryLabel.text()
    _select(dialog, (0, 0))
    dialog.ui.numberEdit.setText("")
    qtbot.keyClicks(dialog.ui.numberEdit, "1.1")
    _click(qtbot, dialog.save_button)
    assert dialog.saved_message == "Saved version 2 of Member/Officer Protocol as a draft."
    with db.session() as session:
        old = protocols.find_version(session, None, 1)
        new = protocols.get_version(session, dialog.saved_version_id or 0)
        assert (old.status, new.status, new.number) == (
            VersionStatus.ADOPTED,
            VersionStatus.DRAFT,
            2,
        )
        assert protocols.tree(old)[0].children[0].number == "1."
        assert protocols.tree(new)[0].children[0].number == "1.1"


def test_nothing_left_to_save_is_refused_with_a_message(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(
        "councildesk.gui.dialogs.import_review.show_error",
        lambda _parent, _title, text: errors.append(text),
    )
    monkeypatch.setattr("councildesk.gui.dialogs.import_review.confirm", lambda *_: True)
    short = tmp_path / "short.txt"
    short.write_text("Grants Policy\n\n1. Grants\n\n1.1 The council may make grants.\n")
    dialog = _dialog(qtbot, db, short)
    # The clerk deletes every item: the section (its clause moves up), then the clause.
    for _ in range(2):
        _select(dialog, (0,))
        _click(qtbot, dialog.ui.deleteButton)
    assert dialog.ui.treeWidget.topLevelItemCount() == 0
    assert not dialog.ui.textEdit.isEnabled() and not dialog.ui.deleteButton.isEnabled()
    dialog.accept()
    assert errors == ["No clauses were found, so there is nothing to save."]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.changed = False


def test_source_text_highlights_the_selected_item_in_order(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    source, nodes = dialog.source_text, dialog.nodes
    # "a working partnership;" is a bullet under both 3.1 and 3.2: each finds its own.
    first = find_in_source(source, nodes, (2, 0, 1))
    second = find_in_source(source, nodes, (2, 1, 0))
    assert first and second and first[0] < second[0]
    assert source[second[0] : second[1]] == "a working partnership;"
    assert source.index("3.2") < second[0]
    _select(dialog, (2, 1, 0))
    (selection,) = dialog.ui.sourceEdit.extraSelections()
    assert selection.cursor.selectedText() == "a working partnership;"
    assert dialog.ui.sourceHint.text() == "The selected item is highlighted."
    dialog.ui.textEdit.setPlainText("Words that are not in the file at all")
    _select(dialog, (0,))
    _select(dialog, (2, 1, 0))
    assert dialog.ui.sourceEdit.extraSelections() == []
    assert "not found" in dialog.ui.sourceHint.text()
    dialog.changed = False


def test_summary_shows_full_dates_in_uk_order_and_other_dates_in_the_documents_words() -> None:
    control = DocControl(
        adopted=DocDate("Adopted: 28/07/2022", "2022-07-28", "day"),
        last_reviewed=DocDate("February 2022", "2022-02", "month"),
        next_review=DocDate("As required", None, None),
    )
    nodes = [Node("1.", "Background", "", "section", [Node("1.1", "", "x", "clause")])]
    assert describe_found(nodes, control) == (
        "1 section, 1 clause; adopted 28/07/2022; last reviewed February 2022; "
        "next review As required"
    )
    assert describe_found([], DocControl()) == "no sections, no clauses"


def test_every_control_has_an_accessible_name(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    ui = dialog.ui
    for widget in (
        ui.treeWidget, ui.numberEdit, ui.headingEdit, ui.kindCombo, ui.textEdit, ui.sourceEdit,
        ui.indentButton, ui.outdentButton, ui.moveUpButton, ui.moveDownButton, ui.mergeButton,
        ui.splitButton, ui.deleteButton, dialog.save_button,
    ):  # fmt: skip
        assert widget.accessibleName(), widget.objectName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget.objectName()
    assert set(dialog.shortcuts) == {
        "Ctrl+]", "Ctrl+[", "Ctrl+Up", "Ctrl+Down", "Ctrl+M", "Ctrl+Shift+S"
    }  # fmt: skip
    assert "(Ctrl+])" in ui.indentButton.toolTip()
    assert dialog.save_button.text() == "Save as &draft"


def test_the_sandhurst_pdf_shows_its_dates(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db, SANDHURST)
    assert dialog.ui.summaryLabel.text().endswith(
        "9 sections, 34 clauses; adopted 28/07/2022; next review 2027."
    )


# --- the worker ----------------------------------------------------------------------------------
def test_work_runs_off_the_gui_thread_and_returns_its_result(qtbot: QtBot) -> None:
    seen: list[QThread] = []
    gui_thread = threading.get_ident()

    def work() -> int:
        assert threading.get_ident() != gui_thread
        seen.append(QThread.currentThread())
        return 42

    assert workers.run_with_progress(None, "Importing sandhurst.pdf…", work) == 42
    (thread,) = seen
    with contextlib.suppress(RuntimeError):  # RuntimeError: already deleted, so finished
        assert thread.isFinished()


def test_expected_errors_are_shown_and_give_none(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        "councildesk.gui.workers.show_error",
        lambda _parent, title, text: shown.append((title, text)),
    )

    def work() -> int:
        raise CouncilDeskError("sandhurst.pdf has no text layer: it needs OCR first.")

    result = workers.run_with_progress(
        None, "Importing sandhurst.pdf…", work, error_title="Cannot import"
    )
    assert result is None
    assert shown == [("Cannot import", "sandhurst.pdf has no text layer: it needs OCR first.")]


def test_unexpected_errors_are_raised_on_the_gui_thread(qtbot: QtBot) -> None:
    def work() -> int:
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        workers.run_with_progress(None, "Working…", work)


def test_cancel_waits_for_the_work_and_throws_the_result_away(qtbot: QtBot) -> None:
    cancellation = workers.Cancellation()
    stopped = threading.Event()

    def work() -> str:
        for _ in range(500):  # at most 5 s
            if cancellation.requested:
                break
            threading.Event().wait(0.01)
        stopped.set()
        return "finished"

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        assert dialogs and dialogs[-1].isVisible()
        assert dialogs[-1].labelText() == "Importing sandhurst.pdf…"
        button = dialogs[-1].findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()

    QTimer.singleShot(300, press_cancel)
    outcome = workers.run_in_thread(
        None, "Importing sandhurst.pdf…", work, cancellation=cancellation, show_after_ms=50
    )
    assert outcome == workers.Outcome(cancelled=True)
    assert stopped.is_set()  # the thread ended before the call returned


def test_a_real_import_through_the_worker(qtbot: QtBot) -> None:
    preview = workers.run_with_progress(
        None, f"Importing {SANDHURST.name}…", lambda: protocols.preview_file(SANDHURST)
    )
    assert preview is not None and preview.parsed.clause_count == 34


STANDING_ORDERS = (
    Path(__file__).resolve().parents[1]
    / "fixtures"
    / "corpus"
    / "brackenmoor-parish-council-standing-orders.word.docx"
)


def test_what_did_not_become_a_clause_is_shown_and_shaded(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db, STANDING_ORDERS)
    dialog.show()
    notice = dialog.ui.setAsideLabel
    assert notice.isVisible()
    assert "the contents list (7 lines, from “Contents”)" in notice.text()
    assert "the closing lines" in notice.text()
    shaded = [
        selection.cursor.selectedText() for selection in dialog.ui.sourceEdit.extraSelections()
    ]
    assert "Contents" in shaded and "To be reviewed in March 2025." in shaded
    # The introduction before the first heading is an item of the tree, to be saved.
    assert _cell(dialog, (0,), 1).startswith("These standing orders are based on the model")


def test_nothing_left_out_shows_no_notice(qtbot: QtBot, db: Database) -> None:
    dialog = _dialog(qtbot, db)
    dialog.show()
    assert not dialog.ui.setAsideLabel.isVisible()
