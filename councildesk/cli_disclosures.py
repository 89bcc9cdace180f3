"""`councildesk disclosures ...`: the register of reports and advice to political groups."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from councildesk import paths
from councildesk.cli_args import DATE_HELP, date_arg, print_json
from councildesk.errors import CouncilDeskError, ValidationError
from councildesk.rules.dates import uk_date
from councildesk.rules.disclosures import Form, Method
from councildesk.services import disclosure_notices, disclosure_notifications, disclosures, groups
from councildesk.services.database import Database, Session, open_database
from councildesk.services.disclosure_check import check_file, read_report
from councildesk.services.disclosure_views import disclosure_json, form_label


def _open(args: argparse.Namespace, *, readonly: bool = False) -> Database:
    return open_database(paths.database_path(args.db), readonly=readonly)


def _officer_id(session: Session, name: str | None) -> int | None:
    if not name:
        return None
    officers = disclosures.officers(session)
    wanted = " ".join(name.split()).casefold()
    for person in officers:
        if person.name.casefold() == wanted:
            return person.id
    known = ", ".join(p.name for p in officers) or "none recorded yet"
    raise CouncilDeskError(f"There is no officer called '{name.strip()}'. Officers: {known}.")


def cmd_record(args: argparse.Namespace) -> int:
    today = dt.date.today()
    report = read_report(args.file) if args.file else None
    form = Form(args.form) if args.form else (Form.REPORT if report else Form.ADVICE)
    db = _open(args)
    try:
        with db.transaction() as session:
            data = disclosures.DisclosureInput(
                group_id=groups.find_group_by_name(session, args.group).id,
                given_on=args.date,
                matter=args.matter,
                form=form,
                officer_id=_officer_id(session, args.officer),
                summary=args.summary or "",
                report=report,
                proceed_reason=args.reason or "",
            )
            try:
                made = disclosures.record(session, data, today)
            except ValidationError as error:
                if error.for_field("proceed_reason"):
                    raise CouncilDeskError(
                        f"{error} See them with 'councildesk disclosures check {args.file}', "
                        "or add --reason TEXT."
                    ) from None
                raise
            shown = disclosure_json(made.disclosure, today, disclosures.notice_days(session))
    finally:
        db.close()
    if args.json:
        print_json([shown])
        return 0
    print(
        f"Recorded disclosure {shown['id']}: {form_label(shown['form']).lower()} to "
        f"{shown['group']} on {uk_date(args.date)} about '{shown['matter']}'."
    )
    if made.reason_none:
        print(made.reason_none)
    else:
        print("To be told: " + ", ".join(n["group"] for n in shown["notifications"]) + ".")
    for warning in made.warnings:
        print(f"Warning: {warning}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    today = dt.date.today()
    db = _open(args, readonly=True)
    try:
        with db.session() as session:
            days = disclosures.notice_days(session)
            rows = [disclosure_json(d, today, days) for d in disclosures.list_disclosures(session)]
    finally:
        db.close()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No reports or advice to political groups are recorded yet.")
    for row in rows:
        told = "; ".join(
            f"{n['group']} {n['status']}" + (f" {n['sent_on']}" if n["sent_on"] else "")
            for n in row["notifications"]
        )
        void = " [void]" if row["void"] else ""
        print(
            f"{row['id']}\t{row['date']}\t{row['group']}\t{row['form']}\t{row['matter']}{void}"
            f"\t{told or 'no other group to tell'}"
        )
    return 0


def cmd_notified(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        with db.transaction() as session:
            notification = disclosure_notifications.find_notification(session, args.id, args.group)
            disclosure_notifications.mark_sent(
                session, notification.id, args.on, Method(args.method), dt.date.today()
            )
            recipient = notification.recipient
    finally:
        db.close()
    print(f"Marked {recipient} as told on {uk_date(args.on)} ({Method(args.method).label}).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = paths.database_path(args.db)
    if path.exists():
        db = open_database(path, readonly=True)
        try:
            with db.session() as session:
                findings = check_file(session, args.file)
        finally:
            db.close()
    else:
        findings = check_file(None, args.file)  # no council yet: the standard wording is cited
    if args.json:
        print_json({"findings": [_finding_json(f) for f in findings]})
        return 0
    if not findings:
        print(f"{Path(args.file).name}: nothing found; it states facts and options.")
    for finding in findings:
        where = f"‘{finding.text}’ " if finding.text else ""
        print(f"{finding.kind} ({finding.clause}): {where}— {finding.why}")
    return 0


def _finding_json(finding: Any) -> dict[str, str]:
    return {
        "text": finding.text,
        "kind": finding.kind,
        "clause": finding.clause,
        "why": finding.why,
    }


def cmd_notices(args: argparse.Namespace) -> int:
    out = Path(args.out)
    method = Method(args.mark_sent) if args.mark_sent else None
    db = _open(args, readonly=method is None)
    try:
        with db.transaction() if method else db.session() as session:
            written = disclosure_notices.write_notices(
                session, args.id, out, dt.date.today(), method
            )
    finally:
        db.close()
    for notice in written:
        print(f"{notice.recipient}: {notice.pdf} and {notice.eml}")
    if method is not None:
        print(f"Marked {len(written)} notice{'s' if len(written) != 1 else ''} as sent today.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `disclosures record|list|notified|check|notices` to the main parser."""
    parser = sub.add_parser(
        "disclosures", help="reports and advice to political groups", parents=[common]
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    record = actions.add_parser("record", help="record a report or advice", parents=[common])
    record.add_argument("--group", required=True, metavar="NAME", help="the group advised")
    record.add_argument("--matter", required=True, metavar="TEXT")
    record.add_argument("--date", required=True, type=date_arg, metavar="DATE", help=DATE_HELP)
    record.add_argument("--summary", metavar="TEXT", help="kept in the register, never sent")
    record.add_argument("--form", choices=[f.value for f in Form])
    record.add_argument("--officer", metavar="NAME", help="default: the clerk")
    record.add_argument("--file", metavar="REPORT", help="the written report (.docx .txt .pdf)")
    record.add_argument(
        "--reason", metavar="TEXT", help="why to go ahead although the check found something"
    )
    record.add_argument("--json", action="store_true", help="print the entry as JSON")
    record.set_defaults(handler=cmd_record)

    listing = actions.add_parser("list", help="list the register", parents=[common])
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    notified = actions.add_parser("notified", help="mark a group as told", parents=[common])
    notified.add_argument("id", type=int, metavar="ID", help="the disclosure's number")
    notified.add_argument("--group", required=True, metavar="NAME", help="the group told")
    notified.add_argument("--on", required=True, type=date_arg, metavar="DATE", help=DATE_HELP)
    notified.add_argument("--method", choices=[m.value for m in Method], default="email")
    notified.set_defaults(handler=cmd_notified)

    checking = actions.add_parser(
        "check", help="check a written report's language", parents=[common]
    )
    checking.add_argument("file", metavar="FILE")
    checking.add_argument("--json", action="store_true")
    checking.set_defaults(handler=cmd_check)

    notices = actions.add_parser(
        "notices", help="the letters (PDF) and e-mail drafts (.eml)", parents=[common]
    )
    notices.add_argument("id", type=int, metavar="ID", help="the disclosure's number")
    notices.add_argument("--out", required=True, metavar="DIR")
    notices.add_argument(
        "--mark-sent",
        choices=[m.value for m in Method],
        metavar="METHOD",
        help="also mark each notice sent today by METHOD (email, letter or meeting)",
    )
    notices.set_defaults(handler=cmd_notices)
