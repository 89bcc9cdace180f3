"""How long, and how much memory, exporting the biggest register takes: the audit trail of the
large sample council (years of synthetic records), as XLSX and as CSV.

Run: python tests/benchmarks/bench_export.py [ENTRIES]
ENTRIES audit entries are added to the large sample first (default 20,000), so the figure
covers a council that has used CouncilDesk for many years. Peak memory is Python's own
(tracemalloc), for the table and the writer together.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from councildesk.services import audit, demo, exports
from councildesk.services.database import open_database

TODAY = dt.date(2026, 12, 1)
RUNS = 3


def main() -> int:
    extra = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as folder:
        made = demo.make_sample_file(Path(folder) / "large.sqlite", TODAY, "large")
        db = open_database(made.path)
        with db.transaction() as session:
            for n in range(extra):
                audit.record(session, "update", "person", n % 40, f"Changed the telephone {n}")
        for suffix in (".xlsx", ".csv"):
            times, peaks, rows = [], [], 0
            for _ in range(RUNS):
                out = Path(folder) / f"audit{suffix}"
                tracemalloc.start()
                began = time.perf_counter()
                with db.session() as session:
                    rows = len(exports.export(session, "audit", out, TODAY).rows)
                times.append(time.perf_counter() - began)
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
            size = out.stat().st_size / 1e6
            print(
                f"audit trail, {rows} rows, {suffix}: median {statistics.median(times):.2f} s, "
                f"peak {max(peaks) / 1e6:.0f} MB, file {size:.1f} MB"
            )
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
