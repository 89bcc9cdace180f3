"""The sample council's register of reports and advice to political groups (issue 12)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from councildesk.rules.disclosures import Form, Method
from councildesk.rules.working_days import add_working_days, is_working_day
from councildesk.services import disclosure_notifications, disclosures, groups
from councildesk.services.disclosure_check import ReportFile, report_from_bytes

_PAVILION_REPORT = """Report to {group}: the future of the sports pavilion

The pavilion was built in 1974. The surveyor's report of March found that the roof and the
changing rooms need replacing within two years.

There are three options open to the council.
Option A: repair the roof and changing rooms, at an estimated cost of £38,000.
Option B: demolish the pavilion and build a smaller one, at an estimated cost of £146,000.
Option C: close the pavilion and lease the site to the cricket club, which offers £1,200 a year.
{extra}
The Finance Committee will consider the options on the date in the council's calendar.
"""


def seed_disclosures(session: Session, today: dt.date, term_start: dt.date) -> None:
    """A year of reports and advice to groups: notices sent, pending, overdue, a void entry,
    a report that went ahead with a reason, and two reports on one matter to compare."""
    by_name = {g.name: g.id for g in groups.list_groups(session)}
    start = max(term_start, today - dt.timedelta(days=360))
    span = max((today - start).days, 1)

    def day(fraction: float) -> dt.date:
        return _working_day_on_or_before(start + dt.timedelta(days=round(span * fraction)))

    def day_back(days: int) -> dt.date:
        return _working_day_on_or_before(today - dt.timedelta(days=days))

    def report(group: str, extra: str = "") -> ReportFile:
        text = _PAVILION_REPORT.format(group=group, extra=extra)
        return report_from_bytes("pavilion-report.txt", text.encode("utf-8"))

    entries = [
        (day(0.05), "Green Group", "Allotment rents for next year", Form.ADVICE, None, ""),
        (
            day(0.2),
            "Liberal Democrat Group",
            "Closure of the Mill Lane toilets",
            Form.ATTENDANCE,
            None,
            "",
        ),
        (
            day(0.45),
            "Ashcombe Independents",
            "Future of the sports pavilion",
            Form.REPORT,
            report("the Ashcombe Independents"),
            "",
        ),
        (
            day(0.5),
            "Green Group",
            "Future of the sports pavilion",
            Form.REPORT,
            report("the Green Group", "In my view the best course is Option A.\n"),
            "The group asked in writing for the Clerk's professional view; the other groups "
            "were offered the same.",
        ),
        (day(0.7), "Liberal Democrat Group", "Grant to the youth club", Form.ADVICE, None, ""),
        (day(0.8), "Green Group", "Speed limit on the B3221", Form.ADVICE, None, ""),
        (
            day_back(12),
            "Ashcombe Independents",
            "Parking on the green",
            Form.ADVICE,
            None,
            "",
        ),
        (
            day_back(2),
            "Green Group",
            "Christmas lights contract",
            Form.ADVICE,
            None,
            "",
        ),
    ]
    made = []
    for given_on, group, matter, form, attached, reason in entries:
        given_on = min(max(given_on, term_start), today)
        data = disclosures.DisclosureInput(
            group_id=by_name[group],
            given_on=given_on,
            matter=matter,
            form=form,
            summary="Notes of the questions the group asked (kept in the register only).",
            report=attached,
            proceed_reason=reason,
        )
        made.append(disclosures.record(session, data, today).disclosure)
    # The older ones have been told, some by letter, some at a meeting; the last two wait.
    for entry in made[:6]:
        for index, notice in enumerate(entry.notifications):
            method = (Method.EMAIL, Method.LETTER, Method.MEETING)[index % 3]
            sent = min(add_working_days(entry.given_on, 2 + index), today)
            disclosure_notifications.mark_sent(session, notice.id, sent, method, today)
    disclosures.verify(
        session,
        made[2].id,
        min(made[2].given_on + dt.timedelta(days=9), today),
        "The group's note of the report is accurate.",
        today,
    )
    # One entry of the parking advice was sent; the other group is overdue. The lights: pending.
    parking = made[6]
    if parking.notifications:
        disclosure_notifications.mark_sent(
            session,
            parking.notifications[0].id,
            parking.given_on + dt.timedelta(days=1),
            Method.EMAIL,
            today,
        )
    wrong = disclosures.record(
        session,
        disclosures.DisclosureInput(
            group_id=by_name["Liberal Democrat Group"],
            given_on=day(0.6),
            matter="Grant to the youth club",
            form=Form.ADVICE,
        ),
        today,
    ).disclosure
    disclosures.void(session, wrong.id, "Entered twice: the advice was recorded already.", today)


def _working_day_on_or_before(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day
