"""Small building blocks shared by the printouts, so every section reads the same way."""

from __future__ import annotations

from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from councildesk.reports import styles

NONE_RECORDED: Final = "None recorded."
# Room for a heading and the first few rows under it; less than this and the section starts
# on a fresh page. (keepWithNext would instead push a long table wholly onto the next page.)
_MIN_ROOM_FOR_SECTION: Final = 40 * mm


def heading(text: str) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page."""
    return [CondPageBreak(_MIN_ROOM_FOR_SECTION), heading_line(text)]


def heading_line(text: str) -> Flowable:
    """The heading alone, for a block kept together with what it heads."""
    return Paragraph(escape(text), styles.HEADING)


def body(text: str) -> Flowable:
    return Paragraph(escape(text), styles.BODY)


def none_recorded() -> Flowable:
    """What an empty section says, rather than an empty table that looks like a fault."""
    return Paragraph(NONE_RECORDED, styles.NOTE)
