"""The complaints register exported: the casebook's clear fields, never a name or a word of a
case, and no passphrase needed."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest

from councildesk.cli import main
from councildesk.db.engine import Database
from councildesk.db.models import PersonKind
from councildesk.rules.complaints import Outcome, Route
from councildesk.services import complaints, exports, people
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import CaseContent, StageContent
from councildesk.services.complaint_parties import from_register, outside
from councildesk.services.complaints import StageInput
from councildesk.services.people import PersonInput

TODAY = dt.date(2026, 12, 1)
# Words found nowhere else in the database, so any cell holding one came out of a case.
SECRETS = (
    "Zephaniah", "Quillfeather", "Ysolde", "Brackenbury", "Ottoline", "Marrowfield",
    "brandished", "courgette", "Thistlewaite", "snapdragon",
)  # fmt: skip


@pytest.fixture
def casebook(db: Database, book: Casebook) -> Database:
    with db.transaction() as session:
        subject = people.add_person(
            session, PersonInput(PersonKind.COUNCILLOR, "Cllr Ysolde Brackenbury")
        )
        handler = people.add_person(
            session, PersonInput(PersonKind.OFFICER, "Ottoline Marrowfield", post="Clerk")
        )
        public = complaints.open_case(
            session,
            book,
            Route.PUBLIC,
            dt.date(2026, 11, 2),
            CaseContent(
                complainant=outside("Zephaniah Quillfeather"),
                summary="Says a councillor brandished a courgette at the fete",
                handler=from_register(handler),
            ),
            TODAY,
        )
        complaints.open_case(
            session,
            book,
            Route.CODE_OF_CONDUCT,
            dt.date(2026, 11, 20),
            CaseContent(
                complainant=outside("Mrs Thistlewaite"),
                subject=from_register(subject),
                summary="Snapdragon bed trampled",
            ),
            TODAY,
        )
        complaints.record_stage(
            session,
            book,
            public.id,
            StageInput(
                "closed",
                dt.date(2026, 11, 16),
                StageContent(decision="snapdragon settled", notes="Quillfeather content"),
                Outcome.RESOLVED_INFORMALLY,
            ),
            TODAY,
        )
    return db


def every_cell_of_the_workbook(path: Path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]


def assert_no_secret(found: list[str]) -> None:
    text = "\n".join(found).lower()
    for word in SECRETS:
        assert word.lower() not in text, word


def test_the_export_holds_the_clear_fields_and_no_name(casebook: Database, tmp_path: Path) -> None:
    path = tmp_path / "complaints.xlsx"
    with casebook.session() as session:
        table = exports.export(session, "complaints", path, TODAY)
    found = every_cell_of_the_workbook(path)
    assert_no_secret(found)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0] == table.headings
    by_reference = {row[0]: row for row in rows[1:]}
    assert len(by_reference) == 2
    closed = next(row for row in rows[1:] if row[1] == "Complaint from the public")
    assert closed[2] == dt.datetime(2026, 11, 2)
    assert "Resolved informally" in closed and "Closed" in closed
    assert isinstance(closed[-1], dt.datetime)  # kept until: a real date


def test_the_command_line_exports_the_register_without_the_passphrase(
    casebook: Database,
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("COUNCILDESK_CASEBOOK_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # nobody there to type one
    casebook.close()
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"cases{suffix}"
        code = main(["export", "complaints", "--out", str(out), "--db", str(db_path)])
        printed = capsys.readouterr()
        assert code == 0, printed.err
        assert "Complaints register (2 rows)" in printed.out
        assert_no_secret([printed.out, printed.err])
        if suffix == ".xlsx":
            assert_no_secret(every_cell_of_the_workbook(out))
        else:
            text = out.read_bytes().decode("utf-8-sig")
            assert_no_secret([cell for row in csv.reader(io.StringIO(text)) for cell in row])
