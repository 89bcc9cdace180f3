"""Every register out to a spreadsheet: `councildesk export NAME` and each page's Export button.

A register is exported by name; its table comes from the services, never from what a page
shows, so the command line and the window write the same file. The file is written under a
hidden name and renamed when finished: a failed export leaves no half file, and never
damages a spreadsheet that was already there.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.db import files
from councildesk.errors import CouncilDeskError
from councildesk.exports.table import Table as Table
from councildesk.rules.dates import uk_date
from councildesk.services import council, export_directory, export_registers

TableMaker = Callable[[Session, dt.date], Table]

REGISTERS: dict[str, TableMaker] = {
    "people": export_directory.people_table,
    "groups": export_directory.groups_table,
    "committees": export_directory.committees_table,
    "meetings": export_directory.meetings_table,
    "policies": export_registers.policies_table,
    "reviews": export_registers.reviews_table,
    "disclosures": export_registers.disclosures_table,
    "complaints": export_registers.complaints_table,
    "audit": export_registers.audit_table,
}

Writer = Callable[[Table, Path | BinaryIO], None]
SUFFIXES = (".xlsx", ".csv")


def writer_for(suffix: str) -> Writer | None:
    # Imported here, not at the top: openpyxl is only wanted when a file is exported, and the
    # command line and the window should not pay for loading it at every start.
    if suffix == ".xlsx":
        from councildesk.exports.xlsx import write_xlsx

        return write_xlsx
    if suffix == ".csv":
        from councildesk.exports.csv_file import write_csv

        return write_csv
    return None


def names() -> list[str]:
    return list(REGISTERS)


def captioned(session: Session, table: Table, today: dt.date) -> Table:
    """The table headed, for a printed page, with the council and the day it was exported."""
    name = council.display_name(council.get_council(session))
    return dataclasses.replace(
        table, caption=f"{name}: {table.title}, exported on {uk_date(today)}"
    )


def table(session: Session, name: str, today: dt.date) -> Table:
    try:
        make = REGISTERS[name]
    except KeyError:
        raise CouncilDeskError(
            f"There is no register called '{name}'. Choose one of: {', '.join(REGISTERS)}."
        ) from None
    return captioned(session, make(session, today), today)


def file_name(table: Table, today: dt.date, suffix: str = ".xlsx") -> str:
    """A name to offer in the save dialog: "review-schedule-2026-12-01.xlsx"."""
    stem = "-".join(table.title.lower().split())
    return f"{stem}-{today.isoformat()}{suffix}"


def save(table: Table, path: Path) -> None:
    """Write ``table`` to ``path`` as the suffix says (.xlsx or .csv), all or nothing."""
    writer = writer_for(path.suffix.lower())
    if writer is None:
        raise CouncilDeskError(
            f"{path.name} does not end in .xlsx or .csv. Give a name such as "
            f"{path.with_suffix('.xlsx').name}."
        )
    if not path.parent.is_dir():
        raise CouncilDeskError(
            f"There is no folder {path.parent.absolute()}. Create it first, or save elsewhere."
        )
    partial = files.temporary_sibling(path, "exporting")
    try:
        writer(table, partial)
        files.replace_with(partial, path)
    except PermissionError:
        raise CouncilDeskError(
            f"{path.name} could not be written: it may be open in Excel, or the folder "
            f"{path.parent} may not be yours to change. Close it, or save elsewhere."
        ) from None
    except OSError as error:
        raise CouncilDeskError(
            f"{path.name} could not be written ({error.strerror or error}); nothing was saved."
        ) from None
    finally:
        partial.unlink(missing_ok=True)


def export(session: Session, name: str, path: Path, today: dt.date) -> Table:
    """Export the register ``name`` to ``path``; return the table written (for its row count)."""
    found = table(session, name, today)
    save(found, path)
    return found
