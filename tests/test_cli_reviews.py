"""The review schedule's commands: the contract's JSON, one-line errors, the calendar file."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from councildesk.cli import main
from councildesk.launch import main as launch

TODAY = dt.date.today()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def council_db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "--db", db, "init", "--council", "Little Snoring")
    run(
        capsys,
        "--db",
        db,
        "meetings",
        "add",
        "Full Council",
        (TODAY + dt.timedelta(days=30)).isoformat(),
    )
    return db


def test_policies_add_and_list_follow_the_contract(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    due = (TODAY + dt.timedelta(days=35)).isoformat()
    code, out, err = run(
        capsys,
        "--db",
        council_db,
        "policies",
        "add",
        "Standing Orders",
        "--cycle-months",
        "12",
        "--next-review",
        due,
    )
    assert code == 0, err
    assert out.strip() == "Added 'Standing Orders' to the register of policies"
    run(
        capsys,
        "--db",
        council_db,
        "policies",
        "add",
        "Code of Conduct",
        "--as-required",
        "--on-legal-change",
    )
    code, out, _ = run(capsys, "--db", council_db, "policies", "list", "--json")
    rows = {r["policy"]: r for r in json.loads(out)}
    assert set(rows["Standing Orders"]) >= {
        "policy",
        "body",
        "cycle_months",
        "on_legal_change",
        "as_required",
        "last_reviewed_on",
        "next_review_on",
        "next_review_text",
        "question",
    }
    assert rows["Standing Orders"]["cycle_months"] == 12
    assert rows["Standing Orders"]["next_review_on"] == due
    assert rows["Code of Conduct"]["as_required"] and rows["Code of Conduct"]["on_legal_change"]
    assert rows["Code of Conduct"]["next_review_on"] is None
    code, out, _ = run(capsys, "--db", council_db, "reviews", "due", "--json")
    (row,) = json.loads(out)
    assert set(row) >= {
        "policy",
        "due_on",
        "status",
        "body",
        "meeting_on",
        "agenda_deadline",
        "remind_on",
        "reason",
    }
    assert row["status"] == "due" and row["body"] == "Full Council"
    assert row["meeting_on"] == (TODAY + dt.timedelta(days=30)).isoformat()
    code, out, _ = run(capsys, "--db", council_db, "reviews", "due", "--within", "10", "--json")
    assert len(json.loads(out)) == 1  # already due, so listed whatever the window


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("policies", "add", "X", "--cycle-months", "0"), "whole number of months"),
        (("policies", "add", "X", "--body", "Allotments Committee"), "no committee called"),
        (
            ("reviews", "record", "Nope", "--on", "2026-01-01", "--outcome", "unchanged"),
            "no policy called 'Nope'",
        ),
        (
            ("reviews", "law-change", "--on", "2026-01-01", "--description", "x"),
            "Choose the policies",
        ),
    ],
)
def test_bad_input_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], council_db: str, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(capsys, "--db", council_db, *args)
    assert code == 1 and message in err and err.count("\n") == 1 and out == ""
    _, out, _ = run(capsys, "--db", council_db, "policies", "list", "--json")
    assert [r["policy"] for r in json.loads(out)] == []


def test_impossible_date_is_refused_by_the_parser(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    code = main(["--db", council_db, "policies", "add", "X", "--next-review", "2027-02-30"])
    assert code == 2 and "not a real date" in capsys.readouterr().err


def test_record_reviews_from_the_command_line(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    run(capsys, "--db", council_db, "policies", "add", "Standing Orders", "--cycle-months", "12")
    held = (TODAY - dt.timedelta(days=3)).isoformat()
    code, out, err = run(
        capsys,
        "--db",
        council_db,
        "reviews",
        "record",
        "Standing Orders",
        "--on",
        held,
        "--outcome",
        "unchanged",
        "--minute",
        "26/101",
    )
    assert code == 0, err
    _, out, _ = run(capsys, "--db", council_db, "policies", "list", "--json")
    (row,) = json.loads(out)
    assert row["last_reviewed_on"] == held
    code, _, err = run(
        capsys,
        "--db",
        council_db,
        "reviews",
        "record",
        "Standing Orders",
        "--on",
        held,
        "--outcome",
        "deferred",
        "--to",
        (TODAY - dt.timedelta(days=1)).isoformat(),
        "--reason",
        "quorum",
    )
    assert code == 1 and "later date" in err
    later = (TODAY + dt.timedelta(days=50)).isoformat()
    code, out, _ = run(
        capsys,
        "--db",
        council_db,
        "reviews",
        "record",
        "Standing Orders",
        "--on",
        held,
        "--outcome",
        "deferred",
        "--to",
        later,
        "--reason",
        "quorum",
    )
    assert code == 0 and "Deferred" in out
    code, out, _ = run(
        capsys,
        "--db",
        council_db,
        "reviews",
        "law-change",
        "--on",
        TODAY.isoformat(),
        "--description",
        "Localism Act amendment",
        "--policy",
        "Standing Orders",
    )
    assert code == 0 and "Standing Orders" in out


def test_calendar_parses_back_with_alarms_and_stable_uids(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    due = (TODAY + dt.timedelta(days=35)).isoformat()
    run(
        capsys,
        "--db",
        council_db,
        "policies",
        "add",
        "Standing Orders",
        "--next-review",
        due,
        "--cycle-months",
        "12",
    )
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run(capsys, "--db", council_db, "reviews", "ics", "--out", str(first))[0] == 0
    assert run(capsys, "--db", council_db, "reviews", "ics", "--out", str(second))[0] == 0
    events = [list(Calendar.from_ical(p.read_bytes()).walk("VEVENT")) for p in (first, second)]
    assert len(events[0]) == 2  # the due date and the agenda deadline
    assert all(list(e.walk("VALARM")) for e in events[0])
    assert [str(e["uid"]) for e in events[0]] == [str(e["uid"]) for e in events[1]]
    assert {e.decoded("dtstart").isoformat() for e in events[0]} >= {due}
    # Reviewed today: the same event moves a year on, as a revision of the one imported before.
    run(
        capsys,
        "--db",
        council_db,
        "reviews",
        "record",
        "Standing Orders",
        "--on",
        TODAY.isoformat(),
        "--outcome",
        "unchanged",
    )
    third = tmp_path / "c.ics"
    assert run(capsys, "--db", council_db, "reviews", "ics", "--out", str(third))[0] == 0
    moved = {str(e["uid"]): e for e in Calendar.from_ical(third.read_bytes()).walk("VEVENT")}
    before = {str(e["uid"]): e for e in events[0]}
    assert set(moved) == set(before)
    (due_uid,) = [uid for uid, e in before.items() if e.decoded("dtstart").isoformat() == due]
    assert moved[due_uid].decoded("dtstart") > before[due_uid].decoded("dtstart")
    assert moved[due_uid].decoded("sequence") >= before[due_uid].decoded("sequence")
    code, _, err = run(capsys, "--db", council_db, "reviews", "ics", "--out", str(tmp_path))
    assert code == 2 and "is a folder" in err
    code, _, err = run(
        capsys, "--db", council_db, "reviews", "ics", "--out", str(tmp_path / "no" / "x.ics")
    )
    assert code == 2 and "There is no folder" in err and err.count("\n") == 1


def test_a_later_export_is_a_later_revision_of_each_event(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    from councildesk.services import review_calendar
    from councildesk.services.database import open_database

    due = (TODAY + dt.timedelta(days=35)).isoformat()
    run(capsys, "--db", council_db, "policies", "add", "Standing Orders", "--next-review", due)
    db = open_database(Path(council_db), readonly=True)
    try:
        with db.session() as session:
            stamps = (
                dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC),
                dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC),
            )
            early, late = (review_calendar.build_calendar(session, TODAY, s) for s in stamps)
    finally:
        db.close()
    assert early.get("method") == "PUBLISH"
    for a, b in zip(early.walk("VEVENT"), late.walk("VEVENT"), strict=True):
        assert str(a["uid"]) == str(b["uid"]) and b.decoded("sequence") > a.decoded("sequence")


def test_report_reviews_writes_a_pdf(
    capsys: pytest.CaptureFixture[str], council_db: str, tmp_path: Path
) -> None:
    run(capsys, "--db", council_db, "policies", "add", "Standing Orders", "--cycle-months", "12")
    out = tmp_path / "reviews.pdf"
    code, _, err = run(capsys, "--db", council_db, "report", "reviews", "--out", str(out))
    assert code == 0, err and out.read_bytes().startswith(b"%PDF")


def test_reminders_say_what_is_due_and_nothing_when_nothing_is(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    assert launch(["--db", council_db, "reminders"]) == 0
    assert capsys.readouterr().out.strip() == "Nothing is due."
    due = (TODAY + dt.timedelta(days=35)).isoformat()
    run(capsys, "--db", council_db, "policies", "add", "Standing Orders", "--next-review", due)
    assert launch(["--db", council_db, "reminders"]) == 0
    assert "Standing Orders" in capsys.readouterr().out


def test_the_agent_with_nothing_due_never_loads_qt_nor_takes_the_lock(council_db: str) -> None:
    from councildesk.db.open import open_database

    holder = open_database(Path(council_db))  # a running CouncilDesk holds the write lock
    try:
        probe = (
            "import sys; from councildesk.launch import main; code = main(sys.argv[1:]); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was loaded'; "
            "assert 'reportlab' not in sys.modules and 'alembic' not in sys.modules; "
            "raise SystemExit(code)"
        )
        result = subprocess.run(
            [sys.executable, "-c", probe, "--db", council_db, "reminders", "--notify"],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            timeout=60,
        )
    finally:
        holder.close()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Nothing is due."


def _agent(db: str, *flags: str) -> subprocess.CompletedProcess[str]:
    """The agent as the log-in entry runs it, reporting what it loaded."""
    probe = (
        "import sys; from councildesk.launch import main; code = main(sys.argv[1:]); "
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'holidays', 'PySide6', 'alembic'}); "
        "print('loaded:', *heavy); raise SystemExit(code)"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, "--db", db, "reminders", *flags],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )


def test_nothing_due_is_answered_from_one_row_beside_a_write_in_progress(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from councildesk.db.open import open_database
    from councildesk.services import review_records

    council_db = str(tmp_path / "quiet.sqlite")
    run(capsys, "--db", council_db, "init", "--council", "Little Snoring")
    due = (TODAY + dt.timedelta(days=100)).isoformat()  # its first reminder in 58 days
    run(capsys, "--db", council_db, "policies", "add", "Standing Orders", "--next-review", due)
    holder = open_database(Path(council_db))  # a running CouncilDesk, mid-save
    try:
        session = holder.transaction().__enter__()
        review_records.add_policy(
            session, "Code of Conduct", review_records.ScheduleInput(next_due_override=TODAY)
        )
        session.flush()  # written to the file's WAL, the write lock taken, not committed
        result = _agent(council_db, "--notify")
        session.rollback()
        session.close()
    finally:
        holder.close()
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Nothing is due.", "loaded:"]


def test_the_agent_looks_in_full_once_a_reminder_falls(
    capsys: pytest.CaptureFixture[str], council_db: str
) -> None:
    due = (TODAY + dt.timedelta(days=35)).isoformat()
    run(capsys, "--db", council_db, "policies", "add", "Standing Orders", "--next-review", due)
    result = _agent(council_db)  # --notify would show the reminder and wait
    assert "Standing Orders" in result.stdout and "sqlalchemy" in result.stdout
