"""The rows and columns of the Advice to groups page, and one entry in full as HTML."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from councildesk.db.models import Disclosure
from councildesk.gui.dialogs.disclosure_dialog import findings_html
from councildesk.gui.table_model import Column
from councildesk.rules.dates import uk_date
from councildesk.rules.disclosures import NoticeStatus, describe_age, due_on, notice_status
from councildesk.services import disclosures
from councildesk.services.database import Session
from councildesk.services.disclosure_check import findings_from_json
from councildesk.services.disclosure_views import form_label, method_label


@dataclass(frozen=True)
class RegisterRow:
    id: int
    given_on: dt.date
    group: str
    matter: str
    form: str
    officer: str
    notices: str
    outstanding: int
    notice_count: int
    void: bool


def register_columns() -> Sequence[Column]:
    return (
        Column("Date", lambda r: r.given_on),
        Column("Group advised", lambda r: r.group),
        Column("Matter", lambda r: r.matter),
        Column("Form", lambda r: r.form),
        Column("Officer", lambda r: r.officer),
        Column("Other groups told", lambda r: r.notices),
    )


def _notices_text(entry: Disclosure, today: dt.date, days: int) -> str:
    if entry.voided_on is not None:
        return f"Void from {uk_date(entry.voided_on)}"
    total = len(entry.notifications)
    if not total:
        return "None to tell"
    sent = sum(1 for n in entry.notifications if n.sent_on is not None)
    if sent == total:
        return f"All {total} told" if total > 1 else "Told"
    overdue = notice_status(entry.given_on, None, today, days) is NoticeStatus.OVERDUE
    return f"{sent} of {total} told" + (" — overdue" if overdue else "")


def register_rows(session: Session, today: dt.date) -> list[RegisterRow]:
    days = disclosures.notice_days(session)
    return [
        RegisterRow(
            id=d.id,
            given_on=d.given_on,
            group=d.group_name,
            matter=d.matter,
            form=form_label(d.form),
            officer=d.officer_name,
            notices=_notices_text(d, today, days),
            outstanding=0 if d.voided_on else sum(1 for n in d.notifications if n.sent_on is None),
            notice_count=len(d.notifications),
            void=d.voided_on is not None,
        )
        for d in disclosures.list_disclosures(session)
    ]


@dataclass(frozen=True)
class NoticeRow:
    id: int  # the notification's
    disclosure_id: int
    recipient: str
    group: str
    given_on: dt.date
    due: dt.date
    matter: str
    waiting: str
    status: str
    overdue: bool


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


def notice_rows(session: Session, today: dt.date) -> list[NoticeRow]:
    days = disclosures.notice_days(session)
    rows = []
    for n in disclosures.pending(session, today):
        given = n.disclosure.given_on
        overdue = notice_status(given, None, today, days) is NoticeStatus.OVERDUE
        rows.append(
            NoticeRow(
                id=n.id,
                disclosure_id=n.disclosure_id,
                recipient=n.recipient,
                group=n.disclosure.group_name,
                given_on=given,
                due=due_on(given, days),
                matter=n.disclosure.matter,
                waiting=describe_age(given, today),
                status="Overdue" if overdue else "Pending",
                overdue=overdue,
            )
        )
    return rows


@dataclass(frozen=True)
class MatterRow:
    id: int
    given_on: dt.date
    group: str
    form: str
    officer: str
    report: str
    check: str
    has_text: bool


def matter_columns() -> Sequence[Column]:
    return (
        Column("Date", lambda r: r.given_on),
        Column("Group", lambda r: r.group),
        Column("Form", lambda r: r.form),
        Column("Officer", lambda r: r.officer),
        Column("Written report", lambda r: r.report),
        Column("Advice check", lambda r: r.check),
    )


def matter_rows(session: Session, matter: str, today: dt.date) -> list[MatterRow]:
    rows = []
    for d in disclosures.on_matter(session, matter):
        findings = findings_from_json(d.check_findings)
        if not d.checked:
            check = "Not checked"
        elif findings:
            check = f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
        else:
            check = "Facts and options only"
        rows.append(
            MatterRow(
                id=d.id,
                given_on=d.given_on,
                group=d.group_name + (" (void)" if d.voided_on else ""),
                form=form_label(d.form),
                officer=d.officer_name,
                report=d.report_name or ("Pasted text" if d.report_text else ""),
                check=check,
                has_text=bool(d.report_text.strip()),
            )
        )
    return rows


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
            state = notice_status(entry.given_on, None, today, days)
            when = (
                "overdue"
                if state is NoticeStatus.OVERDUE
                else f"due by {uk_date(due_on(entry.given_on, days))}"
            )
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
