"""Every register exports from the services, with each column's values of the right type when
the workbook is read back, and an export that fails leaves no file behind."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from councildesk.db.engine import Database
from councildesk.errors import CouncilDeskError
from councildesk.exports.table import Kind, Table
from councildesk.services import committees, exports, meetings, people
from councildesk.services.meetings import MeetingInput
from councildesk.services.people import PersonInput, PersonKind

TODAY = dt.date(2026, 11, 24)
# What openpyxl hands back for each kind of column (it reads every date as a datetime).
READ_BACK: dict[Kind, tuple[type, ...]] = {
    Kind.TEXT: (str,),
    Kind.NUMBER: (int, float),
    Kind.DATE: (dt.datetime,),
    Kind.DATE_TIME: (dt.datetime,),
    Kind.TIME: (dt.time,),
}


def sheet_of(path: Path) -> Worksheet:
    sheet = openpyxl.load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    return sheet


@pytest.mark.parametrize("name", exports.names())
def test_each_register_reads_back_with_its_types(
    demo_db: Database, tmp_path: Path, name: str
) -> None:
    path = tmp_path / f"{name}.xlsx"
    with demo_db.session() as session:
        table = exports.export(session, name, path, TODAY)
    assert table.rows, f"the sample council has {name}"
    sheet = sheet_of(path)
    assert sheet.title == table.sheet_name
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == table.headings
    assert len(rows) == len(table.rows) + 1
    for row in rows[1:]:
        for column, value in zip(table.columns, row, strict=True):
            if value is not None:
                assert isinstance(value, READ_BACK[column.kind]), (column.heading, value)
    for column, letter in zip(table.columns, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", strict=False):
        if column.kind is Kind.DATE:
            cells = [c for c in sheet[letter][1:] if c.value is not None]
            assert all(c.number_format == "dd/mm/yyyy" for c in cells), column.heading


def test_every_register_has_a_name_that_says_what_it_is(demo_db: Database) -> None:
    with demo_db.session() as session:
        titles = {name: exports.table(session, name, TODAY).title for name in exports.names()}
    assert titles == {
        "people": "People",
        "groups": "Political groups",
        "committees": "Committees",
        "meetings": "Meetings",
        "policies": "Policies",
        "reviews": "Review schedule",
        "disclosures": "Advice to groups",
        "complaints": "Complaints register",
        "audit": "Audit trail",
    }


def cells(table: Table, heading: str) -> list[object]:
    index = table.headings.index(heading)
    return [row[index] for row in table.rows]


def test_the_registers_hold_what_was_entered(db: Database) -> None:
    with db.transaction() as session:
        ward = "Llanfair Pwllgwyngyll"
        person = people.add_person(
            session, PersonInput(PersonKind.COUNCILLOR, "Cllr Gwenllïan Ŵyn", ward=ward)
        )
        committees.add_committee(session, "Planning Committee", "Plans.", [person.id])
        meetings.add_meeting(
            session, MeetingInput("Planning Committee", dt.date(2027, 1, 12), dt.time(19, 30))
        )
    with db.session() as session:
        people_table = exports.table(session, "people", TODAY)
        committee_table = exports.table(session, "committees", TODAY)
        meeting_table = exports.table(session, "meetings", TODAY)
        audit_table = exports.table(session, "audit", TODAY)
    assert cells(people_table, "Name") == ["Cllr Gwenllïan Ŵyn"]
    assert cells(people_table, "Ward") == [ward]
    assert cells(committee_table, "Number of members") == [1]
    assert cells(meeting_table, "Date") == [dt.date(2027, 1, 12)]
    assert cells(meeting_table, "Time") == [dt.time(19, 30)]
    assert cells(meeting_table, "Day") == ["Tuesday"]
    assert "committee" in cells(audit_table, "Area")
    assert people_table.caption == "Testbury Parish Council: People, exported on 24/11/2026"


def test_a_csv_export_has_the_mark_and_uk_dates(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        meetings.add_meeting(session, MeetingInput("Full Council", dt.date(2027, 3, 9)))
    path = tmp_path / "meetings.csv"
    with db.session() as session:
        exports.export(session, "meetings", path, TODAY)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[1][:2] == ["09/03/2027", "Tuesday"]


def test_an_unknown_register_is_named_with_the_choices(db: Database) -> None:
    with db.session() as session, pytest.raises(CouncilDeskError, match="people, groups"):
        exports.table(session, "minutes", TODAY)


def test_a_failed_export_leaves_no_file_and_the_old_one_untouched(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "people.xlsx"
    target.write_bytes(b"last week's export")

    def fails_half_way(table: Table, out: Path) -> None:
        out.write_bytes(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "writer_for", lambda suffix: fails_half_way)
    with db.session() as session, pytest.raises(CouncilDeskError, match="No space left"):
        exports.export(session, "people", target, TODAY)
    assert target.read_bytes() == b"last week's export"
    assert sorted(p.name for p in folder.iterdir()) == ["people.xlsx"]
    fresh = folder / "new.csv"
    with db.session() as session, pytest.raises(CouncilDeskError):
        exports.export(session, "people", fresh, TODAY)
    assert sorted(p.name for p in folder.iterdir()) == ["people.xlsx"]


def test_a_suffix_or_folder_that_will_not_do_is_refused_before_anything_is_written(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with db.session() as session:
        table = exports.table(session, "people", TODAY)
    with pytest.raises(CouncilDeskError, match=r"\.xlsx or \.csv"):
        exports.save(table, folder / "people.ods")
    with pytest.raises(CouncilDeskError, match="no folder"):
        exports.save(table, folder / "missing" / "people.xlsx")
    assert list(folder.iterdir()) == []
