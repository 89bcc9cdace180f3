"""`councildesk complaints ...` as the contract in DESIGN.md describes it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from councildesk.cli import main

PASSPHRASE = "a passphrase for the tests"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "council.sqlite")
    assert run(capsys, "init", "--council", "Testbury", "--db", path)[0] == 0
    monkeypatch.setenv("COUNCILDESK_CASEBOOK_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "complaints", "init", "--db", path)
    assert code == 0
    assert "Recovery key (shown once" in out and "nobody can read the cases" in out
    return path


def test_open_list_stage_and_deadlines(capsys: pytest.CaptureFixture[str], db: str) -> None:
    received = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    code, out, _ = run(
        capsys, "complaints", "open", "--route", "grievance", "--received", received,
        "--summary", "Spoke sharply to the deputy", "--complainant", "Zed Outsider",
        "--json", "--db", db,
    )  # fmt: skip
    assert code == 0
    opened = json.loads(out)
    reference = opened["reference"]
    code, out, _ = run(capsys, "complaints", "list", "--json", "--db", db)
    (row,) = json.loads(out)
    assert set(row) >= {
        "reference", "route", "received_on", "stage", "next_deadline", "status", "retention_on"
    }  # fmt: skip
    assert (row["reference"], row["route"], row["stage"]) == (reference, "grievance", "received")
    assert "Zed" not in out and "sharply" not in out
    code, out, err = run(
        capsys, "complaints", "stage", reference, "--stage", "informal", "--on", received,
        "--db", db,
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "complaints", "deadlines", "--json", "--db", db)
    (due,) = json.loads(out)
    assert due["what"] == "Acknowledge receipt" and due["reference"] == reference


def test_the_passphrase_is_never_an_argument(capsys: pytest.CaptureFixture[str], db: str) -> None:
    assert main(["complaints", "init", "--passphrase", "x", "--db", db]) == 2
    assert "unrecognized arguments: --passphrase" in capsys.readouterr().err


def test_a_wrong_passphrase_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNCILDESK_CASEBOOK_PASSPHRASE", "not the right one at all")
    code, out, err = run(
        capsys, "complaints", "open", "--route", "public", "--received", "2026-11-02",
        "--summary", "Bins", "--db", db,
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.strip() == (
        "councildesk: That is not the casebook's passphrase. Check Caps Lock and try again, "
        "or use the recovery key."
    )


def test_an_internal_stage_for_a_code_of_conduct_case_is_refused(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    run(
        capsys, "complaints", "open", "--route", "code-of-conduct", "--received", "2026-11-02",
        "--summary", "x", "--db", db,
    )  # fmt: skip
    code, _, err = run(
        capsys, "complaints", "stage", "C-2026-001", "--stage", "hearing", "--on", "2026-11-03",
        "--db", db,
    )  # fmt: skip
    assert code == 1 and "Monitoring Officer" in err and "Localism Act 2011" in err


def test_an_impossible_date_is_refused(capsys: pytest.CaptureFixture[str], db: str) -> None:
    code = main(["complaints", "stage", "C-2026-001", "--stage", "closed", "--on", "31/02/2026",
                 "--db", db])  # fmt: skip
    assert code == 2
    assert "not a real date" in capsys.readouterr().err
