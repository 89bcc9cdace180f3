"""The 17-page protocol the booklet benchmarks print, the files made from it once, and the
alternated timing both benchmarks use.

No fixture in tests/fixtures prints to 17 pages (the longest real protocol prints to 6, the
starter protocol to 10), so the benchmarks make one: the starter protocol's shape (sections
of numbered clauses, lettered lists and bullets, an introduction) at 17 pages, in words of the
same kind and lengths. It is made the way a clerk makes one: a .txt imported through the app.

    python tests/benchmarks/booklet_protocol.py DIR   # writes the files below into DIR

- protocol.sqlite: a council whose Member/Officer Protocol is this text, adopted;
- clauses.json: `protocol show --json` of it (what the reportlab floor lays out);
- protocol.docx: the app's own Word export of it (what LibreOffice converts).
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from councildesk.services import council, protocol_printouts, protocols
from councildesk.services.database import open_database
from tests.benchmarks.as_installed import compile_package

SECTIONS = 14
CLAUSES = 7

_SENTENCES = (
    "Councillors and staff will treat each other with courtesy and respect, in meetings and "
    "outside them, in person, on the telephone and in writing.",
    "The Clerk gives advice to the council as a whole and not to any one councillor or group "
    "of councillors, and that advice is impartial.",
    "A councillor who is unhappy with the way a member of staff has dealt with a matter should "
    "raise it first with the Clerk, privately and promptly.",
    "Nothing in this part of the protocol prevents a councillor from asking for information "
    "the council holds where it is needed for the councillor's duties.",
    "Requests for work are made through the Clerk, who decides, in line with the council's "
    "priorities, when and by whom the work will be done.",
    "Where a decision has been delegated, the Clerk reports it to the next meeting of the body "
    "that delegated it, with the reasons for it.",
    "Staff will not be asked to do anything that would compromise their political neutrality "
    "or conflict with their duties to the council.",
)
_POINTS = (
    "the agenda and papers for every meeting, sent in good time",
    "a clear answer to a question, or an explanation of why none can be given",
    "information about the council's finances that is accurate and up to date",
    "training and support when they are new to the council",
)


@dataclass(frozen=True)
class BookletFiles:
    database: Path
    clauses: Path
    docx: Path


def _clause(section: int, clause: int) -> str:
    count = 2 + (section * 3 + clause) % 4
    start = (section + clause) % len(_SENTENCES)
    words = [_SENTENCES[(start + i) % len(_SENTENCES)] for i in range(count)]
    return f"{section}.{clause} " + " ".join(words)


def protocol_text() -> str:
    lines = [
        "Member/Officer Protocol",
        "",
        "This protocol sets out how the councillors and the staff of this council work "
        "together. " + " ".join(_SENTENCES[:3]),
        "",
    ]
    for section in range(1, SECTIONS + 1):
        lines += [f"{section}. Working together, part {section}", ""]
        for clause in range(1, CLAUSES + 1):
            lines += [_clause(section, clause), ""]
            if clause % 3 == 0:
                for letter, point in zip("abcd", _POINTS, strict=True):
                    lines += [f"({letter}) {point};", ""]
    lines += ["Adopted: 14/05/2025", "Next review: May 2027"]
    return "\n".join(lines) + "\n"


def make_files(folder: Path) -> BookletFiles:
    folder.mkdir(parents=True, exist_ok=True)
    files = BookletFiles(
        folder / "protocol.sqlite", folder / "clauses.json", folder / "protocol.docx"
    )
    source = folder / "protocol.txt"
    source.write_text(protocol_text(), encoding="utf-8")
    files.database.unlink(missing_ok=True)
    db = open_database(files.database, create=True)
    try:
        with db.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Bench Parish Council"))
        with db.transaction() as session:
            version = protocols.import_file(session, source)
            protocols.adopt(
                session, version.id, dt.date(2025, 5, 14), "25/051", today=dt.date.today()
            )
        with db.session() as session:
            protocol_printouts.write_docx(session, version.id, files.docx)
    finally:
        db.close()
    shown = subprocess.run(
        [
            sys.executable,
            "-m",
            "councildesk",
            "protocol",
            "show",
            "--json",
            "--db",
            str(files.database),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    files.clauses.write_text(json.dumps(json.loads(shown), indent=1), encoding="utf-8")
    return files


def booklet_command(files: BookletFiles, out: Path) -> list[str]:
    """`councildesk report protocol`, the whole process, as the clerk runs it."""
    return [
        sys.executable,
        "-m",
        "councildesk",
        "report",
        "protocol",
        "--db",
        str(files.database),
        "--out",
        str(out),
    ]


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def alternate(
    booklet: list[str], other: list[str], other_name: str, runs: int, *, goal: float
) -> None:
    """Run the two commands in turn, A B A B, after a warm-up of each, and print the medians
    and the ratio taken pair by pair (so a machine that slows down mid-run skews neither)."""
    compile_package()
    _timed(booklet), _timed(other)
    pairs = [(_timed(booklet), _timed(other)) for _ in range(runs)]
    ratios = sorted(a / b for a, b in pairs)
    print(f"{runs} alternated runs of each")
    print(f"report protocol (17 pages): median {statistics.median(a for a, _ in pairs):.3f} s")
    print(f"{other_name + ':':27s} median {statistics.median(b for _, b in pairs):.3f} s")
    print(
        f"ratio (pair by pair): median {statistics.median(ratios):.2f}, "
        f"min {ratios[0]:.2f}, max {ratios[-1]:.2f} (goal: at most {goal:g})"
    )


def runs_from(argv: list[str], default: int = 9) -> int:
    numbers = [a for a in argv if a.isdigit()]
    return int(numbers[0]) if numbers else default


if __name__ == "__main__":
    made = make_files(Path(sys.argv[1]))
    print(f"{made.database}\n{made.clauses}\n{made.docx}")
