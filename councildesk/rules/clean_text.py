"""Text as it may be kept in a one-line field: no control characters, no bidi overrides.

A name pasted from an e-mail or a web page can carry invisible characters: terminal control
codes that rewrite what a command prints, and Unicode's directional overrides, which can make
"Cllr Smith" display as something else. A one-line field keeps neither; a tab or line break
becomes a space.
"""

from __future__ import annotations

import unicodedata

# The explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI) and
# the Arabic letter mark. The plain marks LRM and RLM are left: they cannot reorder text.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_SPACES = frozenset("\t\n\r\v\f\x85\u2028\u2029")


def clean_line(text: str) -> str:
    """``text`` without control characters or bidi overrides, whitespace runs kept as they are."""
    if text.isprintable() and not BIDI_CONTROLS.intersection(text):
        return text  # the usual case, quickly
    kept = []
    for char in text:
        if char in _SPACES:
            kept.append(" ")
        elif char in BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            continue
        else:
            kept.append(char)
    return "".join(kept)
