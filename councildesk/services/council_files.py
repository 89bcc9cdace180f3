"""Council files: which one to open, and bringing in one copied from another computer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from councildesk.errors import CouncilDeskError
from councildesk.services.database import Database, copy_database, open_database


def open_council(path: Path) -> Database:
    """Open a file that holds a council; a file without one is refused in one line.

    It asks with one query and no ORM: the window opens on this before SQLAlchemy is loaded.
    """
    db = open_database(path)
    try:
        if not db.holds_council():
            raise CouncilDeskError(
                f"{db.path.name} has no council in it. Choose the file you copied from "
                "the other computer (usually councildesk.sqlite)."
            )
    except BaseException:
        db.close()
        raise
    return db


def has_council(path: Path) -> bool:
    """Whether ``path`` already holds a council (so must never be written over)."""
    if not path.exists():
        return False
    db = open_database(path)
    try:
        return db.holds_council()
    finally:
        db.close()


def bring_in_copy(source: Path, target: Path) -> Database:
    """Copy a council file from elsewhere (a memory stick) to ``target`` and open the copy.

    ``target`` is this computer's council file; it must not hold a council already. The source
    is left as it was. If the copy does not open as a council, it is removed again.
    """
    source, target = source.expanduser().resolve(), target.expanduser().resolve()
    if source == target:
        return open_council(target)
    if not source.is_file():
        raise CouncilDeskError(f"{source} is not a file. Choose the council file itself.")
    if has_council(target):
        raise CouncilDeskError(
            f"{target} already holds a council, so it was not replaced. "
            "Use File → Open council file… to open the other file where it is."
        )
    # Copied under a temporary name, checked, made private and only then given its name: a
    # kill or a full stick part-way leaves no half-copied council file (see db/create.py).
    copy_database(source, target)
    try:
        return open_council(target)
    except CouncilDeskError:
        for suffix in ("", "-wal", "-shm"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        raise


def open_sample(path: Path, today: dt.date) -> Database:
    """The sample council, written first if its file does not hold it yet."""
    from councildesk.services import demo

    return open_council(demo.make_sample_file(path, today).path)
