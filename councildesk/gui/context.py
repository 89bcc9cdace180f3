"""What every page and dialog needs: the open database and a way to tell the clerk things."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from councildesk.services.database import Database


@dataclass
class AppContext:
    db: Database
    # Tests fix "today" so what the pages show does not drift with the calendar.
    today: Callable[[], dt.date] = field(default=dt.date.today)
