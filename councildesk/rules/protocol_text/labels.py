"""Reading the label that opens a line: "1.", "2.2.3", "6.-(1)", "a)", "(iv)", "(aa)", "PART 3"."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Label:
    printed: str  # as the document printed it, e.g. "2.2.3", "a)", "(iv)", "PART 3"
    kind: str  # decimal, part, alpha, roman, either (i, v, x...: letter or roman), double, number
    style: str  # the punctuation around it: "x.", "x)", "(x)", "x", "decimal", "part"
    token: str  # the letters or digits alone
    parts: tuple[int, ...] = ()  # a decimal label's numbers

    def as_kind(self, kind: str) -> Label:
        return Label(self.printed, kind, self.style, self.token, self.parts)


_PART = re.compile(
    r"(?:PART|Part|SECTION|Section|CHAPTER|Chapter|SCHEDULE|Schedule|APPENDIX|Appendix|ANNEX|Annex)"
    r"\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])(?=\s*[.:–—-]\s|\s*[.:]?\s*$|\s+[A-Z])"
)
# Four digits: a long document's clause 1000 is a clause (a year is told apart by its place).
_DECIMAL = re.compile(r"(\d{1,4}(?:\.\d{1,4})*)(\.?)")
_HYPHEN = re.compile(r"\s*[-–—]\s*")
_PAREN = re.compile(r"\(([0-9]{1,3}|[a-zA-Z]{1,2}|[ivxlcdm]{2,7}|[IVXLCDM]{2,7})\)\.?")
_SUFFIX = re.compile(r"([0-9]{1,3}|[a-zA-Z]{1,2}|[ivxlcdm]{2,7}|[IVXLCDM]{2,7})([.)])(?=\s|$)")
_GLYPHS = "•·▪◦‣○●■□➢➤✓\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0e0"
_BULLET = re.compile(rf"[-–—*{_GLYPHS}](?:\s+|$)|[{_GLYPHS}](?=\S)|o\t")
_ROMAN = re.compile(r"m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}

Lexed = tuple[tuple[Label, ...], str, bool]


def roman_value(token: str) -> int:
    """The number a roman numeral stands for; 0 when it is not one."""
    if not token or not _ROMAN.fullmatch(token.lower()):
        return 0
    numbers = [_ROMAN_DIGITS[c] for c in token.lower()]
    following = [*numbers[1:], 0]
    return sum(-n if n < after else n for n, after in zip(numbers, following, strict=True))


def value(label: Label) -> int:
    """A list label's place in its sequence: (c) is 3, (iv) is 4, (bb) is 2."""
    if label.kind == "roman":
        return roman_value(label.token)
    if label.kind in {"alpha", "double"}:
        return ord(label.token[0].lower()) - ord("a") + 1
    return int(label.token) if label.token.isdigit() else 0


def list_label(text: str, trusted: bool = False) -> tuple[Label, str] | None:
    """A lettered, roman or bracketed-number label at the start of ``text``, and the rest."""
    match = _PAREN.match(text) or _SUFFIX.match(text)
    if match is None and trusted:
        match = re.fullmatch(r"([a-zA-Z]{1,3})()", text)
    if match is None:
        return None
    token = match.group(1)
    style = "(x)" if text.startswith("(") else f"x{match.group(2)}"
    if token.isdigit():
        kind = "number"
    elif len(token) == 1:
        kind = "either" if token.lower() in _ROMAN_DIGITS else "alpha"
    elif len(token) == 2 and token[0] == token[1] and token.lower() != "ii":
        kind = "double"
    elif roman_value(token):
        kind = "roman"
    else:
        return None  # "No.", "Mr.", "St." and the like
    printed = match.group(0).rstrip(".") if style == "(x)" else match.group(0)
    return Label(printed, kind, style, token), text[match.end() :].strip()


def lex(text: str) -> Lexed:
    """The labels that open a line, the text after them, and whether the line is a bullet."""
    line = text.strip()
    bullet = _BULLET.match(line)
    if bullet:
        inner = line[bullet.end() :].strip()
        listed = list_label(inner)  # "- a) ...", "• (iv) ...": a labelled item, bulleted
        return ((listed[0],), listed[1], False) if listed else ((), inner, True)
    part = _PART.match(line)
    if part:
        rest = line[part.end() :].strip(" .:–—-\t")
        return (Label(part.group(0), "part", "part", part.group(0).split()[-1]),), rest, False
    decimal = _DECIMAL.match(line)
    if decimal:
        found = _decimal(line, decimal)
        if found:
            return found
    listed = list_label(line)
    return ((listed[0],), listed[1], False) if listed else ((), line, False)


def _decimal(line: str, match: re.Match[str]) -> Lexed | None:
    numbers, dot = match.group(1), match.group(2)
    rest = line[match.end() :]
    hyphen = _HYPHEN.match(rest)
    dotted = bool(dot) or "." in numbers
    ok = (
        (dotted and (not rest or rest[0].isspace()))
        or (bool(dot) and rest[:1].isupper())  # "2.8.The RFO"
        or (hyphen is not None and (bool(dot) or "." not in numbers))  # "7- You", "6.-(1)"
        or (not dotted and rest.startswith("\t"))  # Word's numbering saved as text: "1<TAB>"
    )
    if not ok:
        return None  # a year, an amount or a date at the start of a wrapped line
    parts = tuple(int(n) for n in numbers.split("."))
    label = Label(numbers + dot, "decimal", "decimal", numbers, parts)
    rest = rest[hyphen.end() :] if hyphen else rest.strip()
    inner = list_label(rest) if rest.startswith("(") or hyphen is None else None
    if inner:
        return (label, inner[0]), inner[1], False  # "1. (1) In this code", "3.1 a. ..."
    return (label,), rest.strip(), False


_BARE = re.compile(r"([a-zA-Z]|[ivxlc]{2,6}|[IVXLC]{2,6})(\t|\s{2,}|\s(?=\S))(\S.*)")


def bare_label(text: str, spaced: bool = False) -> tuple[Label, str] | None:
    """A letter or roman numeral with no punctuation: NALC's "a<TAB>Motions on the agenda".

    Alone it proves nothing ("A motion", "I will"), so it is only a candidate: a TAB or two
    spaces after it (or one space when ``spaced``) here; its place in a run, a b c..., elsewhere.
    """
    match = _BARE.match(text.strip())
    if match is None or (match.group(2) == " " and not spaced):
        return None
    token = match.group(1)
    if len(token) == 1:
        kind = "either" if token.lower() in _ROMAN_DIGITS else "alpha"
    elif roman_value(token):
        kind = "roman"
    else:
        return None
    return Label(token, kind, "x", token), match.group(3).strip()


def trusted_label(number: str) -> Label:
    """Read a number Word computed; anything unfamiliar is kept as printed."""
    number = number.strip()
    labels, rest, _ = lex(number + "\tx")
    if len(labels) == 1 and rest == "x":
        return labels[0]
    listed = list_label(number, trusted=True)
    if listed and not listed[1]:
        return listed[0]
    return Label(number, "other", re.sub(r"\w+", "x", number), number)
