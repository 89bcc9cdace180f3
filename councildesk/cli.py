"""The command line: parse, call a service, print. No logic of its own.

The commands and their JSON are a contract (see DESIGN.md): tools and tests depend on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from councildesk import (
    __version__,
    cli_backups,
    cli_complaints,
    cli_disclosures,
    cli_exports,
    cli_protocol,
    cli_reviews,
    paths,
)
from councildesk.cli_args import DATE_HELP, USAGE_ERROR, OneLineParser, date_arg, output_file
from councildesk.cli_protocol import print_json
from councildesk.errors import CouncilDeskError
from councildesk.rules.clean_text import clean_line
from councildesk.rules.dates import uk_date
from councildesk.services import council, demo, groups, meetings, people, printouts
from councildesk.services.council import CouncilKind
from councildesk.services.database import Database, Session, create_database, open_database
from councildesk.services.serialise import group_json, person_json

Handler = Callable[[argparse.Namespace], int]
T = TypeVar("T")


def _db_path(args: argparse.Namespace) -> Path:
    return paths.database_path(args.db)


@contextmanager
def _opened(args: argparse.Namespace, *, readonly: bool = False) -> Iterator[Database]:
    db = open_database(_db_path(args), readonly=readonly)
    try:
        yield db
    finally:
        db.close()


def _write(args: argparse.Namespace, action: Callable[[Session], T]) -> T:
    """Run one user action as one transaction and return its result once it is committed.

    Commands print what this returns, so "Added ..." can only appear after the commit: a kill
    or a full disk before then leaves the clerk with an error, never a false success.
    """
    with _opened(args) as db, db.transaction() as session:
        result = action(session)
    return result


def cmd_gui(args: argparse.Namespace) -> int:
    from councildesk.gui.app import run  # Qt is loaded only when a window is wanted

    return run(
        _db_path(args),
        quit_when_ready=args.quit_when_ready,
        screenshots=Path(args.screenshots) if args.screenshots else None,
    )


def cmd_init(args: argparse.Namespace) -> int:
    details = council.CouncilDetails(
        name=args.council,
        kind=CouncilKind(args.kind),
        clerk_title=args.clerk_title,
        principal_council=args.principal_council,
    )

    def save(session: Session) -> str:
        return council.display_name(council.save_council(session, details))

    path = _db_path(args).expanduser().absolute()
    name = create_database(path, save)
    print(f"Created {name} in {path}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    # Without --db the sample gets a file of its own: the clerk's real file is never touched.
    target = Path(args.db).expanduser() if args.db else paths.sample_db_path()
    made = demo.make_sample_file(target, dt.date.today(), args.size)
    if made.created:
        print(f"Sample council written to {made.path}")
    else:
        print(f"The sample council is already in {made.path}; it was left as it was.")
    if args.open:
        args.db, args.quit_when_ready, args.screenshots = str(made.path), False, None
        return cmd_gui(args)
    again = f'councildesk gui --db "{made.path}"' if args.db else "councildesk demo --open"
    print(f"To explore it: {again}")
    return 0


def cmd_people_list(args: argparse.Namespace) -> int:
    with _opened(args, readonly=True) as db, db.session() as session:
        today = dt.date.today()
        rows = [person_json(p, today) for p in people.list_people(session)]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            detail = row["ward"] or row["post"]
            print(f"{row['name']}\t{row['kind']}\t{detail}")
    return 0


def cmd_groups_list(args: argparse.Namespace) -> int:
    with _opened(args, readonly=True) as db, db.session() as session:
        rows = [group_json(g, dt.date.today()) for g in groups.list_groups(session)]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['name']}\t{len(row['current_members'])} members")
    return 0


def cmd_groups_add(args: argparse.Namespace) -> int:
    def add(session: Session) -> str:
        return groups.add_group(session, args.name, args.date_from, args.date_to).name

    name = _write(args, add)
    print(f"Added political group '{name}'")
    return 0


def cmd_meetings_add(args: argparse.Namespace) -> int:
    data = meetings.MeetingInput(args.body, args.date, venue=args.venue or "")

    def add(session: Session) -> str:
        meeting = meetings.add_meeting(session, data)
        return f"{meeting.body_name} on {uk_date(meeting.held_on)}"

    what = _write(args, add)
    print(f"Added {what}")
    return 0


REPORTS = (*printouts.names(), *cli_complaints.REPORTS)


def cmd_report(args: argparse.Namespace) -> int:
    if args.name in cli_complaints.REPORTS:
        return cli_complaints.cmd_report(args)
    out = Path(args.out)
    with _opened(args, readonly=True) as db, db.session() as session:
        note = printouts.write(
            args.name, session, out, dt.date.today(), args.date_from, args.date_to
        )
    print(f"Saved {out}")
    if note:
        print(f"councildesk: {note}", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = OneLineParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the council database (default: COUNCILDESK_DB, else the user data folder)",
    )
    parser = OneLineParser(
        prog="councildesk",
        description="CouncilDesk: the clerk's desk for a small council.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"CouncilDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str, parent: Any = sub) -> Any:
        p = parent.add_parser(name, help=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    gui = command("gui", cmd_gui, "open the application window")
    gui.add_argument("--quit-when-ready", action="store_true", help="exit once the window shows")
    gui.add_argument("--screenshots", metavar="DIR", help="save a PNG of every page into DIR")

    init = command("init", cmd_init, "create an empty council database")
    init.add_argument("--council", required=True, metavar="NAME", help="the council's name")
    init.add_argument("--kind", choices=[k.value for k in CouncilKind], default="parish")
    init.add_argument("--clerk-title", default="Clerk", help="e.g. Clerk, Town Clerk")
    init.add_argument("--principal-council", default="", help="the district or unitary council")

    demo_parser = command(
        "demo", cmd_demo, "write a made-up council into its own file (sample-council.sqlite)"
    )
    demo_parser.add_argument("--size", choices=["small", "large"], default="small")
    demo_parser.add_argument("--open", action="store_true", help="then open it in the window")

    people_parser = sub.add_parser("people", help="councillors and officers", parents=[common])
    people_sub = people_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    plist = command("list", cmd_people_list, "list councillors and officers", people_sub)
    plist.add_argument("--json", action="store_true", help="one JSON document on stdout")

    groups_parser = sub.add_parser("groups", help="political groups", parents=[common])
    groups_sub = groups_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    glist = command("list", cmd_groups_list, "list political groups", groups_sub)
    glist.add_argument("--json", action="store_true", help="one JSON document on stdout")
    gadd = command("add", cmd_groups_add, "add a political group", groups_sub)
    gadd.add_argument("name", metavar="NAME")
    gadd.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE", help=DATE_HELP)
    gadd.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE", help=DATE_HELP)

    meetings_parser = sub.add_parser("meetings", help="the meetings calendar", parents=[common])
    meetings_sub = meetings_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    madd = command("add", cmd_meetings_add, "add a meeting", meetings_sub)
    madd.add_argument("body", metavar="BODY", help='"Full Council" or a committee\'s name')
    madd.add_argument("date", type=date_arg, metavar="DATE", help=DATE_HELP)
    madd.add_argument("--venue", help="where the meeting is held")

    cli_protocol.add_commands(sub, common)
    cli_complaints.add_commands(sub, common)
    cli_reviews.add_commands(sub, common)
    cli_disclosures.add_commands(sub, common)
    cli_exports.add_commands(sub, common)
    cli_backups.add_commands(sub, common)

    report = command("report", cmd_report, "save a printout as PDF")
    report.add_argument("name", choices=REPORTS, metavar="NAME", help=", ".join(REPORTS))
    report.add_argument("--out", required=True, metavar="FILE.pdf", type=output_file(".pdf"))
    report.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE", help=DATE_HELP)
    report.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE", help=DATE_HELP)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a mistake already told in one line
        return stop.code if isinstance(stop.code, int) else USAGE_ERROR
    if not hasattr(args, "db"):
        args.db = None
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        args.quit_when_ready, args.screenshots = False, None
        handler = cmd_gui
    try:
        return handler(args)
    except CouncilDeskError as error:
        # Cleaned: a message may quote what was typed, and must not send control codes back.
        print(f"councildesk: {clean_line(str(error))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0  # the reader (e.g. `head`) stopped listening; nothing is wrong
    except OSError as error:
        print(f"councildesk: {error.strerror or error} ({error.filename or ''})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
