"""The Reviews page, its dialogs and the reminders, driven through the real widgets on the demo
council (seeded for 24/11/2026), and the database checked after reopening it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from councildesk.db.engine import Database
from councildesk.db.models import ReviewOutcome, VersionStatus
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.law_change_dialog import LawChangeDialog
from councildesk.gui.dialogs.record_review_dialog import RecordReviewDialog
from councildesk.gui.dialogs.review_settings_dialog import ReviewSettingsDialog
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pages.reviews import ReviewsPage
from councildesk.gui.reminder_notifier import ReminderNotifier
from councildesk.services import login_agent, protocols, review_records, reviews
from councildesk.services.database import Session, open_database

TODAY = dt.date(2026, 11, 24)
RunModal = Callable[[Callable[[], None], Callable[[QDialog], None]], None]


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> ReviewsPage:
    shown = ReviewsPage(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    shown.refresh()
    return shown


@contextmanager
def reopened(db: Database) -> Iterator[Session]:
    path = db.path
    db.close()
    again = open_database(path)
    try:
        with again.session() as session:
            yield session
    finally:
        again.close()


def _row(session: Session, name: str) -> reviews.ScheduleRow:
    return next(r for r in reviews.schedule(session, TODAY) if r.policy == name)


def _select(page: ReviewsPage, name: str) -> int:
    policy_id = next(r.id for r in page.rows if r.policy == name)
    page.select_id(policy_id)
    assert page.selected_id() == policy_id
    return policy_id


def _save(dialog: QDialog) -> None:
    button = dialog.findChild(QDialogButtonBox)
    assert button is not None
    save = button.button(QDialogButtonBox.StandardButton.Save)
    save.click()


def test_the_register_lists_every_state_and_filters(page: ReviewsPage) -> None:
    labels = {r.policy: r.status_label for r in page.rows}
    assert len(labels) == 9
    assert {"Overdue", "Due", "Upcoming", "As required", "Question"} <= set(labels.values())
    page.ui.scopeCombo.setCurrentText("Overdue")
    assert page.proxy.rowCount() == 1
    page.ui.scopeCombo.setCurrentText("All policies")
    page.ui.filterEdit.setText("grievance")
    assert page.proxy.rowCount() == 1
    assert "Showing 1 of" in page.ui.countLabel.text()


def test_answering_biannually_in_place_sets_the_date(
    qtbot: QtBot, page: ReviewsPage, demo_db: Database
) -> None:
    _select(page, "Complaints Procedure")
    assert page.ui.questionFrame.isVisible()
    assert "biannually" in page.ui.questionLabel.text()
    with qtbot.waitSignal(page.status) as said:
        qtbot.mouseClick(page.ui.everyTwoYearsButton, Qt.MouseButton.LeftButton)
    assert "every 2 years" in str(said.args[0])
    assert not page.ui.questionFrame.isVisible()
    with reopened(demo_db) as session:
        row = _row(session, "Complaints Procedure")
    assert row.question is None and row.cycle_months == 24


def test_record_an_unchanged_review(
    qtbot: QtBot, page: ReviewsPage, demo_db: Database, run_modal: RunModal
) -> None:
    _select(page, "Financial Regulations")

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordReviewDialog)
        dialog.ui.heldDate.setValue(dt.date(2026, 11, 17))
        qtbot.keyClicks(dialog.ui.minuteEdit, "26/120")
        _save(dialog)

    run_modal(page.record_review, fill)
    assert page.ui.historyTable.rowCount() == 2
    with reopened(demo_db) as session:
        row = _row(session, "Financial Regulations")
    assert row.last_reviewed_on == dt.date(2026, 11, 17) and row.due_on == dt.date(2027, 11, 17)


def test_record_an_amendment_opens_a_draft_and_adoption_closes_it(
    qtbot: QtBot, page: ReviewsPage, demo_db: Database, run_modal: RunModal
) -> None:
    policy_id = _select(page, protocols.PROTOCOL)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordReviewDialog)
        dialog.ui.heldDate.setValue(dt.date(2026, 11, 10))
        dialog.ui.amendedRadio.setChecked(True)
        _save(dialog)

    run_modal(page.record_review, fill)
    with demo_db.session() as session:
        (review,) = review_records.history(session, policy_id)
        assert review.outcome is ReviewOutcome.AMENDED and review.closed_on is None
        draft = protocols.get_version(session, review.version_id or 0)
        assert draft.status is VersionStatus.DRAFT
        draft_id = draft.id
    with demo_db.transaction() as session:
        protocols.adopt(session, draft_id, dt.date(2026, 11, 20), "26/130", today=TODAY)
    with reopened(demo_db) as session:
        row = _row(session, protocols.PROTOCOL)
    assert row.open_amendment is None and row.last_reviewed_on == dt.date(2026, 11, 10)


def test_deferral_into_the_past_is_refused_beside_the_field(
    qtbot: QtBot, page: ReviewsPage, demo_db: Database, run_modal: RunModal
) -> None:
    _select(page, "Standing Orders")
    seen: list[str | None] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RecordReviewDialog)
        dialog.ui.deferredRadio.setChecked(True)
        assert dialog.ui.deferredDate.isEnabled()
        dialog.ui.deferredDate.setValue(dt.date(2026, 11, 1))
        qtbot.keyClicks(dialog.ui.reasonEdit, "Not quorate")
        _save(dialog)
        assert dialog.isVisible()
        assert dialog.errors is not None
        seen.append(dialog.errors.message_for("deferred_to"))
        dialog.ui.deferredDate.setValue(dt.date(2027, 2, 9))
        _save(dialog)

    run_modal(page.record_review, fill)
    assert seen and seen[0] and "later date" in seen[0]
    with reopened(demo_db) as session:
        row = _row(session, "Standing Orders")
    assert row.due_on == dt.date(2027, 2, 9) and "Deferred" in row.reason


def test_a_change_in_the_law_offers_the_flagged_policies(
    qtbot: QtBot, page: ReviewsPage, demo_db: Database, run_modal: RunModal
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LawChangeDialog)
        assert "Code of Conduct" in dialog.chosen() and "Grievance Policy" in dialog.chosen()
        qtbot.keyClicks(dialog.ui.descriptionEdit, "Levelling-up Act: standards regime")
        _save(dialog)

    run_modal(page.law_change, fill)
    with reopened(demo_db) as session:
        row = _row(session, "Code of Conduct")
    assert row.due_on is not None and "Levelling-up Act" in row.reason


def test_the_dashboard_action_opens_the_policy(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    overdue = next(a for a in window.dashboard.todo_actions if a.area == "reviews")
    window.open_action(overdue.area, overdue.record_id)
    page = window.current_page()
    assert isinstance(page, ReviewsPage) and page.selected_id() == overdue.record_id


class FakeTray(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def show(self) -> None:
        pass

    def showMessage(
        self, title: str, body: str, icon: QSystemTrayIcon.MessageIcon, msecs: int
    ) -> None:
        self.messages.append((title, body))


def test_reminders_notify_once_through_the_tray(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    tray = FakeTray()
    notifier = ReminderNotifier(window, window.context, lambda _id: None, lambda _p: tray)
    fresh = notifier.check()
    assert fresh and len(tray.messages) == 1 and "Financial Regulations" in tray.messages[0][1]
    assert notifier.check() == [] and len(tray.messages) == 1  # not again in this session
    assert not notifier.banner.isVisible()


def test_without_a_tray_a_banner_shows_and_acknowledging_stops_it(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    notifier = ReminderNotifier(window, window.context, lambda _id: None, lambda _p: None)
    notifier.check()
    assert notifier.banner.isVisible() and "Financial Regulations" in notifier.banner.label.text()
    notifier.banner.ack_button.click()
    assert not notifier.banner.isVisible()
    again = ReminderNotifier(window, window.context, lambda _id: None, lambda _p: None)
    assert again.check() == []


def test_settings_install_and_remove_the_log_in_entry(
    qtbot: QtBot, page: ReviewsPage, run_modal: RunModal
) -> None:
    entry = login_agent.linux_entry_path()
    assert not entry.exists()

    def turn_on(dialog: QDialog) -> None:
        assert isinstance(dialog, ReviewSettingsDialog)
        dialog.ui.agentCheck.setChecked(True)
        dialog.ui.weeksEdit.setText("8, 3")
        _save(dialog)

    run_modal(page.edit_settings, turn_on)
    assert entry.exists() and "reminders --notify" in entry.read_text()

    def turn_off(dialog: QDialog) -> None:
        assert isinstance(dialog, ReviewSettingsDialog)
        assert dialog.ui.weeksEdit.text() == "8, 3"
        dialog.ui.agentCheck.setChecked(False)
        _save(dialog)

    run_modal(page.edit_settings, turn_off)
    assert not entry.exists()


def test_the_timeline_shows_the_dated_reviews(page: ReviewsPage, tmp_path: Path) -> None:
    page.ui.tabs.setCurrentIndex(2)
    labels = [item.label for item in page.ui.timeline.picture.items]
    assert "Financial Regulations" in labels and "Code of Conduct" not in labels
    assert page.ui.timeline.grab().save(str(tmp_path / "timeline.png"))


def test_the_dashboard_asks_biannually_and_twice_a_year_is_kept(
    qtbot: QtBot, demo_db: Database
) -> None:
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    table = window.dashboard.ui.actionsTable
    (line,) = [r for r in range(table.rowCount()) if "biannually" in table.item(r, 2).text()]
    assert "twice a year or every two years" in table.item(line, 2).text()
    table.setCurrentCell(line, 2)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    page = window.current_page()
    assert isinstance(page, ReviewsPage) and page.ui.questionFrame.isVisible()
    qtbot.mouseClick(page.ui.twiceYearButton, Qt.MouseButton.LeftButton)
    assert not page.ui.questionFrame.isVisible()
    with reopened(demo_db) as session:
        row = _row(session, "Complaints Procedure")
    assert row.question is None and row.cycle_months == 6


def test_the_register_fits_a_small_laptop_screen_with_every_policy_named_whole(
    qtbot: QtBot, demo_db: Database, shown_on_laptop: Callable[[Database, type], ReviewsPage]
) -> None:
    page = shown_on_laptop(demo_db, ReviewsPage)
    table = page.ui.table
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    metrics = table.fontMetrics()
    names = [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]
    # Each name fits its cell (the cell's padding aside), so none is cut short with "…".
    assert all(metrics.horizontalAdvance(name) < table.columnWidth(0) - 8 for name in names)
    assert table.horizontalScrollBar().maximum() == 0
