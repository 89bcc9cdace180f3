"""Labels that only their sequence proves: "a<TAB>Motions", "b<TAB>A motion", "4 RESCISSION".

A letter with no punctuation, or a number and a space before a heading, is too common at the
start of ordinary text ("A motion", "30 days") to be a label on its own. A run of them in order
(a, b, c...; 1, 2, 3...) is a list, so each candidate is judged by its neighbours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from councildesk.rules.protocol_text.labels import Label, bare_label, roman_value

_BARE_HEADING = re.compile(r"(\d{1,4}) ([A-Z].*)")


def _letter(token: str) -> int:
    return ord(token.lower()) - ord("a") + 1 if len(token) == 1 else 0


def accept_bare_labels(
    raws: Sequence[str], plain: Sequence[bool]
) -> list[tuple[Label, str] | None]:
    """For each line (its raw text, and whether it has no label or bullet of its own), the bare
    label it opens when that label continues or starts a run in order, else None."""
    found: list[tuple[Label, str] | None] = [
        bare_label(raw, spaced=True) if is_plain else None
        for raw, is_plain in zip(raws, plain, strict=True)
    ]
    last: dict[tuple[bool, str], int] = {}  # (upper case?, alpha|roman) -> the last value taken
    accepted: list[tuple[Label, str] | None] = [None] * len(found)
    for index, candidate in enumerate(found):
        if candidate is None:
            continue
        label, rest = candidate
        upper = label.token.isupper()
        tight = raws[index].strip()[len(label.token) : len(label.token) + 1] == "\t" or (
            raws[index].strip()[len(label.token) :].startswith("  ")
        )
        following = _next_candidate(found, index, upper)
        letter, roman = _letter(label.token), roman_value(label.token)
        kind: str | None = None
        if letter and (
            last.get((upper, "alpha")) == letter - 1
            or (letter == 1 and following is not None and _letter(following.token) == 2)
            # a section with one clause, "a" alone, in a document lettered so elsewhere
            or (letter == 1 and tight and (upper, "alpha") in last)
        ):
            kind = "alpha"
        elif roman and (
            last.get((upper, "roman")) == roman - 1
            or (roman == 1 and following is not None and roman_value(following.token) == 2)
        ):
            kind = "roman"
        if kind is None or not (tight or _spaced_ok(rest, letter, last.get((upper, kind)))):
            continue
        last[(upper, kind)] = letter if kind == "alpha" else roman
        accepted[index] = (label.as_kind(kind), rest)
    return accepted


def _spaced_ok(rest: str, letter: int, previous: int | None) -> bool:
    """One space after the letter (as a PDF gives a TAB): only in the middle of a run."""
    return (
        previous is not None and previous >= 1 and bool(rest) and (letter != 1 or rest[0].isupper())
    )


def _next_candidate(
    found: Sequence[tuple[Label, str] | None], index: int, upper: bool
) -> Label | None:
    for later in found[index + 1 : index + 40]:
        if later is not None and later[0].token.isupper() == upper:
            return later[0]
    return None


def bare_numbered_headings(texts: Sequence[str], candidates: Sequence[bool]) -> list[int]:
    """The lines that are "4 RESCISSION OF PREVIOUS RESOLUTIONS": a number, a space and a
    heading, in a run of at least three in order (or two, in capitals)."""
    numbers: list[tuple[int, int]] = []  # (line index, number)
    for index, (text, candidate) in enumerate(zip(texts, candidates, strict=True)):
        match = _BARE_HEADING.fullmatch(text) if candidate else None
        if match:
            numbers.append((index, int(match.group(1))))
    taken: list[int] = []
    run: list[tuple[int, int]] = []
    for item in [*numbers, (-1, -1)]:
        if run and item[1] == run[-1][1] + 1:
            run.append(item)
            continue
        capitals = all(texts[i].isupper() for i, _ in run)
        if len(run) >= 3 or (len(run) == 2 and capitals):
            taken.extend(index for index, _ in run)
        run = [item]
    return taken
