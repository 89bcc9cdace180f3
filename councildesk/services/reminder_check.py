"""The log-in agent's quick look: is it certain that nothing is due today?

It reads one row with sqlite3 alone (db/horizon.py), so on the days when nothing is due the
agent answers without loading SQLAlchemy, the models, the review rules or the bank holidays.
Anything less than certain (no row, a row from another version of CouncilDesk, a clock set back
before the day it was worked out) sends the agent to the full check.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from councildesk import __version__
from councildesk.db import horizon

# Bump with any change to how reviews, reminders or working days are worked out, so a row
# written by the old rules is not trusted by the new ones.
RULES = "1"
COMPUTED_BY = f"{__version__}/{RULES}"


def nothing_due(path: Path, today: dt.date) -> bool:
    """True only when the horizon, worked out by this version, lies after ``today``."""
    found = horizon.read(path)
    if found is None or found.computed_by != COMPUTED_BY or found.computed_on > today:
        return False
    return found.quiet_until is None or today < found.quiet_until
