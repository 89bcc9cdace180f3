"""The party-group register: reports and advice to political groups, and the notices owed.

Recording a disclosure creates, in the same transaction, one notification for every other group
active that day (rules/disclosures.py decides who). A disclosure whose notices have gone out is
never deleted: it is voided with a reason and stays in the register. Every change is audited.
Sending those notifications, and the Dashboard's reminders of them, is disclosure_notifications.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from councildesk.db.models import (
    Disclosure,
    DisclosureNotification,
    DisclosureSettings,
    Person,
    PersonKind,
    PoliticalGroup,
)
from councildesk.errors import NotFoundError, Problem, ValidationError
from councildesk.rules.dates import uk_date
from councildesk.rules.disclosures import (
    DEFAULT_NOTICE_DAYS,
    Councillor,
    Form,
    GroupSpan,
    Obligation,
    groups_to_tell,
)
from councildesk.services import audit, groups
from councildesk.services.checks import require_text
from councildesk.services.disclosure_check import (
    ReportFile,
    blocking,
    check,
    findings_to_json,
)
from councildesk.services.people import is_current

MAX_MATTER = 300
MAX_TEXT = 20_000
MAX_NOTICE_DAYS = 60


@dataclass
class DisclosureInput:
    """What the clerk enters for one report or advice given to a group."""

    group_id: int | None
    given_on: dt.date | None
    matter: str
    form: Form = Form.ADVICE
    officer_id: int | None = None
    summary: str = ""
    report: ReportFile | None = None
    # Text to check when there is no file: oral advice as prepared, or a report pasted in.
    checked_text: str = ""
    proceed_reason: str = ""
    verified_on: dt.date | None = None
    verification_note: str = ""


@dataclass(frozen=True)
class Recorded:
    disclosure: Disclosure
    # Why no notification was made, when none was ("it is the only political group ...").
    reason_none: str = ""
    warnings: list[str] = field(default_factory=list)


# --- settings -------------------------------------------------------------------------------


def get_settings(session: Session) -> DisclosureSettings:
    found = session.scalars(select(DisclosureSettings)).first()
    return found or DisclosureSettings(notify_unaffiliated=False, notice_working_days=5)


def save_settings(session: Session, notify_unaffiliated: bool, notice_working_days: int) -> None:
    if not 1 <= notice_working_days <= MAX_NOTICE_DAYS:
        raise ValidationError(
            Problem(
                "notice_working_days",
                f"Choose between 1 and {MAX_NOTICE_DAYS} working days for sending notices.",
            )
        )
    found = session.scalars(select(DisclosureSettings)).first()
    if found is None:
        found = DisclosureSettings()
        session.add(found)
    found.notify_unaffiliated = notify_unaffiliated
    found.notice_working_days = notice_working_days
    session.flush()
    audit.record(
        session,
        "update",
        "disclosure_settings",
        found.id,
        f"tell councillors in no group: {'yes' if notify_unaffiliated else 'no'}; "
        f"notices due within {notice_working_days} working days",
    )


def notice_days(session: Session) -> int:
    return get_settings(session).notice_working_days or DEFAULT_NOTICE_DAYS


# --- reading ----------------------------------------------------------------------------------


def list_disclosures(session: Session) -> list[Disclosure]:
    query = (
        select(Disclosure)
        .options(selectinload(Disclosure.notifications))
        .order_by(Disclosure.given_on.desc(), Disclosure.id.desc())
    )
    return list(session.scalars(query))


def get_disclosure(session: Session, disclosure_id: int) -> Disclosure:
    found = session.get(Disclosure, disclosure_id)
    if found is None:
        raise NotFoundError(f"There is no disclosure number {disclosure_id} in the register.")
    return found


def officers(session: Session, on: dt.date | None = None) -> list[Person]:
    """Officers who may give advice, by name; only those employed on ``on`` when given."""
    query = select(Person).where(Person.kind == PersonKind.OFFICER).order_by(Person.name)
    return [p for p in session.scalars(query) if on is None or is_current(p, on)]


def matters(session: Session) -> list[str]:
    """Each matter in the register once, as first written, by the most recent disclosure."""
    seen: dict[str, str] = {}
    for disclosure in list_disclosures(session):
        seen.setdefault(matter_key(disclosure.matter), disclosure.matter)
    return list(seen.values())


def matter_key(matter: str) -> str:
    return " ".join(matter.casefold().split())


def on_matter(session: Session, matter: str) -> list[Disclosure]:
    """Every disclosure on one matter, oldest first, for setting side by side."""
    key = matter_key(matter)
    return sorted(
        (d for d in list_disclosures(session) if matter_key(d.matter) == key),
        key=lambda d: (d.given_on, d.id),
    )


# --- recording --------------------------------------------------------------------------------


def _spans(session: Session) -> list[GroupSpan]:
    return [
        GroupSpan(g.id, g.name, g.active_from, g.active_to)
        for g in session.scalars(select(PoliticalGroup))
    ]


def _obligation(session: Session, group_id: int, day: dt.date) -> Obligation:
    loners: Sequence[Councillor] = ()
    if get_settings(session).notify_unaffiliated:
        loners = [Councillor(p.id, p.name) for p in groups.unaffiliated_on(session, day)]
    return groups_to_tell(_spans(session), group_id, day, loners)


def preview_recipients(session: Session, group_id: int, day: dt.date) -> tuple[list[str], str]:
    """Who would be told of advice to this group on this day, or why nobody would."""
    obligation = _obligation(session, group_id, day)
    return [r.name for r in obligation.recipients], obligation.reason_none


def _validate(
    session: Session, data: DisclosureInput, today: dt.date
) -> tuple[PoliticalGroup | None, Person | None]:
    problems: list[Problem] = []
    group = session.get(PoliticalGroup, data.group_id) if data.group_id is not None else None
    if group is None:
        problems.append(Problem("group", "Choose the political group that was advised."))
    if data.given_on is None:
        problems.append(Problem("given_on", "Enter the date the report or advice was given."))
    elif data.given_on > today:
        problems.append(
            Problem("given_on", "The date is in the future: record advice once it is given.")
        )
    elif group is not None and not GroupSpan(
        group.id, group.name, group.active_from, group.active_to
    ).active_on(data.given_on):
        problems.append(Problem("given_on", _inactive_message(group, data.given_on)))
    data.matter = require_text(problems, "matter", data.matter, "the matter the advice was on")
    if len(data.matter) > MAX_MATTER:
        problems.append(
            Problem(
                "matter", f"Keep the matter to {MAX_MATTER} characters; put detail in the summary."
            )
        )
    for name, value in (
        ("summary", data.summary),
        ("proceed_reason", data.proceed_reason),
        ("verification_note", data.verification_note),
    ):
        if len(value) > MAX_TEXT:
            problems.append(Problem(name, f"Keep this to {MAX_TEXT:,} characters."))
    officer = session.get(Person, data.officer_id) if data.officer_id is not None else None
    if data.officer_id is not None and (officer is None or officer.kind is not PersonKind.OFFICER):
        problems.append(Problem("officer", "Choose the officer who gave the advice."))
    if data.report is not None and data.form is not Form.REPORT:
        problems.append(
            Problem("report", "Only a written report has a document; choose 'Written report'.")
        )
    if data.verified_on is not None and data.given_on and data.verified_on < data.given_on:
        problems.append(
            Problem(
                "verified_on", "The group's note cannot be checked before the advice was given."
            )
        )
    if data.verified_on is not None and data.verified_on > today:
        problems.append(Problem("verified_on", "The check of the group's note is in the future."))
    if problems:
        raise ValidationError(problems)
    return group, officer


def _inactive_message(group: PoliticalGroup, day: dt.date) -> str:
    if group.active_from and day < group.active_from:
        return (
            f"{group.name} did not exist yet on {uk_date(day)}: it formed on "
            f"{uk_date(group.active_from)}."
        )
    return f"{group.name} had dissolved by {uk_date(day)}: it ended on {uk_date(group.active_to)}."


def default_officer(session: Session, on: dt.date) -> Person | None:
    """The clerk, when the clerk did not say who: the officer whose post names the Clerk."""
    current = officers(session, on)
    clerks = [
        p for p in current if "clerk" in p.post.casefold() and "deputy" not in p.post.casefold()
    ]
    chosen = clerks or current
    return chosen[0] if chosen else None


def record(session: Session, data: DisclosureInput, today: dt.date) -> Recorded:
    """Save a disclosure and the notifications it owes, in one transaction."""
    group, officer = _validate(session, data, today)
    assert group is not None and data.given_on is not None
    text = data.report.text if data.report is not None else data.checked_text
    findings = check(session, text) if text.strip() else []
    if blocking(findings) and not data.proceed_reason.strip():
        count = len(blocking(findings))
        raise ValidationError(
            Problem(
                "proceed_reason",
                f"The check found {count} sentence{'s' if count != 1 else ''} that "
                f"{'offend' if count != 1 else 'offends'} the protocol. Change the report, "
                "or give your reason to go ahead.",
            )
        )
    officer = officer or default_officer(session, data.given_on)
    disclosure = Disclosure(
        given_on=data.given_on,
        officer_id=officer.id if officer else None,
        officer_name=officer.name if officer else "",
        group_id=group.id,
        group_name=group.name,
        matter=data.matter,
        form=data.form.value,
        summary=data.summary.strip(),
        report_name=data.report.name if data.report else "",
        report_data=data.report.data if data.report else None,
        report_text=text,
        check_findings=findings_to_json(findings),
        checked=bool(text.strip()),
        proceed_reason=data.proceed_reason.strip() if blocking(findings) else "",
        verified_on=data.verified_on,
        verification_note=data.verification_note.strip(),
        created_at=dt.datetime.now().replace(microsecond=0),
    )
    session.add(disclosure)
    obligation = _obligation(session, group.id, data.given_on)
    for recipient in obligation.recipients:
        disclosure.notifications.append(
            DisclosureNotification(
                group_id=recipient.group_id,
                person_id=recipient.person_id,
                recipient=recipient.name,
            )
        )
    session.flush()
    told = ", ".join(r.name for r in obligation.recipients) or "nobody"
    audit.record(
        session,
        "create",
        "disclosure",
        disclosure.id,
        f"{Form(data.form).label} to {group.name} on {data.given_on.isoformat()} about "
        f"'{data.matter}'; to be told: {told}",
    )
    warnings = [f.why for f in findings if f.kind == "no-options"]
    return Recorded(disclosure, obligation.reason_none, warnings)


# --- verification, voiding, deleting ------------------------------------------------------------


def verify(
    session: Session, disclosure_id: int, verified_on: dt.date | None, note: str, today: dt.date
) -> Disclosure:
    """Record that the officer checked the group's own note of the advice attributed to them."""
    disclosure = get_disclosure(session, disclosure_id)
    problems: list[Problem] = []
    if verified_on is None:
        problems.append(Problem("verified_on", "Enter the date the group's note was checked."))
    elif verified_on < disclosure.given_on:
        problems.append(
            Problem(
                "verified_on", "The group's note cannot be checked before the advice was given."
            )
        )
    elif verified_on > today:
        problems.append(Problem("verified_on", "The check of the group's note is in the future."))
    if len(note) > MAX_TEXT:
        problems.append(Problem("verification_note", f"Keep this to {MAX_TEXT:,} characters."))
    if problems:
        raise ValidationError(problems)
    disclosure.verified_on = verified_on
    disclosure.verification_note = note.strip()
    audit.record(
        session, "verify", "disclosure", disclosure.id, f"group's note checked {verified_on}"
    )
    return disclosure


def void(session: Session, disclosure_id: int, reason: str, today: dt.date) -> Disclosure:
    disclosure = get_disclosure(session, disclosure_id)
    problems: list[Problem] = []
    cleaned = require_text(problems, "void_reason", reason, "why the entry is void")
    if disclosure.voided_on is not None:
        problems.append(
            Problem(
                "void_reason", f"This entry was already voided on {uk_date(disclosure.voided_on)}."
            )
        )
    if len(cleaned) > MAX_TEXT:
        problems.append(Problem("void_reason", f"Keep this to {MAX_TEXT:,} characters."))
    if problems:
        raise ValidationError(problems)
    disclosure.voided_on = today
    disclosure.void_reason = cleaned
    audit.record(session, "void", "disclosure", disclosure.id, cleaned)
    return disclosure


def delete_problem(disclosure: Disclosure) -> str | None:
    """Why a disclosure may not be deleted, or None when it may."""
    told = [n.recipient for n in disclosure.notifications if n.sent_on is not None]
    if not told:
        return None
    return (
        f"This entry cannot be deleted: {', '.join(told)} "
        f"{'has' if len(told) == 1 else 'have'} been told of it. Void it instead, with a "
        "reason; it stays in the register, marked void."
    )


def delete(session: Session, disclosure_id: int) -> str:
    disclosure = get_disclosure(session, disclosure_id)
    problem = delete_problem(disclosure)
    if problem:
        raise ValidationError(Problem("delete", problem))
    described = f"{disclosure.group_name} on {uk_date(disclosure.given_on)}"
    audit.record(
        session,
        "delete",
        "disclosure",
        disclosure.id,
        f"to {disclosure.group_name} on {disclosure.given_on.isoformat()}: '{disclosure.matter}'",
    )
    session.delete(disclosure)
    return described


# --- naming the register and its entries --------------------------------------------------------

# The page's area: where a Dashboard action of this register (disclosure_notifications) goes.
AREA = "disclosures"


def given_phrase(form: str, group: str) -> str:
    """What was given, to whom: "the written report to Green Group", "the attendance at a
    meeting of Green Group"."""
    if form == Form.REPORT.value:
        return f"the written report to {group}"
    if form == Form.ATTENDANCE.value:
        return f"the attendance at a meeting of {group}"
    return f"the advice to {group}"
