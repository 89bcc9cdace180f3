"""The protocol as a Word document or plain text, for councils that edit or publish it elsewhere.

Both keep the numbers as typed text rather than Word's automatic numbering, so a clause keeps
the number the council adopted it under wherever the file is opened, and both read back into
CouncilDesk with the same clauses under the same numbers.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Final

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt

from councildesk.reports.protocol_booklet import ProtocolBookletData, adoption_line
from councildesk.reports.template import SAMPLE_TEXT
from councildesk.rules.protocol_text import Node

_MIN_GUTTER_MM: Final = 10.0
_MM_PER_CHARACTER: Final = 2.2  # a digit or full stop of 11pt Calibri, with room to spare
_BULLET_GUTTER_MM: Final = 5.0


def export_text(data: ProtocolBookletData) -> str:
    """The protocol as plain text: title, version and adoption, then one paragraph a line."""
    lines = [_council_line(data), data.title, ""]
    lines += _control_lines(data)
    for node in data.nodes:
        lines.extend(_text_lines(node))
    return "\n".join(lines).rstrip("\n") + "\n"


def _council_line(data: ProtocolBookletData) -> str:
    return f"{data.council_name} ({SAMPLE_TEXT})" if data.sample else data.council_name


def _control_lines(data: ProtocolBookletData) -> list[str]:
    # Worded as real protocols word them, so CouncilDesk's importer reads the facts back.
    lines = [f"{data.version_label}. {adoption_line(data)}"]
    if data.next_review_text.strip():
        lines.append(f"Next review: {data.next_review_text.strip()}")
    return lines


def _text_lines(node: Node) -> Iterator[str]:
    text = node.text.split("\n") if node.text else []
    if node.kind == "bullet":
        yield f"- {text[0]}" if text else "-"
        yield from text[1:]
    elif node.kind in ("section", "heading"):
        yield ""
        yield " ".join(p for p in (node.number, node.heading) if p)
        if text:
            yield ""
            yield from text
    else:
        yield ""
        if node.heading:
            # A number alone on its line, then the heading: read back as a heading however
            # short the clause's text, or when it has none.
            yield from (p for p in (node.number, node.heading) if p)
        elif node.number and text:
            # The number and the start of the text share a line, as in most protocols.
            text[0] = f"{node.number} {text[0]}"
        elif node.number:
            yield node.number
        yield from text
    for child in node.children:
        yield from _text_lines(child)


def export_docx(data: ProtocolBookletData, out: Path | BinaryIO) -> None:
    """Write the protocol to ``out`` as an A4 Word document."""
    document = docx.Document()
    section = document.sections[0]
    # python-docx's blank document is US Letter; councils here print on A4.
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    footer = f"{data.title} · {data.version_label}"
    section.footer.paragraphs[0].text = f"{SAMPLE_TEXT} · {footer}" if data.sample else footer
    if data.sample:
        section.header.paragraphs[0].text = SAMPLE_TEXT
    properties = document.core_properties
    properties.title, properties.author = data.title, data.council_name
    properties.language = "en-GB"

    document.add_paragraph(_council_line(data), style="Subtitle")
    document.add_heading(data.title, level=0)
    for line in _control_lines(data):
        document.add_paragraph().add_run(line).italic = True
    gutters = _gutters(data.nodes, 0, {})
    for node in data.nodes:
        _add(document, node, gutters, column=0, indent=0.0)
    document.save(str(out) if isinstance(out, Path) else out)


def _gutters(nodes: Sequence[Node], column: int, found: dict[int, float]) -> dict[int, float]:
    """The width of the number column at each level, wide enough for its longest number."""
    for node in nodes:
        if node.number and node.kind != "section":
            width = len(node.number) * _MM_PER_CHARACTER + 3
            found[column] = max(found.get(column, _MIN_GUTTER_MM), width)
        nested = column if node.kind in ("section", "heading") else column + 1
        _gutters(node.children, nested, found)
    return found


def _add(document: Any, node: Node, gutters: dict[int, float], column: int, indent: float) -> None:
    if node.kind in ("section", "heading"):
        title = " ".join(p for p in (node.number, node.heading) if p)
        if title:
            document.add_heading(title, level=1 if node.kind == "section" else 2)
        _add_text(document, node.text, indent)
        for child in node.children:
            _add(document, child, gutters, column, indent)
        return
    if node.kind == "bullet":
        label, gutter = "•", _BULLET_GUTTER_MM
    else:
        label, gutter = node.number, gutters.get(column, _MIN_GUTTER_MM)
    text_at = indent + gutter if label else indent
    paragraph = document.add_paragraph()
    format_ = paragraph.paragraph_format
    format_.left_indent, format_.space_after = Mm(text_at), Pt(6)
    if label:
        # The number hangs in the gutter and a tab stop lines the text up after it.
        format_.first_line_indent = Mm(-gutter)
        format_.tab_stops.add_tab_stop(Mm(text_at))
        paragraph.add_run(f"{label}\t")
    parts = [part for part in node.text.split("\n\n") if part.strip()]
    if node.heading:
        paragraph.add_run(node.heading).bold = True
        _add_text(document, node.text, text_at)
    elif parts:
        _add_lines(paragraph, parts[0])
        _add_text(document, "\n\n".join(parts[1:]), text_at)
    for child in node.children:
        _add(document, child, gutters, column + 1, text_at)


def _add_text(document: Any, text: str, indent: float) -> None:
    """Paragraphs of text under a heading or clause, lined up with the text above them."""
    for part in text.split("\n\n"):
        if part.strip():
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.left_indent = Mm(indent)
            paragraph.paragraph_format.space_after = Pt(6)
            _add_lines(paragraph, part)


def _add_lines(paragraph: Any, text: str) -> None:
    """Lines within one paragraph, kept apart by line breaks as the source had them."""
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()
        run.add_text(line)
