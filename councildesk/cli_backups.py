"""`councildesk backup`, `restore` and `check`: keeping the council file safe."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from councildesk import paths
from councildesk.cli_args import output_file
from councildesk.services import backups, health
from councildesk.services.database import DatabaseMissingError, open_database

PROBLEM_FOUND = 1


def _db_path(args: argparse.Namespace) -> Path:
    return paths.database_path(args.db).expanduser().absolute()


def cmd_backup(args: argparse.Namespace) -> int:
    db_path = _db_path(args)
    if not db_path.exists():
        raise DatabaseMissingError(f"There is no council database at {db_path} to back up.")
    made = backups.back_up(db_path, dt.datetime.now(), args.out)
    print(backups.describe(made))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db_path = _db_path(args)
    done = backups.restore(db_path, Path(args.file), dt.datetime.now())
    upgraded = " (upgraded for this version)" if done.facts.needs_upgrade else ""
    print(f"Restored {done.facts.path.name}{upgraded} into {db_path}.")
    if done.kept is not None:
        print(f"The council file as it was is kept as {done.kept}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = open_database(_db_path(args), readonly=True)
    try:
        results = health.run_checks(db, dt.date.today())
    finally:
        db.close()
    problems = 0
    for result in results:
        if result.passed:
            print(f"ok       {result.name}")
        for line in result.problems:
            problems += 1
            print(f"PROBLEM  {line}")
    if problems:
        print(f"{problems} problem{'s' if problems != 1 else ''} found.")
        return PROBLEM_FOUND
    print(f"All {len(results)} checks passed.")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `backup`, `restore` and `check` to the main parser."""
    backup = sub.add_parser(
        "backup", help="write a checked backup (into the backup folder)", parents=[common]
    )
    backup.set_defaults(handler=cmd_backup)
    backup.add_argument(
        "--out",
        metavar="FILE",
        type=output_file(".sqlite"),
        help="the backup file (default: a dated file in the backup folder)",
    )
    restore = sub.add_parser(
        "restore", help="replace the council file with a backup", parents=[common]
    )
    restore.set_defaults(handler=cmd_restore)
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    check = sub.add_parser("check", help="check the council file and its backups", parents=[common])
    check.set_defaults(handler=cmd_check)
