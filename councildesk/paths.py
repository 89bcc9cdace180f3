"""Where CouncilDesk keeps and finds things.

The user's database lives in the platform's user data folder. The bundled folders (ui/,
resources/, migrations/) sit at the top of the repository when running from a checkout, and
inside the package (``councildesk/_bundled``) when installed from a wheel.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_DIR_NAME = "CouncilDesk"
DB_FILE_NAME = "councildesk.sqlite"
SAMPLE_FILE_NAME = "sample-council.sqlite"
DB_ENV_VAR = "COUNCILDESK_DB"

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir() -> Path:
    # Imported here: a command given --db (the printouts, the benchmarks) never asks.
    from platformdirs import user_data_path

    return user_data_path(APP_DIR_NAME, appauthor=False, roaming=True)


def default_db_path() -> Path:
    """The database the app opens when no --db is given: COUNCILDESK_DB, else the data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILE_NAME


def sample_db_path() -> Path:
    """Where the made-up council lives: beside the real file, never in it."""
    return default_db_path().parent / SAMPLE_FILE_NAME


def database_path(explicit: str | None) -> Path:
    """The database a command works on: --db if given, else the default."""
    return Path(explicit).expanduser() if explicit else default_db_path()


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / "_bundled" / name
    if installed.is_dir():
        return installed
    # Running from a checkout or an editable install: the folder is at the repository's top.
    return _PACKAGE_DIR.parent / name


def ui_dir() -> Path:
    return _bundled("ui")


def resources_dir() -> Path:
    return _bundled("resources")


def migrations_dir() -> Path:
    return _bundled("migrations")


def icon_path(name: str) -> Path:
    return resources_dir() / "icons" / f"{name}.svg"
