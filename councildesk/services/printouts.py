"""The printouts `councildesk report NAME` can make, by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.reports import glyphs
from councildesk.services import (
    complaint_printouts,
    directory,
    protocol_printouts,
    review_printouts,
)

# For the GUI, which makes printouts through other services: collect the characters replaced
# because the font lacks them, then tell the clerk with glyph_note.
missing_glyphs = glyphs.tracking
glyph_note = glyphs.note

Printout = Callable[[Session, Path | BinaryIO, dt.date], None]

PRINTOUTS: dict[str, Printout] = {
    "directory": directory.write_directory,
    "protocol": protocol_printouts.write_current_protocol,
    "reviews": review_printouts.write_reviews,
    # Counts only, so it needs no passphrase; the confidential register is in cli_complaints.
    "complaints-public": complaint_printouts.write_public,
}


def write(name: str, session: Session, out: Path | BinaryIO, today: dt.date) -> str:
    """Write the printout; return a note for the clerk ("" if none), e.g. about emoji."""
    with glyphs.tracking() as replaced:
        PRINTOUTS[name](session, out, today)
    return glyphs.note(replaced)
