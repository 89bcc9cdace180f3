"""A contents list laid out in the same single pass as the pages it lists.

Its entries (and so its length) are known when the story is made; only their page numbers
are not, until the pages after it are laid out. So each entry's text is set and drawn in the
one pass, and where the text ends the entry notes its place; the dot leader and the page
number that end it are drawn when the canvas is saved (``template._NumberedCanvas``), on the
page held back there, as "Page X of Y" is. The leader and number are drawn exactly as
reportlab's TableOfContents draws them, so the list looks the same as one from multiBuild,
which lays the whole story out two or three times to learn the numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Protocol

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from councildesk.reports.fonts import string_width

# reportlab's TableOfContents leader: its spacing is what a reader has seen in every booklet.
_DOT: Final = " . "
# A page number too wide for the room left after an entry is shrunk in steps, down to this.
_SHRINK: Final = 0.9
_SMALLEST: Final = 1.0


@dataclass(frozen=True)
class ContentsEntry:
    """One line of a contents list: its markup, and the bookmark of the page it opens."""

    level: int
    markup: str  # Paragraph markup
    key: str  # the bookmark the document makes where the entry's heading is drawn


@dataclass(frozen=True)
class LateNumber:
    """Where an entry's text ended on its page: its leader and page number are drawn there
    once the page it names is known."""

    matrix: tuple[float, float, float, float, float, float]  # the canvas transform then
    x: float  # where the entry's text ended, in that transform's space
    y: float
    width: float  # the leader runs to the right edge of the list
    style: ParagraphStyle
    key: str


class HeldPages(Protocol):
    """A canvas that keeps its pages until saved, and so can draw on them late."""

    def draw_page_number_later(self, late: LateNumber) -> None: ...


class ContentsList(Flowable):  # type: ignore[misc]
    """The contents list: a one-column table of entries, which splits across pages as a
    table does. ``entries`` is filled in by the document before it lays the story out."""

    def __init__(self, level_styles: Sequence[ParagraphStyle], table_style: TableStyle) -> None:
        super().__init__()
        self.level_styles = list(level_styles)
        self.table_style = table_style
        self.entries: list[ContentsEntry] = []
        self._table: Table | None = None
        # Paragraph callbacks are found by name on the canvas; a name of its own per list.
        self._callback = f"councildesk_contents_{id(self)}"

    def _style(self, level: int) -> ParagraphStyle:
        # A level deeper than any style given is set as the deepest one.
        return self.level_styles[min(level, len(self.level_styles) - 1)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        def note_end(canvas: Any, _kind: str, label: str) -> None:
            entry = self.entries[int(label)]
            # The text's end, as the paragraph drawing it reports it to a callback (this is
            # what reportlab's own TableOfContents reads too).
            end = canvas._curr_tx_info
            late = LateNumber(
                canvas._currentMatrix, end["cur_x"], end["cur_y"], availWidth,
                self._style(entry.level), entry.key,
            )  # fmt: skip
            held: HeldPages = canvas
            held.draw_page_number_later(late)

        self.canv.setNamedCB(self._callback, note_end)
        rows: list[list[Flowable]] = []
        for index, entry in enumerate(self.entries):
            style = self._style(entry.level)
            text = f'<a href="#{entry.key}">{entry.markup}</a>'
            text += f'<onDraw name="{self._callback}" label="{index}"/>'
            if style.spaceBefore:
                rows.append([Spacer(1, style.spaceBefore)])
            rows.append([Paragraph(text, style)])
        self._table = Table(rows, colWidths=(availWidth,), style=self.table_style)
        size: tuple[float, float] = self._table.wrapOn(self.canv, availWidth, availHeight)
        self.width, self.height = size
        return size

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # Platypus then sees only tables; their paragraphs still call back to this list.
        assert self._table is not None, "wrapped before split"
        parts: list[Flowable] = self._table.splitOn(self.canv, availWidth, availHeight)
        return parts

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        assert self._table is not None, "wrapped before drawn"
        self._table.drawOn(canvas, x, y, _sW)


def draw_page_number(canvas: Any, late: LateNumber, page: int) -> None:
    """Draw the dot leader and ``page`` at the end of an entry, and link the number to the
    entry's bookmark, as reportlab's TableOfContents does (tableofcontents.drawPageNumbers)."""
    number = str(page)
    font, size = late.style.fontName, late.style.fontSize
    number_width = string_width(number, font, size)
    while number_width > late.width - late.x and size >= _SMALLEST:
        size *= _SHRINK
        number_width = string_width(number, font, size)
    dot_width = string_width(_DOT, font, size)
    dots = int((late.width - late.x - number_width) / dot_width)
    number_x = late.width - number_width
    canvas.saveState()
    canvas.transform(*late.matrix)
    text = canvas.beginText(late.width - dots * dot_width - number_width, late.y)
    text.setFont(font, size)
    text.setFillColor(late.style.textColor)
    text.textLine(dots * _DOT + number)
    canvas.drawText(text)
    rectangle = (number_x, late.y, number_x + number_width, late.y + late.style.leading)
    canvas.linkRect("", late.key, rectangle, relative=1)
    canvas.restoreState()
