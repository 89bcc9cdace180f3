"""The command line: parse, call a service, print. No logic of its own.

The commands and their JSON are a contract (see DESIGN.md): tools and tests depend on them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from councildesk import __version__, paths
from councildesk.cli_args import (
    DATE_HELP,
    USAGE_ERROR,
    OneLineParser,
    date_arg,
    output_file,
    print_json,
)
from councildesk.errors import CouncilDeskError
from councildesk.launch import command_word
from councildesk.rules.clean_text import clean_line

if TYPE_CHECKING:
    from councildesk.services.database import Database, Session

Handler = Callable[[argparse.Namespace], int]
T = TypeVar("T")


def _db_path(args: argparse.Namespace) -> Path:
    return paths.database_path(args.db)


@contextmanager
def _opened(args: argparse.Namespace, *, readonly: bool = False) -> Iterator[Database]:
    from councildesk.services.database import open_database

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
    from councildesk.services import council
    from councildesk.services.database import create_database

    details = council.CouncilDetails(
        name=args.council,
        kind=council.CouncilKind(args.kind),
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
    from councildesk.services import demo

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
    from councildesk.services import people
    from councildesk.services.serialise import person_json

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
    from councildesk.services import groups
    from councildesk.services.serialise import group_json

    with _opened(args, readonly=True) as db, db.session() as session:
        rows = [group_json(g, dt.date.today()) for g in groups.list_groups(session)]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['name']}\t{len(row['current_members'])} members")
    return 0


def cmd_groups_add(args: argparse.Namespace) -> int:
    from councildesk.services import groups

    def add(session: Session) -> str:
        return groups.add_group(session, args.name, args.date_from, args.date_to).name

    name = _write(args, add)
    print(f"Added political group '{name}'")
    return 0


def cmd_meetings_add(args: argparse.Namespace) -> int:
    from councildesk.rules.dates import uk_date
    from councildesk.services import meetings

    data = meetings.MeetingInput(args.body, args.date, venue=args.venue or "")

    def add(session: Session) -> str:
        meeting = meetings.add_meeting(session, data)
        return f"{meeting.body_name} on {uk_date(meeting.held_on)}"

    what = _write(args, add)
    print(f"Added {what}")
    return 0


# The printouts cli_complaints makes (they need the casebook's passphrase); named here so that
# `report protocol` need not load the casebook's commands and cryptography to list them.
CASEBOOK_REPORTS = ("complaints-confidential",)


def cmd_report(args: argparse.Namespace) -> int:
    from councildesk.services import printouts

    if args.name in CASEBOOK_REPORTS:
        from councildesk import cli_complaints

        return cli_complaints.cmd_report(args)
    out = Path(args.out)
    # The command makes one printout and ends. It builds many objects (the ORM's classes,
    # the printout's paragraphs) and few cycles, so the cyclic collector's passes over them
    # cost about a tenth of its time for nothing. Paused, not off: main() may run in-process.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _opened(args, readonly=True) as db:
            period = (args.date_from, args.date_to)
            if args.name in printouts.PLAIN_PRINTOUTS:
                with db.reading() as reader:
                    note = printouts.write_plain(args.name, reader, out, dt.date.today(), *period)
            else:
                with db.session() as session:
                    note = printouts.write(args.name, session, out, dt.date.today(), *period)
    finally:
        if collecting:
            gc.enable()
    print(f"Saved {out}")
    if note:
        print(f"councildesk: {note}", file=sys.stderr)
    return 0


# The commands each area's module adds (its add_commands), so that a command loads its own
# area's module and nothing else: `gui` none of them, `protocol search` no printouts.
AREA_COMMANDS: dict[str, tuple[str, ...]] = {
    "councildesk.cli_protocol": ("protocol",),
    "councildesk.cli_complaints": ("complaints",),
    "councildesk.cli_reviews": ("policies", "reviews", "reminders"),
    "councildesk.cli_disclosures": ("disclosures",),
    "councildesk.cli_exports": ("export",),
    "councildesk.cli_backups": ("backup", "restore", "check"),
}
Adder = Callable[[Callable[..., Any], Any, argparse.ArgumentParser], None]


def _add_gui(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
    gui = command("gui", cmd_gui, "open the application window")
    gui.add_argument("--quit-when-ready", action="store_true", help="exit once the window shows")
    gui.add_argument("--screenshots", metavar="DIR", help="save a PNG of every page into DIR")


def _add_init(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
    from councildesk.services.council import CouncilKind

    init = command("init", cmd_init, "create an empty council database")
    init.add_argument("--council", required=True, metavar="NAME", help="the council's name")
    init.add_argument("--kind", choices=[k.value for k in CouncilKind], default="parish")
    init.add_argument("--clerk-title", default="Clerk", help="e.g. Clerk, Town Clerk")
    init.add_argument("--principal-council", default="", help="the district or unitary council")


def _add_demo(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
    demo_parser = command(
        "demo", cmd_demo, "write a made-up council into its own file (sample-council.sqlite)"
    )
    demo_parser.add_argument("--size", choices=["small", "large"], default="small")
    demo_parser.add_argument("--open", action="store_true", help="then open it in the window")


def _add_people(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
    people_parser = sub.add_parser("people", help="councillors and officers", parents=[common])
    people_sub = people_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    plist = command("list", cmd_people_list, "list councillors and officers", people_sub)
    plist.add_argument("--json", action="store_true", help="one JSON document on stdout")


def _add_groups(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
    groups_parser = sub.add_parser("groups", help="political groups", parents=[common])
    groups_sub = groups_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    glist = command("list", cmd_groups_list, "list political groups", groups_sub)
    glist.add_argument("--json", action="store_true", help="one JSON document on stdout")
    gadd = command("add", cmd_groups_add, "add a political group", groups_sub)
    gadd.add_argument("name", metavar="NAME")
    gadd.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE", help=DATE_HELP)
    gadd.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE", help=DATE_HELP)


def _add_meetings(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
    meetings_parser = sub.add_parser("meetings", help="the meetings calendar", parents=[common])
    meetings_sub = meetings_parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    madd = command("add", cmd_meetings_add, "add a meeting", meetings_sub)
    madd.add_argument("body", metavar="BODY", help='"Full Council" or a committee\'s name')
    madd.add_argument("date", type=date_arg, metavar="DATE", help=DATE_HELP)
    madd.add_argument("--venue", help="where the meeting is held")


def _add_report(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
    from councildesk.services import printouts

    reports = (*printouts.names(), *CASEBOOK_REPORTS)
    report = command("report", cmd_report, "save a printout as PDF")
    report.add_argument("name", choices=reports, metavar="NAME", help=", ".join(reports))
    report.add_argument("--out", required=True, metavar="FILE.pdf", type=output_file(".pdf"))
    report.add_argument("--from", dest="date_from", type=date_arg, metavar="DATE", help=DATE_HELP)
    report.add_argument("--to", dest="date_to", type=date_arg, metavar="DATE", help=DATE_HELP)


def _area(module: str) -> Adder:
    def add(command: Callable[..., Any], sub: Any, common: argparse.ArgumentParser) -> None:
        importlib.import_module(module).add_commands(sub, common)

    return add


def _adders() -> list[tuple[tuple[str, ...], Adder]]:
    """Each command word (or an area's words) and what adds it, in the order --help lists them."""
    return [
        (("gui",), _add_gui),
        (("init",), _add_init),
        (("demo",), _add_demo),
        (("people",), _add_people),
        (("groups",), _add_groups),
        (("meetings",), _add_meetings),
        *((words, _area(module)) for module, words in AREA_COMMANDS.items()),
        (("report",), _add_report),
    ]


def command_words() -> list[str]:
    return [word for words, _add in _adders() for word in words]


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; or, given a command word, the parser for that command alone."""
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

    for words, add in _adders():
        if only is None or only in words:
            add(command, sub, common)
    return parser


def _parser_for(args: Sequence[str]) -> argparse.ArgumentParser:
    """Only the command being run is set up; --help or an unknown word gets the whole list."""
    word = command_word(args)
    if word is None and not {"-h", "--help"} & set(args):
        word = "gui"  # no command opens the window (and --version needs nothing more)
    return build_parser(word if word in command_words() else None)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = _parser_for(arguments)
    try:
        args = parser.parse_args(arguments)
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
