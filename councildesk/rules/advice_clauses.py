"""Which clause of the council's own protocol a piece of advice to a group offends.

Found by the protocol's words, not its numbering: councils number the same duty 4.3 (Lowestoft),
30 (Sandhurst) or 9.2 (CouncilDesk's starter). A clause qualifies only when it, or the section
it sits in, is about political groups, so a clause about the officer's own recommendations to
the council (Lowestoft 2.7) is never cited. Without an adopted protocol, or with no such clause,
the standard wording is named instead.

Pure: plain values in and out, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from councildesk.rules.protocol_diff import flatten
from councildesk.rules.protocol_text import Node

Kind = Literal["recommendation", "political", "no-options"]

STANDARD: Final = "Standard protocol wording"
_STANDARD_SAYS: Final = {
    "recommendation": "the standard Member/Officer Protocol wording says reports and advice to "
    "political groups make no recommendations",
    "political": "the standard Member/Officer Protocol wording says reports and advice to "
    "political groups do not deal with the political implications",
    "no-options": "the standard Member/Officer Protocol wording says reports and advice to "
    "political groups state the relevant facts with an appraisal of options",
}
_ABOUT_GROUPS: Final = re.compile(r"\b(?:political|party)\s+groups?\b|\bgroups?\b", re.I)
_KEYWORDS: Final = {
    "recommendation": re.compile(r"\brecommend\w*", re.I),
    "political": re.compile(r"\bpolitical\s+(?:implications|consequences)\b", re.I),
    "no-options": re.compile(r"\b(?:appraisal\s+of|the)\s+options\b|\boptions\s+open\b", re.I),
}
_QUOTE_WORDS: Final = 14


@dataclass(frozen=True)
class ClauseText:
    """A clause of the adopted protocol: how it is cited, its section's title, its words."""

    reference: str
    text: str
    section: str = ""


@dataclass(frozen=True)
class OffendedClause:
    reference: str  # "9.2", or the standard wording's name
    says: str  # "clause 9.2 of the adopted protocol says “…”", to finish a sentence with


def clause_texts(nodes: Sequence[Node]) -> list[ClauseText]:
    """The protocol's clauses as the check cites them: "9.1 (b)" for a lettered item."""
    out = []
    for clause in flatten(nodes):
        if not clause.text:
            continue
        reference = clause.reference.rstrip(".")
        if clause.number.startswith("(") and clause.parent_number:
            reference = f"{clause.parent_number.rstrip('.')} {clause.number}"
        out.append(ClauseText(reference, clause.text, " ".join(clause.path)))
    return out


def offended_clause(clauses: Sequence[ClauseText], kind: Kind) -> OffendedClause:
    best: ClauseText | None = None
    best_score = 0
    for clause in clauses:
        score = _score(clause, kind)
        if score > best_score:
            best, best_score = clause, score
    if best is None:
        return OffendedClause(STANDARD, _STANDARD_SAYS[kind])
    quote = _quote(best.text, _KEYWORDS[kind])
    return OffendedClause(
        best.reference, f"clause {best.reference} of the adopted protocol says “{quote}”"
    )


def _score(clause: ClauseText, kind: Kind) -> int:
    keyword = _KEYWORDS[kind]
    if not clause.reference or not keyword.search(clause.text):
        return 0
    in_text = bool(_ABOUT_GROUPS.search(clause.text))
    if not in_text and not _ABOUT_GROUPS.search(clause.section):
        return 0
    # A clause that names groups itself and more of the duty's words is the better citation.
    others = sum(1 for k, p in _KEYWORDS.items() if k != kind and p.search(clause.text))
    return 2 + (2 if in_text else 0) + others


def _quote(text: str, keyword: re.Pattern[str]) -> str:
    """A few words either side of where the clause states the duty."""
    words = text.split()
    at = 0
    for index in range(len(words)):
        if keyword.search(" ".join(words[index : index + 3])):
            at = index
            break
    start = max(0, at - _QUOTE_WORDS // 2)
    end = min(len(words), start + _QUOTE_WORDS)
    quoted = " ".join(words[start:end]).rstrip(".,;:")
    return ("…" if start else "") + quoted + ("…" if end < len(words) else "")


_TELL_OTHERS: Final = re.compile(
    r"\b(?:advise|tell|inform|notify)\s+(?:all\s+|every\s+|each\s+)?(?:the\s+)?other\s+"
    r"(?:political\s+)?groups?\b",
    re.I,
)


def tell_others_clause(clauses: Sequence[ClauseText]) -> str | None:
    """The clause that obliges the clerk to tell the other groups ("4.4", "31", "9.3")."""
    for clause in clauses:
        if clause.reference and _TELL_OTHERS.search(clause.text):
            return clause.reference
    return None
