"""One writer per database file, whatever name or hard link it is opened by.

The lock is an operating-system lock on a file in the user's data folder named after the
database file's identity (its device and inode, or on Windows its volume and file index), not its
name: a second copy of CouncilDesk that reaches the same file through a hard link, a symbolic link
or another spelling of the path finds it taken. The OS drops the lock when the process dies, so
a crash never leaves a stale lock. Who holds it (process, host, since when) is written beside it
so the second copy can say so. Nothing is written beside the database itself.

The lock is not taken on the database file itself: on macOS flock and SQLite's own fcntl locks
share one lock table, so locking the file would block SQLite in the same process.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import IO

from councildesk import paths
from councildesk.db.files import PRIVATE_FILE, make_private_folder
from councildesk.errors import CouncilDeskError


class DatabaseInUseError(CouncilDeskError):
    pass


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def locks_dir() -> Path:
    return paths.data_dir() / "locks"


def identity_key(db_path: Path) -> str:
    """The same text for every name of one file."""
    info = os.stat(db_path)
    return f"file-{info.st_dev:x}-{info.st_ino:x}"


def name_key(db_path: Path) -> str:
    """For a file not made yet: its absolute path, so two creators of one name take turns."""
    import hashlib  # here, like socket and getpass below: only a writer takes a lock

    digest = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:24]
    return f"name-{digest}"


class FileLock:
    """An exclusive lock held while a database is open for writing (or being created)."""

    def __init__(self, key: str) -> None:
        folder = locks_dir()
        self.lock_path = folder / f"{key}.lock"
        self.owner_path = folder / f"{key}.owner"
        self._handle: IO[bytes] | None = None

    @classmethod
    def for_file(cls, db_path: Path) -> FileLock:
        return cls(identity_key(db_path))

    @classmethod
    def for_new_file(cls, db_path: Path) -> FileLock:
        return cls(name_key(db_path))

    def acquire(self) -> None:
        make_private_folder(self.lock_path.parent)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            handle.close()
            raise DatabaseInUseError(self._in_use_message())
        self._handle = handle
        import socket

        owner = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user_name(),
            "since": dt.datetime.now().isoformat(timespec="seconds"),
        }
        self.owner_path.write_text(json.dumps(owner), encoding="utf-8")

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self.owner_path.unlink(missing_ok=True)
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def _in_use_message(self) -> str:
        try:
            owner = json.loads(self.owner_path.read_text(encoding="utf-8"))
            since = dt.datetime.fromisoformat(owner["since"]).strftime("%d/%m/%Y %H:%M")
            who = (
                f"by process {owner['pid']} on {owner['host']} "
                f"(user {owner['user']}, since {since})"
            )
        except (OSError, ValueError, KeyError):
            who = "by another copy of CouncilDesk"
        return (
            f"This council's database is already open {who}. "
            "Close that copy of CouncilDesk first, then try again."
        )


def _user_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
