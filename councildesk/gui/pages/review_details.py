"""The words the Reviews page shows about one policy: its details and its history."""

from __future__ import annotations

from html import escape

from councildesk.rules.dates import uk_date
from councildesk.rules.reviews import OUTCOME_LABELS, Outcome
from councildesk.services.review_records import PolicyReview, ReviewOutcome
from councildesk.services.reviews import ScheduleRow, body_phrase


def details_html(row: ScheduleRow) -> str:
    cycle = "with no cycle set" if row.cycle == "Not set" else row.cycle.lower()
    body = escape(body_phrase(row.body))
    lines = [f"<b>{escape(row.policy)}</b> — reviewed by {body}, {cycle}."]
    if row.doc_text:
        lines.append(f"The document says: “{escape(row.doc_text)}”.")
    elif not row.has_text:
        lines.append("Its text is not in CouncilDesk yet; import it on the Protocol page.")
    if row.doc_body_text and row.doc_body_text.lower() != row.body.lower():
        lines.append(f"The document names the reviewing body as “{escape(row.doc_body_text)}”.")
    if row.due_on is not None:
        lines.append(f"Next review due <b>{escape(row.due.label)}</b>: {escape(row.reason)}.")
    else:
        lines.append(escape(row.reason.rstrip(".")) + ("" if row.reason.endswith("?") else "."))
    if row.meeting_on and row.agenda_deadline:
        lines.append(
            f"Last meeting of {body} before then: {uk_date(row.meeting_on)}. "
            f"Send its summons and agenda by <b>{uk_date(row.agenda_deadline)}</b> "
            "(three clear days)."
        )
    if row.reminders:
        dates = " and ".join(uk_date(day) for day in row.reminders)
        lines.append(f"Reminders on {dates}.")
    lines += [escape(note) for note in row.notes]
    return "<br>".join(lines)


def history_cells(review: PolicyReview) -> tuple[str, ...]:
    notes: list[str] = []
    if review.outcome is ReviewOutcome.DEFERRED and review.deferred_to:
        notes.append(f"to {uk_date(review.deferred_to)}: {review.reason}")
    if review.outcome is ReviewOutcome.AMENDED:
        notes.append(
            f"closed when adopted on {uk_date(review.closed_on)}"
            if review.closed_on
            else "waiting for the new version to be adopted"
        )
    return (
        uk_date(review.held_on),
        OUTCOME_LABELS[Outcome(review.outcome.value)],
        review.body_name,
        review.minute_reference,
        "; ".join(notes),
    )
