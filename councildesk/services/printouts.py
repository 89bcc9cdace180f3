"""The printouts `councildesk report NAME` can make, by name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.errors import CouncilDeskError
from councildesk.services import directory, disclosure_notices, protocol_printouts

Printout = Callable[[Session, Path | BinaryIO, dt.date], None]
# Printouts of a register over a period: `report NAME --from DATE --to DATE`.
PeriodPrintout = Callable[[Session, Path | BinaryIO, dt.date, dt.date | None, dt.date | None], None]

PRINTOUTS: dict[str, Printout] = {
    "directory": directory.write_directory,
    "protocol": protocol_printouts.write_current_protocol,
}
PERIOD_PRINTOUTS: dict[str, PeriodPrintout] = {
    "disclosures": disclosure_notices.write_register,
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
) -> None:
    if name in PERIOD_PRINTOUTS:
        PERIOD_PRINTOUTS[name](session, out, today, start, end)
        return
    if start is not None or end is not None:
        raise CouncilDeskError(f"The {name} printout covers no period; leave out --from and --to.")
    PRINTOUTS[name](session, out, today)
