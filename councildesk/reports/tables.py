"""Tidy tables that always fit inside the A4 margins.

Every cell is a Paragraph so long text wraps within its column instead of running over the
next one; widths are given as fractions of the usable width so no caller does page arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final, Literal, TypeAlias
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from councildesk.reports import styles
from councildesk.reports.fonts import string_width
from councildesk.reports.template import CONTENT_WIDTH

# A list of strings is a list of separate items (such as a councillor's roles), each starting
# on its own line with a little space between, so a wrapped item is not mistaken for two.
Cell: TypeAlias = str | list[str] | Flowable
Align: TypeAlias = Literal["left", "centre", "right"]

_PAD_X: Final = 4.0
CELL_PADDING: Final = _PAD_X  # left and right, so a caller can work out a cell's room
# Less padding below than above because the paragraph leading already leaves room there.
_PAD_TOP: Final = 4.0
_PAD_BOTTOM: Final = 3.0
_ITEM_GAP: Final = 2.5
_ZEBRA: Final = colors.HexColor("#f6f7f8")
_PANEL: Final = colors.HexColor("#f4f5f7")
PANEL_FILL: Final = _PANEL  # for a printout that draws a panel of its own shape
_ALIGNMENTS: Final = {"left": TA_LEFT, "centre": TA_CENTER, "right": TA_RIGHT}
# Where an e-mail address or web address may break without confusing the reader.
_BREAK_AFTER: Final = re.compile(r"[@./\-_]")
# Every cell holds a Paragraph with its own font, but a Table still sets its cells' default
# font (reportlab's is Helvetica) before drawing them; start every table's style with this so
# the PDF names only the embedded fonts.
TABLE_FONT: Final = ("FONT", (0, 0), (-1, -1), styles.FONT)


def make_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float],
    *,
    align: Sequence[Align] | None = None,
    total_width: float = CONTENT_WIDTH,
) -> Table:
    """Build a grid table with a shaded header row that repeats on every page.

    ``col_widths`` are relative widths, scaled to fill ``total_width``. A string cell may hold
    several lines separated by "\\n", a list of strings is a list of separate items, and both
    are escaped, so they are plain text, never markup.
    """
    if len(col_widths) != len(headers):
        raise ValueError("make_table needs one column width for each header")
    if any(len(row) != len(headers) for row in rows):
        raise ValueError("make_table needs every row to have one cell for each header")
    scale = total_width / sum(col_widths)
    widths = [w * scale for w in col_widths]
    aligns: list[Align] = list(align) if align is not None else ["left"] * len(headers)
    head_styles = [_aligned(styles.TABLE_HEADER, a) for a in aligns]
    cell_styles = [_aligned(styles.TABLE_CELL, a) for a in aligns]

    data: list[list[Flowable | list[Flowable]]] = [
        [Paragraph(escape(h), head_styles[i]) for i, h in enumerate(headers)]
    ]
    for row in rows:
        data.append([_cell(c, cell_styles[i], widths[i]) for i, c in enumerate(row)])

    # splitInRow: a row taller than a page (a name pasted 3,000 characters long, kept in a file
    # from before the limits) continues on the next page instead of stopping the printout.
    table = RowsTogetherTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), styles.HEADER_FILL),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, _ZEBRA]),
                ("GRID", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.RULE),
                *_padding(),
            ]
        )
    )
    return table


class RowsTogetherTable(Table):  # type: ignore[misc]  # reportlab has no types
    """A table that never leaves a single row alone at the top or the foot of a page: when a
    page break would, the break moves up a row (or the table starts on the next page)."""

    min_rows: int = 2

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        parts: list[Table] = super().split(availWidth, availHeight)
        if len(parts) != 2 or max(self._rowHeights, default=0) > availHeight / 2:
            return parts  # a very tall row splits within itself, as splitInRow allows
        first_rows = len(parts[0]._cellvalues) - self.repeatRows
        last_rows = len(parts[1]._cellvalues) - self.repeatRows
        if first_rows < self.min_rows:
            return []  # too little room here: start the whole table on the next page
        if last_rows >= self.min_rows:
            return parts
        moved = self.min_rows - last_rows
        if first_rows - moved < self.min_rows:
            return []
        end = len(parts[0]._cellvalues)
        shorter = availHeight - sum(self._rowHeights[end - moved : end])
        return list(super().split(availWidth, shorter))


def unbroken(text: str, style: ParagraphStyle, room: float, smallest: float = 6.0) -> str:
    """``text`` as markup on one line: in a smaller size when it would not fit ``room`` (an
    e-mail address broken across lines is easily copied wrongly). Below ``smallest`` points it
    keeps that size and may break after "@" or ".", as the last resort."""
    natural = string_width(text, style.fontName, style.fontSize)
    if natural <= room:
        return escape(text)
    size = max(smallest, style.fontSize * room / natural)
    size = int(size * 10) / 10  # rounded down, so it always fits
    smaller = ParagraphStyle(f"{style.name}-fitted", parent=style, fontSize=size)
    return f'<font size="{size}">{_breakable(text, smaller, room)}</font>'


def details_table(
    pairs: Sequence[tuple[str, Cell]],
    *,
    label_fraction: float = 0.26,
    total_width: float = CONTENT_WIDTH,
) -> Table:
    """Build a quiet panel of label/value lines, such as a council's contact details."""
    label_width = total_width * label_fraction
    value_width = total_width - label_width
    data = [
        [Paragraph(escape(label), styles.LABEL), _cell(value, styles.BODY_TIGHT, value_width)]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[label_width, value_width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, -1), _PANEL),
                ("BOX", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def lines(*parts: str) -> str:
    """Join the non-empty parts one per line, for a cell such as name, e-mail and phone."""
    return "\n".join(p for p in parts if p.strip())


def _cell(value: Cell, style: ParagraphStyle, width: float) -> Flowable | list[Flowable]:
    if isinstance(value, list):
        later = ParagraphStyle(f"{style.name}-item", parent=style, spaceBefore=_ITEM_GAP)
        return [_cell(item, later if i else style, width) for i, item in enumerate(value)]
    if not isinstance(value, str):
        return value
    room = width - 2 * _PAD_X
    markup = "<br/>".join(_breakable(line, style, room) for line in value.split("\n"))
    return Paragraph(markup, style)


def _breakable(line: str, style: ParagraphStyle, room: float) -> str:
    """Escape ``line`` as markup, breaking over-long words (usually e-mail addresses) after
    "@" or "." rather than in the middle of a name."""
    words = []
    for word in line.split(" "):
        pieces: list[str] = []
        while string_width(word, style.fontName, style.fontSize) > room:
            cut = _last_break_that_fits(word, style, room)
            if cut is None:
                break  # reportlab's own splitLongWords takes over from here
            pieces.append(word[:cut])
            word = word[cut:]
        pieces.append(word)
        words.append("<br/>".join(escape(p) for p in pieces))
    return " ".join(words)


def _last_break_that_fits(word: str, style: ParagraphStyle, room: float) -> int | None:
    best = None
    for match in _BREAK_AFTER.finditer(word):
        cut = match.end()
        if cut >= len(word):
            break
        if string_width(word[:cut], style.fontName, style.fontSize) > room:
            break
        best = cut
    return best


def _aligned(style: ParagraphStyle, align: Align) -> ParagraphStyle:
    if align == "left":
        return style
    return ParagraphStyle(f"{style.name}-{align}", parent=style, alignment=_ALIGNMENTS[align])


def _padding() -> list[tuple[Any, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), _PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), _PAD_BOTTOM),
    ]
