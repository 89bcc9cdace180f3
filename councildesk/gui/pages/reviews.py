"""The Reviews page: the register of policies, the questions to settle, each policy's history,
its reminders, and a timeline of the next 24 months."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.law_change_dialog import LawChangeDialog
from councildesk.gui.dialogs.policy_dialog import PolicyDialog
from councildesk.gui.dialogs.record_review_dialog import RecordReviewDialog
from councildesk.gui.dialogs.review_settings_dialog import ReviewSettingsDialog
from councildesk.gui.dialogs.snooze_dialog import SnoozeDialog
from councildesk.gui.export_button import Exporter, export_button
from councildesk.gui.forms.ui_reviews_page import Ui_ReviewsPage
from councildesk.gui.icons import icon
from councildesk.gui.messages import show_error
from councildesk.gui.pages.base import Page
from councildesk.gui.pages.review_details import details_html, history_cells
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.table_model import (
    ID_ROLE,
    SORT_ROLE,
    AnyIndex,
    Column,
    FilterProxy,
    RowTableModel,
)
from councildesk.gui.widgets.table_columns import FittedColumns
from councildesk.rules.dates import uk_date
from councildesk.rules.reviews import Status, cycle_short
from councildesk.services import reminders, review_calendar, review_printouts, review_records
from councildesk.services import reviews as service
from councildesk.services.reminders import Notice
from councildesk.services.reviews import ScheduleRow

TIMELINE_KEY = (
    "Red square: overdue. Amber diamond: due (a reminder has fallen). Circle: upcoming. "
    "Upright bar: the agenda deadline. The dashed line is today."
)
_AMBIGUOUS = {"biannually", "biannual", "bi-annually", "bi-annual", "biyearly", "bi-yearly"}

COLUMNS = (
    Column("Policy", lambda r: r.policy),
    Column("Status", lambda r: r.status_label),
    Column("Next due", lambda r: r.due.label or r.status_label),
    Column("Agenda by", lambda r: r.agenda_deadline),
    Column("Meeting", lambda r: r.meeting_on),
    Column("Reviewed by", lambda r: r.body),
    Column("Cycle", lambda r: cycle_short(r.cycle_months, r.on_legal_change, r.as_required)),
    Column("Last reviewed", lambda r: r.last_reviewed_on),
)
_STATUS, _NEXT_DUE = 1, 2
_SEVERITY = {"Overdue": 0, "Due": 1, "Question": 2, "Upcoming": 3}

SCOPES: tuple[tuple[str, Callable[[ScheduleRow], bool] | None], ...] = (
    ("All policies", None),
    ("Overdue", lambda r: r.status is Status.OVERDUE),
    ("Due or overdue", lambda r: r.status in (Status.DUE, Status.OVERDUE)),
    ("Upcoming", lambda r: r.status is Status.UPCOMING),
    ("Questions to answer", lambda r: r.question is not None),
    ("As required", lambda r: r.as_required and r.due_on is None),
)


class ReviewsModel(RowTableModel):
    """Next due sorts by date (a year alone as 1 January), status by urgency; overdue rows bold."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ScheduleRow = self.row_object(index.row())
        if role == SORT_ROLE and index.column() == _NEXT_DUE:
            return row.due_on.isoformat() if row.due_on else "9999"
        if role == SORT_ROLE and index.column() == _STATUS:
            return _SEVERITY.get(row.status_label, 9)
        if role == Qt.ItemDataRole.FontRole and row.status is Status.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


class ReviewsPage(Page):
    title = "Reviews"
    icon_name = "reviews"
    area = service.AREA

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReviewsPage()
        self.ui.setupUi(self)
        self.rows: list[ScheduleRow] = []
        self.notice: Notice | None = None
        self.model = ReviewsModel(COLUMNS)
        self.proxy = FilterProxy()
        self.proxy.setSourceModel(self.model)
        table = self.ui.table
        table.setModel(self.proxy)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setHighlightSections(False)
        table.sortByColumn(_NEXT_DUE, Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.doubleClicked.connect(self._edit_index)
        # Within the page's width: a long committee's name is elided (whole in its tooltip)
        # rather than pushing the last columns out of sight; the policy's name stays whole.
        self.fitted_columns = FittedColumns(table, naming=0)
        self.ui.questionFrame.setProperty("role", "question")
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.reminderLayout.setStretch(0, 1)
        key = QLabel(TIMELINE_KEY)
        key.setProperty("role", "hint")
        key.setWordWrap(True)
        self.ui.timelineLayout.addWidget(key)
        history = self.ui.historyTable
        history.setColumnCount(5)
        history.setHorizontalHeaderLabels(["Held on", "Outcome", "By", "Minute", "Notes"])
        history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history.horizontalHeader().setStretchLastSection(True)
        for label, _predicate in SCOPES:
            self.ui.scopeCombo.addItem(label)
        self.ui.scopeCombo.currentIndexChanged.connect(self._scope_changed)
        self.ui.filterEdit.textChanged.connect(self._filter_changed)
        self._connect_buttons()
        self._update_buttons()

    def _connect_buttons(self) -> None:
        ui = self.ui
        for button, name, handler in (
            (ui.addButton, "add", self.add_policy),
            (ui.editButton, "edit", self.edit_selected),
            (ui.recordButton, "check", self.record_review),
            (ui.lawButton, "info", self.law_change),
            (ui.settingsButton, "settings", self.edit_settings),
            (ui.calendarButton, "calendar-add", self.save_calendar),
            (ui.printButton, "print", self.preview_schedule),
            (ui.snoozeButton, "refresh", self.snooze),
            (ui.acknowledgeButton, "check", self.acknowledge),
        ):
            button.setIcon(icon(name))
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(handler)
        export_button(
            self,
            ui.exportButton,
            Exporter(self, "the register of policies", register="policies"),
            Exporter(self, "the review schedule", register="reviews"),
        )
        ui.twiceYearButton.clicked.connect(lambda: self.answer(6))
        ui.everyTwoYearsButton.clicked.connect(lambda: self.answer(24))
        ui.otherAnswerButton.clicked.connect(self.edit_selected)
        for button in (ui.twiceYearButton, ui.everyTwoYearsButton, ui.otherAnswerButton):
            button.setAccessibleName(button.text().rstrip("…"))
        QShortcut(QKeySequence.StandardKey.Find, self, ui.filterEdit.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.add_policy)
        QShortcut(QKeySequence("Ctrl+R"), self, self.record_review)
        QShortcut(QKeySequence("Ctrl+L"), self, self.law_change)
        QShortcut(QKeySequence.StandardKey.Print, self, self.preview_schedule)
        QShortcut(QKeySequence(Qt.Key.Key_Return), ui.table, self.edit_selected)

    # --- what is shown -----------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        today = self.context.today()
        with self.context.db.session() as session:
            self.rows = service.schedule(session, today)
        self.model.set_rows(self.rows)
        self.fitted_columns.measure()
        self.ui.timeline.set_timeline(review_printouts.timeline_of(self.rows, today), today)
        if selected is not None:
            self.select_id(selected)
        elif self.proxy.rowCount():
            self.ui.table.selectRow(0)
        self._update_count()
        self._selection_changed()

    def open_record(self, record_id: int | None) -> None:
        if record_id is not None:
            self.ui.scopeCombo.setCurrentIndex(0)
            self.ui.filterEdit.clear()
            self.select_id(record_id)

    def selected_id(self) -> int | None:
        indexes = self.ui.table.selectionModel().selectedRows()
        if not indexes:
            return None
        value = indexes[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def selected_row(self) -> ScheduleRow | None:
        wanted = self.selected_id()
        return next((row for row in self.rows if row.id == wanted), None)

    def select_id(self, policy_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == policy_id:
                self.ui.table.selectRow(row)
                self.ui.table.scrollTo(index)
                return

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self._show_question(row)
        self.ui.detailsLabel.setText(details_html(row) if row else "Choose a policy above.")
        self.notice = None
        history: list[tuple[str, ...]] = []
        if row is not None:
            with self.context.db.session() as session:
                found = reminders.notices_for(session, row, self.context.today())
                history = [history_cells(r) for r in review_records.history(session, row.id)]
            self.notice = found[0] if found else None
        self.ui.reminderLabel.setText(
            f"Reminder waiting since {uk_date(self.notice.remind_on)}: {self.notice.text}."
            if self.notice
            else "No reminder is waiting for this policy."
        )
        table = self.ui.historyTable
        table.setRowCount(len(history))
        for index, cells in enumerate(history):
            for column, text in enumerate(cells):
                table.setItem(index, column, QTableWidgetItem(text))
        self._update_buttons()

    def _show_question(self, row: ScheduleRow | None) -> None:
        frame = self.ui.questionFrame
        if row is None or row.question is None:
            frame.hide()
            return
        ambiguous = row.question.lower() in _AMBIGUOUS
        words = row.doc_text or row.question
        if ambiguous:
            text = (
                f"<b>{row.policy}</b>: the document says “{words}”. “{row.question.capitalize()}” "
                "can mean twice a year or every two years. Which does the council mean? No "
                "date is set until you say."
            )
        else:
            text = (
                f"<b>{row.policy}</b>: the document says “{words}”, which CouncilDesk cannot "
                "read as a date or a cycle. Set how often it is reviewed."
            )
        self.ui.questionLabel.setText(text)
        self.ui.twiceYearButton.setVisible(ambiguous)
        self.ui.everyTwoYearsButton.setVisible(ambiguous)
        self.ui.otherAnswerButton.setText("Something else…" if ambiguous else "Set the cycle…")
        frame.show()

    def _update_buttons(self) -> None:
        has_row = self.selected_id() is not None
        for button in (self.ui.editButton, self.ui.recordButton):
            button.setEnabled(has_row)
        self.ui.snoozeButton.setEnabled(self.notice is not None)
        self.ui.acknowledgeButton.setEnabled(self.notice is not None)

    def _scope_changed(self, index: int) -> None:
        self.proxy.set_predicate(SCOPES[index][1])
        self._update_count()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(1 for r in self.rows if r.status is Status.OVERDUE)
        questions = sum(1 for r in self.rows if r.question)
        noun = "policy" if total == 1 else "policies"
        text = f"{total} {noun}" if shown == total else f"Showing {shown} of {total} {noun}"
        extras = [f"{overdue} overdue"] if overdue else []
        extras += [f"{questions} to answer"] if questions else []
        self.ui.countLabel.setText(" · ".join([text, *extras]))

    # --- actions -----------------------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        saved_id = getattr(dialog, "saved_id", None)
        self.refresh()
        if saved_id is not None:
            self.select_id(saved_id)
        self.data_changed.emit()
        self.status.emit(getattr(dialog, "saved_message", "") or "Saved.")
        return True

    def add_policy(self) -> None:
        self._run(PolicyDialog(self.context, None, self))

    def edit_selected(self) -> None:
        policy_id = self.selected_id()
        if policy_id is not None:
            self._run(PolicyDialog(self.context, policy_id, self))

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_selected()

    def record_review(self) -> None:
        policy_id = self.selected_id()
        if policy_id is not None:
            self._run(RecordReviewDialog(self.context, policy_id, self))

    def law_change(self) -> None:
        self._run(LawChangeDialog(self.context, self))

    def edit_settings(self) -> None:
        self._run(ReviewSettingsDialog(self.context, self))

    def answer(self, months: int) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            with self.context.db.transaction() as session:
                review_records.answer_question(session, row.id, months)
        except CouncilDeskError as error:
            show_error(self, "Not saved", str(error))
            return
        self.refresh()
        self.select_id(row.id)
        every = "twice a year" if months == 6 else f"every {months // 12} years"
        self.status.emit(f"Saved: the {row.policy} is reviewed {every}.")

    def snooze(self) -> None:
        if self.notice is not None:
            self._run(SnoozeDialog(self.context, self.notice, self))

    def acknowledge(self) -> None:
        notice = self.notice
        if notice is None:
            return
        try:
            with self.context.db.transaction() as session:
                reminders.acknowledge(session, notice, self.context.today())
        except CouncilDeskError as error:
            show_error(self, "Not saved", str(error))
            return
        self.refresh()
        self.status.emit("Reminder acknowledged: it will not notify again.")

    def save_calendar(self) -> None:
        start = str(Path.home() / "policy-reviews.ics")
        target, _ = QFileDialog.getSaveFileName(
            self, "Save calendar file", start, "Calendar files (*.ics)"
        )
        if not target:
            return
        path = Path(target).with_suffix(".ics")
        try:
            with self.context.db.session() as session:
                count = review_calendar.write_calendar(session, path, self.context.today())
        except CouncilDeskError as error:
            show_error(self, "Calendar not saved", str(error))
            return
        self.status.emit(f"Saved {count} events to {path}. Import it again to update them.")

    def preview_schedule(self) -> None:
        name = f"policy-review-schedule-{self.context.today().isoformat()}.pdf"
        with tempfile.TemporaryDirectory(prefix="councildesk-") as folder:
            pdf = Path(folder) / name
            try:
                with self.context.db.session() as session:
                    review_printouts.write_reviews(session, pdf, self.context.today())
            except (CouncilDeskError, OSError) as error:
                show_error(self, "Could not make the schedule", str(error))
                return
            dialog = PdfPreviewDialog(pdf, "Policy review schedule", name, self)
            dialog.exec()
            if dialog.saved_to is not None:
                self.status.emit(f"Saved the review schedule to {dialog.saved_to}.")
