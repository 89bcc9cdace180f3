"""A Table as an Excel workbook: bold frozen header, real dates shown dd/mm/yyyy, fitted
columns, and a page set up to print on A4 with the header on every page."""

from __future__ import annotations

import math
from collections.abc import Sequence
from copy import copy
from pathlib import Path
from typing import Any, BinaryIO, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from councildesk.exports.table import Cell, Column, Kind, Table

NUMBER_FORMATS = {
    Kind.DATE: "dd/mm/yyyy",
    Kind.DATE_TIME: "dd/mm/yyyy hh:mm",
    Kind.TIME: "hh:mm",
    Kind.NUMBER: "General",
    Kind.TEXT: "@",
}
# Widths in Excel's units (about one character of the default font). Long text wraps within
# WIDEST rather than running across the page; a heading wraps onto a second line rather than
# widening a column of short values.
FIXED_WIDTHS = {Kind.DATE: 12, Kind.DATE_TIME: 17, Kind.TIME: 8}
NARROWEST, WIDEST = 7, 40
PADDING = 2
LINE_HEIGHT = 15  # points: one line of 11-point Calibri, Excel's own default row
FONT = "Calibri"  # named, so LibreOffice and Numbers do not fall back to a serif for the header

_HEADER_FONT = Font(name=FONT, size=11, bold=True)
_BODY_FONT = Font(name=FONT, size=11)
_HEADER_FILL = PatternFill("solid", fgColor="E7ECF2")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8C9A"))
# Text wraps within its column, at the left. Dates, times and numbers never need to wrap, and
# stand centred: flush right they would run into the text of the next column.
_TOP_WRAPPED = Alignment(vertical="top", wrap_text=True)
_TOP_CENTRED = Alignment(horizontal="center", vertical="top")
_HEADING_CENTRED = Alignment(horizontal="center", vertical="top", wrap_text=True)


def _alignment(kind: Kind, *, heading: bool = False) -> Alignment:
    if kind is Kind.TEXT:
        return _TOP_WRAPPED
    return _HEADING_CENTRED if heading else _TOP_CENTRED


def _lines(value: Cell) -> list[str]:
    return [] if value is None else str(value).split("\n")


def _heading_width(heading: str) -> int:
    """Wide enough for the heading on two lines, and for its longest word on one."""
    words = heading.split() or [""]
    return max(max(len(word) for word in words), math.ceil(len(heading) / 2)) + PADDING


def column_widths(table: Table) -> list[int]:
    """How wide each column is: its widest line, within NARROWEST..WIDEST."""
    widths = []
    for index, column in enumerate(table.columns):
        heading = _heading_width(column.heading)
        if column.kind in FIXED_WIDTHS:
            widths.append(max(FIXED_WIDTHS[column.kind], heading))
            continue
        longest = max((len(line) for row in table.rows for line in _lines(row[index])), default=0)
        widths.append(min(WIDEST, max(NARROWEST, heading, longest + PADDING)))
    return widths


def _lines_needed(value: Cell, width: int) -> int:
    """Lines a wrapped cell takes at ``width`` (an estimate: Excel measures, we count)."""
    room = max(1, width - 1)
    return sum(max(1, math.ceil(len(line) / room)) for line in _lines(value)) or 1


def _row_height(values: Sequence[Cell], widths: Sequence[int]) -> float | None:
    """A height for a row whose text wraps (None: the default one line).

    LibreOffice and Excel do not always grow a row to fit wrapped text they did not write
    themselves, so the lines would print over the next row.
    """
    lines = max((_lines_needed(v, w) for v, w in zip(values, widths, strict=True)), default=1)
    return LINE_HEIGHT * lines if lines > 1 else None


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


def _body_styles(sheet: WriteOnlyWorksheet) -> dict[Kind, StyleArray]:
    """Each kind's cell style, made once: openpyxl looks a style up by hashing it, so setting
    the font and alignment of every cell of a long audit trail took most of the export's time."""
    styles = {}
    for kind in Kind:
        model = WriteOnlyCell(sheet)
        model.font = _BODY_FONT
        model.alignment = _alignment(kind)
        if kind is not Kind.TEXT:
            model.number_format = NUMBER_FORMATS[kind]
        # Any: the stubs leave out the style record every openpyxl cell carries.
        styles[kind] = cast(Any, model)._style
    return styles


def _body_cell(sheet: WriteOnlyWorksheet, kind: Kind, value: Cell, style: StyleArray) -> SheetCell:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    # Any: openpyxl writes a date or a time as such; the stubs admit only datetime.
    written: Any = value
    cell = WriteOnlyCell(sheet, value=written)
    if kind is Kind.TEXT and value is not None:
        # openpyxl takes a string beginning "=" for a formula; in a register it is only text.
        cell.data_type = "s"
    cast(Any, cell)._style = copy(style)
    return cell


def _header(sheet: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[SheetCell]:
    cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.heading)
        cell.data_type = "s"
        cell.font, cell.fill, cell.border = _HEADER_FONT, _HEADER_FILL, _HEADER_BORDER
        cell.alignment = _alignment(column.kind, heading=True)
        cells.append(cell)
    return cells


def write_xlsx(table: Table, out: Path | BinaryIO) -> None:
    # Write-only: rows stream to the file, so a long audit trail never sits in memory twice.
    book = Workbook(write_only=True)
    book.properties.title = table.title
    book.properties.creator = "CouncilDesk"
    sheet = book.create_sheet(table.sheet_name)
    widths = column_widths(table)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _set_up_page(sheet, table)
    last = get_column_letter(max(1, len(table.columns)))
    sheet.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    # Row heights go in before the rows: a write-only sheet writes each row as it comes.
    texts = [column.kind is Kind.TEXT for column in table.columns]
    for number, values in enumerate([table.headings, *table.rows], start=1):
        wrapped = [
            v if text or number == 1 else None for v, text in zip(values, texts, strict=True)
        ]
        height = _row_height(wrapped, widths)
        if height is not None:
            sheet.row_dimensions[number].height = height
    sheet.append(_header(sheet, table.columns))
    styles = _body_styles(sheet)
    kinds = [(column.kind, styles[column.kind]) for column in table.columns]
    for row in table.rows:
        sheet.append(
            [
                _body_cell(sheet, kind, value, style)
                for (kind, style), value in zip(kinds, row, strict=True)
            ]
        )
    book.save(out)
