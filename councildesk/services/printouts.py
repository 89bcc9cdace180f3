"""The printouts `councildesk report NAME` can make, by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.errors import CouncilDeskError
from councildesk.reports import glyphs
from councildesk.services import (
    audit_printouts,
    complaint_printouts,
    directory,
    disclosure_notices,
    protocol_printouts,
    review_printouts,
)

# For the GUI, which makes printouts through other services: collect the characters replaced
# because the font lacks them, then tell the clerk with glyph_note.
missing_glyphs = glyphs.tracking
glyph_note = glyphs.note

Printout = Callable[[Session, Path | BinaryIO, dt.date], None]
# Printouts of a register over a period: `report NAME --from DATE --to DATE`.
PeriodPrintout = Callable[[Session, Path | BinaryIO, dt.date, dt.date | None, dt.date | None], None]

PRINTOUTS: dict[str, Printout] = {
    "directory": directory.write_directory,
    "protocol": protocol_printouts.write_current_protocol,
    "reviews": review_printouts.write_reviews,
    # Counts only, so it needs no passphrase; the confidential register is in cli_complaints.
    "complaints-public": complaint_printouts.write_public,
}
PERIOD_PRINTOUTS: dict[str, PeriodPrintout] = {
    "disclosures": disclosure_notices.write_register,
    "audit": audit_printouts.write_period,
}


def names() -> list[str]:
    return [*PRINTOUTS, *PERIOD_PRINTOUTS]


def write(
    name: str,
    session: Session,
    out: Path | BinaryIO,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> str:
    """Write the printout; return a note for the clerk ("" if none), e.g. about emoji.

    ``start`` and ``end`` choose the period of a register's printout (either may be open)."""
    with glyphs.tracking() as replaced:
        if name in PERIOD_PRINTOUTS:
            PERIOD_PRINTOUTS[name](session, out, today, start, end)
        elif start is not None or end is not None:
            raise CouncilDeskError(
                f"The {name} printout covers no period; leave out --from and --to."
            )
        else:
            PRINTOUTS[name](session, out, today)
    return glyphs.note(replaced)
