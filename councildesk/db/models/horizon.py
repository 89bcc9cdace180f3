"""The log-in reminder agent's horizon (issue 11)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Date,
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from councildesk.db.models.base import Base


class ReminderHorizon(Base):
    """The first day the log-in agent has a reminder to show (one row, or none).

    Worked out at each commit that changed what reminders depend on; triggers on those tables
    delete the row (db/horizon.py), so a missing row means "not known: work it out in full".
    """

    __tablename__ = "reminder_horizon"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    computed_on: Mapped[dt.date] = mapped_column(Date)
    # None: nothing will notify, whatever the date, until something changes.
    quiet_until: Mapped[dt.date | None] = mapped_column(Date)
    # The CouncilDesk that worked it out: another version may read the schedule differently.
    computed_by: Mapped[str] = mapped_column(String(50))
