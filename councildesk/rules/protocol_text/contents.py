"""A contents list: entries that repeat the headings that follow, often with page numbers.

It is the document's own index, not its text, so it is kept out of the tree (and shown to the
clerk as set aside). It may be headed "Contents", "Index" or nothing; its entries may end with
page numbers, dot leaders or neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

CONTENTS_HEADINGS = {"index", "contents", "content", "table of contents", "contents page"}
_PAGE_AT_END = re.compile(r"(?:\s*(?:[.…·_]\s?){2,}\s*|\s+)(?:page\s*)?\d{1,4}$", re.IGNORECASE)
_LEADERS = re.compile(r"(?:[.…·_]\s?){3,}")
_SEARCH_FROM = 400  # a contents list comes near the start; only so many lines are tried


def _key(text: str) -> str:
    return " ".join(text.split()).casefold().rstrip(" .:")


def entry_key(text: str) -> str:
    """The heading an entry names: its page number and dot leaders taken off."""
    return _key(_PAGE_AT_END.sub("", " ".join(text.split())))


def is_contents_heading(text: str) -> bool:
    return _key(text) in CONTENTS_HEADINGS


def find_contents(texts: Sequence[str]) -> tuple[int, int] | None:
    """Where a contents list is, as (start, end) line indexes, or None when there is none."""
    where: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        where.setdefault(_key(text), []).append(index)
    for start in range(min(len(texts), _SEARCH_FROM)):
        headed = is_contents_heading(texts[start])
        first = start + 1 if headed else start
        if not headed and not _names_a_later_line(texts, where, first, first):
            continue
        end = first
        while end < len(texts) and _entry(texts[end], headed, where, end):
            end += 1
        named = sum(
            1 for index in range(first, end) if _names_a_later_line(texts, where, index, end)
        )
        paged = sum(1 for index in range(first, end) if _PAGE_AT_END.search(texts[index]))
        if named >= 3 or (headed and (named >= 1 or paged >= 2)):
            return start, end
        if headed and end == first:
            return start, start + 1  # a "Contents" heading over nothing: still not a heading
    return None


def _heading_like(text: str) -> bool:
    """An entry names a heading: short, and not a sentence."""
    named = _PAGE_AT_END.sub("", " ".join(text.split()))
    return 0 < len(named.split()) <= 15 and not named.endswith((".", ";", ",", ":"))


def _entry(text: str, headed: bool, where: dict[str, list[int]], index: int) -> bool:
    if _LEADERS.search(text) and _PAGE_AT_END.search(text):
        return True
    if not _heading_like(text):
        return False  # a sentence said twice is not a contents entry
    if headed and _PAGE_AT_END.search(text) and len(text) <= 120:
        return True
    return any(later > index for later in where.get(entry_key(text), []))


def _names_a_later_line(
    texts: Sequence[str], where: dict[str, list[int]], index: int, after: int
) -> bool:
    if index >= len(texts):
        return False
    key = entry_key(texts[index])
    if not _heading_like(texts[index]):
        return False
    return bool(key) and any(later >= after and later != index for later in where.get(key, []))
