"""The highest id a table has ever given out, where the database remembers it.

SQLite keeps it in sqlite_sequence for a table declared AUTOINCREMENT, and never gives an id out
twice, so ids missing below it were removed. Other databases answer None: their sequences skip
numbers when a transaction rolls back, so a gap there proves nothing.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def highest_id_issued(session: Session, table: str) -> int | None:
    if session.get_bind().dialect.name != "sqlite":
        return None
    found = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = :table"), {"table": table}
    ).scalar()
    return int(found) if found is not None else 0
