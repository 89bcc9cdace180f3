"""The Reviews page's states and dialogs for `councildesk gui --screenshots`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.law_change_dialog import LawChangeDialog
from councildesk.gui.dialogs.policy_dialog import PolicyDialog
from councildesk.gui.dialogs.record_review_dialog import RecordReviewDialog
from councildesk.gui.dialogs.review_settings_dialog import ReviewSettingsDialog
from councildesk.gui.dialogs.snooze_dialog import SnoozeDialog
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pages.reviews import ReviewsPage
from councildesk.services import reminders, reviews
from councildesk.services.reviews import ScheduleRow


def _page(window: MainWindow) -> ReviewsPage:
    return next(p for p in window.pages if isinstance(p, ReviewsPage))


def review_states(window: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    def show(tab: int, wanted: Callable[[ScheduleRow], bool]) -> Callable[[], None]:
        def arrange() -> None:
            page = _page(window)
            window.go_to(window.pages.index(page))
            found = next((row for row in page.rows if wanted(row)), None)
            if found is not None:
                page.select_id(found.id)
            page.ui.tabs.setCurrentIndex(tab)

        return arrange

    return [
        ("reviews-question", show(0, lambda row: row.question is not None)),
        ("reviews-history", show(1, lambda row: row.last_reviewed_on is not None)),
        ("reviews-timeline", show(2, lambda row: row.status is not None)),
    ]


def review_dialogs(
    context: AppContext, window: MainWindow
) -> list[tuple[str, Callable[[], QWidget]]]:
    with context.db.session() as session:
        rows = reviews.schedule(session, context.today())
        notices = reminders.notices(session, context.today())
    first = rows[0].id if rows else 0

    def snooze() -> QWidget:
        if not notices:
            return QWidget()
        return SnoozeDialog(context, notices[0], window)

    return [
        ("reviews-policy-add", lambda: PolicyDialog(context, None, window)),
        ("reviews-policy-edit", lambda: PolicyDialog(context, first, window)),
        ("reviews-record", lambda: RecordReviewDialog(context, first, window)),
        ("reviews-law-change", lambda: LawChangeDialog(context, window)),
        ("reviews-settings", lambda: ReviewSettingsDialog(context, window)),
        ("reviews-snooze", snooze),
    ]
