"""`councildesk complaints sar ...`: subject access requests from the command line.

Recording a request and exporting its bundle need the casebook passphrase (read from the
terminal or COUNCILDESK_CASEBOOK_PASSPHRASE); listing requests and marking one answered do not,
because they touch only the reference and the dates.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from councildesk import paths
from councildesk.cli_args import DATE_HELP, date_arg
from councildesk.cli_protocol import print_json
from councildesk.errors import CouncilDeskError
from councildesk.rules.dates import uk_date
from councildesk.services import casebook_crypto, complaints, subject_access, subject_access_bundle
from councildesk.services.complaint_parties import resolve
from councildesk.services.database import Database, open_database
from councildesk.services.subject_access import RequestContent, RequestRow


def _open(args: argparse.Namespace, *, readonly: bool = False) -> Database:
    return open_database(paths.database_path(args.db), readonly=readonly)


def request_json(row: RequestRow) -> dict[str, Any]:
    return {
        "reference": row.reference,
        "received_on": row.received_on.isoformat(),
        "due_on": row.due_on.isoformat(),
        "answered_on": row.answered_on.isoformat() if row.answered_on else None,
        "status": row.status,
        "extended": row.extended,
    }


def _row(db: Database, reference: str, today: dt.date) -> RequestRow:
    with db.session() as session:
        return next(
            r for r in subject_access.list_requests(session, today) if r.reference == reference
        )


def cmd_record(args: argparse.Namespace, read_passphrase: Callable[[], str]) -> int:
    today = dt.date.today()
    db = _open(args)
    try:
        with db.transaction() as session:
            book = casebook_crypto.unlock(session, read_passphrase())
            content = RequestContent(
                person=resolve(session, args.person, "person"),
                how_received=args.how_received,
                requester=" ".join((args.requester or "").split()),
                notes=args.notes or "",
            )
            row = subject_access.record_request(session, book, content, args.received, today)
            reference = subject_access.reference_of(row)
        listed = _row(db, reference, today)
    finally:
        db.close()
    if args.json:
        print_json(request_json(listed))
    else:
        print(
            f"Recorded subject access request {reference}; answer due by {uk_date(listed.due_on)}."
        )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    db = _open(args, readonly=True)
    try:
        with db.session() as session:
            rows = subject_access.list_requests(session, dt.date.today())
    finally:
        db.close()
    if args.json:
        print_json([request_json(r) for r in rows])
        return 0
    if not rows:
        print("No subject access requests are recorded.")
    for row in rows:
        answered = f"answered {uk_date(row.answered_on)}" if row.answered_on else row.status
        print(
            f"{row.reference}\treceived {uk_date(row.received_on)}\tdue {uk_date(row.due_on)}"
            f"\t{answered}"
        )
    return 0


def cmd_export(args: argparse.Namespace, read_passphrase: Callable[[], str]) -> int:
    folder = Path(args.out)
    if not folder.is_dir():
        raise CouncilDeskError(f"{folder} is not a folder; give a folder to save the bundle in.")
    db = _open(args)
    try:
        with db.transaction() as session:
            row = subject_access.find_request(session, args.reference)
            book = casebook_crypto.unlock(session, read_passphrase())
            pdf, data = subject_access_bundle.write_bundle(
                session, book, row.id, folder, dt.date.today()
            )
    finally:
        db.close()
    print(f"Saved {pdf}")
    print(f"Saved {data}")
    print("Redact the third parties it lists before sending it.")
    return 0


def cmd_extend(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.transaction() as session:
            row = subject_access.find_request(session, args.reference)
            subject_access.extend(session, row.id, not args.withdraw, dt.date.today())
            reference, due = subject_access.reference_of(row), row.due_on
    finally:
        db.close()
    print(f"Subject access request {reference}: answer now due by {uk_date(due)}.")
    return 0


def cmd_answered(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.transaction() as session:
            row = subject_access.find_request(session, args.reference)
            subject_access.mark_answered(session, row.id, args.on, dt.date.today())
            reference = subject_access.reference_of(row)
    finally:
        db.close()
    print(f"Subject access request {reference}: answered on {uk_date(args.on)}.")
    return 0


def add_commands(
    actions: Any, common: argparse.ArgumentParser, read_passphrase: Callable[[], str]
) -> None:
    """Add `complaints sar record|list|export|extend|answered`."""
    parser = actions.add_parser(
        "sar",
        help="subject access requests: what the casebook holds about one person",
        parents=[common],
    )
    sar = parser.add_subparsers(dest="sar_action", metavar="ACTION", required=True)

    def command(name: str, handler: Callable[[argparse.Namespace], int], text: str) -> Any:
        p = sar.add_parser(name, help=text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    recorded = command(
        "record", lambda a: cmd_record(a, read_passphrase), "record a request and its deadline"
    )
    recorded.add_argument("--person", required=True, metavar="NAME", help="whose data is asked for")
    recorded.add_argument(
        "--received", required=True, type=date_arg, metavar="DATE", help=DATE_HELP
    )
    recorded.add_argument(
        "--how-received", default="letter", choices=complaints.HOW_RECEIVED, metavar="HOW"
    )
    recorded.add_argument("--requester", metavar="NAME", help="someone asking on their behalf")
    recorded.add_argument("--notes", metavar="TEXT")
    recorded.add_argument("--json", action="store_true", help="print the new request as JSON")

    listed = command("list", cmd_list, "list the requests (references and dates, no names)")
    listed.add_argument("--json", action="store_true")

    exported = command(
        "export", lambda a: cmd_export(a, read_passphrase), "save the bundle as PDF and JSON"
    )
    exported.add_argument("reference", metavar="REF")
    exported.add_argument("--out", required=True, metavar="DIR", help="the folder to save it in")

    extended = command(
        "extend", cmd_extend, "extend the deadline by two further months (Art. 12(3))"
    )
    extended.add_argument("reference", metavar="REF")
    extended.add_argument("--withdraw", action="store_true", help="take an extension back")

    answered = command("answered", cmd_answered, "record the day the request was answered")
    answered.add_argument("reference", metavar="REF")
    answered.add_argument("--on", required=True, type=date_arg, metavar="DATE", help=DATE_HELP)
