"""Characters the embedded font cannot draw are printed as "?", and the clerk is told which.

Liberation Sans covers the Latin, Greek and Cyrillic scripts, not emoji or most symbols; left
alone, reportlab prints each missing one as an empty box, and nobody notices that a name was
printed wrong. :func:`glyph_notes.tracking` collects what was replaced while a printout is made, so
the command line and the window can say so.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics

from councildesk.reports.glyph_notes import SUBSTITUTE, noted


@cache
def _codepoints(font_name: str) -> frozenset[int] | None:
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    mapping = getattr(face, "charToGlyph", None)
    return frozenset(mapping) if mapping else None  # None: a built-in font, left alone


# The typographic ligatures a PDF's text layer or a Word file's font may bring in (ﬀ, ﬁ, ﬂ, ﬃ,
# ﬄ, ﬅ, ﬆ): printed as their letters, which are the same words, where the font lacks them.
_LIGATURES = range(0xFB00, 0xFB07)


def printable(text: str, font_name: str) -> str:
    """``text`` with every character ``font_name`` lacks replaced by "?", and noted; a
    ligature the font lacks is printed as its letters instead."""
    covered = _codepoints(font_name)
    if covered is None or not text:
        return text
    missing = {c for c in text if ord(c) not in covered and not c.isspace() and ord(c) >= 32}
    if not missing:
        return text
    spelled = {c: _letters(c, covered) for c in missing}
    lost = {c for c, letters in spelled.items() if letters is None}
    if lost:
        noted(lost)
    return "".join(spelled.get(c) or (SUBSTITUTE if c in lost else c) for c in text)


def _letters(ligature: str, covered: frozenset[int]) -> str | None:
    if ord(ligature) not in _LIGATURES:
        return None
    letters = unicodedata.normalize("NFKD", ligature)
    return letters if all(ord(c) in covered for c in letters) else None


def substitute_story(flowables: Sequence[Any]) -> None:
    """Replace missing characters in the text of every paragraph, inside tables too."""
    for flowable in flowables:
        _substitute(flowable)


def _substitute(item: Any) -> None:
    if isinstance(item, (list, tuple)):
        for part in item:
            _substitute(part)
        return
    for frag in getattr(item, "frags", None) or ():
        text = getattr(frag, "text", None)
        font = getattr(frag, "fontName", None)
        if isinstance(text, str) and isinstance(font, str):
            frag.text = printable(text, font)
    bullet = getattr(item, "bulletText", None)
    style = getattr(item, "style", None)
    if isinstance(bullet, str) and style is not None:
        item.bulletText = printable(bullet, getattr(style, "bulletFontName", style.fontName))
    for name in ("_cellvalues", "_content", "_flowables"):
        inner = getattr(item, name, None)
        if inner:
            _substitute(inner)
