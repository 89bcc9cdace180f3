"""The printouts `councildesk report NAME` can make, by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.services import directory, protocol_printouts, review_printouts

Printout = Callable[[Session, Path | BinaryIO, dt.date], None]

PRINTOUTS: dict[str, Printout] = {
    "directory": directory.write_directory,
    "protocol": protocol_printouts.write_current_protocol,
    "reviews": review_printouts.write_reviews,
}


def write(name: str, session: Session, out: Path | BinaryIO, today: dt.date) -> None:
    PRINTOUTS[name](session, out, today)
