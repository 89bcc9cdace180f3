"""A full-text search over 1,000 versions, beside the same FTS5 queries run raw on the same file.

Two floors, each run through Python's own sqlite3 on a connection of its own:

- one raw FTS5 query: the same words (the last as the start of a word) matched against one
  index of the words as written over every clause (as migration 0004 made it, kept here in the
  benchmark's own file), best 200 by FTS5's own rank, each with its snippet; what any full-text
  search of this file costs (the goal: within 1.5 times it, and under 50 ms);
- the very SQL statements the search service sends (caught as it sends them), run again raw:
  what the service adds of its own (SQLAlchemy, building the results).

They run in turn, search then floors, query by query, and each ratio is taken pair by pair, so a
machine that slows down mid-run does not skew it. FILE keeps the 1,000 versions for another run
(building them takes a minute or two).

    python tests/benchmarks/bench_search.py [VERSIONS] [ROUNDS] [FILE]
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from councildesk.db import fts
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
# The floor's index: every clause in one index of the words as written, as 0004 made it.
FLOOR_INDEX = "bench_floor_words"


def build(path: Path, versions: int) -> float:
    db = open_database(path, create=True)
    preview = protocols.preview_file(SAMPLE)
    started = time.perf_counter()
    with db.transaction() as session:
        council.save_council(session, council.CouncilDetails(name="Bench Parish Council"))
        for number in range(versions):
            # A policy of its own for each: a text the same as a version of the same policy is
            # refused, and comparing each import with every version kept would take hours.
            name = f"{protocols.PROTOCOL} (edition {number + 1})"
            protocols.save_preview(session, preview, preview.parsed.body, name)
    db.close()
    return time.perf_counter() - started


def add_floor_index(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        present = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE name = ?", (FLOOR_INDEX,)
        ).fetchone()
        if present:
            return
        connection.execute(
            f"CREATE VIRTUAL TABLE {FLOOR_INDEX} USING fts5(heading, text, "
            "content='policy_node', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
        )
        connection.execute(f"INSERT INTO {FLOOR_INDEX}({FLOOR_INDEX}) VALUES ('rebuild')")


def raw_search(connection: sqlite3.Connection, text: str) -> int:
    found = fts.queries(protocol_search.words_of(text))
    if found is None:
        return 0
    rows = connection.execute(
        f"SELECT rowid, snippet({FLOOR_INDEX}, -1, '[', ']', '…', {fts.SNIPPET_WORDS}) "
        f"FROM {FLOOR_INDEX} WHERE {FLOOR_INDEX} MATCH ? ORDER BY rank LIMIT 200",
        (found.stemmed,),
    ).fetchall()
    return len(rows)


def replay(connection: sqlite3.Connection, statements: list[Statement]) -> int:
    rows = 0
    for sql, parameters in statements:
        rows += len(connection.execute(sql, parameters).fetchall())
    return rows


def median_ms(values: list[float]) -> str:
    return (
        f"median {statistics.median(values) * 1000:6.1f} ms "
        f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"
    )


def main() -> int:
    versions = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with tempfile.TemporaryDirectory() as folder:
        path = Path(sys.argv[3]) if len(sys.argv) > 3 else Path(folder) / "bench.sqlite"
        built = build(path, versions) if not path.exists() else 0.0
        open_database(path).close()  # a file kept from an older revision is brought up to date
        add_floor_index(path)
        db = open_database(path, readonly=True)
        sent: list[Statement] = []

        @event.listens_for(db.engine, "before_cursor_execute")
        def _caught(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
            sent.append((sql, params))

        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        searched: list[float] = []
        plain: list[float] = []
        same: list[float] = []
        hits = 0
        with db.session() as session:
            for query in QUERIES:  # warm: the pages of the file, and each statement's plan
                protocol_search.search(session, query)
                raw_search(raw, query)
            for _ in range(rounds):
                for query in QUERIES:
                    sent.clear()
                    began = time.perf_counter()
                    hits = len(protocol_search.search(session, query))
                    searched.append(time.perf_counter() - began)
                    statements = list(sent)
                    began = time.perf_counter()
                    raw_search(raw, query)
                    plain.append(time.perf_counter() - began)
                    began = time.perf_counter()
                    replay(raw, statements)
                    same.append(time.perf_counter() - began)
        raw.close()
        db.close()
    if built:
        print(f"{versions} versions written in {built:.1f} s")
    print(
        f"search:               {median_ms(searched)}; {len(searched)} searches, last {hits} hits"
    )
    print(f"one raw FTS5 query:   {median_ms(plain)}")
    print(f"the same SQL, raw:    {median_ms(same)}")
    for label, floor in (("one raw FTS5 query", plain), ("the same SQL, raw", same)):
        ratios = [a / b for a, b in zip(searched, floor, strict=True)]
        print(
            f"search / {label}: median {statistics.median(ratios):.2f} "
            f"(min {min(ratios):.2f}, max {max(ratios):.2f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
