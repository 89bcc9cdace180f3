"""How long the Reviews page takes to open on the large demo council (goal: under 100 ms).

QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_reviews_page.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from councildesk.gui.context import AppContext
from councildesk.gui.pages.reviews import ReviewsPage
from councildesk.services import demo
from councildesk.services.database import open_database


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = dt.date.today()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sqlite"
        demo.make_sample_file(path, today, "large")
        db = open_database(path)
        context = AppContext(db, today=lambda: today)
        timings = []
        policies = 0
        for _ in range(runs):
            started = time.perf_counter()
            page = ReviewsPage(context)
            page.resize(1100, 760)
            page.show()
            page.refresh()
            app.processEvents()
            timings.append(time.perf_counter() - started)
            policies = len(page.rows)
            page.close()
            page.deleteLater()
            app.processEvents()
        db.close()
    print(
        f"Reviews page with {policies} policies: median {statistics.median(timings) * 1000:.0f} ms"
    )
    print(f"  (first {timings[0] * 1000:.0f} ms, fastest {min(timings) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
