"""Page furniture in text taken from printed pages: running headers and footers, page numbers.

A PDF knows its pages, so it can look at the top and bottom of each; text copied out of a PDF
does not, so there a short line repeated evenly down the document is taken as furniture.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from itertools import pairwise

from councildesk.rules.protocol_text import lex

_PAGE_NUMBER = re.compile(
    r"(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-|\[\d{1,4}\]", re.IGNORECASE
)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def furniture_key(text: str) -> str:
    """The same running line on every page, whatever the page number in it."""
    return re.sub(r"\d+", "#", " ".join(text.split()))


def could_be_furniture(text: str) -> bool:
    words = text.split()
    if not words or len(text) > 90 or not any(c.isalpha() for c in text):
        return False
    labels, _, bullet = lex(text)
    return not labels and not bullet and not text.rstrip().endswith((":", ";", ","))


def drop_repeated_lines(lines: Sequence[str]) -> list[str]:
    """Lines with running headers, footers and their page numbers taken out."""
    dropped = repeated_lines(lines)
    return [line for index, line in enumerate(lines) if index not in dropped]


def repeated_lines(lines: Sequence[str]) -> set[int]:
    """Where the running headers, footers and their page numbers are among the lines."""
    keys = [furniture_key(line) if could_be_furniture(line) else "" for line in lines]
    where: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            where.setdefault(key, []).append(index)
    running = {key for key, places in where.items() if len(places) >= 3 and _spread(places)}
    if not running:
        return set()
    dropped = {index for index, key in enumerate(keys) if key in running}
    for index in sorted(dropped):
        # A page number sits next to its running line, perhaps across a blank line.
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(lines) and not lines[near].strip():
                near += step
            if 0 <= near < len(lines) and is_page_number(lines[near]):
                dropped.add(near)
    return dropped


def _spread(places: list[int]) -> bool:
    """Repeated a page apart through the document, as a running line is, rather than bunched."""
    gaps = [b - a for a, b in pairwise(places)]
    return statistics.median(gaps) >= 15
