"""The columns of the Advice to groups page's tables, and one entry in full as HTML.

The rows themselves (and every status and date in them) come from services.disclosure_views.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

from councildesk.gui.dialogs.disclosure_dialog import findings_html
from councildesk.gui.table_model import Column
from councildesk.rules.dates import uk_date
from councildesk.services.disclosure_check import findings_from_json
from councildesk.services.disclosure_views import Disclosure, form_label, method_label, notice_state


def register_columns() -> Sequence[Column]:
    return (
        Column("Date", lambda r: r.given_on),
        Column("Group advised", lambda r: r.group),
        Column("Matter", lambda r: r.matter),
        Column("Form", lambda r: r.form),
        Column("Officer", lambda r: r.officer),
        Column("Other groups told", lambda r: r.notices),
    )


def notice_columns() -> Sequence[Column]:
    return (
        Column("To tell", lambda r: r.recipient),
        Column("Of advice to", lambda r: r.group),
        Column("Given on", lambda r: r.given_on),
        Column("Due by", lambda r: r.due),
        Column("Waiting", lambda r: r.waiting),
        Column("Status", lambda r: r.status),
        Column("Matter", lambda r: r.matter),
    )


def matter_columns() -> Sequence[Column]:
    return (
        Column("Date", lambda r: r.given_on),
        Column("Group", lambda r: r.group),
        Column("Form", lambda r: r.form),
        Column("Officer", lambda r: r.officer),
        Column("Written report", lambda r: r.report),
        Column("Advice check", lambda r: r.check),
    )


def detail_html(entry: Disclosure, today: dt.date, days: int) -> str:
    """One entry in full, as the clerk reads it below the register."""

    def row(label: str, value: str) -> str:
        return (
            f"<tr><td style='color:#5f6368; padding-right:14px' valign='top'>{label}</td>"
            f"<td valign='top'>{value}</td></tr>"
        )

    rows = [
        row("Given", f"{uk_date(entry.given_on)} by {escape(entry.officer_name or '—')}"),
        row("To", escape(entry.group_name)),
        row("Form", escape(form_label(entry.form))),
        row("Matter", escape(entry.matter)),
    ]
    if entry.summary:
        rows.append(row("Summary", escape(entry.summary).replace("\n", "<br>")))
    if entry.report_name:
        rows.append(row("Report", escape(entry.report_name) + " (a copy is kept here)"))
    told = []
    for n in entry.notifications:
        if n.sent_on:
            how = f" by {method_label(n.method).lower()}" if n.method else ""
            told.append(f"{escape(n.recipient)}: told {uk_date(n.sent_on)}{how}")
        else:
            when = notice_state(n, entry, today, days)
            told.append(f"{escape(n.recipient)}: <b>not yet told</b> ({when})")
    rows.append(row("Other groups", "<br>".join(told) or "None needed to be told"))
    if entry.checked:
        check = findings_html(findings_from_json(entry.check_findings))
        if entry.proceed_reason:
            check += f"<p>Went ahead because: {escape(entry.proceed_reason)}</p>"
        rows.append(row("Advice check", check))
    if entry.verified_on:
        note = f" — {escape(entry.verification_note)}" if entry.verification_note else ""
        rows.append(row("Group's note", f"checked {uk_date(entry.verified_on)}{note}"))
    if entry.voided_on:
        rows.append(row("Void", f"from {uk_date(entry.voided_on)}: {escape(entry.void_reason)}"))
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
