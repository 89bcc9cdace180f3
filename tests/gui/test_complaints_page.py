"""The Complaints page, driven through the real forms: a grievance from received to closed,
with the guardrails refusing what they must, the lock, and the set-up dialog."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from councildesk.db.models import AuditEntry
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.case_dialog import CaseDialog
from councildesk.gui.dialogs.casebook_dialogs import CasebookSetupDialog
from councildesk.gui.dialogs.stage_dialog import StageDialog
from councildesk.gui.pages.complaints import ComplaintsPage
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.services import casebook_crypto, complaint_choices
from councildesk.services.database import Database, Session
from councildesk.services.demo_complaints import DEMO_PASSPHRASE
from tests.gui.conftest import RunModal
from tests.services.conftest import FAST, PASSPHRASE

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> ComplaintsPage:
    shown = ComplaintsPage(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.show()
    shown.refresh()
    return shown


def unlock(qtbot: QtBot, page: ComplaintsPage) -> None:
    qtbot.keyClicks(page.ui.passphraseEdit, DEMO_PASSPHRASE)
    qtbot.mouseClick(page.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert page.unlocked


def people(db: Database) -> dict[str, int]:
    with db.session() as session:
        options = complaint_choices.people_options(session, TODAY)
    found = {o.detail: o.id for o in options if not o.councillor}
    councillors = [o for o in options if o.councillor and not o.detail.endswith("former")]
    found["chair"] = next(o.id for o in councillors if o.chair)
    for n, option in enumerate(o for o in councillors if not o.chair):
        found[f"cllr{n}"] = option.id
    return found


def save(dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert buttons is not None
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    button.click()


def move(
    run_modal: RunModal,
    case: CaseDialog,
    stage: str,
    fill: Callable[[StageDialog], None] = lambda d: None,
    *,
    refused: str = "",
) -> None:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, StageDialog)
        dialog.choose_stage(stage)
        dialog.ui.onDate.setValue(TODAY)
        fill(dialog)
        save(dialog)
        if refused:
            assert dialog.isVisible(), "the guardrail should have kept the dialog open"
            assert dialog.errors is not None
            fields = ("panel", "companion", "stage", "on")
            shown = " ".join(dialog.errors.message_for(f) or "" for f in fields)
            shown += dialog.ui.errorLabel.text()
            assert refused in shown
        else:
            assert not dialog.isVisible(), dialog.ui.errorLabel.text()

    run_modal(case.ui.nextStageButton.click, handle)


def test_a_grievance_from_received_to_closed_through_the_forms(
    qtbot: QtBot, page: ComplaintsPage, demo_db: Database, run_modal: RunModal
) -> None:
    ids = people(demo_db)
    assert not page.ui.newButton.isEnabled()  # locked: no case can be opened
    unlock(qtbot, page)

    def fill_new(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseDialog)
        ui = dialog.ui
        ui.routeCombo.setCurrentIndex(ui.routeCombo.findData("grievance"))
        ui.receivedDate.setValue(dt.date(2026, 11, 2))
        ui.complainantPicker.choose_person(ids["Deputy Clerk"])
        ui.subjectPicker.choose_person(ids["cllr0"])
        ui.handlerPicker.choose_person(ids["Clerk and RFO"])
        qtbot.keyClicks(ui.summaryEdit, "Spoken to rudely in the office")
        save(dialog)
        assert not dialog.isVisible(), dialog.ui.errorLabel.text()

    before = page.model.rowCount()
    run_modal(page.new_case, fill_new)
    assert page.model.rowCount() == before + 1
    new_id = page.selected_id()
    assert new_id is not None and page.selected_row().stage == "received"  # type: ignore[union-attr]

    def take_it_through(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseDialog)
        assert dialog.ui.summaryEdit.toPlainText() == "Spoken to rudely in the office"
        move(run_modal, dialog, "informal")
        move(run_modal, dialog, "written-grievance")

        def chair_alone(d: StageDialog) -> None:
            d.tick_panel([ids["chair"]])
            d.ui.aloneRadio.setChecked(True)

        move(run_modal, dialog, "meeting", chair_alone, refused="Chair may not decide this alone")
        first = [ids["cllr1"], ids["cllr2"]]

        def no_companion_recorded(d: StageDialog) -> None:
            d.tick_panel(first)

        move(run_modal, dialog, "meeting", no_companion_recorded, refused="companion")

        def proper_meeting(d: StageDialog) -> None:
            d.tick_panel(first)
            d.ui.accompaniedRadio.setChecked(True)
            qtbot.keyClicks(d.ui.companionEdit, "A. Union-Rep")

        move(run_modal, dialog, "meeting", proper_meeting)

        def decision(d: StageDialog) -> None:
            assert sorted(r.person_id or 0 for r in d.chosen_panel()) == sorted(first)

        move(run_modal, dialog, "decision", decision)  # the hearing's panel is ticked already
        move(run_modal, dialog, "appeal-lodged")

        def same_panel(d: StageDialog) -> None:
            d.tick_panel([ids["cllr2"], ids["cllr3"]])
            d.ui.aloneRadio.setChecked(True)

        move(run_modal, dialog, "appeal-hearing", same_panel, refused="cannot hear the appeal")

        def fresh_panel(d: StageDialog) -> None:
            d.tick_panel([ids["cllr3"], ids["cllr4"]])
            d.ui.aloneRadio.setChecked(True)

        move(run_modal, dialog, "appeal-hearing", fresh_panel)
        move(
            run_modal,
            dialog,
            "appeal-decision",
            lambda d: d.tick_panel([ids["cllr3"], ids["cllr4"]]),
        )

        def close(d: StageDialog) -> None:
            d.ui.outcomeCombo.setCurrentIndex(d.ui.outcomeCombo.findData("not-upheld"))

        move(run_modal, dialog, "closed", close)
        assert not dialog.ui.nextStageButton.isEnabled()
        assert "Accompanied by A. Union-Rep" in dialog.ui.stagesTable.item(3, 3).text()
        save(dialog)

    run_modal(page.open_selected, take_it_through)
    row = page.selected_row()
    assert row is not None and row.id == new_id
    assert (row.stage, row.status, row.outcome) == ("closed", "closed", "not-upheld")
    assert row.retention_on == dt.date(2032, 11, 24)


def test_a_wrong_passphrase_is_refused_beside_the_field(qtbot: QtBot, page: ComplaintsPage) -> None:
    qtbot.keyClicks(page.ui.passphraseEdit, "not it at all")
    qtbot.keyClick(page.ui.passphraseEdit, Qt.Key.Key_Return)
    assert not page.unlocked
    assert "not the casebook's passphrase" in page.ui.lockLabel.text()
    assert page.ui.passphraseEdit.text() == ""


def test_the_casebook_locks_itself_and_closes_an_open_case(
    qtbot: QtBot, page: ComplaintsPage, run_modal: RunModal
) -> None:
    unlock(qtbot, page)
    page.idle.timer.setInterval(50)
    page.idle.timer.start()

    def wait_for_lock(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

    run_modal(page.new_case, wait_for_lock)
    assert not page.unlocked
    assert "locked" in page.ui.lockLabel.text()


def test_set_up_shows_the_recovery_key_once_and_says_nobody_else_can_read(
    qtbot: QtBot, db: Database
) -> None:
    dialog = CasebookSetupDialog(AppContext(db, today=lambda: TODAY), params=FAST)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "nobody can read the cases" in ui.introLabel.text()
    qtbot.keyClicks(ui.passphraseEdit, "too short")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.errors.message_for("passphrase") is not None
    ui.passphraseEdit.clear()
    qtbot.keyClicks(ui.passphraseEdit, PASSPHRASE)
    qtbot.keyClicks(ui.repeatEdit, PASSPHRASE)
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert ui.pages.currentWidget() is ui.keyPage
    assert len(ui.recoveryKeyEdit.text()) == 39
    done = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not done.isEnabled()
    dialog.reject()
    assert dialog.isVisible()  # the key must not vanish before it is kept
    ui.keptCheck.setChecked(True)
    done.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.session() as session:
        casebook_crypto.unlock(session, PASSPHRASE)


def test_printing_a_case_previews_it_and_is_audited(
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
    unlock(qtbot, page)
    run_modal(page.new_case, fill_public_case)
    reference = page.selected_row().reference  # type: ignore[union-attr]
    seen: list[tuple[str, int]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PdfPreviewDialog)
        seen.append((dialog.windowTitle(), dialog.document.pageCount()))
        # Shown from memory: while the preview is open, no temporary file holds the case.
        assert list(temporary.rglob("*")) == []

    run_modal(page.print_case, look)
    run_modal(page.print_public, look)
    assert seen == [(f"Case {reference} — preview", 1), ("Public summary — preview", 1)]
    with demo_db.session() as session:
        actions = [e.action for e in audit_entries(session)]
    assert actions[-2:] == ["open", "print"]


def fill_public_case(dialog: QWidget) -> None:
    assert isinstance(dialog, CaseDialog)
    ui = dialog.ui
    ui.routeCombo.setCurrentIndex(ui.routeCombo.findData("public"))
    ui.receivedDate.setValue(dt.date(2026, 11, 2))
    ui.complainantPicker.choose_outside("A. Resident")
    ui.summaryEdit.setPlainText("The bus shelter")
    save(dialog)


def audit_entries(session: Session) -> list[AuditEntry]:
    return list(session.scalars(select(AuditEntry).where(AuditEntry.entity == "complaint")))


def test_a_code_of_conduct_case_offers_its_referral_letter(
    qtbot: QtBot, page: ComplaintsPage, run_modal: RunModal
) -> None:
    unlock(qtbot, page)
    referred = next(r for r in page.model.rows if r.stage == "referred")
    grievance = next(r for r in page.model.rows if r.route.value == "grievance")
    titles: list[str] = []

    def check(dialog: QWidget) -> None:
        assert isinstance(dialog, CaseDialog)
        assert (not dialog.ui.referralButton.isHidden()) == (
            dialog.route().value == "code-of-conduct"
        )
        if not dialog.ui.referralButton.isHidden():
            run_modal(dialog.ui.referralButton.click, lambda d: titles.append(d.windowTitle()))

    for row in (referred, grievance):
        page.select_id(row.id)
        run_modal(page.open_selected, check)
    assert titles == ["Referral letter — preview"]
