"""Copying a live council database, whole and checked, with SQLite's online backup API.

The backup API reads a consistent snapshot even while CouncilDesk (here or in another process)
is writing, and takes in what is still in the WAL file. The copy is written under a hidden
temporary name in the destination folder, made one self-contained file (no -wal beside it),
checked (it opens, its integrity check passes, its revision is one this CouncilDesk knows), and
only then given its name. A folder that vanishes or fills up part-way leaves no half-written
file that could be mistaken for a backup, and nothing else in the folder is touched.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

from councildesk.db import files, identify
from councildesk.db.engine import Access, connect
from councildesk.db.open import read_access
from councildesk.errors import CouncilDeskError

PAGES_PER_STEP = 256  # between steps other connections may write, and progress is reported
PARTIAL = "backing-up"

Progress = Callable[[int, int, int], object]  # status, pages remaining, pages in all


class BackupFailedError(CouncilDeskError):
    """The copy could not be written or did not check out; nothing was replaced."""


def copy_pages(
    source: sqlite3.Connection, copy: sqlite3.Connection, progress: Progress | None
) -> None:
    """The one place pages are copied (tests fake a full disk or a vanishing folder here)."""
    source.backup(copy, pages=PAGES_PER_STEP, progress=progress)


def write_copy(source: Path, target: Path, progress: Progress | None = None) -> str:
    """Write a checked copy of the database ``source`` to ``target``; return its revision.

    ``target`` may replace an earlier CouncilDesk backup of that name, never anything else.
    """
    folder = target.parent
    if not folder.is_dir():
        raise BackupFailedError(missing_folder_message(folder))
    if target.exists():
        _may_replace(source, target)
    identify.inspect(source, read_access(source))  # refuse to back up what is not ours
    remove_partials(folder)
    partial = files.temporary_sibling(target, PARTIAL)
    try:
        files.new_private_file(partial, files.file_mode(source))
        with (
            contextlib.closing(connect(source, read_access(source))) as reading,
            contextlib.closing(sqlite3.connect(partial, isolation_level=None)) as copy,
        ):
            copy_pages(reading, copy, progress)
            # One self-contained file: the copy's journal lives only while it is written.
            copy.execute("PRAGMA journal_mode=DELETE")
        revision = verify_copy(partial)
        files.replace_with(partial, target)
    except (sqlite3.Error, OSError) as error:
        raise BackupFailedError(failure_message(folder, error)) from error
    finally:
        for leftover in _companions(partial):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return revision


def verify_copy(path: Path) -> str:
    """The revision of a whole CouncilDesk database at ``path``; raise if it is not one."""
    try:
        with contextlib.closing(connect(path, Access.READ)) as connection:
            result = str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as error:
        result = str(error)
    if result != "ok":
        raise BackupFailedError(
            f"The copy written to {path.parent} did not pass its check ({result[:80]}); it "
            "was removed. Try again, or choose another backup folder."
        )
    return identify.inspect(path).revision


def remove_partials(folder: Path) -> None:
    """Delete copies a killed or failed backup left unfinished in ``folder`` (never anything
    else: they are hidden files with this module's own marker in their names)."""
    for leftover in folder.glob(f".*.{PARTIAL}-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _companions(partial: Path) -> list[Path]:
    return [partial, *(partial.with_name(partial.name + s) for s in ("-journal", "-wal", "-shm"))]


def _may_replace(source: Path, target: Path) -> None:
    if target.resolve() == source.resolve() or _same_file(source, target):
        raise BackupFailedError(
            f"{target} is the council file itself. Give a new file name for the backup."
        )
    try:
        identify.inspect(target)
    except CouncilDeskError:
        raise BackupFailedError(
            f"There is already a file {target.name} in {target.parent} that is not a "
            "CouncilDesk backup, so it was left alone. Give another file name."
        ) from None


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def missing_folder_message(folder: Path) -> str:
    return (
        f"The backup folder {folder} is not there. If it is on a USB stick or another drive, "
        "plug it in; or choose another backup folder. Nothing was changed."
    )


def failure_message(folder: Path, error: BaseException) -> str:
    """One line for a backup that could not be written, naming what the clerk can do."""
    name = getattr(error, "sqlite_errorname", "")
    code = error.errno if isinstance(error, OSError) else None
    if name == "SQLITE_FULL" or code in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"The disk holding the backup folder {folder} is full, so no backup was made. "
            "Free some space there, or choose another backup folder; older backups are untouched."
        )
    if (
        isinstance(error, PermissionError)
        or code == errno.EROFS
        or name.startswith("SQLITE_READONLY")
    ):
        return (
            f"CouncilDesk may not write in the backup folder {folder}, so no backup was made. "
            "Choose a folder of your own, such as one in Documents."
        )
    if not folder.is_dir() or isinstance(error, FileNotFoundError):
        return (
            f"The backup folder {folder} went away while the backup was written (was a USB "
            "stick removed?), so no backup was made. Plug it back in and try again."
        )
    if name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB":
        return (
            f"The copy written to {folder} was damaged as it was written ({error}), so it was "
            "removed. Try again, or choose another backup folder (that disk may be failing)."
        )
    return f"The backup could not be written to {folder} ({error}); nothing was changed."
