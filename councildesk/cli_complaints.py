"""`councildesk complaints ...`: the casebook from the command line.

The passphrase is read from the terminal, or from COUNCILDESK_CASEBOOK_PASSPHRASE for scripts;
never from the command line, where it would sit in the shell's history and the process list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from councildesk import cli_subject_access, paths
from councildesk.cli_args import DATE_HELP, date_arg, print_json
from councildesk.errors import CouncilDeskError
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.rules.complaints import ROUTE_LABELS, Outcome, Route, stage_label
from councildesk.rules.dates import uk_date
from councildesk.rules.working_days import working_days_between
from councildesk.services import casebook_crypto, complaint_printouts, complaints
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import resolve
from councildesk.services.complaints import CaseRow, StageInput
from councildesk.services.database import Database, Session, open_database

PASSPHRASE_VARIABLE = "COUNCILDESK_CASEBOOK_PASSPHRASE"
NO_CASEBOOK_WARNING = (
    "Keep the recovery key with the council's papers. Without the passphrase or the recovery "
    "key nobody can read the cases: not the clerk, not CouncilDesk's makers, not anyone."
)


def read_passphrase(prompt: str = "Casebook passphrase: ") -> str:
    from_environment = os.environ.get(PASSPHRASE_VARIABLE)
    if from_environment is not None:
        return from_environment
    if not sys.stdin.isatty():
        raise CouncilDeskError(
            "The casebook passphrase is read from the terminal; in a script, set "
            f"{PASSPHRASE_VARIABLE}."
        )
    return getpass.getpass(prompt)


def _open(args: argparse.Namespace, *, readonly: bool = False) -> Database:
    return open_database(paths.database_path(args.db), readonly=readonly)


def _unlock(session: Session) -> Casebook:
    return casebook_crypto.unlock(session, read_passphrase())


def cmd_init(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.session() as session:
            if casebook_crypto.is_set_up(session):
                raise CouncilDeskError(
                    "The casebook already has a passphrase; nothing was changed."
                )
        passphrase = read_passphrase("Choose the casebook passphrase: ")
        if PASSPHRASE_VARIABLE not in os.environ:
            casebook_crypto.check_passphrase(passphrase, getpass.getpass("Type it again: "))
        with db.transaction() as session:
            _book, recovery = casebook_crypto.set_up(session, passphrase)
    finally:
        db.close()
    print("The casebook is set up.")
    print(f"Recovery key (shown once; print it or write it down): {recovery}")
    print(NO_CASEBOOK_WARNING)
    return 0


def row_json(row: CaseRow) -> dict[str, Any]:
    pending = row.next_deadline
    return {
        "reference": row.reference,
        "route": row.route.value,
        "received_on": row.received_on.isoformat(),
        "stage": row.stage,
        "next_deadline": pending.due_on.isoformat() if pending else None,
        "next_deadline_what": pending.what if pending else None,
        "status": row.status.value,
        "retention_on": row.retention_on.isoformat() if row.retention_on else None,
        "closed_on": row.closed_on.isoformat() if row.closed_on else None,
        "outcome": row.outcome or None,
    }


def cmd_open(args: argparse.Namespace) -> int:
    today = dt.date.today()
    route = Route(args.route)
    db = _open(args)
    try:
        with db.transaction() as session:
            book = _unlock(session)
            content = CaseContent(
                how_received=args.how_received,
                complainant=resolve(session, args.complainant, "complainant")
                if args.complainant
                else None,
                subject=resolve(session, args.subject, "subject") if args.subject else None,
                summary=args.summary,
            )
            case = complaints.open_case(session, book, route, args.received, content, today)
            reference = case.reference
        with db.session() as session:
            row = next(r for r in complaints.list_cases(session, today) if r.reference == reference)
    finally:
        db.close()
    if args.json:
        print_json(row_json(row))
    else:
        print(f"Opened case {reference} ({ROUTE_LABELS[route]}).")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    db = _open(args, readonly=True)
    try:
        with db.session() as session:
            rows = complaints.list_cases(session, dt.date.today())
    finally:
        db.close()
    if args.json:
        print_json([row_json(r) for r in rows])
        return 0
    if not rows:
        print("The casebook has no cases.")
    for row in rows:
        pending = row.next_deadline
        due = f"{pending.what} by {uk_date(pending.due_on)}" if pending else ""
        label = stage_label(row.route, row.stage)
        received = uk_date(row.received_on)
        print(f"{row.reference}\t{row.route.value}\t{received}\t{label}\t{row.status.value}\t{due}")
    return 0


def cmd_stage(args: argparse.Namespace) -> int:
    today = dt.date.today()
    db = _open(args)
    try:
        with db.transaction() as session:
            case = complaints.find_case(session, args.reference)
            book = _unlock(session)
            accompaniment = Accompaniment.NOT_RECORDED
            if args.companion:
                accompaniment = Accompaniment.ACCOMPANIED
            elif args.alone:
                accompaniment = Accompaniment.DECLINED
            content = StageContent(
                panel=[resolve(session, name, "panel") for name in args.panel],
                decision=args.decision or "",
                accompaniment=accompaniment,
                companion=args.companion or "",
            )
            outcome = Outcome(args.outcome) if args.outcome else None
            complaints.record_stage(
                session, book, case.id, StageInput(args.stage, args.on, content, outcome), today
            )
            label = stage_label(complaints.route_of(case), args.stage)
            reference = case.reference
    finally:
        db.close()
    print(f"Case {reference} moved to '{label}' on {uk_date(args.on)}.")
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    today = dt.date.today()
    db = _open(args, readonly=True)
    try:
        with db.session() as session:
            rows = [r for r in complaints.list_cases(session, today) if r.next_deadline]
            where = complaints.nation(session)
    finally:
        db.close()
    found: list[dict[str, Any]] = []
    lines: list[str] = []
    for row in sorted(rows, key=lambda r: r.next_deadline.due_on if r.next_deadline else today):
        pending = row.next_deadline
        assert pending is not None
        left = working_days_between(today, pending.due_on, where)
        overdue = pending.council_step and pending.due_on < today
        found.append(
            {
                "reference": row.reference,
                "route": row.route.value,
                "stage": row.stage,
                "what": pending.what,
                "due_on": pending.due_on.isoformat(),
                "working_days_left": left,
                "status": "overdue" if overdue else "due",
            }
        )
        when = f"{-left} working days overdue" if left < 0 else f"{left} working days left"
        lines.append(f"{row.reference}\t{pending.what}\t{uk_date(pending.due_on)}\t{when}")
    if args.json:
        print_json(found)
        return 0
    print("\n".join(lines) if lines else "No complaint deadlines.")
    return 0


def cmd_acknowledge(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.transaction() as session:
            case = complaints.find_case(session, args.reference)
            complaints.acknowledge(session, case.id, args.on)
            reference = case.reference
    finally:
        db.close()
    print(f"Case {reference}: receipt acknowledged on {uk_date(args.on)}.")
    return 0


REPORTS = ("complaints-confidential",)


def cmd_report(args: argparse.Namespace) -> int:
    """The confidential register: it needs the passphrase, and each case's printing is audited."""
    out = Path(args.out)
    db = _open(args)
    try:
        with db.transaction() as session:
            book = _unlock(session)
            complaint_printouts.write_register(session, book, out, dt.date.today())
    finally:
        db.close()
    print(f"Saved {out}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `complaints init|open|list|stage|deadlines|sar ...` to the main parser."""
    parser = sub.add_parser("complaints", help="the complaints casebook", parents=[common])
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        p = actions.add_parser(name, help=text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    command("init", cmd_init, "set the casebook passphrase; prints the recovery key once")

    opened = command("open", cmd_open, "open a case")
    opened.add_argument("--route", required=True, choices=[r.value for r in Route])
    opened.add_argument("--received", required=True, type=date_arg, metavar="DATE", help=DATE_HELP)
    opened.add_argument("--summary", required=True, metavar="TEXT")
    opened.add_argument("--complainant", metavar="NAME")
    opened.add_argument("--subject", metavar="NAME")
    opened.add_argument(
        "--how-received", default="letter", choices=complaints.HOW_RECEIVED, metavar="HOW"
    )
    opened.add_argument("--json", action="store_true", help="print the new case as JSON")

    listed = command("list", cmd_list, "list the cases (references and stages, no names)")
    listed.add_argument("--json", action="store_true")

    moved = command("stage", cmd_stage, "move a case to its next stage")
    moved.add_argument("reference", metavar="REF")
    moved.add_argument("--stage", required=True, metavar="NAME")
    moved.add_argument("--on", required=True, type=date_arg, metavar="DATE", help=DATE_HELP)
    moved.add_argument("--panel", action="append", default=[], metavar="NAME")
    moved.add_argument("--decision", metavar="TEXT")
    moved.add_argument("--companion", metavar="NAME", help="who accompanied the worker")
    moved.add_argument("--alone", action="store_true", help="the worker chose to attend alone")
    moved.add_argument("--outcome", choices=[o.value for o in Outcome], help="when closing")

    acknowledged = command("acknowledge", cmd_acknowledge, "record that receipt was acknowledged")
    acknowledged.add_argument("reference", metavar="REF")
    acknowledged.add_argument("--on", required=True, type=date_arg, metavar="DATE", help=DATE_HELP)

    due = command("deadlines", cmd_deadlines, "what is due, in working days")
    due.add_argument("--json", action="store_true")

    cli_subject_access.add_commands(actions, common, read_passphrase)
