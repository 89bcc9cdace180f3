"""The CSV file Excel opens right: a byte-order mark so Welsh letters survive, UK dates."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from councildesk.exports.csv_file import write_csv
from councildesk.exports.table import Kind, make_table

TABLE = make_table(
    "People",
    (
        ("Name", Kind.TEXT),
        ("From", Kind.DATE),
        ("Seats", Kind.NUMBER),
        ("Changed", Kind.DATE_TIME),
        ("Starts", Kind.TIME),
    ),
    (
        ("Cllr Siân Ŵyn-Pŷrs", dt.date(2026, 5, 4), 3, dt.datetime(2026, 12, 1, 9, 5), dt.time(19)),
        ('Dŵr, "Afon"\nand more', None, None, None, None),
        ("=1+1", None, 0, None, None),
    ),
)


def written(tmp_path: Path) -> bytes:
    path = tmp_path / "people.csv"
    write_csv(TABLE, path)
    return path.read_bytes()


def test_the_file_starts_with_a_byte_order_mark_and_keeps_welsh_letters(tmp_path: Path) -> None:
    data = written(tmp_path)
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Siân Ŵyn-Pŷrs".encode() in data
    # Read as Excel does with the mark: UTF-8, the mark itself not part of the first heading.
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["Name", "From", "Seats", "Changed", "Starts"]
    assert rows[1] == ["Cllr Siân Ŵyn-Pŷrs", "04/05/2026", "3", "01/12/2026 09:05", "19:00"]


def test_commas_quotes_and_new_lines_stay_inside_their_cell(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(written(tmp_path).decode("utf-8-sig"))))
    assert rows[2] == ['Dŵr, "Afon"\nand more', "", "", "", ""]
    assert len(rows) == 4


def test_text_that_would_run_as_a_formula_is_quoted_out(tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(written(tmp_path).decode("utf-8-sig"))))
    assert rows[3][0] == "'=1+1"
    assert rows[3][2] == "0"  # numbers are left alone


def test_rows_end_the_way_excel_writes_them(tmp_path: Path) -> None:
    assert written(tmp_path).count(b"\r\n") == 4  # a line break inside a cell stays "\n"
