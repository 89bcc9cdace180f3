"""`councildesk report` pauses Python's cyclic garbage collector while it prints, and only
while it prints: the command line runs in-process too (the tests, a script calling main()),
and a caller left without its collector would slowly fill memory with unreclaimed cycles."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from councildesk.cli import main


def test_the_collector_runs_again_after_a_printout(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "init", "--council", "Ambridge"]) == 0
    assert gc.isenabled()
    assert main(["--db", db, "report", "directory", "--out", str(tmp_path / "d.pdf")]) == 0
    assert gc.isenabled()


def test_the_collector_runs_again_after_a_printout_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "init", "--council", "Ambridge"]) == 0
    # No protocol has been imported: the printout fails with a message for the clerk.
    assert main(["--db", db, "report", "protocol", "--out", str(tmp_path / "p.pdf")]) == 1
    assert "no policy called" in capsys.readouterr().err
    assert gc.isenabled()


def test_a_caller_that_paused_the_collector_itself_keeps_it_paused(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "init", "--council", "Ambridge"]) == 0
    gc.disable()
    try:
        assert main(["--db", db, "report", "directory", "--out", str(tmp_path / "d.pdf")]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
