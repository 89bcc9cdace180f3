"""A Table as an Excel workbook: bold frozen header, real dates shown dd/mm/yyyy, fitted
columns, and a page set up to print on A4 with the header on every page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from councildesk.exports.table import Cell, Kind, Table

NUMBER_FORMATS = {
    Kind.DATE: "dd/mm/yyyy",
    Kind.DATE_TIME: "dd/mm/yyyy hh:mm",
    Kind.TIME: "hh:mm",
    Kind.NUMBER: "General",
    Kind.TEXT: "@",
}
# Widths in Excel's units (about one character of the default font). Long text wraps within
# WIDEST rather than running across the page.
FIXED_WIDTHS = {Kind.DATE: 12, Kind.DATE_TIME: 17, Kind.TIME: 8}
NARROWEST, WIDEST = 8, 60
PADDING = 2

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E7ECF2")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8C9A"))
_TOP = Alignment(vertical="top")
_TOP_WRAPPED = Alignment(vertical="top", wrap_text=True)


def _longest_line(value: Cell) -> int:
    if value is None:
        return 0
    return max(len(line) for line in str(value).split("\n"))


def column_widths(table: Table) -> list[int]:
    """How wide each column is: its widest line (heading included), within NARROWEST..WIDEST."""
    widths = []
    for index, column in enumerate(table.columns):
        heading = len(column.heading) + PADDING
        if column.kind in FIXED_WIDTHS:
            widths.append(max(FIXED_WIDTHS[column.kind], heading))
            continue
        longest = max((_longest_line(row[index]) for row in table.rows), default=0)
        widths.append(min(WIDEST, max(NARROWEST, heading, longest + PADDING)))
    return widths


def _wraps(table: Table, index: int, width: int) -> bool:
    """Whether a column has text too long for its width, or of several lines."""
    for row in table.rows:
        value = row[index]
        if isinstance(value, str) and ("\n" in value or len(value) + PADDING > width):
            return True
    return False


def _set_up_page(sheet: Any, table: Table) -> None:
    # Any: the stubs leave out the page settings a write-only sheet shares with Worksheet.
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    setup = sheet.page_setup
    setup.paperSize = Worksheet.PAPERSIZE_A4
    setup.orientation = "landscape"
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.left.text = (table.caption or table.title).replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"


def _body_cell(sheet: WriteOnlyWorksheet, kind: Kind, value: Cell, wrap: bool) -> SheetCell:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    # Any: openpyxl writes a date or a time as such; the stubs admit only datetime.
    written: Any = value
    cell = WriteOnlyCell(sheet, value=written)
    if kind is Kind.TEXT and value is not None:
        # openpyxl takes a string beginning "=" for a formula; in a register it is only text.
        cell.data_type = "s"
    if value is not None and kind is not Kind.TEXT:
        cell.number_format = NUMBER_FORMATS[kind]
    cell.alignment = _TOP_WRAPPED if wrap else _TOP
    return cell


def _header(sheet: WriteOnlyWorksheet, headings: Sequence[str]) -> list[SheetCell]:
    cells = []
    for heading in headings:
        cell = WriteOnlyCell(sheet, value=heading)
        cell.data_type = "s"
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
        cell.alignment = _TOP_WRAPPED
        cells.append(cell)
    return cells


def write_xlsx(table: Table, out: Path | BinaryIO) -> None:
    # Write-only: rows stream to the file, so a long audit trail never sits in memory twice.
    book = Workbook(write_only=True)
    book.properties.title = table.title
    book.properties.creator = "CouncilDesk"
    sheet = book.create_sheet(table.sheet_name)
    widths = column_widths(table)
    wraps = [_wraps(table, index, width) for index, width in enumerate(widths)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _set_up_page(sheet, table)
    last = get_column_letter(max(1, len(table.columns)))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    sheet.append(_header(sheet, table.headings))
    kinds = [column.kind for column in table.columns]
    for row in table.rows:
        sheet.append(
            [
                _body_cell(sheet, kind, value, wrap)
                for kind, value, wrap in zip(kinds, row, wraps, strict=True)
            ]
        )
    book.save(out)
