"""Document-control facts read from a policy's own words: adoption, last review, next review.

A document gives these in many shapes ("Date of adoption February 2022", "Adopted: 28/07/2022",
"Adopted June 6th 2017 – latest review January 7th 2025", "Review date: 2027", "Next Review Date
As required"). Each date keeps the document's words beside the ISO date derived from them, at the
precision the document gave: "2027", "2022-02" or "2022-07-28". Numeric dates are UK order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]


@dataclass(frozen=True)
class DocDate:
    """A date as the document wrote it, and what it means (None when it is not a date)."""

    text: str
    iso: str | None
    precision: Precision | None


_PRECISIONS: dict[int, Precision] = {4: "year", 7: "month", 10: "day"}


def stored_doc_date(text: str, iso: str | None) -> DocDate | None:
    """A document date as a version keeps it (its words, and the ISO date at the precision the
    document gave: "2027", "2022-02", "2022-07-28"), read back; None when it said nothing."""
    if not text:
        return None
    return DocDate(text, iso, _PRECISIONS.get(len(iso or "")))


@dataclass(frozen=True)
class DocControl:
    title: str | None = None
    adopted: DocDate | None = None
    last_reviewed: DocDate | None = None
    next_review: DocDate | None = None
    reviewing_body: str | None = None
    review_cycle_months: int | None = None


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
# The earliest date in a text wins; at the same place, the most precise reading (listed first).
_DATE_PATTERNS = [
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),
    re.compile(
        r"(?<![\d/.-])(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4}|\d{2})(?!\d)"
    ),
    # "3 January 2024", "3rd of January 2024", "the 3rd day of January, 2024"
    re.compile(rf"\b{_DAY}\s+(?:day\s+of\s+|of\s+)?{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    re.compile(rf"(?<![\d£$.,/-]){_YEAR}"),
]
_DATE_ONLY = re.compile(
    r"^\s*(?:(?:date|dated)\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<d>.+?)[.,]?\s*$",
    re.IGNORECASE,
)

# Keywords that introduce a date, and which field the date belongs to.
_KEYWORDS = re.compile(
    r"(?P<next>next\s+review(?:\s+date)?(?:\s+due)?|date\s+(?:of|for)\s+next\s+review"
    r"|(?:due|scheduled)\s+for\s+review|review\s+due(?:\s+date)?"
    r"|(?:^|(?<=[.;:]\s))\s*to\s+be\s+reviewed)"
    r"|(?P<last>(?:last|latest|most\s+recent|previous)\s+review(?:ed)?(?:\s+date)?"
    r"|date\s+of\s+last\s+review|re-?adopted|^\s*(?:reviewed|revised|amended)\b)"
    r"|(?P<review>review\s+date|date\s+of\s+review|^\s*review\s*:)"
    r"|(?P<adopted>date\s+of\s+adoption|adoption\s+date|date\s+adopted|\badopted\b|\bapproved\b"
    r"|\bratified\b|\bagreed\s+by\b)"
    r"|(?P<dated>\bdated\b|date\s+signed|^\s*date\s*:)",
    re.IGNORECASE,
)
# "This policy will be reviewed annually": a review statement about the document itself, whatever
# it calls itself ("This strategy", "These terms of reference", "The Constitution").
_SELF_REVIEW = re.compile(
    r"(?:\b(?:this|these)\s+(?:[\w/’'-]+\s+){1,4}?"
    r"|\bthe\s+(?:[\w/’'-]+\s+){0,3}?(?:policy|protocol|document|procedures?|code|regulations"
    r"|guidance|statement|orders|scheme|strategy|constitution|plan|terms\s+of\s+reference)\s+"
    r"|^\s*(?:policy|protocol|document)\s+)"
    r"(?:(?:is|are|will|shall|should|must)\s+)?(?:to\s+)?be\s+(?P<phrase>reviewed\b[^.;,]*)",
    re.IGNORECASE,
)
_BODY_LABEL = re.compile(
    r"(?:review(?:ing|ed)?\s+(?:body|committee|by)|responsible\s+(?:body|committee))\s*[:\-–]\s*"
    r"(?:the\s+)?(?P<name>[^.;,]+)",
    re.IGNORECASE,
)
_BY_BODY = re.compile(
    r"\bby\s+(?:the\s+)?(?P<name>(?:[A-Z][\w&’'-]*\s+(?:(?:and|of|&)\s+)?){0,5}"
    r"(?:Committee|Sub-Committee|Panel|Council|Working\s+Group|Group))\b"
)
_CONTROL_LINE = re.compile(
    r"^\s*(?:date\s+(?:of\s+)?(?:adoption|adopted|next\s+review|last\s+review|review|approval)"
    r"|adopted\b|adoption\s+date|approved\b|ratified\b|signed\b|dated\b"
    r"|(?:next|last|latest)\s+review|review(?:\s+date)?\s*[:\-–]|reviewed\s*(?:[:\-–]|on\b|in\b|\d)"
    r"|re-?adopted\b|version\s*[:\d]|minute\s+(?:ref|no)|date\s*:|to\s+be\s+reviewed"
    r"|(?:[\w’'-]+\s+){0,4}(?:adopted|agreed|approved)\s+by\s+(?:the\s+)?(?:full\s+)?"
    r"(?:[\w’'-]+\s+){0,3}council\s+on\b)",
    re.IGNORECASE,
)
_NEAR_DAY, _NEAR_OTHER = 60, 25  # how far after its keyword a date may sit and still belong to it


def find_date(text: str) -> tuple[DocDate, int, int] | None:
    """The first date written in ``text``, with where it starts and ends."""
    best: tuple[DocDate, int, int] | None = None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[1]):
            best = (_read_match(match), match.start(), match.end())
    return best


def _read_match(match: re.Match[str]) -> DocDate:
    parts = match.groupdict()
    words = " ".join(match.group(0).split())
    year = int(parts["year"])
    year += 2000 if year < 100 else 0
    month_text = parts.get("month")
    month = None
    if month_text:
        month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
    day = int(parts["day"]) if parts.get("day") else None
    if month is None:
        return DocDate(words, f"{year:04d}", "year")
    if day is None:
        return DocDate(words, f"{year:04d}-{month:02d}", "month")
    try:
        return DocDate(words, dt.date(year, month, day).isoformat(), "day")
    except ValueError:
        # Not a real date in UK order (07/28/2022, 31 February): keep the words, derive nothing.
        return DocDate(words, None, None)


def is_date_line(text: str) -> bool:
    """True when the line is just a date, like a signature block's "10 January 2018"."""
    if len(text) > 60:
        return False
    match = _DATE_ONLY.match(text)
    if not match or not match.group("d"):
        return False
    found = find_date(match.group("d"))
    return found is not None and found[1] == 0 and found[2] == len(match.group("d"))


def is_control_line(text: str) -> bool:
    """True when the line states adoption, review, signature or version, not content."""
    return bool(_CONTROL_LINE.match(text))


def read_doc_control(lines: Sequence[str], title: str | None = None) -> DocControl:
    """The adoption and review facts stated anywhere in the document's lines."""
    found: dict[str, list[DocDate]] = {"next": [], "last": [], "review": [], "adopted": []}
    found_dated: list[DocDate] = []
    clean = [" ".join(line.split()) for line in lines]
    for index, line in enumerate(clean):
        following = clean[index + 1] if index + 1 < len(clean) else ""
        for field, value in _dates_in_line(line, following):
            (found_dated if field == "dated" else found[field]).append(value)
    adopted = _first(found["adopted"]) or _first(found_dated)
    last = _latest(found["last"])
    upcoming = _first(found["next"])
    for value in found["review"]:
        # A bare "Review date" is the next review unless it falls before adoption.
        before_adoption = bool(adopted and adopted.iso and value.iso and value.iso < adopted.iso)
        if before_adoption and last is None:
            last = value
        elif not before_adoption and upcoming is None:
            upcoming = value
    statement = _SELF_REVIEW.search(" ".join(clean))
    body = _label_body(clean)
    if statement:
        phrase = " ".join(statement.group("phrase").split())
        by_body = _BY_BODY.search(phrase)
        body = body or (" ".join(by_body.group("name").split()) if by_body else None)
        if by_body:
            # "reviewed annually", the body apart: it has its own field
            phrase = " ".join(f"{phrase[: by_body.start()]} {phrase[by_body.end() :]}".split())
        phrase = re.sub(r"\s+by\s+(?:the\s+)?(?:full\s+)?council$", "", phrase, flags=re.IGNORECASE)
        if upcoming is None and phrase != "reviewed":
            dated = find_date(phrase)
            upcoming = dated[0] if dated else DocDate(phrase, None, None)
    cycle = review_cycle_months(upcoming.text) if upcoming else None
    return DocControl(title, adopted, last, upcoming, body, cycle)


def _dates_in_line(line: str, following: str) -> list[tuple[str, DocDate]]:
    matches = list(_KEYWORDS.finditer(line))
    results: list[tuple[str, DocDate]] = []
    for position, match in enumerate(matches):
        field = match.lastgroup or ""
        end = matches[position + 1].start() if position + 1 < len(matches) else len(line)
        segment = line[match.end() : end]
        value = _date_near_start(segment)
        # "ADOPTED BY COUNCIL" with the date on the line below.
        if value is None and position + 1 == len(matches) and len(segment.split()) <= 4:
            value = _date_near_start(following, limit=3)
        if value is None and field in {"next", "review"}:
            value = _phrase(segment, reviewed=match.group(0).lower().endswith("reviewed"))
        if value is not None:
            results.append((field, value))
    return results


def _date_near_start(segment: str, limit: int | None = None) -> DocDate | None:
    found = find_date(segment)
    if found is None:
        return None
    value, start, _ = found
    reach = limit if limit is not None else _NEAR_DAY if value.precision == "day" else _NEAR_OTHER
    return value if start <= reach else None


def _phrase(segment: str, reviewed: bool) -> DocDate | None:
    """Words such as "As required" given where a next review date would go."""
    words = re.split(r"[.;,]", segment.strip(" :-–"), maxsplit=1)[0].split()
    if not 1 <= len(words) <= 10:
        return None
    text = " ".join(words)
    return DocDate(f"reviewed {text}" if reviewed else text, None, None)


def _label_body(lines: Sequence[str]) -> str | None:
    for line in lines:
        match = _BODY_LABEL.search(line)
        if match:
            return " ".join(match.group("name").split())
    return None


def review_cycle_months(text: str) -> int | None:
    """How often the words say the document is reviewed, in months, when they are clear.

    "Biannually" is left alone: in British usage it means both twice a year and every two years.
    """
    lowered = text.lower()
    numbers = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eighteen": 18}
    every = re.search(r"every\s+(\d+|[a-z]+)\s+(year|month)s?", lowered)
    if every:
        count = int(every.group(1)) if every.group(1).isdigit() else numbers.get(every.group(1))
        if count:
            return count * (12 if every.group(2) == "year" else 1)
    table = [
        (r"\b(?:annual(?:ly)?|yearly|every\s+year|each\s+year)\b", 12),
        (r"\b(?:biennial(?:ly)?)\b", 24),
        (r"\b(?:triennial(?:ly)?)\b", 36),
        (r"\b(?:six-monthly|half-yearly|every\s+six\s+months)\b", 6),
        (r"\bquarterly\b", 3),
    ]
    for pattern, months in table:
        if re.search(pattern, lowered):
            return months
    return None


def _first(values: Sequence[DocDate]) -> DocDate | None:
    return values[0] if values else None


def _latest(values: Sequence[DocDate]) -> DocDate | None:
    dated = [value for value in values if value.iso]
    return max(dated, key=lambda value: value.iso or "") if dated else _first(values)
