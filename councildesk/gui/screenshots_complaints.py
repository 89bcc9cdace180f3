"""The casebook's screens for `councildesk gui --screenshots`: shown unlocked on the sample
council, whose passphrase is published; on a real council's casebook they are left out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.case_dialog import CaseDialog
from councildesk.gui.dialogs.casebook_dialogs import (
    CasebookPassphraseDialog,
    CasebookSettingsDialog,
    CasebookSetupDialog,
)
from councildesk.gui.dialogs.clause_picker import ClausePickerDialog
from councildesk.gui.dialogs.stage_dialog import StageDialog
from councildesk.gui.dialogs.subject_access_dialog import RequestDialog, SubjectAccessDialog
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pages.complaints import ComplaintsPage
from councildesk.services import casebook_crypto, complaint_choices, complaints, subject_access
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.demo_complaints import DEMO_PASSPHRASE


def _page(window: MainWindow) -> ComplaintsPage:
    return next(p for p in window.pages if isinstance(p, ComplaintsPage))


def _sample_book(context: AppContext) -> Casebook | None:
    try:
        with context.db.session() as session:
            return casebook_crypto.unlock(session, DEMO_PASSPHRASE)
    except CouncilDeskError:
        return None


def complaint_states(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    page = _page(window)
    book = _sample_book(window.context)
    if book is None:
        return []

    def unlocked() -> None:
        window.go_to(window.pages.index(page))
        page._unlocked(book, "Unlocked the casebook.")
        page.ui.table.selectRow(0)

    return [("complaints-unlocked", unlocked)]


def complaint_dialogs(
    context: AppContext, window: MainWindow
) -> list[tuple[str, Callable[[], QWidget]]]:
    book = _sample_book(context)
    shots: list[tuple[str, Callable[[], QWidget]]] = [
        ("casebook-setup", lambda: CasebookSetupDialog(context, window)),
        ("casebook-settings", lambda: CasebookSettingsDialog(context, window)),
        ("casebook-passphrase", lambda: CasebookPassphraseDialog(context, window)),
        ("casebook-recovery", lambda: CasebookPassphraseDialog(context, window, recovering=True)),
    ]
    if book is None:
        return shots
    with context.db.session() as session:
        rows = complaints.list_cases(session, context.today())
        options = complaint_choices.people_options(session, context.today())
        label, clauses = complaint_choices.protocol_clauses(session)
    grievance = next((r for r in rows if r.stage == "meeting"), None)
    if grievance is None:
        return shots

    def case_tab(index: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            dialog = CaseDialog(context, book, grievance.id, window)
            dialog.ui.tabs.setCurrentIndex(index)
            return dialog

        return make

    def stage() -> QWidget:
        councillors = [o for o in options if o.councillor]
        return StageDialog(
            context, book, grievance.id, grievance.route, grievance.stage, councillors, window
        )

    def requests() -> QWidget:
        dialog = SubjectAccessDialog(context, book, window)
        dialog.ui.table.selectRow(0)
        return dialog

    def open_request() -> QWidget:
        with context.db.session() as session:
            waiting = [r for r in subject_access.list_requests(session, context.today())]
        return RequestDialog(context, book, waiting[-1].id if waiting else None, window)

    return [
        *shots,
        ("subject-access-requests", requests),
        ("subject-access-new", lambda: RequestDialog(context, book, None, window)),
        ("subject-access-request", open_request),
        ("case-details", case_tab(0)),
        ("case-notes", case_tab(1)),
        ("case-stages", case_tab(2)),
        ("case-documents", case_tab(3)),
        ("case-new", lambda: CaseDialog(context, book, None, window)),
        ("case-next-stage", stage),
        ("case-clauses", lambda: ClausePickerDialog(label, clauses, [], window)),
    ]
