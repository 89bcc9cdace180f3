"""The database as the GUI and CLI see it: open, one transaction per user action, and the
errors they can meet. They import these from here, never from councildesk.db directly.

Importing this loads no SQLAlchemy (the window opens first): ``Session`` is fetched from it when
first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from councildesk.db import engine
from councildesk.db.create import DatabaseExistsError as DatabaseExistsError
from councildesk.db.create import copy_database as copy_database
from councildesk.db.create import create_database as create_database
from councildesk.db.engine import Database as Database
from councildesk.db.engine import StorageError as StorageError
from councildesk.db.files import NotADatabaseError as NotADatabaseError
from councildesk.db.lock import DatabaseInUseError as DatabaseInUseError
from councildesk.db.migrate import DatabaseTooNewError as DatabaseTooNewError
from councildesk.db.migrate import UpgradeFailedError as UpgradeFailedError
from councildesk.db.open import DatabaseMissingError as DatabaseMissingError
from councildesk.db.open import open_database as open_database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as Session


def __getattr__(name: str) -> Any:
    if name == "Session":
        from sqlalchemy.orm import Session

        return Session
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _keep_reminder_horizon() -> None:
    # The commit hook that keeps the log-in agent's reminder horizon, put in place with the
    # first session (importing it loads SQLAlchemy, which the window opens without).
    from councildesk.services import reminder_horizon  # noqa: F401


engine.BEFORE_FIRST_SESSION.append(_keep_reminder_horizon)
