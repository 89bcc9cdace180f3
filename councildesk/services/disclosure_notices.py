"""The notices owed to other groups (an A4 letter and an e-mail draft each), the register printout
for a period, and its CSV export.

A notice is built from the disclosure's date, group, form and matter only: never its summary, its
report or anything said in the group, which stay confidential to the group that was advised.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.db.models import Disclosure, DisclosureNotification, Person
from councildesk.errors import CouncilDeskError, Problem, ValidationError
from councildesk.reports.disclosures import (
    NoticeLetter,
    RegisterData,
    RegisterEntry,
    notice_paragraphs,
    render_notice,
    render_register,
)
from councildesk.rules.advice_clauses import tell_others_clause
from councildesk.rules.dates import long_date, uk_date
from councildesk.rules.disclosures import Form, Method
from councildesk.services import council, disclosure_notifications, disclosures, groups
from councildesk.services.disclosure_check import adopted_clauses
from councildesk.services.disclosure_views import in_period, register_lines


@dataclass(frozen=True)
class WrittenNotice:
    recipient: str
    pdf: Path
    eml: Path


def _what_happened(disclosure: Disclosure) -> str:
    group = disclosure.group_name
    if disclosure.form == Form.REPORT.value:
        return f"a written report was prepared for {_the(group)}"
    if disclosure.form == Form.ATTENDANCE.value:
        return f"I attended a meeting of {_the(group)} to give information"
    return f"advice was given to {_the(group)}"


def _starts_the(name: str) -> bool:
    return name.casefold().startswith("the ")


def _the(name: str) -> str:
    return name if _starts_the(name) else f"the {name}"


def notice_letter(
    session: Session, notification: DisclosureNotification, dated: dt.date
) -> NoticeLetter:
    disclosure = notification.disclosure
    found = council.get_council(session)
    reference = tell_others_clause(adopted_clauses(session))
    duty = (
        f"Clause {reference} of the council's Member/Officer Protocol asks me to tell every "
        "other political group when one group has been given a report or advice."
        if reference
        else "The council's Member/Officer Protocol asks me to tell every other political "
        "group when one group has been given a report or advice."
    )
    officer = session.get(Person, disclosure.officer_id) if disclosure.officer_id else None
    is_group = notification.group_id is not None or notification.person_id is None
    salutation = (
        f"Dear members of {_the(notification.recipient)},"
        if is_group
        else f"Dear {notification.recipient},"
    )
    return NoticeLetter(
        council_name=council.display_name(found),
        recipient=notification.recipient,
        salutation=salutation,
        dated_long=long_date(dated).split(" ", 1)[1],
        what_happened=_what_happened(disclosure),
        given_on_long=long_date(disclosure.given_on),
        matter=disclosure.matter.rstrip("."),
        clause_sentence=duty,
        officer=disclosure.officer_name or found.clerk_title,
        officer_post=officer.post if officer else found.clerk_title,
    )


def notice_email(
    session: Session, notification: DisclosureNotification, letter: NoticeLetter
) -> EmailMessage:
    """An unsent draft the clerk's mail program opens, addressed to the group's members."""
    message = EmailMessage(policy=email.policy.default.clone(max_line_length=998))
    message["Subject"] = "Notice: a report or advice given to another political group"
    addresses = _addresses(session, notification)
    if addresses:
        message["To"] = ", ".join(addresses)
    message["Date"] = format_datetime(dt.datetime.now().astimezone())
    # Outlook and Thunderbird open a message marked unsent as a draft to edit and send.
    message["X-Unsent"] = "1"
    signature = [letter.officer, letter.council_name]
    if letter.officer_post != letter.officer:
        signature.insert(1, letter.officer_post)
    body = [*notice_paragraphs(letter), "\n".join(line for line in signature if line)]
    message.set_content("\n\n".join(body) + "\n")
    return message


def _addresses(session: Session, notification: DisclosureNotification) -> list[str]:
    if notification.person_id is not None:
        person = session.get(Person, notification.person_id)
        return [person.email] if person and person.email else []
    if notification.group_id is None:
        return []
    group = groups.get_group(session, notification.group_id)
    day = notification.disclosure.given_on
    return [p.email for p in groups.members_on(group, day) if p.email]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "group"


def write_notices(
    session: Session,
    disclosure_id: int,
    folder: Path,
    today: dt.date,
    mark_sent: Method | None = None,
) -> list[WrittenNotice]:
    """A letter (PDF) and an e-mail draft (.eml) for each group still to be told; with
    ``mark_sent``, each is marked sent today by that method in the same transaction."""
    disclosure = disclosures.get_disclosure(session, disclosure_id)
    owed = [n for n in disclosure.notifications if n.sent_on is None]
    if not disclosure.notifications:
        raise CouncilDeskError(
            f"Disclosure {disclosure_id} owes no notices: no other group had to be told."
        )
    if not owed:
        raise CouncilDeskError(
            f"Every group owed a notice for disclosure {disclosure_id} has been told already."
        )
    if folder.exists() and not folder.is_dir():
        raise ValidationError(Problem("out", f"{folder} is a file, not a folder."))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for notification in owed:
        letter = notice_letter(session, notification, today)
        stem = f"notice-{disclosure.id}-{_slug(notification.recipient)}"
        pdf, eml = folder / f"{stem}.pdf", folder / f"{stem}.eml"
        render_notice(letter, pdf, today)
        eml.write_bytes(bytes(notice_email(session, notification, letter)))
        written.append(WrittenNotice(notification.recipient, pdf, eml))
        if mark_sent is not None:
            disclosure_notifications.mark_sent(session, notification.id, today, mark_sent, today)
    return written


# --- the register printout and export -------------------------------------------------------


def period_text(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        return f"{uk_date(start)} to {uk_date(end)}"
    if start:
        return f"from {uk_date(start)}"
    if end:
        return f"up to {uk_date(end)}"
    return "All entries"


def register_data(
    session: Session, today: dt.date, start: dt.date | None = None, end: dt.date | None = None
) -> RegisterData:
    days = disclosures.notice_days(session)
    chosen = in_period(session, start, end)
    entries = [
        RegisterEntry(
            number=line.id,
            given_on=line.given_on,
            group=line.group,
            matter=line.matter,
            form=line.form,
            officer=line.officer,
            told=line.told,
            notes=[note for note in (line.void, line.checked, line.verified) if note],
        )
        for line in register_lines(chosen, today, days)
    ]
    outstanding = sum(
        1 for d in chosen if d.voided_on is None for n in d.notifications if n.sent_on is None
    )
    found = council.get_council(session)
    return RegisterData(
        council_name=council.display_name(found),
        period=period_text(start, end),
        entries=entries,
        outstanding=outstanding,
    )


def write_register(
    session: Session,
    out: Path | BinaryIO,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> None:
    render_register(register_data(session, today, start, end), out, today)
