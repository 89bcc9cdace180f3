"""The register as plain values: JSON for the command line, rows for the page and printouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from councildesk.db.models import Disclosure as Disclosure  # named here for the GUI
from councildesk.db.models import DisclosureNotification
from councildesk.errors import Problem, ValidationError
from councildesk.rules.dates import uk_date
from councildesk.rules.disclosures import (
    Form,
    Method,
    NoticeStatus,
    describe_age,
    due_on,
    notice_status,
)
from councildesk.services import disclosure_notifications, disclosures
from councildesk.services.disclosure_check import findings_from_json


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def form_label(form: str) -> str:
    try:
        return Form(form).label
    except ValueError:
        return form


def method_label(method: str) -> str:
    try:
        return Method(method).label
    except ValueError:
        return method


def notification_status(
    notification: DisclosureNotification, disclosure: Disclosure, today: dt.date, days: int
) -> NoticeStatus:
    """Pending, sent or overdue; a notice of a void entry is never overdue (it is not owed)."""
    if disclosure.voided_on is not None and notification.sent_on is None:
        return NoticeStatus.PENDING
    return notice_status(disclosure.given_on, notification.sent_on, today, days)


def disclosure_json(disclosure: Disclosure, today: dt.date, days: int) -> dict[str, Any]:
    """One entry in the shape `disclosures list --json` promises (DESIGN.md)."""
    return {
        "id": disclosure.id,
        "date": disclosure.given_on.isoformat(),
        "group": disclosure.group_name,
        "matter": disclosure.matter,
        "form": disclosure.form,
        "officer": disclosure.officer_name or None,
        "void": disclosure.voided_on is not None,
        "notifications": [
            {
                "group": n.recipient,
                "status": notification_status(n, disclosure, today, days).value,
                "owed": disclosure.voided_on is None or n.sent_on is not None,
                "sent_on": _iso(n.sent_on),
                "method": n.method or None,
            }
            for n in disclosure.notifications
        ],
    }


def told_text(disclosure: Disclosure, today: dt.date, days: int) -> str:
    """Who was told and when, one per line: "Labour Group: 03/11/2026 by e-mail"."""
    if not disclosure.notifications:
        return "No other group to tell"
    lines = []
    for n in disclosure.notifications:
        if n.sent_on is not None:
            how = f" by {method_label(n.method).lower()}" if n.method else ""
            lines.append(f"{n.recipient}: {uk_date(n.sent_on)}{how}")
        elif disclosure.voided_on is not None:
            # A void entry owes no notice: the advice it recorded stands withdrawn.
            lines.append(f"{n.recipient}: not told (no longer owed: the entry is void)")
        else:
            state = notification_status(n, disclosure, today, days)
            lines.append(f"{n.recipient}: not yet told ({state.value})")
    return "\n".join(lines)


@dataclass(frozen=True)
class RegisterLine:
    """One disclosure as the printout and the CSV show it."""

    id: int
    given_on: dt.date
    group: str
    matter: str
    form: str
    officer: str
    told: str
    checked: str
    verified: str
    void: str


def in_period(session: Session, start: dt.date | None, end: dt.date | None) -> list[Disclosure]:
    """The entries given from ``start`` to ``end`` (either may be open), for a printout or an
    export of the register over a period."""
    if start and end and end < start:
        raise ValidationError(Problem("end", "The period cannot end before it starts."))
    return [
        d
        for d in disclosures.list_disclosures(session)
        if (start is None or d.given_on >= start) and (end is None or d.given_on <= end)
    ]


def register_lines(
    disclosures: Sequence[Disclosure], today: dt.date, days: int
) -> list[RegisterLine]:
    lines = []
    for d in sorted(disclosures, key=lambda d: (d.given_on, d.id)):
        checked = ""
        if d.checked:
            checked = (
                f"Advice check found wording to change; went ahead because: {d.proceed_reason}"
                if d.proceed_reason
                else "Advice check: facts and options only"
            )
        verified = f"Group's note checked {uk_date(d.verified_on)}" if d.verified_on else ""
        void = f"Void from {uk_date(d.voided_on)}: {d.void_reason}" if d.voided_on else ""
        lines.append(
            RegisterLine(
                d.id,
                d.given_on,
                d.group_name,
                d.matter,
                form_label(d.form),
                d.officer_name,
                told_text(d, today, days),
                checked,
                verified,
                void,
            )
        )
    return lines


# --- The page's rows: what each table of the Advice to groups page shows -----------------------


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


def notices_summary(entry: Disclosure, today: dt.date, days: int) -> str:
    """ "2 of 3 told — overdue", "All 3 told", "None to tell", "Void from 01/11/2026"."""
    if entry.voided_on is not None:
        return f"Void from {uk_date(entry.voided_on)}"
    total = len(entry.notifications)
    if not total:
        return "None to tell"
    sent = sum(1 for n in entry.notifications if n.sent_on is not None)
    if sent == total:
        return f"All {total} told" if total > 1 else "Told"
    overdue = any(
        notification_status(n, entry, today, days) is NoticeStatus.OVERDUE
        for n in entry.notifications
    )
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
            notices=notices_summary(d, today, days),
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


def notice_rows(session: Session, today: dt.date) -> list[NoticeRow]:
    days = disclosures.notice_days(session)
    rows = []
    for n in disclosure_notifications.pending(session, today):
        given = n.disclosure.given_on
        status = notification_status(n, n.disclosure, today, days)
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
                status=status.value.capitalize(),
                overdue=status is NoticeStatus.OVERDUE,
            )
        )
    return rows


def notice_state(
    notification: DisclosureNotification, disclosure: Disclosure, today: dt.date, days: int
) -> str:
    """An unsent notice in a few words: "overdue", or "due by 03/12/2026"."""
    if notification_status(notification, disclosure, today, days) is NoticeStatus.OVERDUE:
        return "overdue"
    if disclosure.voided_on is not None:
        return "no longer owed: the entry is void"
    return f"due by {uk_date(due_on(disclosure.given_on, days))}"


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


def check_summary(disclosure: Disclosure) -> str:
    """What the advice-language check found: "Not checked", "2 findings", or all clear."""
    findings = findings_from_json(disclosure.check_findings)
    if not disclosure.checked:
        return "Not checked"
    if findings:
        return f"{len(findings)} finding{'s' if len(findings) != 1 else ''}"
    return "Facts and options only"


def matter_rows(session: Session, matter: str) -> list[MatterRow]:
    return [
        MatterRow(
            id=d.id,
            given_on=d.given_on,
            group=d.group_name + (" (void)" if d.voided_on else ""),
            form=form_label(d.form),
            officer=d.officer_name,
            report=d.report_name or ("Pasted text" if d.report_text else ""),
            check=check_summary(d),
            has_text=bool(d.report_text.strip()),
        )
        for d in disclosures.on_matter(session, matter)
    ]
