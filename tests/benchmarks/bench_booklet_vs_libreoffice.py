"""`councildesk report protocol` on a 17-page protocol, beside LibreOffice converting the same
protocol as .docx to PDF (what a clerk does today: print the Word file). Goal: at most 0.33
times, that is three times as fast as LibreOffice.

The .docx is the app's own Word export of the protocol, made once. LibreOffice gets a profile
folder of its own, started once before timing, so it neither hands the work to a LibreOffice
already open nor times building its profile. Both are whole processes, run in turn (A B A B)
with the ratio taken pair by pair; --prepare DIR writes the files and prints both commands.

    python tests/benchmarks/bench_booklet_vs_libreoffice.py [RUNS] [--prepare DIR]
"""

from __future__ import annotations

import shutil
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


def main(argv: list[str]) -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed; nothing to compare with.", file=sys.stderr)
        return 2
    prepare = argv[argv.index("--prepare") + 1] if "--prepare" in argv else None
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(prepare or scratch)
        files = make_files(folder)
        booklet = booklet_command(files, folder / "booklet.pdf")
        converted = folder / "libreoffice"
        libreoffice = [
            soffice,
            f"-env:UserInstallation={(folder / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(converted),
            str(files.docx),
        ]
        if prepare:
            print(" ".join(booklet), " ".join(libreoffice), sep="\n")
            return 0
        alternate(booklet, libreoffice, "LibreOffice .docx to PDF", runs_from(argv), goal=0.33)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
