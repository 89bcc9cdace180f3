"""`councildesk reminders [--notify]`: what the log-in reminder agent runs.

It runs at every log-in, so it is kept light: it never imports the rest of the command line,
never takes the database's write lock (it works beside a running CouncilDesk), and only loads
Qt when there is something to show. On a day when nothing is due it reads one row and exits
(services/reminder_check.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from councildesk import paths

NOTHING_DUE = "Nothing is due."


def run(db: str | None, *, notify: bool, today: dt.date | None = None) -> int:
    from councildesk.services.reminder_check import nothing_due

    path = paths.database_path(db)
    today = today or dt.date.today()
    # Most days: one row read with sqlite3 says nothing is due before a later day, and the
    # agent exits without loading SQLAlchemy or the schedule.
    if nothing_due(path, today):
        print(NOTHING_DUE)
        return 0

    from councildesk.errors import CouncilDeskError
    from councildesk.rules.dates import uk_date
    from councildesk.services.reminders import agent_notices

    try:
        found = agent_notices(path, today)
    except CouncilDeskError as error:
        print(f"councildesk: {error}", file=sys.stderr)
        return 1
    if not found:
        print(NOTHING_DUE)
        return 0
    for notice in found:
        print(f"{uk_date(notice.remind_on)}\t{notice.text}")
    if notify:
        from councildesk.gui.reminder_popup import show_notices

        return show_notices([notice.text for notice in found], path)
    return 0


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="councildesk")
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("command", choices=["reminders"])
    parser.add_argument("--notify", action="store_true")
    args = parser.parse_args(list(argv))
    return run(args.db, notify=args.notify)
