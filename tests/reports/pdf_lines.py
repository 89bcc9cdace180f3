"""A PDF page's text where it is seen, for tests that read a printout as a person would.

pypdf reads text in the order it was drawn, and a booklet draws its contents list's page
numbers last (when every page is known), so a test reads the page by position instead.
"""

from __future__ import annotations

from collections import defaultdict

from pypdf import PageObject


def runs(page: PageObject) -> list[tuple[float, float, str]]:
    """Each piece of text on the page with where it starts: (x, y, text)."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.append((round(tm[4] + cm[4], 1), round(tm[5] + cm[5], 1), text.strip()))

    page.extract_text(visitor_text=visit)
    return found


def lines_as_seen(page: PageObject) -> list[str]:
    """The page's lines top to bottom, each read left to right (pypdf reads in drawing order)."""
    rows: dict[float, list[tuple[float, str]]] = defaultdict(list)
    for x, y, text in runs(page):
        rows[y].append((x, text))
    return [" ".join(t for _, t in sorted(rows[y])) for y in sorted(rows, reverse=True)]
