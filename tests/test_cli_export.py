"""`councildesk export NAME --out FILE`: the ending chooses the format, and a mistake is one
line, exit code 2, and nothing written."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from councildesk.cli import main
from councildesk.services import exports


@pytest.fixture
def council(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "council.sqlite")
    assert main(["init", "--council", "Llanddewi Community Council", "--db", path]) == 0
    assert main(["groups", "add", "Plaid Cymru Group", "--from", "2026-05-04", "--db", path]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_contract_names_every_register() -> None:
    assert exports.names() == [
        "people", "groups", "committees", "meetings", "policies", "reviews", "disclosures",
        "complaints", "audit",
    ]  # fmt: skip


def test_a_workbook_and_a_csv_file(
    council: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "groups.xlsx"
    code, printed, err = run(capsys, "export", "groups", "--out", str(out), "--db", council)
    assert (code, err) == (0, "")
    assert printed == f"Exported Political groups (1 row) to {out}\n"
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None and sheet["A2"].value == "Plaid Cymru Group"
    csv_out = tmp_path / "groups.CSV"
    assert run(capsys, "export", "groups", "--out", str(csv_out), "--db", council)[0] == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfGroup,")


def test_a_name_without_an_ending_becomes_a_workbook(
    council: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(capsys, "export", "audit", "--out", str(tmp_path / "audit"), "--db", council)
    assert code == 0 and (tmp_path / "audit.xlsx").exists()


@pytest.mark.parametrize(
    ("out", "says"),
    [
        ("people.pdf", "people.pdf does not end in .xlsx or .csv"),
        ("nowhere/people.xlsx", "There is no folder"),
        (".", "is a folder. Give a file name in it, e.g."),
    ],
)
def test_an_out_file_that_will_not_do_is_one_line_and_nothing_is_written(
    council: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    out: str,
    says: str,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    code, printed, err = run(capsys, "export", "people", "--out", out, "--db", council)
    assert code == 2
    assert printed == ""
    assert err.count("\n") == 1 and says in err and "Traceback" not in err
    assert list(work.iterdir()) == []


def test_an_unknown_register_is_one_line_naming_the_choices(
    council: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "minutes.xlsx"
    code, _, err = run(capsys, "export", "minutes", "--out", str(out), "--db", council)
    assert code == 2 and err.count("\n") == 1 and "'people'" in err
    assert not out.exists()
