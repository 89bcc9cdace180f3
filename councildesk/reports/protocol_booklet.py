"""The protocol as a booklet for councillors: cover, contents, then the clauses.

Numbers hang in a gutter to the left of their text, as in the council's own document, so a
reader can run an eye down the numbers to find a clause; each deeper level of a list moves in
by the width of the level above it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, TableStyle
from reportlab.platypus.flowables import HRFlowable, TopPadder
from reportlab.platypus.tableofcontents import defaultTableStyle

from councildesk.reports import styles
from councildesk.reports.contents import ContentsList
from councildesk.reports.dates import uk_date
from councildesk.reports.fonts import string_width
from councildesk.reports.tables import TABLE_FONT
from councildesk.reports.template import ReportHeader, build_pdf, for_contents
from councildesk.rules.protocol_text import Node

CONTENTS: Final = "Contents"
_MIN_GUTTER: Final[float] = 9 * mm
_NUMBER_GAP: Final[float] = 3 * mm
_BULLET_GUTTER: Final[float] = 4.5 * mm
_MIN_ROOM_FOR_SECTION: Final[float] = 35 * mm
_CONTENTS_GUTTER: Final[float] = 10 * mm


@dataclass(frozen=True, kw_only=True)
class ProtocolBookletData:
    """One version of the protocol, as the booklet and the exports print it."""

    council_name: str
    title: str
    version_label: str  # e.g. "Version 3"
    status: str  # "Adopted", "Draft" or "Superseded"
    adopted_on: dt.date | None = None
    minute_reference: str = ""
    next_review_text: str = ""  # the document's own words: "2027", "As required"
    nodes: Sequence[Node] = ()  # the top-level nodes: sections in order
    sample: bool = False  # a made-up council: every page says SAMPLE

    @property
    def is_draft(self) -> bool:
        return self.status.strip().casefold() == "draft"

    @property
    def is_superseded(self) -> bool:
        return self.status.strip().casefold() == "superseded"


def adoption_line(data: ProtocolBookletData) -> str:
    """ "Adopted 28/07/2022, minute 45/22", or that a draft is not yet adopted."""
    if data.is_draft:
        return "DRAFT — not yet adopted"
    parts = [f"Adopted {uk_date(data.adopted_on)}" if data.adopted_on else "Adopted"]
    minute = data.minute_reference.strip()
    if minute:
        parts.append(minute if minute.casefold().startswith("min") else f"minute {minute}")
    line = ", ".join(parts)
    return f"Superseded — {line[0].lower()}{line[1:]}" if data.is_superseded else line


def marking(data: ProtocolBookletData) -> str:
    """What every page says about a version that is not the one in force."""
    return "DRAFT" if data.is_draft else "SUPERSEDED" if data.is_superseded else ""


def render_protocol_booklet(
    data: ProtocolBookletData, out: Path | BinaryIO, printed_on: dt.date
) -> None:
    """Write the protocol to ``out`` as an A4 PDF booklet."""
    header = ReportHeader(
        council_name=data.council_name,
        title=data.title,
        printed_on=printed_on,
        marking=marking(data),
        footer_text=f"{data.title} · {data.version_label}",
        sample=data.sample,
    )
    build_pdf(out, header, booklet_story(data), cover=_cover(data, printed_on))


def booklet_story(data: ProtocolBookletData) -> list[Flowable]:
    """The contents page and the clauses, without the cover."""
    layout = _Layout(data.nodes)
    story: list[Flowable] = []
    # A protocol without sections has nothing to list; reportlab would print a placeholder.
    if any(n.kind == "section" and (n.heading or n.number) for n in data.nodes):
        indent = _CONTENTS_GUTTER if layout.numbered_sections else 0
        entry = _style("ContentsEntry0", _CONTENTS_ENTRY, leftIndent=indent)
        contents = ContentsList([entry], _CONTENTS_TABLE)
        story += [Paragraph(CONTENTS, styles.TITLE), Spacer(0, 4 * mm), contents, PageBreak()]
    story.extend(layout.flowables())
    if not story:
        story.append(Paragraph("This version has no clauses.", styles.NOTE))
    return story


def _style(name: str, parent: ParagraphStyle, **kwargs: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kwargs)


# The contents list is laid out as a table, which would otherwise name Helvetica too.
_CONTENTS_TABLE = TableStyle([TABLE_FONT], parent=defaultTableStyle)
_COVER_COUNCIL = _style("CoverCouncil", styles.HEADING, fontSize=15, leading=19, spaceAfter=14)
_COVER_TITLE = _style("CoverTitle", styles.TITLE, fontSize=30, leading=36, spaceAfter=10)
_COVER_VERSION = _style(
    "CoverVersion", styles.SUBTITLE, fontSize=15, leading=19, textColor=styles.INK
)
_COVER_LINE = _style("CoverLine", styles.BODY, fontSize=11.5, leading=16, spaceAfter=3)
_COVER_DRAFT = _style(
    "CoverDraft", _COVER_LINE, fontName=styles.FONT_BOLD, textColor=styles.CONFIDENTIAL_RED
)
_CONTENTS_ENTRY = _style(
    "ContentsEntry", styles.BODY, fontSize=11, leading=15, spaceAfter=5, bulletFontSize=11
)
_SECTION = _style(
    "Section",
    styles.HEADING,
    fontSize=13,
    leading=17,
    spaceBefore=14,
    spaceAfter=7,
    keepWithNext=1,
    bulletFontName=styles.FONT_BOLD,
    bulletFontSize=13,
)
_SUBHEADING = _style(
    "SubHeading",
    styles.BODY,
    fontName=styles.FONT_BOLD,
    textColor=styles.ACCENT,
    fontSize=10.5,
    spaceBefore=6,
    spaceAfter=4,
    keepWithNext=1,
)
_CLAUSE = _style("Clause", styles.BODY, spaceAfter=6, allowWidows=0, allowOrphans=0)
_CLAUSE_HEADING = _style(
    "ClauseHeading", _CLAUSE, fontName=styles.FONT_BOLD, spaceAfter=2, keepWithNext=1
)
_BULLET = _style("Bullet", _CLAUSE, spaceAfter=3)


def _cover(data: ProtocolBookletData, printed_on: dt.date) -> list[Flowable]:
    lines: list[Flowable] = [
        Spacer(0, 45 * mm),
        Paragraph(escape(data.council_name), _COVER_COUNCIL),
        HRFlowable(width="100%", thickness=2.5, color=styles.ACCENT, spaceAfter=14),
        Paragraph(escape(data.title), _COVER_TITLE),
        Paragraph(escape(data.version_label), _COVER_VERSION),
        Spacer(0, 10 * mm),
    ]
    if data.is_draft:
        lines.append(Paragraph(escape(adoption_line(data)), _COVER_DRAFT))
    else:
        lines.append(Paragraph(escape(adoption_line(data)), _COVER_LINE))
    if data.next_review_text.strip():
        review = f"Next review: {data.next_review_text.strip()}"
        lines.append(Paragraph(escape(review), _COVER_LINE))
    # At the foot of the cover, out of the way of the title.
    lines.append(TopPadder(Paragraph(f"Printed {uk_date(printed_on)}", styles.NOTE)))
    return lines


def _markup(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _paragraphs(text: str) -> list[str]:
    """A node's text as printed paragraphs: a blank line in the source starts a new one."""
    return [_markup(part.strip()) for part in text.split("\n\n") if part.strip()]


class _Layout:
    """Lays out a tree of nodes; a column is one level of hanging numbers."""

    def __init__(self, nodes: Sequence[Node]) -> None:
        self.nodes = nodes
        self.gutters: dict[int, float] = {}
        self._measure(nodes, 0)
        self.numbered_sections = any(n.kind == "section" and n.number for n in nodes)

    def _measure(self, nodes: Sequence[Node], column: int) -> None:
        for node in nodes:
            if node.number:
                font = _SECTION if node.kind == "section" else _CLAUSE
                width = string_width(node.number, font.fontName, font.fontSize)
                width += _NUMBER_GAP
                self.gutters[column] = max(self.gutters.get(column, _MIN_GUTTER), width)
            nested = column + 1 if node.kind in ("clause", "bullet", "paragraph") else column
            self._measure(node.children, nested)

    def gutter(self, column: int) -> float:
        return self.gutters.get(column, _MIN_GUTTER)

    def flowables(self) -> list[Flowable]:
        return list(self._nodes(self.nodes, column=0, indent=0.0))

    def _nodes(self, nodes: Sequence[Node], column: int, indent: float) -> Iterator[Flowable]:
        for index, node in enumerate(nodes):
            if node.kind == "section":
                yield from self._section(node)
                yield from self._nodes(node.children, column, indent)
            elif node.kind == "heading":
                text_at = indent + (self.gutter(column) if self.numbered_sections else 0)
                yield Paragraph(escape(node.heading), _style("h", _SUBHEADING, leftIndent=text_at))
                yield from self._nodes(node.children, column, indent)
            else:
                gutter = _BULLET_GUTTER if node.kind == "bullet" else self.gutter(column)
                label = "•" if node.kind == "bullet" else node.number
                text_at = indent + gutter if label else indent
                # A list ends with a clause's full spacing so the next clause stands apart.
                following = nodes[index + 1] if index + 1 < len(nodes) else None
                list_ends = following is None or following.kind != "bullet"
                yield from self._item(node, label, indent, text_at, list_ends)
                yield from self._nodes(node.children, column + 1, text_at)

    def _section(self, node: Node) -> Iterator[Flowable]:
        yield CondPageBreak(_MIN_ROOM_FOR_SECTION)
        text_at = self.gutter(0) if self.numbered_sections else 0.0
        style = _style("s", _SECTION, leftIndent=text_at, bulletIndent=0)
        if node.heading or node.number:
            heading = Paragraph(escape(node.heading), style, bulletText=node.number or None)
            # In the contents too, the number hangs beside the heading.
            number = f"<bullet>{escape(node.number)}</bullet>" if node.number else ""
            yield for_contents(heading, node.title, markup=number + escape(node.heading))
        for part in _paragraphs(node.text):
            yield Paragraph(part, _style("st", _CLAUSE, leftIndent=text_at))

    def _item(
        self, node: Node, label: str, indent: float, text_at: float, list_ends: bool
    ) -> Iterator[Flowable]:
        base = _BULLET if node.kind == "bullet" and not list_ends else _CLAUSE
        first = _style("c1", base, leftIndent=text_at, bulletIndent=indent)
        rest = _style("cn", base, leftIndent=text_at)
        parts = _paragraphs(node.text)
        if node.heading:
            heading_style = _style("ch", _CLAUSE_HEADING, leftIndent=text_at, bulletIndent=indent)
            if not parts and not node.children:
                heading_style = _style("ch1", heading_style, keepWithNext=0, spaceAfter=6)
            yield Paragraph(escape(node.heading), heading_style, bulletText=label or None)
            label = ""
        for index, part in enumerate(parts):
            bullet = label if index == 0 and label else None
            yield Paragraph(part, first if bullet else rest, bulletText=bullet)
