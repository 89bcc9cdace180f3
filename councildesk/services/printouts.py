"""The printouts `councildesk report NAME` can make, by name.

Each printout's service is imported only when that printout is made: `report protocol`
should not load the directory, the registers or the casebook's cryptography to print the
booklet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import BinaryIO, cast

from sqlalchemy.orm import Session

from councildesk.errors import CouncilDeskError
from councildesk.reports import glyph_notes

# For the GUI, which makes printouts through other services: collect the characters replaced
# because the font lacks them, then tell the clerk with glyph_note.
missing_glyphs = glyph_notes.tracking
glyph_note = glyph_notes.note

Printout = Callable[[Session, Path | BinaryIO, dt.date], None]
# Printouts of a register over a period: `report NAME --from DATE --to DATE`.
PeriodPrintout = Callable[[Session, Path | BinaryIO, dt.date, dt.date | None, dt.date | None], None]

# name -> (module in councildesk.services, function)
PRINTOUTS: dict[str, tuple[str, str]] = {
    "directory": ("directory", "write_directory"),
    "protocol": ("protocol_printouts", "write_current_protocol"),
    "reviews": ("review_printouts", "write_reviews"),
    # Counts only, so it needs no passphrase; the confidential register is in cli_complaints.
    "complaints-public": ("complaint_printouts", "write_public"),
}
PERIOD_PRINTOUTS: dict[str, tuple[str, str]] = {
    "disclosures": ("disclosure_notices", "write_register"),
    "audit": ("audit_printouts", "write_period"),
}


def names() -> list[str]:
    return [*PRINTOUTS, *PERIOD_PRINTOUTS]


def _function(where: tuple[str, str]) -> object:
    module, function = where
    return getattr(import_module(f"councildesk.services.{module}"), function)


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
    with glyph_notes.tracking() as replaced:
        if name in PERIOD_PRINTOUTS:
            cast(PeriodPrintout, _function(PERIOD_PRINTOUTS[name]))(session, out, today, start, end)
        elif start is not None or end is not None:
            raise CouncilDeskError(
                f"The {name} printout covers no period; leave out --from and --to."
            )
        else:
            cast(Printout, _function(PRINTOUTS[name]))(session, out, today)
    return glyph_notes.note(replaced)
