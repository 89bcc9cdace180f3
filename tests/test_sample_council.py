"""A safe first run: the sample council lives in a file of its own and says SAMPLE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from councildesk import paths
from councildesk.cli import main
from councildesk.reports.template import SAMPLE_TEXT
from councildesk.services import council, demo, printouts, protocol_printouts, protocols
from councildesk.services.database import Database, Session, open_database


def _council_of(path: Path) -> tuple[str, bool]:
    db = open_database(path, readonly=True)
    try:
        with db.session() as session:
            found = council.get_council(session)
            return found.name, found.is_sample
    finally:
        db.close()


def test_demo_without_db_leaves_the_real_file_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    real = paths.default_db_path()
    assert main(["init", "--council", "Little Snoring"]) == 0
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    sample = paths.sample_db_path()
    assert sample.parent == real.parent and sample.name == "sample-council.sqlite"
    assert str(sample) in out
    assert _council_of(real) == ("Little Snoring", False)
    assert _council_of(sample) == ("Ashcombe Parva", True)


def test_demo_before_set_up_does_not_block_the_real_set_up(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    assert not paths.default_db_path().exists()
    assert main(["init", "--council", "Little Snoring"]) == 0
    assert _council_of(paths.default_db_path()) == ("Little Snoring", False)


def test_demo_twice_keeps_the_sample_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["demo"]) == 0
    assert "already in" in capsys.readouterr().out


def test_demo_into_a_real_council_file_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "real.sqlite")
    main(["--db", db, "init", "--council", "Little Snoring"])
    capsys.readouterr()
    assert main(["--db", db, "demo"]) == 1
    err = capsys.readouterr().err
    assert "Little Snoring Parish Council" in err and err.count("\n") == 1


def test_sample_flag_is_kept_in_the_database(tmp_path: Path) -> None:
    made = demo.make_sample_file(tmp_path / "s.sqlite", dt.date(2026, 11, 24))
    assert made.created
    assert _council_of(made.path) == ("Ashcombe Parva", True)


def _pages_text(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(pdf).pages]


def _every_printout(session: Session, folder: Path, today: dt.date) -> dict[str, Path]:
    """Every PDF the app prints, made from the open database."""
    made: dict[str, Path] = {}
    for name in printouts.PRINTOUTS:
        made[name] = folder / f"{name}.pdf"
        printouts.write(name, session, made[name], today)
    policy = protocols.find_policy(session)
    first, newest = policy.versions[0].id, policy.versions[-1].id
    made["booklet"] = folder / "booklet.pdf"
    protocol_printouts.write_booklet(session, first, made["booklet"], today)
    made["comparison"] = folder / "comparison.pdf"
    protocol_printouts.write_comparison(session, first, newest, made["comparison"], today)
    made["signoff"] = folder / "signoff.pdf"
    protocol_printouts.write_signoff(session, first, made["signoff"], today)
    return made


def test_every_page_of_every_printout_of_the_sample_says_sample(tmp_path: Path) -> None:
    today = dt.date(2026, 11, 24)
    made = demo.make_sample_file(tmp_path / "s.sqlite", today)
    db = open_database(made.path, readonly=True)
    try:
        with db.session() as session:
            pdfs = _every_printout(session, tmp_path, today)
            first = protocols.find_policy(session).versions[0].id
            text = protocol_printouts.text_of(session, first)
    finally:
        db.close()
    for name, pdf in pdfs.items():
        for number, page in enumerate(_pages_text(pdf), start=1):
            assert SAMPLE_TEXT in page, f"{name}, page {number}"
    assert SAMPLE_TEXT in text.splitlines()[0]


def test_a_real_councils_printouts_do_not_say_sample(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as session:
        council.get_council(session).is_sample = False
    with demo_db.session() as session:
        pdfs = _every_printout(session, tmp_path, dt.date(2026, 11, 24))
    for pdf in pdfs.values():
        assert not any("SAMPLE" in page for page in _pages_text(pdf))
