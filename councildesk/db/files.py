"""The database file on disk: what a file is, private permissions, and atomic placement.

Everything that touches the file system around the SQLite file lives here, so the rest of db/
can assume a file is whole, ours and private.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import sys
from pathlib import Path

from councildesk.errors import CouncilDeskError

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id: "CDsk". Stamped into every file CouncilDesk creates or upgrades, so a
# file from another program is recognised before anything is written to it.
APPLICATION_ID = 0x4344736B

# On Windows the user profile's ACL already keeps the data folder to its owner; chmod there only
# toggles the read-only flag, so these modes matter on macOS and Linux.
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


class NotADatabaseError(CouncilDeskError):
    """The file exists but is not a CouncilDesk database; it is left as it was."""


def describe_foreign(path: Path, header: bytes) -> str:
    """One line saying what a non-database file looks like, for the refusal."""
    if header.startswith(b"PK\x03\x04"):
        kind = "it looks like a Word document or another zip file"
    elif header.startswith(b"%PDF"):
        kind = "it is a PDF"
    elif header.startswith(b"{\\rtf"):
        kind = "it is a rich-text document"
    else:
        try:
            header.decode("utf-8")
            kind = "it is a text file"
        except UnicodeDecodeError:
            kind = "its contents are not a database"
    return (
        f"{path} is not a CouncilDesk database ({kind}); it has not been changed. "
        "Give the council's .sqlite file, or a new file name to create one."
    )


def read_header(path: Path) -> bytes:
    """The first 100 bytes (the SQLite header), refusing a folder or an empty file."""
    if path.is_dir():
        raise NotADatabaseError(
            f"{path} is a folder, not a CouncilDesk database. Give the database file inside it."
        )
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header:
        raise NotADatabaseError(
            f"{path} is an empty file, not a CouncilDesk database; it has not been changed. "
            "Remove it, or give another file name, to create a new database."
        )
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabaseError(describe_foreign(path, header))
    return header


def can_write(path: Path) -> bool:
    """Whether this process may change the file and make its -wal and -shm beside it."""
    folder = path.parent
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)


def make_private_folder(folder: Path) -> None:
    """Create the folder (and its parents) if missing; a folder made here is the owner's only."""
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    with contextlib.suppress(OSError):
        folder.chmod(PRIVATE_FOLDER)  # mkdir's mode is reduced by the umask, never widened


def make_private(path: Path) -> None:
    """Narrow a database in the user's own data folder (made 0755/0644 by older versions) to
    its owner: the folder 0700, the file and its -wal and -shm 0600. Files kept elsewhere, such
    as on a deliberately shared drive, are left as their owner set them."""
    with contextlib.suppress(OSError):
        if stat.S_IMODE(path.parent.stat().st_mode) & 0o077:
            path.parent.chmod(PRIVATE_FOLDER)
        for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
            item = path.with_name(name)
            if item.exists() and stat.S_IMODE(item.stat().st_mode) & 0o077:
                item.chmod(stat.S_IMODE(item.stat().st_mode) & PRIVATE_FILE)


def file_mode(path: Path) -> int:
    """The permission bits a copy of ``path`` should have: the same, and never wider than 0600."""
    try:
        return stat.S_IMODE(path.stat().st_mode) & PRIVATE_FILE or PRIVATE_FILE
    except OSError:
        return PRIVATE_FILE


def new_private_file(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Create an empty file that only the owner can read, failing if anything is there."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


def temporary_sibling(path: Path, purpose: str) -> Path:
    """A hidden name beside ``path`` for a file that is not finished yet."""
    return path.with_name(f".{path.name}.{purpose}-{secrets.token_hex(4)}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def place_new(finished: Path, target: Path) -> None:
    """Give a finished file its real name, only if nothing has that name yet.

    A hard link refuses to replace an existing file, unlike rename on POSIX; where links are
    not supported (FAT on a USB stick), rename is used after checking, under the creation lock.
    """
    fsync_file(finished)
    try:
        os.link(finished, target)
    except FileExistsError:
        finished.unlink(missing_ok=True)
        raise
    except OSError:
        if target.exists():
            finished.unlink(missing_ok=True)
            raise FileExistsError(target) from None
        os.rename(finished, target)
    else:
        finished.unlink()
    fsync_folder(target.parent)


def replace_with(finished: Path, target: Path) -> None:
    """Give a finished file its real name, replacing whatever had it, durably."""
    fsync_file(finished)
    os.replace(finished, target)
    fsync_folder(target.parent)


def remove_leftovers(path: Path, purpose: str) -> None:
    """Delete unfinished files a killed CouncilDesk left beside ``path`` (and their journals)."""
    for leftover in path.parent.glob(f".{path.name}.{purpose}-*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
