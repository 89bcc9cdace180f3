"""Two versions of the protocol side by side: what a council is asked to approve when it amends.

Only what differs is printed. Removed words are struck through and added ones underlined, as
well as coloured, so the marks survive a black-and-white printer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Final, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from councildesk.reports import styles
from councildesk.reports.blocks import heading
from councildesk.reports.tables import TABLE_FONT, make_table
from councildesk.reports.template import CONTENT_WIDTH, ReportHeader, build_pdf
from councildesk.rules.protocol_diff import ClauseChange, FlatClause, WordOp, summarise

ADDED_GREEN: Final = colors.HexColor("#1a7f37")
REMOVED_RED: Final = styles.CONFIDENTIAL_RED
_BAND: Final = colors.HexColor("#eef1f5")
_SHOWN: Final = ("changed", "added", "removed")
_LABELS: Final = {"changed": "Changed", "added": "Added", "removed": "Removed"}
_EXCERPT_WORDS: Final = 14
# About half a page of text in a half-width column, so a row always fits on a page.
_ROW_WORDS: Final = 250

Side = Literal["old", "new"]


@dataclass(frozen=True, kw_only=True)
class ComparisonData:
    council_name: str
    title: str  # the policy's title, e.g. "Member/Officer Protocol"
    old_label: str  # e.g. "Version 2 (adopted 28/07/2022)"
    new_label: str  # e.g. "Version 3 (draft)"
    changes: Sequence[ClauseChange]  # from rules.protocol_diff.diff_protocols, in its order
    sample: bool = False  # a made-up council: every page says SAMPLE
    compared: str = "versions"  # what the two sides are, for the title: "reports"


def render_comparison(data: ComparisonData, out: Path | BinaryIO, printed_on: dt.date) -> None:
    """Write the comparison of two versions to ``out`` as an A4 PDF."""
    header = ReportHeader(
        council_name=data.council_name,
        title=f"{data.title}: comparison of {data.compared}",
        subtitle=f"{data.old_label} compared with {data.new_label}",
        printed_on=printed_on,
        sample=data.sample,
    )
    build_pdf(out, header, comparison_story(data))


def comparison_story(data: ComparisonData) -> list[Flowable]:
    summary = summarise(data.changes)
    story: list[Flowable] = [_summary_boxes(data.changes), Spacer(0, 3)]
    if summary.identical:
        same = "The two versions say the same, clause for clause, under the same numbers."
        return [*story, Paragraph(same, styles.BODY)]
    story.append(Paragraph(f"{summary.unchanged} clauses are unchanged.", styles.NOTE))
    story.append(Paragraph(_legend(), styles.SMALL))
    shown = [c for c in data.changes if c.kind in _SHOWN]
    if shown:
        story += [*heading("Changes to the wording"), _changes_table(data, shown)]
    shifted = [
        c for c in data.changes if c.kind == "renumbered" or (c.moved and c.kind != "changed")
    ]
    if shifted:
        note = "Same words as before, under a new number or in a new place."
        story += [*heading("Renumbered or moved"), Paragraph(note, styles.NOTE)]
        story.append(_shifted_table(shifted))
    return story


def _style(name: str, parent: ParagraphStyle, **kwargs: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kwargs)


_COUNT = _style("Count", styles.TITLE, fontSize=18, leading=21, alignment=TA_CENTER, spaceAfter=0)
_COUNT_LABEL = _style("CountLabel", styles.LABEL, alignment=TA_CENTER)
_CELL = _style("CompareCell", styles.TABLE_CELL, fontSize=9, leading=12.5)
_CELL_REF = _style("CompareRef", _CELL, fontName=styles.FONT_BOLD, spaceAfter=2)
_BAND_TEXT = _style("CompareBand", styles.TABLE_CELL, textColor=styles.MUTED)
_MISSING = _style("CompareMissing", _CELL, fontName=styles.FONT_ITALIC, textColor=styles.MUTED)


def _summary_boxes(changes: Sequence[ClauseChange]) -> Table:
    summary = summarise(changes)
    counts = [
        (summary.changed, "changed"),
        (summary.added, "added"),
        (summary.removed, "removed"),
        (summary.renumbered, "renumbered"),
    ]
    cells = [
        [Paragraph(str(n), _COUNT), Paragraph(f"{_clauses(n)} {label}", _COUNT_LABEL)]
        for n, label in counts
    ]
    table = Table([cells], colWidths=[CONTENT_WIDTH / 4] * 4, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BOX", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("INNERGRID", (0, 0), (-1, -1), 0.4, styles.GRID),
                ("BACKGROUND", (0, 0), (-1, -1), _BAND),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _clauses(n: int) -> str:
    return "clause" if n == 1 else "clauses"


def _legend() -> str:
    taken = _mark(WordOp("removed", "words taken out"), "old")
    put = _mark(WordOp("added", "words put in"), "new")
    return f"Key: {taken} are struck through in red; {put} are underlined in green."


def _mark(op: WordOp, side: Side, plain: bool = False) -> str:
    text = escape(op.text)
    if op.kind == "removed" and side == "old":
        return (
            text
            if plain
            else f'<font color="{REMOVED_RED.hexval()}"><strike>{text}</strike></font>'
        )
    if op.kind == "added" and side == "new":
        return (
            text if plain else f'<font color="{ADDED_GREEN.hexval()}"><u><b>{text}</b></u></font>'
        )
    return text if op.kind == "same" else ""


def _marked(ops: Sequence[WordOp], side: Side, plain: bool = False) -> str:
    return " ".join(part for part in (_mark(op, side, plain) for op in ops) if part)


def _chunked(ops: Sequence[WordOp], anywhere: bool) -> list[list[WordOp]]:
    """Cut a clause's words into pieces short enough for a table row that never outgrows a page,
    cutting inside words both versions share so the two columns stay level."""
    chunks: list[list[WordOp]] = [[]]
    count = 0
    for op in ops:
        words = op.text.split()
        while words:
            room = _ROW_WORDS - count
            cuttable = anywhere or op.kind == "same" or count + len(words) > 2 * _ROW_WORDS
            take = len(words) if len(words) <= room or not cuttable else max(room, 0)
            if take:
                chunks[-1].append(WordOp(op.kind, " ".join(words[:take])))
                count += take
                words = words[take:]
            if words:
                chunks.append([])
                count = 0
    return chunks


def _rows(change: ClauseChange, data: ComparisonData) -> list[list[list[Flowable]]]:
    """The change's rows under its band: the first with the clause's number and heading."""
    chunks = _chunked(change.words, anywhere=change.kind != "changed")
    return [
        [
            _side(change, "old", data.old_label, chunk, first=index == 0),
            _side(change, "new", data.new_label, chunk, first=index == 0),
        ]
        for index, chunk in enumerate(chunks)
    ]


def _side(
    change: ClauseChange, side: Side, label: str, chunk: Sequence[WordOp], *, first: bool
) -> list[Flowable]:
    item = change.old if side == "old" else change.new
    if item is None:
        return [Paragraph(f"Not in {escape(label)}", _MISSING)] if first else []
    # A clause added or removed whole is printed plain: its column already says which it is.
    plain = change.kind != "changed"
    cell: list[Flowable] = []
    number = escape(item.number or ("•" if item.kind == "bullet" else "")) if first else ""
    text = _marked(chunk, side, plain)
    if first and item.heading:
        ref = " ".join(p for p in (number, _marked(change.heading_words, side, plain)) if p)
        cell.append(Paragraph(ref, _CELL_REF))
    elif number:
        # Without a heading the number leads the text, as it does in the protocol.
        text = f"<b>{number}</b>&nbsp; {text}"
    if text:
        cell.append(Paragraph(text, _CELL))
    return cell


def _band(change: ClauseChange) -> Paragraph:
    item = change.new or change.old
    assert item is not None  # a change always has one side or the other
    colour = {"added": ADDED_GREEN, "removed": REMOVED_RED}.get(change.kind, styles.ACCENT)
    parts = [f'<font color="{colour.hexval()}"><b>{_LABELS[change.kind]}</b></font>']
    if item.text.strip():
        parts.append(_numbers(change))
    else:
        parts.append("section heading" if item.kind == "section" else "heading")
    # The parent clause's bare number is already in the reference ("3.1 •").
    path = [title for title in item.path if title != item.parent_number]
    if path:
        parts.append("in " + escape(" › ".join(path)))
    if change.moved:
        parts.append("moved")
    return Paragraph(" · ".join(p for p in parts if p), _BAND_TEXT)


def _numbers(change: ClauseChange) -> str:
    old, new = change.old, change.new
    if old and new and old.reference != new.reference:
        return f"{escape(new.reference)} (was {escape(old.reference)})"
    item = new or old
    return escape(item.reference) if item else ""


def _changes_table(data: ComparisonData, shown: Sequence[ClauseChange]) -> Table:
    head = [
        Paragraph(escape(label), styles.TABLE_HEADER) for label in (data.old_label, data.new_label)
    ]
    rows: list[list[Any]] = [head]
    commands: list[tuple[Any, ...]] = [
        TABLE_FONT,
        ("BACKGROUND", (0, 0), (-1, 0), styles.HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.RULE),
        ("BOX", (0, 0), (-1, -1), 0.4, styles.GRID),
        ("LINEAFTER", (0, 0), (0, -1), 0.4, styles.GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for change in shown:
        band = len(rows)
        rows.append([_band(change), ""])
        rows.extend(_rows(change, data))
        if len(rows) > band + 2:  # a long clause's later pieces read on from the first
            commands.append(("TOPPADDING", (0, band + 2), (-1, len(rows) - 1), 0))
        commands += [
            ("SPAN", (0, band), (1, band)),
            ("BACKGROUND", (0, band), (-1, band), _BAND),
            ("LINEABOVE", (0, band), (-1, band), 0.4, styles.GRID),
            ("TOPPADDING", (0, band), (-1, band), 3),
            ("BOTTOMPADDING", (0, band), (-1, band), 3),
            # The band names the clause, so it never ends a page on its own.
            ("NOSPLIT", (0, band), (-1, band + 1)),
        ]
    table = Table(rows, colWidths=[CONTENT_WIDTH / 2] * 2, repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def _excerpt(item: FlatClause) -> str:
    words = (item.heading or item.text).split()
    text = " ".join(words[:_EXCERPT_WORDS])
    return text + (" …" if len(words) > _EXCERPT_WORDS else "")


def _shifted_table(shifted: Sequence[ClauseChange]) -> Table:
    rows: list[list[str]] = []
    for change in shifted:
        old, new = change.old, change.new
        assert old is not None and new is not None  # paired: renumbered or moved
        where = f" (now in {' › '.join(new.path)})" if change.moved and new.path else ""
        rows.append([old.reference or "—", new.reference or "—", _excerpt(new) + where])
    return make_table(["Was", "Now", "Begins"], rows, [14.0, 14.0, 72.0])
