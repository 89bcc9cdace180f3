"""Small building blocks shared by the printouts, so every section reads the same way."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from councildesk.reports import styles

NONE_RECORDED = "None recorded."


def heading(text: str) -> Flowable:
    """A section heading that stays on the same page as what follows it."""
    return Paragraph(escape(text), styles.HEADING)


def body(text: str) -> Flowable:
    return Paragraph(escape(text), styles.BODY)


def none_recorded() -> Flowable:
    """What an empty section says, rather than an empty table that looks like a fault."""
    return Paragraph(NONE_RECORDED, styles.NOTE)
