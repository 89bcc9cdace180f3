"""The council directory and the shared page template, read back as a clerk would see them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Table

from councildesk.reports import styles
from councildesk.reports.dates import uk_date, uk_date_span
from councildesk.reports.directory import (
    DirectoryContact,
    DirectoryCouncillor,
    DirectoryData,
    directory_story,
    render_directory,
)
from councildesk.reports.tables import make_table
from councildesk.reports.template import CONTENT_WIDTH, ReportHeader, build_pdf

PRINTED = dt.date(2025, 3, 4)
A4_POINTS = (595.27, 841.89)


def _pages(data: DirectoryData) -> list[str]:
    buffer = io.BytesIO()
    render_directory(data, buffer, PRINTED)
    return [page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


def _template_pages(*, confidential: bool, paragraphs: int = 150) -> list[str]:
    buffer = io.BytesIO()
    header = ReportHeader(
        council_name="Ashworth Valley Parish Council",
        title="Complaints register",
        confidential=confidential,
        printed_on=PRINTED,
    )
    story = [
        Paragraph(f"Entry {n}: details of the matter.", styles.BODY) for n in range(paragraphs)
    ]
    build_pdf(buffer, header, story)
    return [page.extract_text() for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]


MakeDirectory = Callable[..., DirectoryData]


@pytest.fixture
def full_directory(make_directory: MakeDirectory) -> list[str]:
    return _pages(make_directory())


def test_uk_date_is_day_month_year() -> None:
    assert uk_date(dt.date(2025, 3, 4)) == "04/03/2025"
    assert uk_date(None) == "—"


def test_date_span_reads_naturally_when_open_ended() -> None:
    assert uk_date_span(dt.date(2022, 5, 5), dt.date(2026, 5, 4)) == "05/05/2022 – 04/05/2026"
    assert uk_date_span(dt.date(2022, 5, 5), None) == "from 05/05/2022"
    assert uk_date_span(None, dt.date(2026, 5, 4)) == "until 04/05/2026"
    assert uk_date_span(None, None) == "—"


def test_thirty_councillors_run_over_several_numbered_pages(full_directory: list[str]) -> None:
    total = len(full_directory)
    assert total == 3
    for number, text in enumerate(full_directory, start=1):
        assert "Ashworth Valley Parish Council" in text
        assert "Council directory" in text
        assert f"Page {number} of {total}" in text
        assert "Printed 04/03/2025" in text


def test_every_councillor_is_listed_once(full_directory: list[str]) -> None:
    text = "\n".join(full_directory)
    # A name may wrap inside its cell, so compare with the line breaks taken out.
    flat = re.sub(r"\s+", " ", text)
    for surname in ("Ashworth", "Okonkwo", "Montgomery- Blake", "Akhtar", "O'Sullivan"):
        assert surname in flat or surname.replace("- ", "-") in flat


def test_dates_are_printed_day_month_year(full_directory: list[str]) -> None:
    text = "\n".join(full_directory)
    assert re.search(r"\b\d{4}-\d{2}-\d{2}\b", text) is None
    assert "from 01/02/2024" in text
    assert re.search(r"05/05/2022 –\s+04/05/2026", text)
    assert "02/09/2019" in text  # the clerk's start date, under "In post since"
    for found in re.findall(r"\b\d{1,4}/\d{1,2}/\d{2,4}\b", text):
        assert re.fullmatch(r"\d{2}/\d{2}/\d{4}", found), found


def test_council_block_names_the_monitoring_officer_and_clerk(full_directory: list[str]) -> None:
    first = full_directory[0]
    assert "Westshire Council" in first
    assert "Rebecca Holt" in first
    assert "monitoring.officer@westshire.gov.uk" in first
    assert "Mrs Jennifer Marlowe" in first.split("Councillors")[0]


def test_every_section_is_present_with_content(full_directory: list[str]) -> None:
    text = "\n".join(full_directory)
    for section in ("Councillors", "Political groups", "Committees", "Officers"):
        assert section in text
    assert "None recorded." not in text
    assert "Allotments Working Group" in text
    assert "Responsible Financial" in text


def test_empty_sections_say_none_recorded(make_directory: MakeDirectory) -> None:
    pages = _pages(make_directory(empty=True))
    assert len(pages) == 1
    assert pages[0].count("None recorded.") == 4
    assert "Term of office" not in pages[0]


def test_an_unwarded_council_has_no_ward_column() -> None:
    data = DirectoryData(
        council_name="Little Snoring Parish Council",
        council_kind_label="Parish Council",
        clerk_title="Clerk",
        principal_council="North Norfolk District Council",
        monitoring_officer=DirectoryContact(name="A. Officer"),
        councillors=[DirectoryCouncillor(name="Jane Doe", term_from=dt.date(2023, 5, 4))],
    )
    text = _pages(data)[0]
    assert "Term of office" in text
    assert "Ward" not in text
    assert "Unaffiliated" in text


def test_pages_are_a4(make_directory: MakeDirectory) -> None:
    buffer = io.BytesIO()
    render_directory(make_directory(), buffer, PRINTED)
    for page in PdfReader(buffer).pages:
        assert float(page.mediabox.width) == pytest.approx(A4_POINTS[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(A4_POINTS[1], abs=0.01)


def test_renders_to_a_path(tmp_path: Path, make_directory: MakeDirectory) -> None:
    out = tmp_path / "directory.pdf"
    render_directory(make_directory(councillor_count=3), out, PRINTED)
    assert out.read_bytes().startswith(b"%PDF")


def test_confidential_is_marked_top_and_bottom_of_every_page() -> None:
    pages = _template_pages(confidential=True)
    assert len(pages) == 5
    for number, text in enumerate(pages, start=1):
        assert text.count("CONFIDENTIAL") == 2, f"page {number}"
        assert f"Page {number} of {len(pages)}" in text


def test_no_confidential_marking_unless_asked() -> None:
    pages = _template_pages(confidential=False)
    assert len(pages) == 5
    assert not any("CONFIDENTIAL" in text for text in pages)


def test_a_long_council_name_is_shortened_in_the_header_not_overlapped(
    make_directory: MakeDirectory,
) -> None:
    name = "The Community Council of " + "Llanfihangel-yng-Ngwynfa and District " * 3
    pages = _pages(make_directory(councillor_count=25, council_name=name))
    for text in pages:
        assert "…" in text  # the header band's shortened name
        assert "Council directory" in text


def test_long_words_wrap_inside_their_column() -> None:
    long_email = "a.very.long.address.for.a.councillor@" + "averylongparishname" * 4 + ".gov.uk"
    table = make_table(
        ["Name", "Contact"],
        [["Jane Doe", long_email], ["x" * 300, "Supercalifragilistic" * 10]],
        [30.0, 70.0],
    )
    width, _height = table.wrap(CONTENT_WIDTH, 10_000)
    assert width == pytest.approx(CONTENT_WIDTH)
    # Reach into the laid-out cells: every line of every paragraph must fit its column.
    for row in table._cellvalues[1:]:
        for cell, col_width in zip(row, table._colWidths, strict=True):
            for paragraph in cell:
                paragraph.wrap(col_width - 8, 10_000)
                for line in paragraph.blPara.lines:
                    spare = line.extraSpace if hasattr(line, "extraSpace") else line[0]
                    assert spare >= -0.01, (col_width, line)


def test_an_email_breaks_after_the_at_sign() -> None:
    buffer = io.BytesIO()
    header = ReportHeader(council_name="C", title="T", printed_on=PRINTED)
    email = "cllr.christopher.montgomery@ashworthvalleyparishcouncil.gov.uk"
    build_pdf(buffer, header, [make_table(["Contact"], [[email]], [1.0], total_width=200)])
    text = PdfReader(buffer).pages[0].extract_text()
    assert "cllr.christopher.montgomery@\nashworthvalleyparishcouncil.gov.uk" in text


COUNCILLOR_EMAIL = re.compile(r"cllr\.[\w.'-]+@ashworthvalleyparishcouncil\.gov\.uk")


def _councillor_emails_per_page(pages: list[str]) -> list[int]:
    return [len(COUNCILLOR_EMAIL.findall(text)) for text in pages]


@pytest.mark.parametrize("count", [6, 11, 15, 20, 30])
def test_an_email_address_is_never_broken_across_lines(
    make_directory: MakeDirectory, count: int
) -> None:
    data = make_directory(councillor_count=count)
    pages = _pages(data)
    found = [email for text in pages for email in COUNCILLOR_EMAIL.findall(text)]
    assert sorted(found) == sorted(c.email for c in data.councillors)
    for officer in data.officers:
        if officer.email:
            assert any(officer.email in text for text in pages)


@pytest.mark.parametrize("count", range(8, 31))
def test_no_councillor_is_left_alone_on_a_page(make_directory: MakeDirectory, count: int) -> None:
    per_page = [
        n for n in _councillor_emails_per_page(_pages(make_directory(councillor_count=count))) if n
    ]
    assert sum(per_page) == count
    assert min(per_page) >= 2, per_page


def test_a_small_council_fits_on_two_pages_its_councillors_on_the_first(
    make_directory: MakeDirectory,
) -> None:
    pages = _pages(make_directory(councillor_count=11))
    assert len(pages) == 2
    assert _councillor_emails_per_page(pages)[0] == 11


def _cell_lines(cell: object, width: float) -> int:
    paragraphs = cell if isinstance(cell, list) else [cell]
    total = 0
    for paragraph in paragraphs:
        assert isinstance(paragraph, Paragraph)
        paragraph.wrap(width - 8, 10_000)
        total += len(paragraph.blPara.lines)
    return total


def test_a_ward_takes_at_most_two_lines(make_directory: MakeDirectory) -> None:
    data = make_directory(councillor_count=5)
    long_ward = DirectoryCouncillor(name="Ann Lee", ward="Upper Ashcombe Ward")
    data = dataclasses.replace(data, councillors=[*data.councillors, long_ward])
    tables = [f for f in directory_story(data) if isinstance(f, Table)]
    councillors = next(t for t in tables if "Ward" in str(t._cellvalues[0][1]))
    ward = 1
    for row in councillors._cellvalues[1:]:
        assert _cell_lines(row[ward], councillors._colWidths[ward]) <= 2


def test_terms_of_office_are_said_once_with_the_exceptions_under_the_names(
    make_directory: MakeDirectory,
) -> None:
    text = "\n".join(_pages(make_directory(councillor_count=12)))
    assert "Term of office 05/05/2022 – 04/05/2026, unless shown otherwise under a name." in text
    assert "Term of office from 01/02/2024" in text  # a co-opted councillor's own term


@pytest.mark.parametrize("count", range(40, 100, 2))
def test_a_table_never_leaves_one_row_alone_at_a_page_break(count: int) -> None:
    buffer = io.BytesIO()
    header = ReportHeader(council_name="C", title="T", printed_on=PRINTED)
    rows = [[f"Row{n:03d}", "x"] for n in range(count)]
    build_pdf(buffer, header, [make_table(["Name", "Value"], rows, [1.0, 1.0])])
    per_page = [len(re.findall(r"Row\d{3}", p.extract_text())) for p in PdfReader(buffer).pages]
    assert sum(per_page) == count
    assert min(per_page) >= 2, per_page
