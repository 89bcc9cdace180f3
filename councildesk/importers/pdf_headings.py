"""Heading levels in a PDF, from its font sizes: the structure the file states, where it has one.

A PDF exported from Word or LibreOffice keeps no styles, but it keeps their sizes: the title
larger than Heading 1, Heading 1 larger than Heading 2, and all of them larger than the body.
"""

from __future__ import annotations

from collections.abc import Sequence

_LARGER = 1.08  # how much larger than the body a heading's type must be
_MOST_WORDS = 20


def heading_levels(paragraphs: Sequence[tuple[str, float]]) -> list[int | None]:
    """For each (text, font size) paragraph: 0 for the title, 1, 2... for headings by size,
    None for body text."""
    weights: dict[float, int] = {}
    for text, size in paragraphs:
        weights[round(size, 1)] = weights.get(round(size, 1), 0) + len(text)
    if not weights:
        return []
    body = max(weights, key=lambda size: weights[size])
    larger = sorted(
        {
            round(size, 1)
            for text, size in paragraphs
            if size > body * _LARGER and len(text.split()) <= _MOST_WORDS
        },
        reverse=True,
    )
    if not larger:
        return [None] * len(paragraphs)
    # The largest type, only at the very top (before any body text), is the title.
    top = larger[0]
    first_body = next(
        (index for index, (_, size) in enumerate(paragraphs) if round(size, 1) != top),
        len(paragraphs),
    )
    titled = all(
        index < first_body for index, (_, size) in enumerate(paragraphs) if round(size, 1) == top
    )
    ranks = {size: rank + (0 if titled else 1) for rank, size in enumerate(larger)}
    levels: list[int | None] = []
    for text, size in paragraphs:
        rank = ranks.get(round(size, 1))
        levels.append(rank if rank is not None and len(text.split()) <= _MOST_WORDS else None)
    return levels
