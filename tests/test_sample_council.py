"""A safe first run: the sample council lives in a file of its own and says SAMPLE."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from councildesk import paths
from councildesk.cli import main
from councildesk.services import council, demo
from councildesk.services.database import open_database


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
