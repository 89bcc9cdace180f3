"""Bringing a database file to the schema this CouncilDesk expects.

Before an upgrade the file is copied beside itself, so a failed or unwanted upgrade can be undone
by hand; a database written by a newer CouncilDesk is refused and left untouched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from councildesk import paths
from councildesk.errors import CouncilDeskError


class DatabaseTooNewError(CouncilDeskError):
    pass


class DatabaseNeedsUpgradeError(CouncilDeskError):
    pass


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/ has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def check_known(engine: Engine, path: Path) -> str | None:
    """Return the file's revision, refusing one this CouncilDesk has never heard of."""
    revision = current_revision(engine)
    if revision is None:
        return None
    script = ScriptDirectory.from_config(alembic_config())
    try:
        script.get_revision(revision)
    except Exception as error:  # alembic raises several kinds for an unknown revision
        raise DatabaseTooNewError(
            f"{path.name} was written by a newer version of CouncilDesk. "
            "Install the latest CouncilDesk to open it; the file has not been changed."
        ) from error
    return revision


def backup_before_upgrade(path: Path, revision: str | None) -> Path | None:
    if not path.exists() or path.stat().st_size == 0 or revision is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    # The backup API copies a consistent snapshot even with a WAL file beside the database.
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def upgrade_to_head(engine: Engine, path: Path) -> Path | None:
    """Upgrade if needed; return the safety copy's path when one was made."""
    revision = check_known(engine, path)
    if revision == head_revision():
        return None
    backup = backup_before_upgrade(path, revision)
    command.upgrade(alembic_config(engine), "head")
    return backup
