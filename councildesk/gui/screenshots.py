"""`councildesk gui --screenshots DIR`: every page and dialog saved as a PNG, to look at."""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from councildesk.gui import disclosure_screenshots
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.adopt_dialog import AdoptDialog
from councildesk.gui.dialogs.committee_dialog import CommitteeDialog
from councildesk.gui.dialogs.compare_dialog import CompareDialog
from councildesk.gui.dialogs.council_dialog import CouncilDialog
from councildesk.gui.dialogs.first_run import FirstRunDialog
from councildesk.gui.dialogs.group_dialog import GroupDialog
from councildesk.gui.dialogs.import_review import ImportReviewDialog
from councildesk.gui.dialogs.meeting_dialog import MeetingDialog
from councildesk.gui.dialogs.membership_dialog import MembershipDialog
from councildesk.gui.dialogs.person_dialog import PersonDialog
from councildesk.gui.dialogs.setup_wizard import SetupWizard
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.screenshot_reviews import review_dialogs, review_states
from councildesk.gui.screenshots_complaints import complaint_dialogs, complaint_states
from councildesk.services import committees, directory, groups

SMALLEST_SIZE = (1280, 720)  # the pages named page-NN-title.png
LARGER_SIZES = ((1920, 1080),)  # also saved, as page-NN-title-1920x1080.png


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _shoot(app: QApplication, widget: QWidget, target: Path, wait_ms: int = 0) -> Path:
    widget.show()
    _settle(app)
    waited = 0
    while waited < wait_ms:  # the PDF view draws its pages in the background
        QThread.msleep(50)
        app.processEvents()
        waited += 50
    widget.grab().save(str(target))
    return target


def dialogs(context: AppContext, window: MainWindow) -> list[tuple[str, Callable[[], QWidget]]]:
    """Every dialog the screenshots show, each made (not yet shown) by its callable."""

    def person_with_errors() -> QWidget:
        dialog = PersonDialog(context, None, window)
        dialog.ui.surnameEdit.clear()
        dialog.ui.startDate.setValue(context.today())
        dialog.ui.endDate.setValue(context.today().replace(year=context.today().year - 1))
        dialog.show()
        dialog.accept()  # refused: the messages appear at the fields and nothing is saved
        return dialog

    def wizard_page(index: int) -> Callable[[], QWidget]:
        def make() -> QWidget:
            wizard = SetupWizard(window)
            wizard.ui.nameEdit.setText("Ashcombe Parva Parish Council")
            wizard.show()
            for _ in range(index):
                wizard.next()
            return wizard

        return make

    group_id, committee_id = _first_ids(context)
    window.protocol.refresh()
    latest = window.protocol.versions[-1].id if window.protocol.versions else 0
    return [
        ("first-run", lambda: FirstRunDialog(context.db.path.with_name("councildesk.sqlite"))),
        ("setup-wizard-1-welcome", wizard_page(0)),
        ("setup-wizard-2-council", wizard_page(1)),
        ("setup-wizard-3-monitoring-officer", wizard_page(2)),
        ("council-details", lambda: CouncilDialog(context, window)),
        ("person-add", lambda: PersonDialog(context, None, window)),
        ("person-edit", lambda: PersonDialog(context, 1, window)),
        ("person-validation", person_with_errors),
        ("group-add", lambda: GroupDialog(context, None, window)),
        ("group-membership-add", lambda: MembershipDialog(context, group_id, window)),
        ("committee-edit", lambda: CommitteeDialog(context, committee_id, window)),
        ("meeting-edit", lambda: MeetingDialog(context, 1, window)),
        ("meeting-add", lambda: MeetingDialog(context, None, window)),
        ("protocol-adopt", lambda: AdoptDialog(context, latest, window)),
        ("protocol-edit", lambda: ImportReviewDialog.for_version(context, latest, parent=window)),
        ("protocol-compare", lambda: _compare(window, latest)),
        *review_dialogs(context, window),
        *complaint_dialogs(context, window),
        *disclosure_screenshots.dialogs(context, window),
        *window.backup_actions.screenshot_dialogs(),
    ]


def _compare(window: MainWindow, latest: int) -> QWidget:
    page = window.protocol
    page.refresh(latest)
    return CompareDialog(window.context, page.versions, latest, window)


def page_states(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    """Pages worth a second look in another state: other tabs, a search with results."""
    protocol, search = window.protocol, window.search

    def tab(index: int) -> Callable[[], None]:
        def show() -> None:
            window.go_to(window.pages.index(protocol))
            protocol.ui.tabs.setCurrentIndex(index)

        return show

    def searching() -> None:
        window.go_to(window.pages.index(search))
        search.ui.searchEdit.setText("political group")
        search.search_now()

    return [
        ("protocol-coverage", tab(1)),
        ("protocol-receipts", tab(2)),
        ("search", searching),
        *review_states(window),
        *complaint_states(window),
        *disclosure_screenshots.page_states(window),
    ]


def _first_ids(context: AppContext) -> tuple[int, int | None]:
    """The first political group and committee, to open their editors on real data."""
    with context.db.session() as session:
        group_list = groups.list_groups(session)
        committee_list = committees.list_committees(session)
    group_id = group_list[0].id if group_list else 0
    return group_id, committee_list[0].id if committee_list else None


def save_screenshots(app: QApplication, window: MainWindow, folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    # The smallest laptop screen a clerk is likely to have, then a common desktop one.
    for width, height in LARGER_SIZES:
        window.resize(width, height)
        for row, page in enumerate(window.pages):
            window.go_to(row)
            name = f"page-{row + 1:02d}-{_slug(page.title)}-{width}x{height}.png"
            saved.append(_shoot(app, window, folder / name))
    window.resize(*SMALLEST_SIZE)
    for row, page in enumerate(window.pages):
        window.go_to(row)
        saved.append(_shoot(app, window, folder / f"page-{row + 1:02d}-{_slug(page.title)}.png"))
    for name, arrange in page_states(window):
        arrange()
        saved.append(_shoot(app, window, folder / f"page-{name}.png"))
    window.protocol.ui.tabs.setCurrentIndex(0)
    context = window.context
    for name, make in dialogs(context, window):
        dialog = make()
        saved.append(_shoot(app, dialog, folder / f"dialog-{name}.png"))
        dialog.close()
        dialog.deleteLater()
    with tempfile.TemporaryDirectory(prefix="councildesk-") as temp:
        pdf = Path(temp) / "directory.pdf"
        with context.db.session() as session:
            directory.write_directory(session, pdf, context.today())
        preview = PdfPreviewDialog(pdf, "Council directory", "directory.pdf", window)
        target = folder / "dialog-print-preview-directory.png"
        saved.append(_shoot(app, preview, target, wait_ms=1500))
        preview.close()
    for path in saved:
        print(path, file=sys.stdout)
    return 0
