"""The workbook a clerk opens in Excel: real dates and numbers, a bold frozen header, a sheet
named for the register, columns wide enough to read, and a page set up for A4."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from councildesk.exports.table import Kind, Table, make_table
from councildesk.exports.xlsx import WIDEST, write_xlsx

MEETING = dt.date(2027, 1, 12)


def sample() -> Table:
    return make_table(
        "Review schedule",
        (
            ("Policy", Kind.TEXT),
            ("Due on", Kind.DATE),
            ("Members", Kind.NUMBER),
            ("Recorded", Kind.DATE_TIME),
            ("Starts", Kind.TIME),
            ("Notes", Kind.TEXT),
        ),
        (
            ("Standing Orders", MEETING, 7, dt.datetime(2026, 12, 1, 9, 30), dt.time(19), ""),
            ("Cynllun Iaith Gymraeg — ŵ ŷ", None, 2.5, None, None, "x" * 200),
            ('=HYPERLINK("http://example.org")', MEETING, None, None, None, "+44 1234"),
        ),
        caption="Testbury Parish Council: Review schedule",
    )


def read(table: Table, tmp_path: Path) -> Worksheet:
    path = tmp_path / "out.xlsx"
    write_xlsx(table, path)
    sheet = openpyxl.load_workbook(path).active
    assert isinstance(sheet, Worksheet)
    return sheet


def test_values_come_back_with_their_types(tmp_path: Path) -> None:
    sheet = read(sample(), tmp_path)
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Policy", "Due on", "Members", "Recorded", "Starts", "Notes")
    policy, due, members, recorded, starts, _notes = rows[1]
    assert policy == "Standing Orders"
    assert isinstance(due, dt.datetime) and due.date() == MEETING  # a date, not "12/01/2027"
    assert members == 7 and isinstance(members, int)
    assert recorded == dt.datetime(2026, 12, 1, 9, 30)
    assert starts == dt.time(19)
    assert rows[2][0] == "Cynllun Iaith Gymraeg — ŵ ŷ" and rows[2][2] == 2.5
    assert rows[2][1] is None


def test_dates_are_shown_the_uk_way(tmp_path: Path) -> None:
    sheet = read(sample(), tmp_path)
    assert sheet["B2"].number_format == "dd/mm/yyyy"
    assert sheet["D2"].number_format == "dd/mm/yyyy hh:mm"
    assert sheet["E2"].number_format == "hh:mm"


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    sheet = read(sample(), tmp_path)
    assert sheet["A4"].data_type == "s"
    assert sheet["A4"].value == '=HYPERLINK("http://example.org")'
    assert sheet["F4"].data_type == "s" and sheet["F4"].value == "+44 1234"


def test_the_header_is_bold_frozen_filtered_and_repeated_on_every_printed_page(
    tmp_path: Path,
) -> None:
    sheet = read(sample(), tmp_path)
    assert sheet.title == "Review schedule"
    assert all(cell.font.b for cell in sheet[1])
    assert not sheet["A2"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.paperSize == 9  # A4, in the codes of the OOXML standard
    assert sheet.page_setup.orientation == "landscape"
    header = sheet.oddHeader
    assert header is not None and header.left.text == "Testbury Parish Council: Review schedule"


def test_columns_fit_their_contents_and_long_text_wraps(tmp_path: Path) -> None:
    sheet = read(sample(), tmp_path)
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["A"] >= len("Cynllun Iaith Gymraeg — ŵ ŷ")
    assert 10 <= widths["B"] <= 14  # a date, whatever else is in the column
    assert widths["F"] == WIDEST  # 200 characters would run off the page
    assert sheet["F3"].alignment.wrap_text
    assert not sheet["B3"].alignment.wrap_text


def test_a_sheet_name_excel_would_refuse_is_made_acceptable(tmp_path: Path) -> None:
    table = make_table("Reviews: 2026/27 [draft] and a very long name indeed", (), ())
    assert read(table, tmp_path).title == table.sheet_name
    assert len(table.sheet_name) <= 31 and not set(table.sheet_name) & set("[]:*?/\\")


def test_an_empty_register_is_a_header_row(tmp_path: Path) -> None:
    table = make_table("Meetings", (("Date", Kind.DATE), ("Body", Kind.TEXT)), ())
    rows = list(read(table, tmp_path).iter_rows(values_only=True))
    assert rows == [("Date", "Body")]


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        (Kind.DATE, "01/12/2026"),
        (Kind.DATE, dt.datetime(2026, 12, 1, 9)),
        (Kind.NUMBER, "7"),
        (Kind.NUMBER, True),
        (Kind.TEXT, 7),
    ],
)
def test_a_service_that_puts_the_wrong_kind_of_value_in_a_column_fails(
    kind: Kind, value: object
) -> None:
    with pytest.raises(ValueError, match="row 1"):
        make_table("T", (("Column", kind),), ((value,),))  # type: ignore[arg-type]


def test_a_row_of_wrapped_text_is_tall_enough_not_to_print_over_the_next(tmp_path: Path) -> None:
    sheet = read(sample(), tmp_path)
    width = sheet.column_dimensions["F"].width
    assert width is not None
    lines = sheet.row_dimensions[3].height / 15
    assert lines * (width - 1) >= 200  # the 200 characters of notes fit in the rows given
    assert sheet.row_dimensions[2].height is None  # a row of short values keeps one line
    assert all(cell.font.name == "Calibri" for cell in sheet[2])  # no serif fallback


def test_dates_and_numbers_stand_centred_clear_of_the_text_beside_them(tmp_path: Path) -> None:
    sheet = read(sample(), tmp_path)
    assert sheet["B2"].alignment.horizontal == "center"  # a date
    assert sheet["C2"].alignment.horizontal == "center"  # a number
    assert sheet["B1"].alignment.horizontal == "center"  # and its heading
    assert sheet["A2"].alignment.horizontal in (None, "general", "left")  # text at the left
