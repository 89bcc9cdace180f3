"""The one stylesheet every printout shares: calm, readable, A4.

Everything is set in Liberation Sans, embedded in the PDF (see ``fonts``): reportlab's
built-in Helvetica cannot print the Welsh ŵ and ŷ. Name fonts through FONT, FONT_BOLD and
FONT_ITALIC here, never by name elsewhere, and measure text with ``fonts.string_width``.
"""

from __future__ import annotations

from typing import Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from councildesk.reports import fonts

FONT: Final = fonts.REGULAR
FONT_BOLD: Final = fonts.BOLD
FONT_ITALIC: Final = fonts.ITALIC
FONT_BOLD_ITALIC: Final = fonts.BOLD_ITALIC

INK: Final = colors.HexColor("#1f2328")
ACCENT: Final = colors.HexColor("#1f3a5f")
MUTED: Final = colors.HexColor("#5f6368")
RULE: Final = colors.HexColor("#9aa0a6")
GRID: Final = colors.HexColor("#c3c7cc")
HEADER_FILL: Final = colors.HexColor("#e6e8eb")
CONFIDENTIAL_RED: Final = colors.HexColor("#a0151b")
WATERMARK: Final = colors.HexColor("#eef0f2")  # pale enough to read the page through

TITLE: Final = ParagraphStyle(
    "Title",
    fontName=FONT_BOLD,
    bulletFontName=FONT_BOLD,
    fontSize=20,
    leading=24,
    textColor=ACCENT,
    spaceAfter=2,
    alignment=TA_LEFT,
)

SUBTITLE: Final = ParagraphStyle(
    "Subtitle",
    fontName=FONT,
    bulletFontName=FONT,
    fontSize=10.5,
    leading=14,
    textColor=MUTED,
    spaceAfter=10,
)

HEADING: Final = ParagraphStyle(
    "Heading",
    fontName=FONT_BOLD,
    bulletFontName=FONT_BOLD,
    fontSize=13,
    leading=16,
    textColor=ACCENT,
    spaceBefore=16,
    spaceAfter=6,
)

BODY: Final = ParagraphStyle(
    "Body",
    fontName=FONT,
    bulletFontName=FONT,
    fontSize=10,
    leading=13.5,
    textColor=INK,
    spaceAfter=6,
)

LABEL: Final = ParagraphStyle(
    "Label",
    fontName=FONT_BOLD,
    bulletFontName=FONT_BOLD,
    fontSize=9,
    leading=12,
    textColor=MUTED,
)

SMALL: Final = ParagraphStyle(
    "Small",
    fontName=FONT,
    bulletFontName=FONT,
    fontSize=8.5,
    leading=11,
    textColor=INK,
)

# "None recorded." and other quiet notes: present but not competing with real content.
NOTE: Final = ParagraphStyle(
    "Note",
    parent=SMALL,
    fontName=FONT_ITALIC,
    bulletFontName=FONT_ITALIC,
    textColor=MUTED,
    spaceAfter=4,
)

TABLE_HEADER: Final = ParagraphStyle(
    "TableHeader",
    fontName=FONT_BOLD,
    bulletFontName=FONT_BOLD,
    fontSize=8.5,
    leading=11,
    textColor=INK,
)

TABLE_CELL: Final = ParagraphStyle(
    "TableCell",
    fontName=FONT,
    bulletFontName=FONT,
    fontSize=8.5,
    leading=11,
    textColor=INK,
)

# Body text for use inside panels and tables, where paragraph spacing would double the padding.
BODY_TIGHT: Final = ParagraphStyle(
    "BodyTight",
    parent=BODY,
    spaceAfter=0,
)
