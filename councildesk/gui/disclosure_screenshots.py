"""The Advice to groups page's extra states and dialogs for `gui --screenshots`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.compare_dialog import CompareDialog
from councildesk.gui.dialogs.disclosure_dialog import DisclosureDialog
from councildesk.gui.dialogs.disclosure_note_dialog import DisclosureNoteDialog, NoteKind
from councildesk.gui.dialogs.disclosure_settings_dialog import DisclosureSettingsDialog
from councildesk.gui.dialogs.notice_sent_dialog import NoticeSentDialog
from councildesk.gui.pages.disclosure_actions import report_source
from councildesk.gui.pages.disclosures import DisclosuresPage
from councildesk.services import disclosure_compare, disclosure_notifications, disclosures

if TYPE_CHECKING:
    from councildesk.gui.main_window import MainWindow

_SAMPLE = (
    "There are two options: repair the roof (£38,000) or rebuild the pavilion (£146,000).\n"
    "I recommend that the group supports the rebuild, which would be popular with voters."
)


def _page(window: MainWindow) -> DisclosuresPage:
    return next(p for p in window.pages if isinstance(p, DisclosuresPage))


def page_states(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    page = _page(window)

    def tab(index: int) -> Callable[[], None]:
        def show() -> None:
            window.go_to(window.pages.index(page))
            page.ui.tabs.setCurrentIndex(index)
            if index == 2:
                page.ui.matterCombo.setCurrentText("Future of the sports pavilion")

        return show

    def first_entry() -> None:
        window.go_to(window.pages.index(page))
        page.ui.tabs.setCurrentIndex(0)
        page.ui.registerTable.selectRow(0)

    return [
        ("disclosures-entry", first_entry),
        ("disclosures-notices", tab(1)),
        ("disclosures-matter", tab(2)),
    ]


def dialogs(context: AppContext, window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    with context.db.session() as session:
        entries = disclosures.list_disclosures(session)
        waiting = disclosure_notifications.pending(session, context.today())
        pavilion = disclosure_compare.with_reports(session, "Future of the sports pavilion")
        choices = [(disclosure_compare.report_label(d), d.id) for d in pavilion]
    entry_id = entries[0].id if entries else 0

    def checked() -> QWidget:
        dialog = DisclosureDialog(context, window)
        dialog.ui.matterEdit.setText("Future of the sports pavilion")
        dialog.ui.pasteEdit.setPlainText(_SAMPLE)
        dialog.run_check()
        return dialog

    def compare() -> QWidget:
        source = report_source("Future of the sports pavilion", choices)
        return CompareDialog(context, [], choices[-1][1], window, source=source)

    made: list[tuple[str, Callable[[], QWidget]]] = [
        ("disclosure-record", lambda: DisclosureDialog(context, window)),
        ("disclosure-record-checked", checked),
        (
            "disclosure-note-checked",
            lambda: DisclosureNoteDialog(context, entry_id, NoteKind.VERIFY, window),
        ),
        ("disclosure-void", lambda: DisclosureNoteDialog(context, entry_id, NoteKind.VOID, window)),
        ("disclosure-settings", lambda: DisclosureSettingsDialog(context, window)),
    ]
    if waiting:
        made.append(("notice-sent", lambda: NoticeSentDialog(context, waiting[0].id, window)))
    if len(choices) >= 2:
        made.append(("disclosure-compare-reports", compare))
    return made
