"""How long the casebook takes to unlock, to list 500 cases and to decrypt them all.

Run: python tests/benchmarks/bench_casebook.py [CASES]
The unlock is scrypt at the product's strong cost, on purpose slow: it is what makes guessing a
passphrase expensive. Listing reads no sealed content; reading every case decrypts each one.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from councildesk.rules.complaints import Route
from councildesk.services import casebook_crypto, complaints, council
from councildesk.services.complaint_content import CaseContent, read_content
from councildesk.services.complaint_parties import outside
from councildesk.services.database import open_database

PASSPHRASE = "benchmark casebook passphrase"
TODAY = dt.date(2026, 12, 1)


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite", create=True)
        with db.transaction() as session:
            council.save_council(session, council.CouncilDetails(name="Bench Parish Council"))
            book, _ = casebook_crypto.set_up(session, PASSPHRASE)
        started = time.perf_counter()
        with db.transaction() as session:
            for n in range(cases):
                content = CaseContent(
                    complainant=outside(f"Resident {n}"), summary="A summary. " * 20
                )
                received = TODAY - dt.timedelta(days=n % 700)
                complaints.open_case(session, book, Route.PUBLIC, received, content, TODAY)
        written = time.perf_counter() - started
        unlocks, lists, reads = [], [], []
        for _ in range(3):
            with db.session() as session:
                began = time.perf_counter()
                book = casebook_crypto.unlock(session, PASSPHRASE)
                unlocks.append(time.perf_counter() - began)
                began = time.perf_counter()
                rows = complaints.list_cases(session, TODAY)
                lists.append(time.perf_counter() - began)
                began = time.perf_counter()
                for case in complaints.all_cases(session):
                    read_content(book, case)
                reads.append(time.perf_counter() - began)
        db.close()
    print(f"{cases} cases written (one transaction) in {written:.2f} s")
    print(f"unlock (scrypt N=2**17, r=8): median {statistics.median(unlocks):.2f} s")
    print(f"list {len(rows)} cases: median {statistics.median(lists) * 1000:.0f} ms")
    print(f"decrypt every case: median {statistics.median(reads) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
