"""How long importing a 50-page Word protocol takes: reading, parsing, and saving the draft."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import docx

from councildesk.services import council, protocols
from councildesk.services.database import open_database

SECTIONS = 25
CLAUSES = 12  # about 50 A4 pages at ~140 words a clause
SENTENCE = (
    "The Clerk will give councillors timely, accurate and impartial advice, and councillors "
    "will respect the Clerk's professional judgement when that advice is unwelcome. "
)


def make_protocol(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Member/Officer Protocol", level=0)
    for section in range(1, SECTIONS + 1):
        document.add_heading(f"{section}. Section heading number {section}", level=1)
        for clause in range(1, CLAUSES + 1):
            document.add_paragraph(f"{section}.{clause} " + SENTENCE * 5)
            if clause % 4 == 0:
                for letter in "abc":
                    document.add_paragraph(f"({letter}) a listed point about item {letter}.")
    document.add_paragraph("Adopted: 14/05/2024")
    document.add_paragraph("Next review: May 2026")
    document.save(str(path))


def main() -> int:
    # Tracing memory slows Python down several times, so it is a separate run: --memory.
    memory = "--memory" in sys.argv
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    runs = int(numbers[0]) if numbers else 5
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "protocol.docx"
        make_protocol(source)
        db = open_database(Path(folder) / "bench.sqlite", create=True)
        with db.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Bench Parish Council"))
        timings = []
        if memory:
            tracemalloc.start()
        for _ in range(runs):
            started = time.perf_counter()
            with db.transaction() as session:
                version = protocols.import_file(session, source)
                clauses = sum(1 for row in version.nodes if row.kind == "clause")
            timings.append(time.perf_counter() - started)
        peak = tracemalloc.get_traced_memory()[1] if memory else 0
        db.close()
    print(f"50-page .docx ({SECTIONS} sections, {clauses} clauses)")
    median, low, high = (statistics.median(timings), min(timings), max(timings))
    print(
        f"import and save: median {median * 1000:.0f} ms "
        f"(min {low * 1000:.0f}, max {high * 1000:.0f}, {runs} runs)"
    )
    if memory:
        print(f"peak Python memory: {peak / 1_000_000:.1f} MB (timings slowed by tracing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
