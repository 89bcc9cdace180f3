"""`councildesk report protocol` on a 17-page protocol, beside bare reportlab laying out the
same clauses (booklet_floor.py): the floor of the work itself. Goal: at most 1.5 times.

Both are whole processes, run in turn (A B A B) with the ratio taken pair by pair. With
--prepare DIR the files and both commands are written out and printed instead, to time them
with another tool (e.g. `hyperfine`).

    python tests/benchmarks/bench_booklet_vs_reportlab.py [RUNS] [--prepare DIR]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere

from tests.benchmarks.booklet_protocol import (
    alternate,
    booklet_command,
    make_files,
    runs_from,
)

FLOOR = Path(__file__).with_name("booklet_floor.py")


def main(argv: list[str]) -> int:
    prepare = argv[argv.index("--prepare") + 1] if "--prepare" in argv else None
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(prepare or scratch)
        files = make_files(folder)
        booklet = booklet_command(files, folder / "booklet.pdf")
        floor = [sys.executable, str(FLOOR), str(files.clauses), str(folder / "floor.pdf")]
        if prepare:
            print(" ".join(booklet), " ".join(floor), sep="\n")
            return 0
        alternate(booklet, floor, "bare reportlab (floor)", runs_from(argv), goal=1.5)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
