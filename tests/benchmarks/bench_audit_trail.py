"""The audit trail's seals: what they cost to write and to check.

    python tests/benchmarks/bench_audit_trail.py --prepare DIR   # a council with 20,000 entries
    python tests/benchmarks/bench_audit_trail.py verify DB       # check every seal (the check)
    python tests/benchmarks/bench_audit_trail.py read DB         # only read the rows (the floor)
    python tests/benchmarks/bench_audit_trail.py write DB        # 500 actions, each one sealed
    python tests/benchmarks/bench_audit_trail.py write-bare DB   # 500 actions, unsealed (floor)

Each mode is one whole process, to be timed from outside, alternated against its floor
(verify against read, write against write-bare), e.g. with `/usr/bin/time -v` or hyperfine.
Run from the repository's top with the project's environment. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
from pathlib import Path

from councildesk.db.models import AuditEntry
from councildesk.services import audit, council
from councildesk.services.database import open_database

ENTRIES = 20_000
ACTIONS = 500
START = dt.datetime(2020, 1, 1, 9, 0)


def prepare(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "audit-bench.sqlite"
    path.unlink(missing_ok=True)
    database = open_database(path, create=True)
    try:
        with database.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Benchmark Parish Council"))
            for n in range(ENTRIES):
                at = START + dt.timedelta(minutes=7 * n)
                audit.record(session, "update", "person", n % 40, f"Cllr Person {n % 40}", at=at)
    finally:
        database.close()
    for name in ("write", "write-bare"):
        shutil.copy(path, folder / f"audit-bench-{name}.sqlite")
    print(f"Wrote {path} with {ENTRIES + 1} entries, and a copy for each write mode.")


def verify(path: Path) -> None:
    database = open_database(path)
    try:
        with database.session() as session:
            breaks = audit.chain_breaks(session)
    finally:
        database.close()
    print(f"{len(breaks)} breaks")


def read(path: Path) -> None:
    database = open_database(path)
    try:
        with database.session() as session:
            count = len(audit.stored_entries(session))
    finally:
        database.close()
    print(f"{count} entries read")


def write(path: Path, *, sealed: bool) -> None:
    database = open_database(path)
    try:
        for n in range(ACTIONS):
            with database.transaction() as session:
                if sealed:
                    audit.record(session, "create", "meeting", n, f"Meeting {n}")
                else:  # as entries were written before they were sealed
                    session.add(
                        AuditEntry(
                            at=dt.datetime.now().replace(microsecond=0),
                            actor="bench",
                            action="create",
                            entity="meeting",
                            entity_id=n,
                            detail=f"Meeting {n}",
                            previous_hash="",
                            entry_hash="",
                        )
                    )
    finally:
        database.close()
    print(f"{ACTIONS} actions written")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("mode", choices=("verify", "read", "write", "write-bare"), nargs="?")
    parser.add_argument("db", type=Path, nargs="?")
    parser.add_argument("--prepare", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    if args.prepare:
        prepare(args.prepare)
        return 0
    if args.mode is None or args.db is None:
        parser.error("give a mode and a database, or --prepare DIR")
    if args.mode == "verify":
        verify(args.db)
    elif args.mode == "read":
        read(args.db)
    else:
        write(args.db, sealed=args.mode == "write")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
