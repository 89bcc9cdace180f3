"""One CouncilDesk at a time on one database file.

An operating-system lock on ``<db>.lock`` is held for as long as the database is open for
writing; the OS drops it if the process dies, so a crash never leaves a stale lock behind. Who
holds it (process, host, since when) is written beside it so the second copy can say so.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from pathlib import Path
from typing import IO

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


class InstanceLock:
    def __init__(self, db_path: Path) -> None:
        self.lock_path = db_path.with_name(db_path.name + ".lock")
        self.owner_path = db_path.with_name(db_path.name + ".owner")
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(self.lock_path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        if not _try_lock(handle):
            handle.close()
            raise DatabaseInUseError(self._in_use_message())
        self._handle = handle
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
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
