"""The database as the GUI and CLI see it: open, one transaction per user action, and the
errors they can meet. They import these from here, never from councildesk.db directly."""

from __future__ import annotations

from sqlalchemy.orm import Session as Session

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

# The commit hook that keeps the log-in agent's reminder horizon (nothing heavy loads until a
# commit needs it).
from councildesk.services import reminder_horizon as _reminder_horizon  # noqa: F401
