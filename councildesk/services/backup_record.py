"""What this computer remembers about backing up each council file: the folder the clerk chose,
and when the last good backup and the last automatic one were made.

It is kept in the user data folder, not in the council file, because it describes this
computer: a folder on a USB stick is drive E: here and /Volumes/STICK on the Mac the file moves
to, and a restored backup must not bring back an old "last backup" date. The file is small
JSON, written whole under a temporary name and renamed, so a kill never leaves half of it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from councildesk import paths

FILE_NAME = "backups.json"


@dataclass(frozen=True)
class BackupRecord:
    folder: str | None = None  # None: the Backups folder beside the council file
    last_good: str | None = None  # ISO date and time of the last backup that checked out
    last_good_file: str | None = None
    last_automatic: str | None = None

    def when(self, name: str) -> dt.datetime | None:
        value = getattr(self, name)
        try:
            return dt.datetime.fromisoformat(value) if value else None
        except ValueError:
            return None


def _store() -> Path:
    return paths.data_dir() / FILE_NAME


def _key(db_path: Path) -> str:
    return str(db_path.expanduser().absolute().resolve())


def _read_all() -> dict[str, dict[str, str | None]]:
    try:
        found = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: start again rather than refuse to back up
    return found if isinstance(found, dict) else {}


def load(db_path: Path) -> BackupRecord:
    entry = _read_all().get(_key(db_path), {})
    known = {k: v for k, v in entry.items() if k in BackupRecord.__dataclass_fields__}
    return BackupRecord(**{k: (str(v) if v is not None else None) for k, v in known.items()})


def update(db_path: Path, **changes: str | None) -> BackupRecord:
    """Change some fields of this council file's record and write the store whole."""
    record = replace(load(db_path), **changes)
    everything = _read_all()
    everything[_key(db_path)] = asdict(record)
    store = _store()
    store.parent.mkdir(parents=True, exist_ok=True)
    partial = store.with_name(f".{FILE_NAME}.{os.getpid()}")
    try:
        partial.write_text(json.dumps(everything, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(partial, store)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return record
