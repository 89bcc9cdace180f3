"""What the import review dialog says about a document, and where a clause sits in the source.

Plain functions with no widgets, so the dialog stays about the dialog.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from councildesk.rules.dates import uk_date
from councildesk.rules.doc_control import DocControl, DocDate
from councildesk.rules.protocol_edit import NodePath, iter_paths
from councildesk.rules.protocol_text import Node, SetAside, count_clauses

FIRST_WORDS = 90  # characters of text shown in the tree when an item has no heading
SEARCH_WORDS = 8  # how many of an item's first words are looked for in the source text


def plural(count: int, noun: str) -> str:
    if count == 0:
        return f"no {noun}s"
    return f"1 {noun}" if count == 1 else f"{count} {noun}s"


def doc_date_words(value: DocDate) -> str:
    """A full date as dd/mm/yyyy; a year, a month or a phrase in the document's own words."""
    if value.precision == "day" and value.iso:
        try:
            return uk_date(dt.date.fromisoformat(value.iso))
        except ValueError:
            pass
    return value.text


def describe_found(nodes: Sequence[Node], control: DocControl) -> str:
    """The header's summary: "5 sections, 23 clauses; adopted 28/07/2022; next review 2027"."""
    sections = sum(1 for node in nodes if node.kind == "section")
    parts = [f"{plural(sections, 'section')}, {plural(count_clauses(nodes), 'clause')}"]
    for label, value in (
        ("adopted", control.adopted),
        ("last reviewed", control.last_reviewed),
        ("next review", control.next_review),
    ):
        if value is not None and value.text:
            parts.append(f"{label} {doc_date_words(value)}")
    if control.reviewing_body:
        parts.append(f"reviewed by {control.reviewing_body}")
    return "; ".join(parts)


_SET_ASIDE_NAMES = {
    "contents list": "the contents list",
    "closing lines": "the closing lines, read for the dates",
    "page numbers": "page numbers",
    "rule lines": "lines of dashes or dots",
}


def describe_set_aside(parts: Sequence[SetAside]) -> str:
    """What did not become a clause, for the clerk: "" when everything did."""
    if not parts:
        return ""
    pieces = []
    for part in parts:
        name = _SET_ASIDE_NAMES.get(part.what, part.what)
        first = part.lines[0] if part.lines else ""
        shown = first if len(first) <= 60 else first[:59].rstrip() + "…"
        pieces.append(f"{name} ({plural(len(part.lines), 'line')}, from “{shown}”)")
    return "Not made into clauses: " + "; ".join(pieces) + ". They are shaded in the source text."


def set_aside_spans(source: str, parts: Sequence[SetAside]) -> list[tuple[int, int]]:
    """Where the lines left out are in the source text, in order: (start, end) of each found."""
    spans: list[tuple[int, int]] = []
    for part in parts:
        position = 0
        for line in part.lines:
            pattern = _search_pattern(line.split())
            match = pattern.search(source, position) if pattern else None
            if match:
                spans.append((match.start(), match.end()))
                position = match.end()
    return sorted(spans)


def first_words(node: Node) -> str:
    """What the tree shows for an item: its heading, else the start of its text."""
    if node.heading:
        return node.heading
    text = " ".join(node.text.split())
    return text if len(text) <= FIRST_WORDS else text[: FIRST_WORDS - 1].rstrip() + "…"


def utf16_length(text: str) -> int:
    """Qt counts positions in UTF-16 units; Python in code points."""
    return len(text.encode("utf-16-le")) // 2


def python_offset(text: str, position: int) -> int:
    """The index into ``text`` of a Qt (UTF-16) cursor position."""
    return len(text.encode("utf-16-le")[: position * 2].decode("utf-16-le", errors="ignore"))


def _search_pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def locate_in_source(source: str, nodes: Sequence[Node]) -> dict[NodePath, tuple[int, int]]:
    """Where each node's words are in the source text: path -> (start, end), when found.

    Items are looked for in document order, each after the one before, so repeated wording
    (the same bullet under two clauses) is found at the right place.
    """
    found: dict[NodePath, tuple[int, int]] = {}
    position = 0
    for path, node in iter_paths(nodes):
        span = _find_node(source, node, position)
        if span is not None:
            position = span[1]
        else:
            span = _find_node(source, node, 0)  # out of order: moved, or the file repeats it
        if span is not None:
            found[path] = span
    return found


def find_in_source(source: str, nodes: Sequence[Node], path: NodePath) -> tuple[int, int] | None:
    """Where the node at ``path`` is in the source text: (start, end), or None if not found."""
    return locate_in_source(source, nodes).get(path)


def _find_node(source: str, node: Node, start: int) -> tuple[int, int] | None:
    words = node.text.split() or node.heading.split()
    for count in (SEARCH_WORDS, 4):
        pattern = _search_pattern(words[:count])
        if pattern is None or (count < SEARCH_WORDS and len(words) <= count):
            continue
        match = pattern.search(source, start)
        if match:
            return match.start(), match.end()
    return None
