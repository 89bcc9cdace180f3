"""The registers as tables to export: policies, the review schedule, advice to groups, the
complaints register (clear fields only) and the audit trail."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import AuditEntry, Disclosure
from councildesk.exports.table import Cell, Kind, Table, make_table
from councildesk.rules.complaints import OUTCOME_LABELS, ROUTE_LABELS, Outcome, stage_label
from councildesk.rules.dates import uk_dates_in
from councildesk.services import complaints, disclosures, protocols, reviews
from councildesk.services.audit_views import AuditFilter, audit_trail
from councildesk.services.disclosure_views import (
    form_label,
    in_period,
    method_label,
    notification_status,
)
from councildesk.services.reviews import ScheduleRow


def _due_on(row: ScheduleRow) -> dt.date | None:
    """The due date, only when it is a real day: "2027, month not set" is no date to sort on."""
    return None if row.due.month_not_set else row.due.on


def _due_note(row: ScheduleRow) -> str:
    notes = [f"Due in {row.due.label}" if row.due.month_not_set else "", *row.notes]
    return "; ".join(note for note in notes if note)


def policies_table(session: Session, today: dt.date) -> Table:
    """Every policy: its current version, how often it is reviewed, and when next."""
    by_id = {policy.id: policy for policy in protocols.list_policies(session)}
    rows: list[tuple[Cell, ...]] = []
    for row in reviews.schedule(session, today):
        policy = by_id.get(row.id)
        current = protocols.current_version(policy) if policy and policy.versions else None
        rows.append(
            (
                row.policy,
                current.number if current else None,
                current.status.value.capitalize() if current else "No text yet",
                current.adopted_on if current else None,
                current.minute_reference if current else "",
                row.body,
                row.cycle,
                row.last_reviewed_on,
                _due_on(row),
                row.doc_text,
                row.status_label,
                row.question or "",
                _due_note(row),
            )
        )
    return make_table(
        "Policies",
        (
            ("Policy", Kind.TEXT),
            ("Current version", Kind.NUMBER),
            ("Version status", Kind.TEXT),
            ("Adopted on", Kind.DATE),
            ("Minute reference", Kind.TEXT),
            ("Reviewed by", Kind.TEXT),
            ("Review cycle", Kind.TEXT),
            ("Last reviewed", Kind.DATE),
            ("Next review due", Kind.DATE),
            ("The document says", Kind.TEXT),
            ("Status", Kind.TEXT),
            ("Question to settle", Kind.TEXT),
            ("Notes", Kind.TEXT),
        ),
        rows,
    )


def reviews_table(session: Session, today: dt.date) -> Table:
    """The review schedule, soonest first: each due date and the meeting and agenda it needs."""
    rows = [
        (
            row.policy,
            row.body,
            row.status_label,
            _due_on(row),
            row.meeting_on,
            row.agenda_deadline,
            row.remind_on,
            row.reason,
            _due_note(row),
        )
        for row in reviews.due_rows(session, today)
    ]
    return make_table(
        "Review schedule",
        (
            ("Policy", Kind.TEXT),
            ("Reviewed by", Kind.TEXT),
            ("Status", Kind.TEXT),
            ("Due on", Kind.DATE),
            ("Meeting", Kind.DATE),
            ("Agenda deadline", Kind.DATE),
            ("Remind on", Kind.DATE),
            ("Why then", Kind.TEXT),
            ("Notes", Kind.TEXT),
        ),
        rows,
    )


def _check_text(disclosure: Disclosure) -> str:
    if not disclosure.checked:
        return ""
    if disclosure.proceed_reason:
        return f"Wording to change found; went ahead because: {disclosure.proceed_reason}"
    return "Facts and options only"


def disclosures_table(
    session: Session,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> Table:
    """One row per group to be told of each report or advice, so the spreadsheet can filter
    the notices still owed; an entry with nobody to tell still has its row."""
    days = disclosures.notice_days(session)
    chosen = in_period(session, start, end)
    rows: list[tuple[Cell, ...]] = []
    for d in sorted(chosen, key=lambda d: (d.given_on, d.id)):
        facts = (d.id, d.given_on, d.group_name, d.matter, form_label(d.form), d.officer_name)
        after = (_check_text(d), d.verified_on, d.voided_on, d.void_reason)
        if not d.notifications:
            rows.append((*facts, "", "No other group to tell", None, "", *after))
        for n in d.notifications:
            status = notification_status(n, d, today, days).value.capitalize()
            if d.voided_on is not None and n.sent_on is None:
                status = "Not owed (entry void)"
            method = method_label(n.method) if n.method else ""
            rows.append((*facts, n.recipient, status, n.sent_on, method, *after))
    return make_table(
        "Advice to groups",
        (
            ("Number", Kind.NUMBER),
            ("Date given", Kind.DATE),
            ("Group advised", Kind.TEXT),
            ("Matter", Kind.TEXT),
            ("Form", Kind.TEXT),
            ("Officer", Kind.TEXT),
            ("Group to tell", Kind.TEXT),
            ("Notice", Kind.TEXT),
            ("Told on", Kind.DATE),
            ("Told by", Kind.TEXT),
            ("Advice check", Kind.TEXT),
            ("Group's note checked", Kind.DATE),
            ("Void from", Kind.DATE),
            ("Why void", Kind.TEXT),
        ),
        rows,
    )


def _outcome_label(outcome: str) -> str:
    try:
        return OUTCOME_LABELS[Outcome(outcome)]
    except ValueError:
        return outcome


def complaints_table(session: Session, today: dt.date) -> Table:
    """The casebook's clear fields only: no name, no summary, nothing that needs the
    passphrase. Every column here is one the public summary could count."""
    rows: list[tuple[Cell, ...]] = []
    for row in complaints.list_cases(session, today):
        pending = row.next_deadline
        rows.append(
            (
                row.reference,
                ROUTE_LABELS[row.route],
                row.received_on,
                stage_label(row.route, row.stage),
                row.status.capitalize(),
                pending.what if pending else "",
                pending.due_on if pending else None,
                row.closed_on,
                _outcome_label(row.outcome),
                row.retention_on,
            )
        )
    return make_table(
        "Complaints register",
        (
            ("Reference", Kind.TEXT),
            ("Route", Kind.TEXT),
            ("Received", Kind.DATE),
            ("Stage", Kind.TEXT),
            ("Status", Kind.TEXT),
            ("Next step", Kind.TEXT),
            ("Next step due", Kind.DATE),
            ("Closed", Kind.DATE),
            ("Outcome", Kind.TEXT),
            ("Kept until", Kind.DATE),
        ),
        rows,
    )


def audit_entries_table(entries: Iterable[AuditEntry]) -> Table:
    """Audit entries as a table; the Audit trail page passes the entries its filter shows."""
    rows = [
        (
            entry.id,
            entry.at,
            entry.actor,
            entry.action,
            entry.entity,
            entry.entity_id,
            uk_dates_in(entry.detail),
        )
        for entry in entries
    ]
    return make_table(
        "Audit trail",
        (
            # The number each entry was given, in the order the chain seals them.
            ("Entry", Kind.NUMBER),
            ("When", Kind.DATE_TIME),
            ("Who", Kind.TEXT),
            ("Action", Kind.TEXT),
            ("Area", Kind.TEXT),
            ("Record number", Kind.NUMBER),
            ("Detail", Kind.TEXT),
        ),
        rows,
    )


def chosen_audit_table(session: Session, choice: AuditFilter) -> Table:
    """The entries the Audit trail page's filter shows, in the order the chain seals them."""
    chosen = {row.id for row in audit_trail(session).chosen(choice)}
    query = select(AuditEntry).where(AuditEntry.id.in_(chosen)).order_by(AuditEntry.id)
    return audit_entries_table(session.scalars(query))


def audit_table(session: Session, today: dt.date) -> Table:
    # In the order the entries were sealed, which a clock put back never changes.
    query = select(AuditEntry).order_by(AuditEntry.id)
    return audit_entries_table(session.scalars(query))
