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

# "Standing Orders - Page 3 of 12": the running line carries its own page number.
_PAGE_IN_LINE = re.compile(r"\bpage\s+\d", re.IGNORECASE)


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
    """Where the running headers, footers and their page numbers are among the lines.

    A short line repeated evenly down the document is furniture only when it goes with a page
    number (in the line itself, or beside it): a policy's own heading can repeat just as
    evenly ("Procedure" in each section), and a council's words are never dropped on a guess.
    """
    keys = [furniture_key(line) if could_be_furniture(line) else "" for line in lines]
    where: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            where.setdefault(key, []).append(index)
    candidates = {
        key: places for key, places in where.items() if len(places) >= 3 and _spread(places)
    }
    repeated = {index for places in candidates.values() for index in places}
    running = {
        key
        for key, places in candidates.items()
        if _numbered(lines, places, repeated) or all(_PAGE_IN_LINE.search(lines[i]) for i in places)
    }
    dropped = {index for key in running for index in candidates[key]}
    for index in sorted(dropped):
        # A page number sits next to its running line, perhaps across a blank line.
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(lines) and not lines[near].strip():
                near += step
            if 0 <= near < len(lines) and is_page_number(lines[near]):
                dropped.add(near)
    return dropped


def _numbered(lines: Sequence[str], places: list[int], repeated: set[int]) -> bool:
    """Whether at least half the places have a page number in the same band of furniture:
    beside the line, across blank lines and the other lines repeated on every page."""
    return 2 * sum(_page_number_near(lines, index, repeated) for index in places) >= len(places)


def _page_number_near(lines: Sequence[str], index: int, repeated: set[int]) -> bool:
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(lines) and (not lines[near].strip() or near in repeated):
            near += step
        if 0 <= near < len(lines) and is_page_number(lines[near]):
            return True
    return False


def _spread(places: list[int]) -> bool:
    """Repeated a page apart through the document, as a running line is, rather than bunched."""
    gaps = [b - a for a, b in pairwise(places)]
    return statistics.median(gaps) >= 15
