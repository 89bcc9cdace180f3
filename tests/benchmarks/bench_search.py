"""How long a full-text search over 1,000 versions takes."""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from councildesk.services import council, protocol_search, protocols
from councildesk.services.database import open_database

SAMPLE = (
    Path(__file__).resolve().parents[1] / "fixtures" / "protocols" / "sandhurst-town-council.txt"
)
# The last two are half-typed, as when the clerk pauses mid-word (the prefix index).
QUERIES = (
    "political group",
    "monitoring officer",
    "confidential",
    "recommendation",
    "chair",
    "politica",
    "councillors mediatio",
)


def main() -> int:
    versions = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite", create=True)
        preview = protocols.preview_file(SAMPLE)
        started = time.perf_counter()
        with db.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Bench Parish Council"))
            for _ in range(versions):
                protocols.save_preview(session, preview, preview.parsed.body)
        built = time.perf_counter() - started
        timings = []
        hits = 0
        with db.session() as session:
            for _ in range(5):
                for query in QUERIES:
                    began = time.perf_counter()
                    hits = len(protocol_search.search(session, query))
                    timings.append(time.perf_counter() - began)
        db.close()
    print(f"{versions} versions written in {built:.1f} s")
    print(
        f"search: median {statistics.median(timings) * 1000:.1f} ms "
        f"(min {min(timings) * 1000:.1f}, max {max(timings) * 1000:.1f}; "
        f"{len(timings)} searches, up to 200 hits each, last {hits})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
