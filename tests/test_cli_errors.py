"""Every expected mistake on the command line is one line a clerk can act on, not a usage block."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def council_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "init", "--council", "Little Snoring"]) == 0
    capsys.readouterr()
    return db


BAD_DATES = [
    ["groups", "add", "Green Group", "--from", "31/02/2027"],
    ["groups", "add", "Green Group", "--to", "next Tuesday"],
    ["meetings", "add", "Full Council", "2027-13-01"],
    [
        "reviews",
        "record",
        "Member/Officer Protocol",
        "--on",
        "32/01/2027",
        "--outcome",
        "unchanged",
    ],
    ["reviews", "law-change", "--on", "yesterday", "--description", "A new Act"],
    ["policies", "add", "Standing Orders", "--next-review", "2027/01/12"],
]


@pytest.mark.parametrize("args", BAD_DATES, ids=lambda a: " ".join(a[:2]))
def test_a_bad_date_is_one_line_naming_both_accepted_forms(
    capsys: pytest.CaptureFixture[str], council_db: str, args: list[str]
) -> None:
    code, out, err = run(capsys, "--db", council_db, *args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "usage:" not in err
    assert "YYYY-MM-DD" in err and "dd/mm/yyyy" in err


@pytest.mark.parametrize(
    "args",
    [
        ["groups", "add"],
        ["report", "nonsense", "--out", "x.pdf"],
        ["protocol", "diff", "one", "2"],
        ["people", "list", "--jsn"],
    ],
    ids=lambda a: " ".join(a),
)
def test_any_other_mistake_is_one_line_too(
    capsys: pytest.CaptureFixture[str], council_db: str, args: list[str]
) -> None:
    code, _, err = run(capsys, "--db", council_db, *args)
    assert code == 2 and err.count("\n") == 1 and "usage:" not in err
    assert err.startswith("councildesk")


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("directory.txt", "does not end in .pdf"),
        ("missing/directory.pdf", "There is no folder"),
        (".", "is a folder"),
    ],
)
def test_report_out_that_cannot_be_a_pdf_is_refused_before_anything_is_written(
    capsys: pytest.CaptureFixture[str],
    council_db: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    says: str,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, _, err = run(capsys, "--db", council_db, "report", "directory", "--out", name)
    assert code == 2 and says in err and err.count("\n") == 1
    assert list(work.iterdir()) == []


def test_report_out_without_a_suffix_is_saved_as_pdf(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    code, out, _ = run(
        capsys, "--db", council_db, "report", "directory", "--out", str(tmp_path / "dir")
    )
    assert code == 0 and (tmp_path / "dir.pdf").read_bytes().startswith(b"%PDF")
    assert "dir.pdf" in out


def test_calendar_out_must_be_an_ics_file(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys, "--db", council_db, "reviews", "ics", "--out", str(tmp_path / "c.txt")
    )
    assert code == 2 and "does not end in .ics" in err
    assert not (tmp_path / "c.txt").exists()
