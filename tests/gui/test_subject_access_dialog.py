"""Subject access requests through the real forms: recorded from the Complaints page behind the
passphrase, the deadline shown as the date is typed, the bundle previewed from memory and
exported, a wrong answer date refused beside its field, and all of it there after a restart."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from councildesk.db.open import open_database
from councildesk.gui.app import make_application
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.subject_access_dialog import RequestDialog, SubjectAccessDialog
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pages.complaints import ComplaintsPage
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.services import subject_access
from councildesk.services.database import Database
from tests.gui.conftest import RunModal
from tests.gui.test_complaints_page import TODAY, save, unlock


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> ComplaintsPage:
    shown = ComplaintsPage(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.show()
    shown.refresh()
    return shown


def _menu_action(page: ComplaintsPage) -> QAction:
    return next(a for a in page.more_actions if a.text() == "Subject access requests…")


def _new_request(qtbot: QtBot, run_modal: RunModal, requests: SubjectAccessDialog) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RequestDialog)
        ui = dialog.ui
        ui.personPicker.choose_outside("Mr Ambrose Tillingham")
        ui.receivedDate.setValue(dt.date(2026, 11, 25))
        save(dialog)
        assert dialog.isVisible(), "a request received tomorrow should be refused"
        ui.receivedDate.setValue(dt.date(2026, 11, 20))
        # The deadline appears as the date is chosen: 20 December 2026 is a Sunday.
        assert ui.dueLabel.text() == "Answer due by Monday 21 December 2026"
        ui.howCombo.setCurrentIndex(ui.howCombo.findData("email"))
        qtbot.keyClicks(ui.notesEdit, "Wants the 2019 allotment complaint")
        save(dialog)
        assert not dialog.isVisible(), dialog.ui.errorLabel.text()

    run_modal(requests.ui.newButton.click, fill)


def test_a_request_from_recorded_to_answered_through_the_forms(
    qtbot: QtBot,
    page: ComplaintsPage,
    demo_db: Database,
    run_modal: RunModal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    assert not _menu_action(page).isEnabled()  # locked: the requests name people
    unlock(qtbot, page)
    assert _menu_action(page).isEnabled()
    exported = tmp_path / "bundle"
    exported.mkdir()
    previewed: list[int] = []

    def work(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectAccessDialog)
        before = dialog.model.rowCount()
        _new_request(qtbot, run_modal, dialog)
        assert dialog.model.rowCount() == before + 1
        chosen = dialog.selected()
        assert chosen is not None and chosen.person == "Mr Ambrose Tillingham"
        assert (chosen.row.due_on, chosen.row.status) == (dt.date(2026, 12, 21), "open")

        def look(preview: QWidget) -> None:
            assert isinstance(preview, PdfPreviewDialog)
            previewed.append(preview.document.pageCount())
            assert list(temporary.rglob("*")) == [], "the bundle went to a temporary file"

        run_modal(dialog.ui.previewButton.click, look)
        dialog.export_to(exported)
        assert "Redact the third parties" in dialog.ui.countLabel.text()

        def extend(form: QWidget) -> None:
            assert isinstance(form, RequestDialog)
            form.ui.extendedCheck.setChecked(True)
            # 20 November + 3 months: 20 February 2027, a Saturday.
            assert form.ui.dueLabel.text() == "Answer due by Monday 22 February 2027"
            save(form)
            assert not form.isVisible(), form.ui.errorLabel.text()

        run_modal(dialog.ui.editButton.click, extend)
        extended = dialog.selected()
        assert extended is not None and extended.row.due_on == dt.date(2027, 2, 22)
        status = dialog.proxy.index(dialog.ui.table.currentIndex().row(), 5).data()
        assert status == "Open (extended)"

        def answer_too_early(form: QWidget) -> None:
            assert isinstance(form, RequestDialog)
            assert form.ui.answeredDate.value() == TODAY
            assert not form.ui.receivedDate.isEnabled()  # the deadline's start stays put
            form.ui.answeredDate.setValue(dt.date(2026, 11, 19))
            save(form)
            assert form.isVisible(), "an answer before the request should be refused"
            assert form.errors is not None
            assert "cannot have been answered before" in (
                form.errors.message_for("answered_on") or ""
            )
            form.ui.answeredDate.setValue(dt.date(2026, 11, 24))
            save(form)
            assert not form.isVisible(), form.ui.errorLabel.text()

        run_modal(dialog.ui.answeredButton.click, answer_too_early)
        answered = dialog.selected()
        assert answered is not None and answered.row.status == "answered"
        assert not dialog.ui.answeredButton.isEnabled()

    run_modal(_menu_action(page).trigger, work)
    assert previewed == [1]
    bundle = json.loads((exported / "SAR-003 bundle.json").read_text(encoding="utf-8"))
    assert [c["reference"] for c in bundle["cases"]] == ["C-2019-001"]
    assert (exported / "SAR-003 bundle.pdf").exists()
    # Saved, and still there after a restart.
    path = demo_db.path
    demo_db.close()
    again = open_database(path)
    try:
        with again.session() as session:
            rows = subject_access.list_requests(session, TODAY)
        assert [(r.reference, r.answered_on) for r in rows][-1] == (
            "SAR-003",
            dt.date(2026, 11, 24),
        )
    finally:
        again.close()


def test_the_dashboard_goes_to_the_request_once_the_casebook_is_unlocked(
    qtbot: QtBot, page: ComplaintsPage, demo_db: Database, run_modal: RunModal
) -> None:
    with demo_db.session() as session:
        waiting = [r for r in subject_access.list_requests(session, TODAY) if not r.answered_on]
    (request,) = waiting
    page.follow_action(subject_access.SAR_AREA, request.id)
    assert page.ui.passphraseEdit.hasFocus() or page.ui.passphraseEdit.isVisible()
    chosen: list[str] = []

    def seen(dialog: QWidget) -> None:
        assert isinstance(dialog, SubjectAccessDialog)
        found = dialog.selected()
        chosen.append(found.row.reference if found else "")

    run_modal(lambda: unlock(qtbot, page), seen)
    assert chosen == [request.reference]


def test_the_dashboard_lists_the_request_by_reference_and_goes_to_the_casebook(
    qtbot: QtBot, demo_db: Database
) -> None:
    make_application()
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    todo = window.dashboard.ui.actionsTable
    texts = [todo.item(r, 2).text() for r in range(todo.rowCount())]
    row = next(r for r, text in enumerate(texts) if text.startswith("Subject access request"))
    assert texts[row] == "Subject access request SAR-002: answer due"
    assert "Ellison" not in " ".join(texts)
    todo.setCurrentCell(row, 2)
    qtbot.keyClick(todo, Qt.Key.Key_Return)
    page = window.ui.pages.currentWidget()
    assert isinstance(page, ComplaintsPage)
    assert page._pending_request is not None and page._pending_open is None
