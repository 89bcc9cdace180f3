"""A full-text search over 1,000 versions, beside the same FTS5 queries run raw on the same file.

The floor is what the search must cost at least: the very SQL statements the search service
sends (caught as it sends them), run again through Python's own sqlite3 on a connection of its
own. The two run in turn, search then floor, query by query, and the ratio is taken pair by
pair, so a machine that slows down mid-run does not skew it. The goal: within 1.5 times the
floor, and under 50 ms.

    python tests/benchmarks/bench_search.py [VERSIONS] [ROUNDS]
"""

from __future__ import annotations

import dataclasses
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

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
Statement = tuple[str, Any]


def build(path: Path, versions: int) -> float:
    db = open_database(path, create=True)
    preview = protocols.preview_file(SAMPLE)
    started = time.perf_counter()
    with db.transaction() as session:
        council.save_council(session, council.CouncilDetails(name="Bench Parish Council"))
        for number in range(versions):
            # Each edition differs by a word: a text the same as one kept is refused.
            first, *rest = preview.parsed.body
            edition = dataclasses.replace(first, heading=f"{first.heading} (edition {number})")
            protocols.save_preview(session, preview, [edition, *rest])
    db.close()
    return time.perf_counter() - started


def replay(connection: sqlite3.Connection, statements: list[Statement]) -> int:
    rows = 0
    for sql, parameters in statements:
        rows += len(connection.execute(sql, parameters).fetchall())
    return rows


def main() -> int:
    versions = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        built = build(path, versions)
        db = open_database(path)
        sent: list[Statement] = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def _caught(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
            sent.append((sql, params))

        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        searched, floor, ratios, hits = [], [], [], 0
        with db.session() as session:
            for query in QUERIES:  # warm: the pages of the file, and each statement's plan
                protocol_search.search(session, query)
            for _ in range(rounds):
                for query in QUERIES:
                    sent.clear()
                    began = time.perf_counter()
                    hits = len(protocol_search.search(session, query))
                    took = time.perf_counter() - began
                    statements = list(sent)
                    began = time.perf_counter()
                    replay(raw, statements)
                    raw_took = time.perf_counter() - began
                    searched.append(took)
                    floor.append(raw_took)
                    ratios.append(took / raw_took)
        raw.close()
        db.close()
    print(f"{versions} versions written in {built:.1f} s")
    print(
        f"search:              median {statistics.median(searched) * 1000:.1f} ms "
        f"(min {min(searched) * 1000:.1f}, max {max(searched) * 1000:.1f}; "
        f"{len(searched)} searches, up to 200 hits each, last {hits})"
    )
    print(
        f"the same SQL, raw:   median {statistics.median(floor) * 1000:.1f} ms "
        f"(min {min(floor) * 1000:.1f}, max {max(floor) * 1000:.1f})"
    )
    print(
        f"ratio (pair by pair): median {statistics.median(ratios):.2f} "
        f"(min {min(ratios):.2f}, max {max(ratios):.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
