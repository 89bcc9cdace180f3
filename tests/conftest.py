"""Shared fixtures. Every standard folder points at a temporary one, and every test database is
built through the Alembic migrations, as a clerk's would be."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import councildesk.gui  # noqa: F401 - before any Qt call: see its _pin_none_true_false
from councildesk.db.engine import Database
from councildesk.db.open import open_database
from councildesk.services import council, demo


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path_factory.mktemp("home")
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "APPDATA"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("COUNCILDESK_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "council.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, create=True)
    with database.transaction() as session:
        council.save_council(session, council.CouncilDetails(name="Testbury Parish Council"))
    yield database
    database.close()


@pytest.fixture
def demo_db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path, create=True)
    with database.transaction() as session:
        demo.seed(session, dt.date(2026, 11, 24))
    yield database
    database.close()


# CI runs the property tests derandomised, so a red run can be repeated exactly; developers keep
# the random search, which finds new cases.
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")
