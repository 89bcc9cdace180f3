"""Backups of the council file: automatic ones into the backup folder with rolling retention,
"Back up now" to a file of the clerk's choosing, restoring one, and the Dashboard's line.

The copying, checking and replacing are db/backup.py's and db/restore.py's (they are SQLite's
machinery); this module decides where copies go, which to keep, and what to tell the clerk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from councildesk.db import backup as sqlite_backup
from councildesk.db import restore as sqlite_restore
from councildesk.db.models import AuditEntry
from councildesk.rules import backup_retention
from councildesk.rules.dates import uk_date
from councildesk.services import audit, backup_record, council
from councildesk.services.actions import Action, Urgency
from councildesk.services.database import Database, open_database

AREA = "backups"  # the Dashboard line's area: following it offers Back up now
FOLDER_NAME = "Backups"
WARN_AFTER = dt.timedelta(days=7)
AUTOMATIC_EVERY = dt.timedelta(days=1)
SUFFIX = ".sqlite"

BackupFailedError = sqlite_backup.BackupFailedError
RestoreRefusedError = sqlite_restore.RestoreRefusedError
BackupFacts = sqlite_restore.BackupFacts
Restored = sqlite_restore.Restored
Progress = sqlite_backup.Progress


@dataclass(frozen=True)
class BackupMade:
    path: Path
    revision: str
    when: dt.datetime
    removed: list[Path]  # older automatic backups the retention rule let go


# --- where backups go -----------------------------------------------------------------------
def default_folder(db_path: Path) -> Path:
    return db_path.expanduser().absolute().parent / FOLDER_NAME


def backup_folder(db_path: Path) -> Path:
    chosen = backup_record.load(db_path).folder
    return Path(chosen) if chosen else default_folder(db_path)


def choose_folder(db_path: Path, folder: Path | None) -> Path:
    """Back up into ``folder`` from now on (None: the Backups folder beside the council file)."""
    if folder is not None:
        folder = folder.expanduser().absolute()
        if not folder.is_dir():
            raise BackupFailedError(sqlite_backup.missing_folder_message(folder))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise BackupFailedError(
                f"CouncilDesk may not write in {folder}. Choose a folder of your own, such as "
                "one in Documents or on a USB stick."
            )
        if folder.resolve() == default_folder(db_path).resolve():
            folder = None
    backup_record.update(db_path, folder=str(folder) if folder else None)
    return backup_folder(db_path)


def backup_name(db_path: Path, when: dt.datetime) -> str:
    return f"{db_path.stem}-backup-{when:%Y-%m-%d-%H%M%S}{SUFFIX}"


def backups_in(folder: Path, db_path: Path) -> dict[dt.datetime, Path]:
    """This council file's automatic backups in ``folder``, by when they were made."""
    pattern = re.compile(
        re.escape(db_path.stem) + r"-backup-(\d{4}-\d\d-\d\d-\d{6})" + re.escape(SUFFIX) + "$"
    )
    found: dict[dt.datetime, Path] = {}
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            match = pattern.match(item.name)
            if match and item.is_file():
                with contextlib.suppress(ValueError):
                    found[dt.datetime.strptime(match.group(1), "%Y-%m-%d-%H%M%S")] = item
    return found


# --- making backups -------------------------------------------------------------------------
def back_up(
    db_path: Path,
    now: dt.datetime,
    out: Path | None = None,
    *,
    automatic: bool = False,
    progress: Progress | None = None,
) -> BackupMade:
    """Write a checked backup: to ``out``, or into the backup folder (then apply retention)."""
    db_path = db_path.expanduser().absolute()
    removed: list[Path] = []
    if out is None:
        folder = backup_folder(db_path)
        if folder == default_folder(db_path):
            _make_default_folder(folder)
        target = folder / backup_name(db_path, now)
    else:
        target = out.expanduser().absolute()
    revision = sqlite_backup.write_copy(db_path, target, progress)
    if out is None:
        removed = prune(target.parent, db_path)
    stamp = now.isoformat(timespec="seconds")
    changes: dict[str, str | None] = {"last_good": stamp, "last_good_file": str(target)}
    if automatic:
        changes["last_automatic"] = stamp
    with contextlib.suppress(OSError):  # the backup is made; the note of it is a nicety
        backup_record.update(db_path, **changes)
    return BackupMade(target, revision, now, removed)


def _make_default_folder(folder: Path) -> None:
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise BackupFailedError(sqlite_backup.failure_message(folder, error)) from error


def prune(folder: Path, db_path: Path) -> list[Path]:
    """Delete the automatic backups the retention rule does not keep; return them."""
    found = backups_in(folder, db_path)
    gone = []
    for when in sorted(backup_retention.to_delete(found)):
        with contextlib.suppress(OSError):
            found[when].unlink()
            gone.append(found[when])
    return gone


def automatic_due(db_path: Path, now: dt.datetime) -> bool:
    """Whether the once-a-day backup while CouncilDesk stays open is due."""
    last = backup_record.load(db_path).when("last_automatic")
    return last is None or now - last >= AUTOMATIC_EVERY or last > now


def last_good(db_path: Path) -> dt.datetime | None:
    """When the newest good backup was made: noted here, or found in the backup folder."""
    noted = backup_record.load(db_path).when("last_good")
    found = list(backups_in(backup_folder(db_path), db_path))
    candidates = [w for w in (noted, *found) if w is not None]
    return max(candidates) if candidates else None


# --- restoring ------------------------------------------------------------------------------
def inspect_backup(source: Path, db_path: Path | None = None) -> BackupFacts:
    return sqlite_restore.inspect_backup(source, db_path)


def restore(db_path: Path, source: Path, now: dt.datetime) -> Restored:
    """From the command line: restore ``source`` over the council file at ``db_path``."""
    done = sqlite_restore.restore_file(db_path, source, now)
    db = open_database(db_path)
    try:
        _record_restore(db, done)
    finally:
        db.close()
    return done


def restore_open(db: Database, source: Path, now: dt.datetime) -> Restored:
    """From the window: restore into the council file it has open (keeping its lock)."""
    done = sqlite_restore.restore_open(db, source, now)
    _record_restore(db, done)
    return done


def _record_restore(db: Database, done: Restored) -> None:
    """The audit trail of the restored file says it was restored, from what, and where the file
    as it was went; its chain goes on from the backup's last entry."""
    kept = f"; the file as it was is kept as {done.kept.name}" if done.kept else ""
    with db.transaction() as session:
        audit.record(
            session, "restore", "council file", None, f"Restored from {done.facts.path.name}{kept}"
        )


# --- what the clerk is told -----------------------------------------------------------------
def when_text(when: dt.datetime) -> str:
    return f"{uk_date(when.date())} at {when:%H:%M}"


def state(db_path: Path, today: dt.date, first_change: dt.date | None) -> Action:
    """The Dashboard's line about backups, given the day the file was first changed."""
    last = last_good(db_path)
    if last is None:
        since = first_change or today
        if today - since < WARN_AFTER:
            return Action(
                None,
                "No backup yet: CouncilDesk makes one each time it closes, or use "
                "File → Back up now",
                Urgency.INFO,
                AREA,
            )
        return Action(
            since + WARN_AFTER,
            "This council file has never been backed up: use File → Back up now",
            Urgency.OVERDUE,
            AREA,
        )
    days = (today - last.date()).days
    if days >= WARN_AFTER.days:
        return Action(
            last.date() + WARN_AFTER,
            f"No good backup for {days} days (the last was on {when_text(last)}): use "
            "File → Back up now",
            Urgency.OVERDUE,
            AREA,
        )
    folder = backup_folder(db_path)
    return Action(None, f"Last good backup {when_text(last)}, in {folder}", Urgency.INFO, AREA)


def last_good_text(db_path: Path, today: dt.date) -> str:
    """One short phrase for the Dashboard's heading line."""
    last = last_good(db_path)
    if last is None:
        return "No backup yet"
    if last.date() == today:
        return f"Last good backup today at {last:%H:%M}"
    return f"Last good backup {when_text(last)}"


def database_path(session: Session) -> Path | None:
    """The council file a session reads (None for one not kept in a file)."""
    name = session.get_bind().engine.url.database
    return Path(name) if name and name != ":memory:" else None


def first_change(session: Session) -> dt.date | None:
    """The day of the first change the audit trail records (how long the file has been kept)."""
    first = session.scalar(select(func.min(AuditEntry.at)))
    return first.date() if first is not None else None


def actions(session: Session, today: dt.date) -> list[Action]:
    """The Dashboard provider: when the last good backup was made, or a warning after 7 days."""
    db_path = database_path(session)
    found = council.find_council(session)
    if db_path is None or (found is not None and found.is_sample):
        return []  # the sample council is made-up data, remade at will: nothing to keep
    return [state(db_path, today, first_change(session))]


def problems(db_path: Path, today: dt.date, first: dt.date | None) -> list[str]:
    """For the check: what is wrong with this council file's backups, one line each."""
    found: list[str] = []
    folder = backup_folder(db_path)
    if not folder.is_dir():
        if folder != default_folder(db_path):
            found.append(
                f"The backup folder {folder} is not there. Plug in the drive it is on, or "
                "choose another with File → Backup folder…"
            )
    elif not os.access(folder, os.W_OK | os.X_OK):
        found.append(
            f"CouncilDesk may not write in the backup folder {folder}. Choose another with "
            "File → Backup folder…"
        )
    line = state(db_path, today, first)
    if line.urgency is Urgency.OVERDUE:
        found.append(line.what.replace(": use File", ". Use File") + ".")
    return found


def describe(made: BackupMade) -> str:
    removed = len(made.removed)
    if not removed:
        return f"Backed up to {made.path}."
    return (
        f"Backed up to {made.path}; {removed} older backup{'s' if removed != 1 else ''} "
        "removed (CouncilDesk keeps the newest of each of 7 days, 4 weeks and 12 months)."
    )
