"""The booklet's contents list, bookmarks and page count agree with where the sections print.

The booklet is laid out in one pass and draws the contents' page numbers (and their dot
leaders and links) when it is saved, once every section has been laid out (see
reports/contents.py), so these read back what a councillor would check: the page the contents
gives, the page a bookmark or a contents entry opens, and "Page X of Y", for a protocol whose
contents list runs over more than one page.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from councildesk.reports.protocol_booklet import ProtocolBookletData, render_protocol_booklet
from councildesk.rules.protocol_text import Node
from tests.reports.pdf_lines import lines_as_seen

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
    contents_pages = reader.pages[1 : _page_of_section(pages, 1) - 1]
    contents = "\n".join(line for page in contents_pages for line in lines_as_seen(page))
    for number in range(1, SECTIONS + 1):
        entry = rf"^{number}\. Section {number} heading[ .]+ (\d+)$"
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
    # Both the entry's text (at the left) and its page number (at the right) are links.
    text_links: list[tuple[int, float, int]] = []
    number_links: list[tuple[int, float, int]] = []
    for n, page in enumerate(reader.pages[1:4]):
        for annotation in page.get("/Annots") or []:
            link = annotation.get_object()
            left, _bottom, _right, top = (float(v) for v in link["/Rect"])
            target = page_numbers[link["/Dest"][0].idnum]
            side = text_links if left < float(page.mediabox.width) / 2 else number_links
            side.append((n, -top, target))
    starts = [_page_of_section(pages, n) for n in range(1, SECTIONS + 1)]
    assert [target for *_, target in sorted(text_links)] == starts
    assert [target for *_, target in sorted(number_links)] == starts


def test_every_page_counts_the_whole_booklet(reader: PdfReader) -> None:
    pages = _pages_text(reader)
    total = len(pages)
    for number, text in enumerate(pages[1:], 2):
        assert f"Page {number} of {total}" in text
