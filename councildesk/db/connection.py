"""DB-API connections to one SQLite file, without SQLAlchemy.

The engine makes its connections here, and so does the log-in reminder agent's quick look at
the file, which must not pay for importing SQLAlchemy (see services/reminder_check.py).
"""

from __future__ import annotations

import sqlite3
from enum import Enum
from pathlib import Path
from urllib.parse import quote


class Access(Enum):
    WRITE = "write"  # the one writer: WAL, and the file lock held
    READ = "read"  # a reader beside a writer: no lock, changes nothing
    # A file this process may not change (a CD, a read-only share or file): SQLite is told the
    # file cannot change, so it never tries to make a -shm file that would later block writes.
    FROZEN = "frozen"


def _uri(path: Path, access: Access) -> str:
    location = quote(path.as_posix(), safe="/:")
    if access is Access.WRITE:
        return f"file:{location}?mode=rw"
    if access is Access.FROZEN:
        return f"file:{location}?mode=ro&immutable=1"
    return f"file:{location}?mode=ro"


# SQLite's scratch space (a statement's own journal, a sort too big for its cache) in memory,
# not in files in the system's temporary folder: adopting a version moves every one of its
# clauses between the search indexes in one statement, whose journal would otherwise be
# written out to a temporary file thousands of times, and policy text has no business there.
TEMP_STORE = "MEMORY"


def connect(path: Path, access: Access, *, foreign_keys: bool = True) -> sqlite3.Connection:
    """A DB-API connection in autocommit mode: BEGIN is issued by SQLAlchemy (see engine.py)."""
    connection = sqlite3.connect(
        _uri(path, access), uri=True, timeout=5, isolation_level=None, check_same_thread=False
    )
    if access is Access.WRITE:
        # WAL lets a reader (a printout, the reminder agent) run beside the writer, and a
        # crash mid-write leaves the last committed state intact. It is set only here, once the
        # file is known to be ours and not newer (see open.py).
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    # A deleted or anonymised case must leave no ciphertext in the file's free space: SQLite
    # overwrites what it deletes with zeros (on every page it frees, not only the last one).
    connection.execute("PRAGMA secure_delete=ON")
    connection.execute(f"PRAGMA temp_store={TEMP_STORE}")
    return connection
