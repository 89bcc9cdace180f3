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


def test_a_subject_access_request_from_record_to_answered(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    received = dt.date.today() - dt.timedelta(days=3)
    run(
        capsys, "complaints", "open", "--route", "public", "--received", received.isoformat(),
        "--summary", "Hedge over the footpath", "--complainant", "Quentin Hedgerow", "--db", db,
    )  # fmt: skip
    code, out, err = run(
        capsys, "complaints", "sar", "record", "--person", "Quentin Hedgerow",
        "--received", received.isoformat(), "--how-received", "email", "--json", "--db", db,
    )  # fmt: skip
    assert code == 0, err
    recorded = json.loads(out)
    assert recorded["reference"] == "SAR-001" and recorded["status"] == "open"
    assert dt.date.fromisoformat(recorded["due_on"]) >= received + dt.timedelta(days=28)
    code, out, _ = run(capsys, "complaints", "sar", "list", "--json", "--db", db)
    assert [r["reference"] for r in json.loads(out)] == ["SAR-001"]
    assert "Quentin" not in out
    code, out, err = run(
        capsys, "complaints", "sar", "export", "SAR-001", "--out", str(tmp_path), "--db", db
    )
    assert code == 0, err
    bundle = json.loads((tmp_path / "SAR-001 bundle.json").read_text(encoding="utf-8"))
    assert [c["summary"] for c in bundle["cases"]] == ["Hedge over the footpath"]
    assert (tmp_path / "SAR-001 bundle.pdf").read_bytes().startswith(b"%PDF")
    code, out, err = run(capsys, "complaints", "sar", "extend", "SAR-001", "--db", db)
    assert code == 0 and "answer now due by" in out, err
    code, out, _ = run(capsys, "complaints", "sar", "list", "--json", "--db", db)
    assert json.loads(out)[0]["extended"] is True
    code, out, err = run(
        capsys, "complaints", "sar", "answered", "SAR-001", "--on",
        (received - dt.timedelta(days=1)).isoformat(), "--db", db,
    )  # fmt: skip
    assert code == 1 and "cannot have been answered before" in err
    code, out, err = run(
        capsys, "complaints", "sar", "answered", "sar-001", "--on", dt.date.today().isoformat(),
        "--db", db,
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = run(capsys, "complaints", "sar", "list", "--json", "--db", db)
    assert json.loads(out)[0]["status"] == "answered"


def test_a_subject_access_export_needs_the_passphrase(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(
        capsys, "complaints", "sar", "record", "--person", "Quentin Hedgerow",
        "--received", dt.date.today().isoformat(), "--db", db,
    )  # fmt: skip
    monkeypatch.setenv("COUNCILDESK_CASEBOOK_PASSPHRASE", "not the passphrase")
    code, _, err = run(
        capsys, "complaints", "sar", "export", "SAR-001", "--out", str(tmp_path), "--db", db
    )
    assert code == 1 and "not the casebook's passphrase" in err
    assert list(tmp_path.glob("SAR-*")) == []
