"""Is the database whole? SQLite's own checks, run on a private snapshot of the file.

The snapshot (the online backup API, into memory) is consistent even while CouncilDesk is
writing in another process, and lets the checks that count as writes (FTS5's integrity-check)
run without ever writing to the clerk's file or waiting for its lock.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from councildesk.db import fts
from councildesk.db.engine import connect
from councildesk.db.open import read_access

MAX_LISTED = 5  # a damaged file can have thousands of faults; the first few say enough


@dataclass(frozen=True)
class Findings:
    damage: list[str]  # what integrity_check reported ("ok" is not listed)
    broken_links: dict[str, int]  # table -> rows pointing at records that do not exist
    stale_indexes: list[str]  # full-text indexes that disagree with the clauses


@contextlib.contextmanager
def snapshot(path: Path) -> Iterator[sqlite3.Connection]:
    """An in-memory copy of the database at ``path``, as it stands now."""
    with contextlib.closing(connect(path, read_access(path))) as source:
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            source.backup(memory)
            yield memory
        finally:
            memory.close()


def examine(path: Path) -> Findings:
    """Run integrity_check, foreign_key_check and the full-text check on a snapshot."""
    with snapshot(path) as connection:
        damage = [
            str(row[0])
            for row in connection.execute(f"PRAGMA integrity_check({MAX_LISTED})")
            if row[0] != "ok"
        ]
        rows: dict[str, set[object]] = {}
        for table, rowid, _parent, _key in connection.execute("PRAGMA foreign_key_check"):
            rows.setdefault(str(table), set()).add(rowid)  # a row with two broken links is one
        broken = {table: len(ids) for table, ids in rows.items()}
        stale = fts.index_disagreements(connection) if not damage else []
    return Findings(damage, broken, stale)
