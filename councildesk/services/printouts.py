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
from typing import TYPE_CHECKING, BinaryIO, TypeAlias, cast

from councildesk.errors import CouncilDeskError
from councildesk.reports import glyph_notes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from councildesk.db.plain import Reader

# For the GUI, which makes printouts through other services: collect the characters replaced
# because the font lacks them, then tell the clerk with glyph_note.
missing_glyphs = glyph_notes.tracking
glyph_note = glyph_notes.note

Printout: TypeAlias = "Callable[[Session, Path | BinaryIO, dt.date], None]"
# Printouts of a register over a period: `report NAME --from DATE --to DATE`.
PeriodPrintout: TypeAlias = (
    "Callable[[Session, Path | BinaryIO, dt.date, dt.date | None, dt.date | None], None]"
)
PlainPrintout: TypeAlias = "Callable[[Reader, Path | BinaryIO, dt.date], None]"

# name -> (module in councildesk.services, function)
PRINTOUTS: dict[str, tuple[str, str]] = {
    "directory": ("directory", "write_directory"),
    "protocol": ("protocol_printouts", "write_current_protocol"),
    "reviews": ("review_printouts", "write_reviews"),
    # Counts only, so it needs no passphrase; the confidential register is in cli_complaints.
    "complaints-public": ("complaint_printouts", "write_public"),
}
# Printouts that read with plain SQL (db/plain.py), so the command that makes one need not
# load SQLAlchemy: the booklet is printed in a hurry on meeting night. Each is in PRINTOUTS too,
# for a caller that holds a Session.
PLAIN_PRINTOUTS: dict[str, tuple[str, str]] = {
    "protocol": ("booklet_reads", "write_current_protocol"),
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
        else:
            _refuse_period(name, start, end)
            cast(Printout, _function(PRINTOUTS[name]))(session, out, today)
    return glyph_notes.note(replaced)


def write_plain(
    name: str,
    reader: Reader,
    out: Path | BinaryIO,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> str:
    """As :func:`write`, for a printout in PLAIN_PRINTOUTS, read through ``reader``."""
    _refuse_period(name, start, end)
    with glyph_notes.tracking() as replaced:
        cast(PlainPrintout, _function(PLAIN_PRINTOUTS[name]))(reader, out, today)
    return glyph_notes.note(replaced)


def _refuse_period(name: str, start: dt.date | None, end: dt.date | None) -> None:
    if start is not None or end is not None:
        raise CouncilDeskError(f"The {name} printout covers no period; leave out --from and --to.")
