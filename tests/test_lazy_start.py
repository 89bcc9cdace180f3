"""What starting CouncilDesk loads: the window before the printing, importing and migrating
machinery (issue 10), and each command no more than its own area's."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from councildesk import cli
from councildesk.db import migrate, revisions

FROZEN = Path(__file__).parent / "fixtures" / "databases"
# Loaded only once a page, a printout, an import or an upgrade needs them.
HEAVY = ("reportlab", "docx", "pypdf", "alembic", "sqlalchemy")

# Runs the command as `councildesk` would, then says which of HEAVY had been imported.
PROBE = """
import json, sys
from councildesk.launch import main
code = main(sys.argv[1:])
loaded = sorted({name.split(".")[0] for name in sys.modules} & set(json.loads(HEAVY)))
print(json.dumps({"code": code, "loaded": loaded}))
"""


def loaded_by(*args: str) -> tuple[int, list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE.replace("HEAVY", repr(json.dumps(HEAVY))), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return int(report["code"]), list(report["loaded"])


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("start") / "demo.sqlite"
    assert cli.main(["--db", str(path), "demo"]) == 0
    return path


def test_the_window_shows_before_printing_importing_migrating_or_the_orm_load(
    demo_file: Path,
) -> None:
    code, loaded = loaded_by("--db", str(demo_file), "gui", "--quit-when-ready")
    assert code == 0
    assert loaded == []


def test_an_old_database_is_still_upgraded_when_the_window_opens(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite"
    shutil.copy(FROZEN / "revision-0007.sqlite", old)
    code, loaded = loaded_by("--db", str(old), "gui", "--quit-when-ready")
    assert code == 0
    assert "alembic" in loaded  # loaded because, and only because, the file needed it
    with sqlite3.connect(old) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == migrate.head_revision()
    assert list(tmp_path.glob("old.before-upgrade-0007_complaints_casebook-*.sqlite"))


def test_a_search_from_the_command_line_loads_no_printouts_or_importers(demo_file: Path) -> None:
    code, loaded = loaded_by("--db", str(demo_file), "protocol", "search", "chair")
    assert code == 0
    assert loaded == ["sqlalchemy"]


def test_the_revision_chain_read_without_alembic_is_alembics() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert revisions.head() == script.get_current_head()
    assert revisions.chain() == {
        revision.revision: revision.down_revision for revision in script.walk_revisions()
    }


def command_choices(parser: argparse.ArgumentParser) -> list[str]:
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(commands.choices)


def test_each_command_word_is_set_up_by_the_area_that_owns_it() -> None:
    words = command_choices(cli.build_parser())
    assert words == cli.command_words()
    for word in words:
        assert word in command_choices(cli.build_parser(word))


def test_the_casebook_printouts_named_by_report_are_those_the_casebook_makes() -> None:
    from councildesk import cli_complaints

    assert cli.CASEBOOK_REPORTS == cli_complaints.REPORTS


def test_printing_the_booklet_loads_the_printing_machinery_but_not_the_orm(
    demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "booklet.pdf"
    code, loaded = loaded_by("--db", str(demo_file), "report", "protocol", "--out", str(out))
    assert code == 0
    assert loaded == ["reportlab"]
    assert out.read_bytes().startswith(b"%PDF")
