"""What needs doing: every register's actions, merged by date on the Dashboard."""

from __future__ import annotations

import datetime as dt

from councildesk.services import dashboard
from councildesk.services.actions import Action, Urgency, in_order
from councildesk.services.database import Database

TODAY = dt.date(2026, 11, 24)


def test_actions_come_by_date_with_questions_last_and_the_most_urgent_first() -> None:
    later = Action(dt.date(2027, 1, 5), "Review the Code of Conduct", Urgency.UPCOMING, "reviews")
    question = Action(None, "Does 'biannually' mean twice a year?", Urgency.DUE, "reviews")
    overdue = Action(dt.date(2026, 11, 2), "Send notice to Group B", Urgency.OVERDUE, "groups")
    same_day_due = Action(dt.date(2026, 11, 2), "Acknowledge case C-1", Urgency.DUE, "cases")
    assert in_order([question, later, same_day_due, overdue]) == [
        overdue,
        same_day_due,
        later,
        question,
    ]


def test_councillors_yet_to_confirm_receipt_are_an_action_on_the_adopted_version(
    demo_db: Database,
) -> None:
    with demo_db.session() as session:
        found = [a for a in dashboard.actions(session, TODAY) if a.area == "protocol"]
        receipts = dashboard.protocol_receipts(session, TODAY)
    assert len(found) == 1
    assert found[0].record_id == receipts.version_id
    assert found[0].what.startswith(f"{len(receipts.outstanding)} councillors have not yet")
