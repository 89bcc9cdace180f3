"""What the columns declare is enforced for every service: lengths, clean one-line text, and no
year before 1900; a printout of an over-long name from an older file wraps rather than fails,
and characters the font lacks are replaced and reported."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pypdf
import pytest

from councildesk.cli import main
from councildesk.db.engine import Database
from councildesk.errors import ValidationError
from councildesk.rules.dates import parse_date
from councildesk.services import groups, meetings, people, printouts
from councildesk.services.people import PersonInput, PersonKind


def test_a_name_longer_than_its_column_is_refused_at_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        groups.add_group(session, "G" * 100_000, None, None)
    assert refused.value.for_field("name") == (
        "Name can be at most 200 characters; this one has 100,000."
    )
    with db.session() as session:
        assert groups.list_groups(session) == []


def test_control_characters_and_bidi_overrides_are_stripped(db: Database) -> None:
    with db.transaction() as session:
        group = groups.add_group(session, "Green\x1b[2J Group\u202e\u2066", None, None)
        person = people.add_person(
            session, PersonInput(kind=PersonKind.COUNCILLOR, name="Cllr\tAnn\u202d Bell\x07")
        )
    assert group.name == "Green[2J Group"
    assert person.name == "Cllr Ann Bell"


def test_the_command_line_never_echoes_control_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.sqlite")
    main(["--db", db, "init", "--council", "Echo PC"])
    assert main(["--db", db, "groups", "add", "Red\x1b]0;pwned\x07 Group"]) == 0
    assert main(["--db", db, "meetings", "add", "Planning\x1b[31m", "2027-01-12"]) == 1
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "Added political group 'Red]0;pwned Group'" in out


@pytest.mark.parametrize("text", ["12/01/0001", "0001-01-12", "01/04/1899", "1899-12-31"])
def test_years_before_1900_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="before 1900"):
        parse_date(text)


def test_two_digit_years_are_this_century_and_four_digits_are_as_written() -> None:
    assert parse_date("12/01/27") == dt.date(2027, 1, 12)
    assert parse_date("12/01/2001") == dt.date(2001, 1, 12)
    assert parse_date("01/01/1900") == dt.date(1900, 1, 1)


def test_a_date_before_1900_from_any_form_is_refused_at_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        meetings.add_meeting(session, meetings.MeetingInput("Full Council", dt.date(1, 1, 12)))
    assert "cannot be before 1900" in (refused.value.for_field("held_on") or "")


def test_cli_date_before_1900_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.sqlite")
    main(["--db", db, "init", "--council", "Dated PC"])
    capsys.readouterr()
    assert main(["--db", db, "meetings", "add", "Full Council", "12/01/0001"]) == 2
    _, err = capsys.readouterr()
    assert "before 1900" in err and "Traceback" not in err


def test_directory_of_an_old_file_with_a_huge_name_wraps_across_pages(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    with db.transaction() as session:
        people.add_person(session, PersonInput(kind=PersonKind.COUNCILLOR, name="Cllr Long"))
    # Written before the limits existed: straight into the file.
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE person SET name = ?", ("Cllr " + "Abcdefghij" * 300,))
    connection.close()
    out = tmp_path / "directory.pdf"
    with db.session() as session:
        printouts.write("directory", session, out, dt.date(2026, 12, 1))
    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 3
    assert "AbcdefghijAbcdefghij"[:12] in "".join(p.extract_text() for p in pages)


def test_emoji_the_font_lacks_are_replaced_and_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.sqlite")
    main(["--db", db, "init", "--council", "Emoji PC"])
    main(["--db", db, "groups", "add", "Sunshine \U0001f600 Group"])
    out = tmp_path / "directory.pdf"
    capsys.readouterr()
    assert main(["--db", db, "report", "directory", "--out", str(out)]) == 0
    _, err = capsys.readouterr()
    assert "\U0001f600" in err and "printed as '?'" in err and err.count("\n") == 1
    text = "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    assert "Sunshine ? Group" in text
