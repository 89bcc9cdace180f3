"""`councildesk policies ...`, `reviews ...` and `reminders`: the review schedule's commands."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from councildesk import paths
from councildesk.cli_args import DATE_HELP, date_arg, output_file, print_json
from councildesk.rules.dates import uk_date
from councildesk.services import review_calendar, review_records, reviews
from councildesk.services.database import Database, open_database
from councildesk.services.review_records import (
    FULL_COUNCIL,
    ReviewInput,
    ReviewOutcome,
    ScheduleInput,
)
from councildesk.services.reviews import ScheduleRow


def _positive_days(text: str) -> int:
    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days, e.g. 90.")
    return int(text)


@contextmanager
def _opened(args: argparse.Namespace, *, readonly: bool = False) -> Iterator[Database]:
    db = open_database(paths.database_path(args.db), readonly=readonly)
    try:
        yield db
    finally:
        db.close()


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def policy_json(row: ScheduleRow) -> dict[str, Any]:
    return {
        "policy": row.policy,
        "body": row.body,
        "cycle_months": row.cycle_months,
        "on_legal_change": row.on_legal_change,
        "as_required": row.as_required,
        "last_reviewed_on": _iso(row.last_reviewed_on),
        "next_review_on": row.next_review_iso,
        "next_review_text": row.doc_text,
        "question": row.question,
        "status": row.status.value if row.status else None,
        "reason": row.reason,
    }


def due_json(row: ScheduleRow) -> dict[str, Any]:
    return {
        "policy": row.policy,
        "due_on": _iso(row.due_on),
        "status": row.status.value if row.status else None,
        "body": row.body,
        "meeting_on": _iso(row.meeting_on),
        "agenda_deadline": _iso(row.agenda_deadline),
        "remind_on": _iso(row.remind_on),
        "reason": row.reason,
        "month_not_set": row.due.month_not_set,
        "notes": list(row.notes),
    }


def cmd_policies_list(args: argparse.Namespace) -> int:
    with _opened(args, readonly=True) as db, db.session() as session:
        rows = reviews.schedule(session, dt.date.today())
    if args.json:
        print_json([policy_json(row) for row in rows])
        return 0
    for row in rows:
        due = row.due.label or row.status_label
        ask = f"\tquestion: {row.question}" if row.question else ""
        print(f"{row.policy}\t{row.body}\t{row.cycle}\tnext review: {due}{ask}")
    return 0


def cmd_policies_add(args: argparse.Namespace) -> int:
    data = ScheduleInput(
        body=args.body,
        cycle_months=args.cycle_months,
        on_legal_change=args.on_legal_change,
        as_required=args.as_required,
        next_due_override=args.next_review,
    )
    with _opened(args) as db, db.transaction() as session:
        policy = review_records.add_policy(session, args.name, data)
        name = policy.name
    print(f"Added '{name}' to the register of policies")
    return 0


def cmd_reviews_due(args: argparse.Namespace) -> int:
    today = dt.date.today()
    with _opened(args, readonly=True) as db, db.session() as session:
        rows = reviews.due_rows(session, today, args.within)
    if args.json:
        print_json([due_json(row) for row in rows])
        return 0
    if not rows:
        print("No reviews are due.")
    for row in rows:
        status = row.status.value if row.status else ""
        meeting = (
            f"{row.body} {uk_date(row.meeting_on)}, agenda by {uk_date(row.agenda_deadline)}"
            if row.meeting_on
            else f"no {row.body} meeting in the calendar"
        )
        print(f"{row.due.label}\t{status}\t{row.policy}\t{meeting}")
    return 0


def cmd_reviews_record(args: argparse.Namespace) -> int:
    data = ReviewInput(
        held_on=args.on,
        outcome=ReviewOutcome(args.outcome),
        body=args.body,
        minute_reference=args.minute or "",
        deferred_to=args.to,
        reason=args.reason or "",
    )
    with _opened(args) as db, db.transaction() as session:
        policy = review_records.find_policy(session, args.policy)
        recorded = review_records.record_review(session, policy.id, data, dt.date.today())
        message = recorded.message
    print(message)
    return 0


def cmd_reviews_law_change(args: argparse.Namespace) -> int:
    with _opened(args) as db, db.transaction() as session:
        change = review_records.record_law_change(
            session, args.on, args.description, args.policy or None
        )
        names = ", ".join(p.name for p in change.policies)
    print(f"Recorded the change in the law of {uk_date(args.on)}; due for review: {names}")
    return 0


def cmd_reviews_ics(args: argparse.Namespace) -> int:
    out = Path(args.out)
    with _opened(args, readonly=True) as db, db.session() as session:
        count = review_calendar.write_calendar(session, out, dt.date.today())
    print(f"Saved {count} events to {out}")
    return 0


def cmd_reminders(args: argparse.Namespace) -> int:
    from councildesk import reminder_agent  # the agent keeps its own light imports

    return reminder_agent.run(args.db, notify=args.notify)


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `policies`, `reviews` and `reminders` to the main parser."""

    def command(parent: Any, name: str, handler: Any, help_text: str) -> Any:
        parser = parent.add_parser(name, help=help_text, parents=[common])
        parser.set_defaults(handler=handler)
        return parser

    policies = sub.add_parser("policies", help="the register of policies", parents=[common])
    policy_actions = policies.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = command(policy_actions, "list", cmd_policies_list, "list the register")
    listing.add_argument("--json", action="store_true", help="one JSON document on stdout")
    add = command(policy_actions, "add", cmd_policies_add, "add a policy to the register")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--body", default=FULL_COUNCIL, help='"Full Council" or a committee')
    add.add_argument("--cycle-months", type=int, metavar="N", help="reviewed every N months")
    add.add_argument("--on-legal-change", action="store_true", help="and when the law changes")
    add.add_argument("--as-required", action="store_true", help="no fixed review date")
    add.add_argument("--next-review", type=date_arg, metavar="DATE", help=DATE_HELP)

    review = sub.add_parser("reviews", help="the review schedule", parents=[common])
    review_actions = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    due = command(review_actions, "due", cmd_reviews_due, "reviews with a due date")
    due.add_argument("--within", type=_positive_days, metavar="DAYS", help="due within DAYS")
    due.add_argument("--json", action="store_true", help="one JSON document on stdout")
    record = command(review_actions, "record", cmd_reviews_record, "record a review held")
    record.add_argument("policy", metavar="POLICY")
    record.add_argument("--on", type=date_arg, required=True, metavar="DATE")
    record.add_argument("--outcome", required=True, choices=[o.value for o in ReviewOutcome])
    record.add_argument("--body", help="the body that held it (default: the responsible body)")
    record.add_argument("--minute", metavar="REF", help="the minute reference")
    record.add_argument("--to", type=date_arg, metavar="DATE", help="deferred to this date")
    record.add_argument("--reason", metavar="TEXT", help="why it was deferred")
    law = command(review_actions, "law-change", cmd_reviews_law_change, "record a change in law")
    law.add_argument("--on", type=date_arg, required=True, metavar="DATE")
    law.add_argument("--description", required=True, metavar="TEXT")
    law.add_argument("--policy", action="append", metavar="NAME", help="a policy it affects")
    ics = command(review_actions, "ics", cmd_reviews_ics, "save the schedule as a calendar")
    ics.add_argument("--out", required=True, metavar="FILE.ics", type=output_file(".ics"))

    reminders = command(sub, "reminders", cmd_reminders, "show the reminders that have fallen")
    reminders.add_argument("--notify", action="store_true", help="as a desktop notification")
