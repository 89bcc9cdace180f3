"""The single A4 page template every printout is built on.

Each page carries the council's name and the report's title in a header band, "Printed
dd/mm/yyyy" and "Page X of Y" in the footer and, for confidential reports, a red
CONFIDENTIAL marking at top and bottom, so a loose page still says what it is and whose it is.
A booklet may add a cover page (bare, but counted), a contents list and a line of its own in
the footer, such as the document's title and version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Final, TypeVar
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from councildesk.reports import glyphs, styles
from councildesk.reports.contents import ContentsEntry, ContentsList, LateNumber, draw_page_number
from councildesk.reports.dates import uk_date
from councildesk.reports.fonts import register_fonts, string_width

PAGE_WIDTH: Final[float] = A4[0]
PAGE_HEIGHT: Final[float] = A4[1]
MARGIN: Final[float] = 20 * mm
# The header band sits inside the top margin, so the body starts a little lower.
TOP_MARGIN: Final[float] = 24 * mm
BOTTOM_MARGIN: Final[float] = 22 * mm
CONTENT_WIDTH: Final[float] = PAGE_WIDTH - 2 * MARGIN

_HEADER_BASELINE: Final[float] = PAGE_HEIGHT - 14 * mm
_HEADER_RULE: Final[float] = PAGE_HEIGHT - 16 * mm
_CONFIDENTIAL_BASELINE: Final[float] = PAGE_HEIGHT - 8.5 * mm
_FOOTER_RULE: Final[float] = 14.5 * mm
_FOOTER_BASELINE: Final[float] = 10.5 * mm
_FURNITURE_SIZE: Final[float] = 8.5
_CONFIDENTIAL_TEXT: Final = "CONFIDENTIAL"
SAMPLE_TEXT: Final = "SAMPLE COUNCIL — MADE-UP DATA"
_WATERMARK_TEXT: Final = "SAMPLE"
_ELLIPSIS: Final = "…"
_CONTENTS_ENTRY: Final = "_councildesk_contents_entry"
_CONTENTS_KEY: Final = "_councildesk_contents_key"  # the bookmark made where it is drawn

F = TypeVar("F", bound=Flowable)


@dataclass(frozen=True, kw_only=True)
class ReportHeader:
    """What every page of a printout says about itself."""

    council_name: str
    title: str
    subtitle: str = ""
    confidential: bool = False
    printed_on: dt.date
    marking: str = ""  # e.g. "DRAFT": printed in red above the header band of every page
    footer_text: str = ""  # e.g. a document's title and version, at the left of the footer
    # A made-up council: every page, the cover too, says so, so it is never taken for real.
    sample: bool = False


def for_contents(flowable: F, text: str, level: int = 0, *, markup: str = "") -> F:
    """Mark ``flowable`` (usually a heading) to be listed in a ContentsList in the story, at
    the page it lands on, and in the PDF's bookmarks. Only the story's own flowables are
    looked at, not those inside another.

    The contents list shows ``markup`` (Paragraph markup) if given, else ``text`` escaped.
    """
    setattr(flowable, _CONTENTS_ENTRY, (level, text, markup or escape(text)))
    return flowable


def build_pdf(
    out: Path | BinaryIO,
    header: ReportHeader,
    story: Sequence[Flowable],
    *,
    cover: Sequence[Flowable] = (),
) -> None:
    """Write ``story`` to ``out`` as an A4 PDF on the shared page template.

    The title (and subtitle, if any) is set at the top of the first page, so ``story``
    starts with the report's own content. With a ``cover``, the cover is the first page
    instead, without header or footer, and the story starts on the next page.
    """
    register_fonts()
    header = replace(
        header,
        council_name=glyphs.printable(header.council_name, styles.FONT_BOLD),
        title=glyphs.printable(header.title, styles.FONT),
        footer_text=glyphs.printable(header.footer_text, styles.FONT),
    )
    doc = _Document(
        str(out) if isinstance(out, Path) else out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=f"{header.title} — {header.council_name}",
        author=header.council_name,
        subject=header.subtitle or header.title,
        creator="CouncilDesk",
        lang="en-GB",
        # Else every page names Helvetica among its fonts, though no text is set in it.
        initialFontName=styles.FONT,
    )
    # Zero padding so CONTENT_WIDTH is exactly the width tables may use.
    frame = Frame(
        MARGIN,
        BOTTOM_MARGIN,
        CONTENT_WIDTH,
        PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    page = PageTemplate(id="page", frames=[frame], onPage=partial(_draw_furniture, header=header))
    if cover:
        bare = PageTemplate(id="cover", frames=[frame], onPage=partial(_bare_page, header=header))
        doc.addPageTemplates([bare, page])
        flowables = [*cover, NextPageTemplate("page"), PageBreak(), *story]
    else:
        doc.addPageTemplates([page])
        flowables = [*_title_block(header), *story]
    glyphs.substitute_story(flowables)
    doc.build_once(flowables)


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """A document laid out and drawn in one pass, its contents list's page numbers too.

    reportlab's own multiBuild lays the whole story out at least twice to learn the page of
    each contents entry (three times when the list is longer than a page). Here the list is
    set at its full length from the start (its entries are known from the story; only their
    page numbers are not), and its page numbers are drawn when the canvas is saved, once
    every heading it lists has been laid out (see contents.py).
    """

    def build_once(self, flowables: list[Flowable]) -> None:
        marked = [f for f in flowables if getattr(f, _CONTENTS_ENTRY, None) is not None]
        entries = []
        for number, flowable in enumerate(marked, 1):
            level, _text, markup = getattr(flowable, _CONTENTS_ENTRY)
            key = f"contents-{number}"
            setattr(flowable, _CONTENTS_KEY, key)
            entries.append(ContentsEntry(level, markup, key))
        for listing in flowables:
            if isinstance(listing, ContentsList):
                listing.entries = entries
        self.build(flowables, canvasmaker=_NumberedCanvas)

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, _CONTENTS_ENTRY, None)
        if entry is None:
            return
        level, text, _markup = entry
        key = getattr(flowable, _CONTENTS_KEY)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=True)
        self.canv.contents_pages[key] = self.page


def _bare_page(canvas: Any, _doc: Any, *, header: ReportHeader) -> None:
    canvas.furniture = False
    if header.sample:
        _draw_sample(canvas)
        canvas.saveState()
        canvas.setFillColor(styles.CONFIDENTIAL_RED)
        canvas.setFont(styles.FONT_BOLD, 9.5)
        canvas.drawCentredString(PAGE_WIDTH / 2, _CONFIDENTIAL_BASELINE, SAMPLE_TEXT)
        canvas.restoreState()


def _draw_sample(canvas: Any) -> None:
    """A large pale word across the page, under everything drawn after it."""
    canvas.saveState()
    canvas.setFillColor(styles.WATERMARK)
    canvas.setFont(styles.FONT_BOLD, 110)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -38, _WATERMARK_TEXT)
    canvas.restoreState()


def _title_block(header: ReportHeader) -> list[Flowable]:
    block: list[Flowable] = [Paragraph(escape(header.title), styles.TITLE)]
    if header.subtitle:
        block.append(Paragraph(escape(header.subtitle), styles.SUBTITLE))
    return block


def _draw_furniture(canvas: Any, _doc: Any, *, header: ReportHeader) -> None:
    """Draw the header band and footer, all but the page count (which needs the total)."""
    if header.sample:
        _draw_sample(canvas)
    canvas.saveState()
    left, right = MARGIN, PAGE_WIDTH - MARGIN
    size = _FURNITURE_SIZE

    # The title is short and says what the page is, so it is kept whole in preference to
    # the council's name when both will not fit.
    title = _fit(header.title, styles.FONT, size, CONTENT_WIDTH * 0.6)
    title_width = string_width(title, styles.FONT, size)
    council = _fit(
        header.council_name, styles.FONT_BOLD, size, CONTENT_WIDTH - title_width - 8 * mm
    )

    canvas.setFillColor(styles.INK)
    canvas.setFont(styles.FONT_BOLD, size)
    canvas.drawString(left, _HEADER_BASELINE, council)
    canvas.setFillColor(styles.MUTED)
    canvas.setFont(styles.FONT, size)
    canvas.drawRightString(right, _HEADER_BASELINE, title)

    canvas.setStrokeColor(styles.RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, _HEADER_RULE, right, _HEADER_RULE)
    canvas.line(left, _FOOTER_RULE, right, _FOOTER_RULE)

    canvas.setFillColor(styles.MUTED)
    canvas.setFont(styles.FONT, size)
    printed = f"Printed {uk_date(header.printed_on)}"
    if header.footer_text:
        footer = _fit(header.footer_text, styles.FONT, size, CONTENT_WIDTH * 0.42)
        canvas.drawString(left, _FOOTER_BASELINE, footer)
        if not header.confidential:
            canvas.drawCentredString(PAGE_WIDTH / 2 + 14 * mm, _FOOTER_BASELINE, printed)
    else:
        canvas.drawString(left, _FOOTER_BASELINE, printed)

    markings = [_CONFIDENTIAL_TEXT] if header.confidential else []
    markings += [header.marking] if header.marking else []
    markings += [SAMPLE_TEXT] if header.sample else []
    if markings:
        canvas.setFillColor(styles.CONFIDENTIAL_RED)
        canvas.setFont(styles.FONT_BOLD, 9.5)
        canvas.drawCentredString(PAGE_WIDTH / 2, _CONFIDENTIAL_BASELINE, " · ".join(markings))
    if header.confidential:
        canvas.drawCentredString(PAGE_WIDTH / 2, _FOOTER_BASELINE, _CONFIDENTIAL_TEXT)
    canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width``; header text must never overlap."""
    if string_width(text, font, size) <= width:
        return text
    while text and string_width(text + _ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + _ELLIPSIS


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds every page back until the end so it can print "Page X of Y", and
    the contents list's page numbers, which are known only once every page is laid out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []
        self.furniture = True  # a cover page turns this off for itself alone
        self.contents_pages: dict[str, int] = {}  # each contents entry's bookmark: its page
        self._late_numbers: list[LateNumber] = []  # this page's, kept with its held state

    def draw_page_number_later(self, late: LateNumber) -> None:
        self._late_numbers.append(late)

    def showPage(self) -> None:
        self._saved_pages.append(dict(self.__dict__))
        self._late_numbers = []
        # The PDF names the page being drawn by this count: a bookmark or contents link made
        # on it must name this page, not the first, though the page is written out later.
        self._doc.pageCounter += 1
        self._startPage()
        self.furniture = True

    def save(self) -> None:
        total = len(self._saved_pages)
        self._doc.pageCounter = 1  # counted again as each held page is written
        # Links are named by a running count; a held page's own count would name a link
        # drawn on it now the same as one drawn on a later page.
        links: int = self.__dict__["_annotationCount"]
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._annotationCount = links
            for late in self._late_numbers:
                draw_page_number(self, late, self._page_of(late.key))
            links = self.__dict__["_annotationCount"]
            self._draw_page_count(total)
            super().showPage()
        super().save()

    def _page_of(self, key: str) -> int:
        page = self.contents_pages.get(key)
        if page is None:
            # Never a contents entry without its page: better no printout than a wrong one.
            raise RuntimeError("A contents entry's heading was never printed; nothing was saved.")
        return page

    def _draw_page_count(self, total: int) -> None:
        if not self.furniture:
            return
        self.saveState()
        self.setFillColor(styles.MUTED)
        self.setFont(styles.FONT, _FURNITURE_SIZE)
        self.drawRightString(
            PAGE_WIDTH - MARGIN, _FOOTER_BASELINE, f"Page {self.getPageNumber()} of {total}"
        )
        self.restoreState()
