"""What a good file looks like after a kill, and the backup and restore scenarios' states:
shared by kill_at_every_write.py (kept apart so that script stays a readable size)."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from councildesk.db import integrity
from councildesk.db.backup import write_copy
from councildesk.db.create import create_database
from councildesk.db.open import open_database
from councildesk.services import backups, council, demo, people


def integrity_check(path: Path) -> str:
    # A read-write connection first, as CouncilDesk's own would: it rolls back a hot journal.
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def whole(path: Path) -> list[str]:
    result = integrity_check(path)
    if result != "ok":
        return [f"integrity_check: {result[:80]}"]
    found = integrity.examine(path)  # what `councildesk check` runs on the file
    return [f"foreign_key_check: {t}" for t in found.broken_links] + [
        f"full-text index {t} disagrees with the clauses" for t in found.stale_indexes
    ]


def check_council(path: Path, name: str, people_count: int | None) -> list[str]:
    database = open_database(path)
    try:
        with database.session() as session:
            found = council.find_council(session)
            if found is None or found.name != name:
                return [f"council is {found.name if found else None!r}, not {name!r}"]
            if people_count is not None and len(people.list_people(session)) != people_count:
                return [f"{len(people.list_people(session))} people, not {people_count}"]
    finally:
        database.close()
    return []


def council_name(path: Path) -> str | None:
    database = open_database(path)
    try:
        with database.session() as session:
            found = council.find_council(session)
            return found.name if found else None
    finally:
        database.close()


def check_backup(path: Path, reported: bool) -> list[str]:
    problems = whole(path) + check_council(path, "Crash Test", 0)
    folder = backups.backup_folder(path)
    made = backups.backups_in(folder, path)
    if OLDER_BACKUP not in made:
        problems.append("the older backup is gone")
    for when, copy in made.items():
        problems += [f"backup {copy.name}: {p}" for p in whole(copy)]
        if when == OLDER_BACKUP:
            continue
        if council_name(copy) != "Crash Test":
            problems.append(f"backup {copy.name} does not hold the council")
    if reported and len(made) < 2:
        problems.append("the backup was reported but is not in the folder")
    return problems


def check_restore(source_council: str) -> Callable[[Path, bool], list[str]]:
    def check(path: Path, reported: bool) -> list[str]:
        problems = whole(path)
        name = council_name(path)
        if name not in ("Crash Test", source_council):
            problems.append(f"the council is {name!r}: neither the old file nor the backup")
        if reported and name != source_council:
            problems.append("the restore was reported but the old file is still there")
        for kept in path.parent.glob(f"{path.stem}.before-restore-*"):
            problems += [f"kept copy {kept.name}: {p}" for p in whole(kept)]
            if council_name(kept) != "Crash Test":
                problems.append(f"kept copy {kept.name} is not the file as it was")
        return problems

    return check


OLDER_BACKUP = dt.datetime(2026, 11, 30, 17, 0)


def start_with_backup(path: Path) -> None:
    """A council, and yesterday's backup of it in the Backups folder beside it."""
    start_council(path)
    folder = backups.default_folder(path)
    folder.mkdir()
    write_copy(path, folder / backups.backup_name(path, OLDER_BACKUP))


SAMPLES: dict[str, Path] = {}


def sample_backup() -> Path:
    """A backup holding the sample council, made once per process and copied for each run."""
    if "sample" not in SAMPLES:
        folder = Path(tempfile.mkdtemp(prefix="councildesk-crash-sample-"))
        made = demo.make_sample_file(folder / "sample.sqlite", dt.date(2026, 12, 1)).path
        write_copy(made, folder / "backup.sqlite")
        SAMPLES["sample"] = folder / "backup.sqlite"
    return SAMPLES["sample"]


def backup_file(db: Path) -> Path:
    return db.parent / "backup.sqlite"


def start_for_restore(source: Callable[[], Path]) -> Callable[[Path], None]:
    def start(path: Path) -> None:
        start_council(path)
        shutil.copyfile(source(), backup_file(path))

    return start


def start_council(path: Path) -> None:
    create_database(
        path, lambda session: council.save_council(session, council.CouncilDetails("Crash Test"))
    )
