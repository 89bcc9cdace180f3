"""The command line contract: exit codes, one-line errors, and the JSON field names."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from councildesk.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_people_and_groups(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    code, out, _ = run(
        capsys, "--db", db, "init", "--council", "Little Snoring", "--kind", "parish"
    )
    assert code == 0 and "Little Snoring Parish Council" in out
    assert run(capsys, "--db", db, "groups", "add", "Green Group", "--from", "2023-05-04")[0] == 0
    code, out, _ = run(capsys, "--db", db, "groups", "list", "--json")
    (group,) = json.loads(out)
    assert group["name"] == "Green Group" and group["active_from"] == "2023-05-04"
    assert group["members"] == [] and group["current_members"] == []
    code, out, _ = run(capsys, "people", "list", "--json", "--db", db)
    assert code == 0 and json.loads(out) == []


def test_init_twice_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "--db", db, "init", "--council", "Once")
    code, _, err = run(capsys, "--db", db, "init", "--council", "Twice")
    assert code == 1 and "already a file" in err and err.count("\n") == 1


def test_demo_people_json_follows_the_contract(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == 0
    _code, out, _ = run(capsys, "--db", db, "people", "list", "--json")
    rows = json.loads(out)
    chair = next(r for r in rows if "Chair" in r["roles"])
    assert set(chair) >= {"id", "kind", "name", "ward", "post", "roles", "group", "committees"}
    assert chair["kind"] == "councillor" and chair["ward"].endswith("Ward")
    officers = [r for r in rows if r["kind"] == "officer"]
    assert {o["post"] for o in officers} == {"Clerk and RFO", "Deputy Clerk"}
    assert all(o["group"] is None for o in officers)


def test_meeting_for_a_body_that_does_not_exist(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "--db", db, "init", "--council", "Test")
    code, _, err = run(capsys, "--db", db, "meetings", "add", "Allotments Committee", "2027-01-12")
    assert code == 1
    assert err.startswith("councildesk: There is no committee called 'Allotments Committee'")
    code, out, _ = run(capsys, "--db", db, "meetings", "add", "Full Council", "12/01/2027")
    assert code == 0 and out.strip() == "Added Full Council on 12/01/2027"


def test_impossible_date_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "--db", db, "init", "--council", "Test")
    assert main(["--db", db, "meetings", "add", "Full Council", "2027-02-30"]) == 2
    assert "not a real date" in capsys.readouterr().err


def test_missing_database_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--db", str(tmp_path / "none.sqlite"), "people", "list")
    assert code == 1 and "councildesk init" in err and "Traceback" not in err


def test_environment_variable_chooses_the_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNCILDESK_DB", str(tmp_path / "env.sqlite"))
    assert run(capsys, "init", "--council", "Env Town", "--kind", "town")[0] == 0
    assert (tmp_path / "env.sqlite").exists()


def test_report_directory_writes_a_pdf(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    run(capsys, "--db", db, "demo")
    out = tmp_path / "directory.pdf"
    code, printed, _ = run(capsys, "--db", db, "report", "directory", "--out", str(out))
    assert code == 0 and printed.strip() == f"Saved {out}"
    assert out.read_bytes().startswith(b"%PDF-")


def test_gui_quit_when_ready_exits_zero(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, "-m", "councildesk", "--db", str(db), "demo"], check=True, env=env
    )
    result = subprocess.run(
        [sys.executable, "-m", "councildesk", "--db", str(db), "gui", "--quit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_gui_on_a_database_in_use_says_so(tmp_path: Path) -> None:
    from councildesk.services.database import open_database

    db = tmp_path / "c.sqlite"
    holder = open_database(db, create=True)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [sys.executable, "-m", "councildesk", "--db", str(db), "gui", "--quit-when-ready"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        holder.close()
    assert result.returncode == 1
    assert "already open by process" in result.stderr


PROTOCOLS = Path(__file__).resolve().parent / "fixtures" / "protocols"


def test_protocol_import_show_and_search(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "--db", db, "init", "--council", "Lowestoft", "--kind", "town")
    code, out, _ = run(capsys, "--db", db, "protocol", "search", "mediation")
    assert code == 0 and out.startswith("There is nothing to search yet")
    source = str(PROTOCOLS / "lowestoft-town-council.txt")
    code, out, _ = run(capsys, "--db", db, "protocol", "import", source)
    assert code == 0
    assert "draft version 1 of Member/Officer Protocol" in out
    assert "Clauses: 23" in out
    code, out, _ = run(capsys, "--db", db, "protocol", "show", "--json")
    shown = json.loads(out)
    assert set(shown) >= {
        "policy",
        "version",
        "status",
        "adopted_on",
        "last_reviewed_on",
        "next_review_on",
        "next_review_text",
        "nodes",
    }
    assert [n["heading"] for n in shown["nodes"]][:2] == [
        "Background",
        "Roles of Councillors and Employees",
    ]
    assert set(shown["nodes"][0]) >= {"number", "heading", "text", "children"}
    code, out, _ = run(capsys, "--db", db, "protocol", "search", "mediation", "--json")
    (hit,) = json.loads(out)
    assert hit["number"] == "5.2" and "[mediation]" in hit["marked"]
    code, out, _ = run(capsys, "--db", db, "protocol", "search", "mediatio", "--json")
    assert [h["number"] for h in json.loads(out)] == ["5.2"]


def test_protocol_import_of_a_bad_file_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "--db", db, "init", "--council", "Test")
    old = tmp_path / "protocol.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    code, _, err = run(capsys, "--db", db, "protocol", "import", str(old))
    assert code == 1 and "protocol.doc" in err and err.count("\n") == 1
    code, _, err = run(capsys, "--db", db, "protocol", "show", "--json")
    assert code == 1 and "no policy called" in err


def test_protocol_diff_marks_the_changed_words(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "demo.sqlite")
    run(capsys, "--db", db, "demo")
    code, out, _ = run(capsys, "--db", db, "protocol", "diff", "1", "2")
    assert code == 0
    assert "1 changed, 0 added, 1 removed" in out
    assert "{+and co-opted members+}" in out
    code, out, _ = run(capsys, "--db", db, "protocol", "diff", "1", "2", "--json")
    data = json.loads(out)
    changed = [c for c in data["changes"] if c["kind"] == "changed"]
    assert changed[0]["new_number"] == "1.1"
    assert {"kind": "added", "text": "and co-opted members"} in changed[0]["words"]
    assert data["summary"]["removed"] == 1


def test_report_protocol_prints_the_adopted_version(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import pypdf

    db = str(tmp_path / "demo.sqlite")
    run(capsys, "--db", db, "demo")
    out = tmp_path / "protocol.pdf"
    assert run(capsys, "--db", db, "report", "protocol", "--out", str(out))[0] == 0
    cover = pypdf.PdfReader(out).pages[0].extract_text()
    assert "Member/Officer Protocol" in cover and "Version 1" in cover
