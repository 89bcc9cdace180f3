"""Which characters a printout replaced because its font lacks them, and the clerk's note.

Kept apart from ``glyphs`` (which needs reportlab's font tables) so that the command line and
the window can collect and report replacements without loading reportlab until they print.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

SUBSTITUTE = "?"
_replaced: ContextVar[set[str] | None] = ContextVar("replaced_glyphs", default=None)


def noted(missing: set[str]) -> None:
    """Record characters replaced in the printout being made, if anyone is tracking."""
    replaced = _replaced.get()
    if replaced is not None:
        replaced.update(missing)


@contextmanager
def tracking() -> Iterator[set[str]]:
    """Collect the characters replaced in printouts made inside the block (this thread only)."""
    replaced: set[str] = set()
    token = _replaced.set(replaced)
    try:
        yield replaced
    finally:
        _replaced.reset(token)


def note(replaced: set[str]) -> str:
    """One line for the clerk, or "" when nothing was replaced."""
    if not replaced:
        return ""
    shown = " ".join(sorted(replaced)[:8])
    count = len(replaced)
    return (
        f"The printout's font has no {'sign' if count == 1 else 'signs'} for {shown}; "
        f"{'it is' if count == 1 else 'they are'} printed as '{SUBSTITUTE}'."
    )
