"""The booklet's contents list, bookmarks and page count agree with where the sections print.

The booklet learns its page numbers from one pass that lays the story out without drawing it
(see reports/template.py), so these read back what a councillor would check: the page the
contents gives, the page a bookmark or a contents entry opens, and "Page X of Y", for a
protocol whose contents list runs over more than one page.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from councildesk.reports.protocol_booklet import ProtocolBookletData, render_protocol_booklet
from councildesk.rules.protocol_text import Node

PRINTED = dt.date(2025, 3, 4)
SECTIONS = 70  # enough for the contents list to need a second page
CLAUSE = "The Clerk will answer a councillor's question within five working days. " * 6


def _section(number: int) -> Node:
    clauses = [Node(f"{number}.{n}", "", CLAUSE, "clause") for n in range(1, 2 + number % 4)]
    return Node(f"{number}.", f"Section {number} heading", "", "section", clauses)


@pytest.fixture(scope="module")
def reader() -> PdfReader:
    data = ProtocolBookletData(
        council_name="Lowestoft Town Council",
        title="Member/Officer Protocol",
        version_label="Version 3",
        status="Adopted",
        adopted_on=dt.date(2022, 7, 28),
        nodes=[_section(n) for n in range(1, SECTIONS + 1)],
    )
    buffer = io.BytesIO()
    render_protocol_booklet(data, buffer, PRINTED)
    return PdfReader(io.BytesIO(buffer.getvalue()))


def _pages_text(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def _page_of_section(pages: list[str], number: int) -> int:
    """The page (from 1) where the section's heading is printed, after the contents."""
    heading = re.compile(rf"^{number}\.\s*Section {number} heading$", re.MULTILINE)
    clause = f"{number}.1 The Clerk"
    body = [n for n, text in enumerate(pages, 1) if heading.search(text) and clause in text]
    assert len(body) == 1, (number, body)
    return body[0]


def test_the_contents_runs_over_more_than_one_page(reader: PdfReader) -> None:
    pages = _pages_text(reader)
    assert "Contents" in pages[1]  # after the cover
    assert _page_of_section(pages, 1) >= 4


def test_each_section_is_listed_at_the_page_it_starts(reader: PdfReader) -> None:
    pages = _pages_text(reader)
    contents = "\n".join(pages[1 : _page_of_section(pages, 1) - 1])
    for number in range(1, SECTIONS + 1):
        # pypdf reads the hanging number and the dots to the page number before the heading.
        entry = rf"^{number}\.[ .]*(\d+)\nSection {number} heading$"
        listed = re.search(entry, contents, re.MULTILINE)
        assert listed is not None, number
        assert int(listed.group(1)) == _page_of_section(pages, number), number


def test_each_bookmark_opens_the_page_its_section_starts(reader: PdfReader) -> None:
    pages = _pages_text(reader)
    bookmarks = reader.outline
    assert len(bookmarks) == SECTIONS
    for number, bookmark in enumerate(bookmarks, 1):
        assert not isinstance(bookmark, list)
        assert bookmark.title == f"{number}. Section {number} heading"
        opened = reader.get_destination_page_number(bookmark)
        assert opened is not None
        assert opened + 1 == _page_of_section(pages, number), bookmark.title


def test_each_contents_entry_links_to_its_section(reader: PdfReader) -> None:
    pages = _pages_text(reader)
    page_numbers = {}
    for n, page in enumerate(reader.pages, 1):
        assert page.indirect_reference is not None
        page_numbers[page.indirect_reference.idnum] = n
    targets = []
    for page in reader.pages[1:4]:
        for annotation in page.get("/Annots") or []:
            destination = annotation.get_object()["/Dest"]
            targets.append(page_numbers[destination[0].idnum])
    # reportlab links both the entry's text and its page number: two links an entry.
    starts = [_page_of_section(pages, n) for n in range(1, SECTIONS + 1)]
    assert targets[::2] == starts


def test_every_page_counts_the_whole_booklet(reader: PdfReader) -> None:
    pages = _pages_text(reader)
    total = len(pages)
    for number, text in enumerate(pages[1:], 2):
        assert f"Page {number} of {total}" in text
