"""What a subject access bundle costs beyond reading the casebook once.

    python tests/benchmarks/bench_subject_access.py prepare DB [CASES]   a casebook of CASES cases
    python tests/benchmarks/bench_subject_access.py bundle DB DIR        gather, PDF and JSON
    python tests/benchmarks/bench_subject_access.py floor DB             decrypt every case, only

Each command is a whole process (start-up, unlock, work), so time them side by side with any
process timer (e.g. /usr/bin/time -v), alternating: `bundle` against `floor` gives the ratio.
The person asked about is in one case in twenty-five, as complainant, panel member or a name in
the words. The casebook uses a light scrypt cost so the unlock, the same in both, stays small.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from councildesk.db.models import PersonKind
from councildesk.rules.complaints import Route
from councildesk.services import (
    casebook_crypto,
    complaints,
    council,
    people,
    subject_access,
    subject_access_bundle,
)
from councildesk.services.casebook_crypto import KdfParams
from councildesk.services.complaint_content import CaseContent, read_content, read_stage
from councildesk.services.complaint_parties import from_register, outside
from councildesk.services.database import open_database
from councildesk.services.people import PersonInput
from councildesk.services.subject_access import RequestContent

PASSPHRASE = "benchmark casebook passphrase"
TODAY = dt.date(2026, 12, 1)
LIGHT = KdfParams(n=2**14, r=8, p=1)


def prepare(path: Path, cases: int) -> None:
    db = open_database(path, create=True)
    with db.transaction() as session:
        council.save_council(session, council.CouncilDetails(name="Bench Parish Council"))
        book, _ = casebook_crypto.set_up(session, PASSPHRASE, params=LIGHT)
        asked = from_register(
            people.add_person(session, PersonInput(PersonKind.OFFICER, "Perdita Asked", post="RFO"))
        )
        for n in range(cases):
            ours, complains = n % 25 == 0, n % 50 == 0
            content = CaseContent(
                complainant=asked if complains else outside(f"Resident {n}"),
                subject=outside(f"Neighbour {n}"),
                summary=("Perdita Asked was told. " if ours else "") + "A summary. " * 20,
                notes="Notes on the case. " * 30,
            )
            received = TODAY - dt.timedelta(days=n % 700)
            route = Route.GRIEVANCE if complains else Route.PUBLIC
            complaints.open_case(session, book, route, received, content, TODAY)
        subject_access.record_request(session, book, RequestContent(asked, "email"), TODAY, TODAY)
    db.close()


def bundle(path: Path, folder: Path) -> None:
    db = open_database(path)
    try:
        with db.transaction() as session:
            book = casebook_crypto.unlock(session, PASSPHRASE)
            (request,) = subject_access.list_requests(session, TODAY)
            subject_access_bundle.write_bundle(session, book, request.id, folder, TODAY)
    finally:
        db.close()


def floor(path: Path) -> None:
    db = open_database(path, readonly=True)
    try:
        with db.session() as session:
            book = casebook_crypto.unlock(session, PASSPHRASE)
            for case in complaints.all_cases(session):
                read_content(book, case)
                for row in case.stages:
                    read_stage(book, case, row)
    finally:
        db.close()


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("prepare", "bundle", "floor"):
        print(__doc__)
        return 2
    path = Path(argv[1])
    if argv[0] == "prepare":
        prepare(path, int(argv[2]) if len(argv) > 2 else 1000)
    elif argv[0] == "bundle":
        bundle(path, Path(argv[2]))
    else:
        floor(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
