"""A Table as CSV that Excel opens right: UTF-8 with a byte-order mark, dates dd/mm/yyyy."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import BinaryIO

from councildesk.exports.table import Cell, Kind, Table
from councildesk.rules.dates import uk_date

# Without the mark, Excel reads a CSV in the computer's legacy code page: "ŵ" arrives as "Åµ".
ENCODING = "utf-8-sig"
# A cell beginning with one of these is run as a formula by Excel and LibreOffice; text from a
# document (a matter, a note) must never become one, so it is given a leading apostrophe.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(kind: Kind, value: Cell) -> str:
    if value is None:
        return ""
    if kind is Kind.DATE_TIME and isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if kind is Kind.DATE and isinstance(value, dt.date):
        return uk_date(value)
    if kind is Kind.TIME and isinstance(value, dt.time):
        return value.strftime("%H:%M")
    text = str(value)
    if kind is Kind.TEXT and text.startswith(_FORMULA_STARTS):
        return "'" + text
    return text


def csv_text(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.headings)
    kinds = [column.kind for column in table.columns]
    for row in table.rows:
        writer.writerow([_text(kind, value) for kind, value in zip(kinds, row, strict=True)])
    return buffer.getvalue()


def write_csv(table: Table, out: Path | BinaryIO) -> None:
    data = csv_text(table).encode(ENCODING)
    if isinstance(out, Path):
        out.write_bytes(data)
    else:
        out.write(data)
