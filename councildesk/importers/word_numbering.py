"""Word's automatic numbering, worked out as Word shows it.

python-docx gives a paragraph's text without the number Word draws in front of it, so a clause
numbered by Word would lose its number. This reads numbering.xml and styles.xml and counts the way
Word does: counters belong to the abstract definition (so lists sharing one continue each other),
a ``startOverride`` restarts a list where its numbering instance is first used, and using a level
restarts the levels below it (unless ``lvlRestart`` says otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

Element = Any  # lxml elements; lxml ships no type information


@dataclass(frozen=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: 0 never; n after a level above n is used
    legal: bool = False  # isLgl: show every level's number in decimal
    style: str | None = None  # the paragraph style linked to this level


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # lvlOverride/startOverride
    levels: dict[int, Level] = field(default_factory=dict)  # lvlOverride/lvl replacements


def _val(element: Element | None, name: str = "w:val") -> str | None:
    if element is None:
        return None
    value = element.get(qn(name))
    return str(value) if value is not None else None


def _int(text: str | None, default: int | None = None) -> int | None:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _level(lvl: Element) -> Level:
    restart = _int(_val(lvl.find(qn("w:lvlRestart"))))
    legal = lvl.find(qn("w:isLgl")) is not None and _val(lvl.find(qn("w:isLgl"))) not in (
        "0",
        "false",
    )
    return Level(
        start=_int(_val(lvl.find(qn("w:start"))), 1) or 0,
        fmt=_val(lvl.find(qn("w:numFmt"))) or "decimal",
        text=_val(lvl.find(qn("w:lvlText"))) or "",
        restart=restart,
        legal=legal,
        style=_val(lvl.find(qn("w:pStyle"))),
    )


class Styles:
    """Paragraph styles: names, the numbering and outline level they give, their parents."""

    def __init__(self, styles: Element | None) -> None:
        self.by_id: dict[str, Element] = {}
        # List styles (type "numbering"): a definition with numStyleLink numbers through one.
        self.numbering_by_id: dict[str, Element] = {}
        self.default: str | None = None
        for style in [] if styles is None else styles.iter(qn("w:style")):
            kind = _val(style, "w:type")
            if kind == "numbering" and _val(style, "w:styleId"):
                self.numbering_by_id[_val(style, "w:styleId") or ""] = style
            if kind not in (None, "paragraph"):
                continue
            style_id = _val(style, "w:styleId")
            if style_id:
                self.by_id[style_id] = style
                if _val(style, "w:default") in ("1", "true"):
                    self.default = style_id

    def chain(self, style_id: str | None) -> list[Element]:
        """The style and the styles it is based on, nearest first."""
        found: list[Element] = []
        current = style_id or self.default
        while current and current in self.by_id and len(found) < 12:
            style = self.by_id[current]
            if any(style is seen for seen in found):
                break
            found.append(style)
            current = _val(style.find(qn("w:basedOn")))
        return found

    def heading_level(self, paragraph: Element) -> int | None:
        """0 for a Title, n for Heading n (or an outline level), None for body text."""
        ppr = paragraph.find(qn("w:pPr"))
        style_id = _val(ppr.find(qn("w:pStyle"))) if ppr is not None else None
        outline = _int(_val(ppr.find(qn("w:outlineLvl")))) if ppr is not None else None
        for style in self.chain(style_id):
            name = (_val(style.find(qn("w:name"))) or "").lower()
            if name == "title":
                return 0
            heading = re.fullmatch(r"heading\s*([1-9])", name)
            if heading:
                return int(heading.group(1))
            if outline is None:
                style_ppr = style.find(qn("w:pPr"))
                if style_ppr is not None:
                    outline = _int(_val(style_ppr.find(qn("w:outlineLvl"))))
        return outline + 1 if outline is not None and 0 <= outline < 9 else None


class Numbering:
    """Reads numbering.xml once, then numbers paragraphs in document order."""

    def __init__(self, numbering: Element | None, styles: Styles) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.links: dict[str, str] = {}  # abstractNum -> numbering style (numStyleLink)
        self.instances: dict[str, _Instance] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()
        self.last_level: int | None = None  # the list level (w:ilvl) of the last paragraph numbered
        for abstract in [] if numbering is None else numbering.iter(qn("w:abstractNum")):
            key = _val(abstract, "w:abstractNumId") or ""
            levels = {
                _int(_val(lvl, "w:ilvl"), 0) or 0: _level(lvl) for lvl in abstract.iter(qn("w:lvl"))
            }
            self.abstracts[key] = levels
            link = _val(abstract.find(qn("w:numStyleLink")))
            if link:
                self.links[key] = link
        for num in [] if numbering is None else numbering.iter(qn("w:num")):
            instance = _Instance(_val(num.find(qn("w:abstractNumId"))) or "")
            for override in num.iter(qn("w:lvlOverride")):
                ilvl = _int(_val(override, "w:ilvl"), 0) or 0
                start = _int(_val(override.find(qn("w:startOverride"))))
                if start is not None:
                    instance.starts[ilvl] = start
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    instance.levels[ilvl] = _level(lvl)
            self.instances[_val(num, "w:numId") or ""] = instance

    def number(self, paragraph: Element) -> tuple[str | None, bool]:
        """Word's number for the paragraph as displayed ("2.", "1.1", "(i)"), and whether it
        is a bullet. (None, False) for a paragraph Word does not number."""
        num_id, ilvl = self._num_pr(paragraph)
        instance = self.instances.get(num_id or "")
        self.last_level = None
        if instance is None or num_id == "0":
            return None, False
        abstract = self._abstract(instance.abstract)
        levels = {**self.abstracts.get(abstract, {}), **instance.levels}
        level = levels.get(ilvl)
        if level is None:
            return None, False
        counters = self.counters.setdefault(abstract, {})
        if num_id not in self.used:
            self.used.add(num_id or "")
            for overridden, start in instance.starts.items():
                counters[overridden] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                del counters[deeper]
        self.last_level = ilvl
        if level.fmt == "bullet":
            return None, True
        text = re.sub(
            r"%([1-9])",
            lambda m: self._shown(levels, counters, int(m.group(1)) - 1, level.legal),
            level.text,
        )
        return (text.strip() or None), False

    def _abstract(self, key: str) -> str:
        # A list style's definition points, through the style, at the real definition.
        link = self.links.get(key)
        if link is None:
            return key
        list_style = self.styles.numbering_by_id.get(link)
        for style in [list_style] if list_style is not None else self.styles.chain(link):
            num_id, _ = self._style_num_pr(style)
            if num_id and num_id in self.instances:
                target = self.instances[num_id].abstract
                return target if target != key and target not in self.links else key
        return key

    def _shown(
        self, levels: dict[int, Level], counters: dict[int, int], ilvl: int, legal: bool
    ) -> str:
        level = levels.get(ilvl, Level())
        if level.fmt in ("bullet", "none"):
            return ""
        # A level never used yet shows one less than its start, as Word does ("0.1").
        count = counters.get(ilvl, level.start - 1)
        return format_number(count, "decimal" if legal else level.fmt)

    def _num_pr(self, paragraph: Element) -> tuple[str | None, int]:
        ppr = paragraph.find(qn("w:pPr"))
        style_id = _val(ppr.find(qn("w:pStyle"))) if ppr is not None else None
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        num_id = _val(num_pr.find(qn("w:numId"))) if num_pr is not None else None
        ilvl = _int(_val(num_pr.find(qn("w:ilvl")))) if num_pr is not None else None
        for style in self.styles.chain(style_id):
            style_num, style_ilvl = self._style_num_pr(style)
            num_id = num_id or style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
        if ilvl is None and num_id in self.instances:
            # A level linked to the paragraph's style ("Heading 2" -> level 1).
            abstract = self._abstract(self.instances[num_id].abstract)
            for index, level in self.abstracts.get(abstract, {}).items():
                if style_id and level.style == style_id:
                    ilvl = index
        return num_id, ilvl or 0

    @staticmethod
    def _style_num_pr(style: Element) -> tuple[str | None, int | None]:
        ppr = style.find(qn("w:pPr"))
        num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
        if num_pr is None:
            return None, None
        return _val(num_pr.find(qn("w:numId"))), _int(_val(num_pr.find(qn("w:ilvl"))))


def format_number(count: int, fmt: str) -> str:
    """A counter in one of Word's number formats."""
    if fmt in ("lowerLetter", "upperLetter"):
        if not 0 < count <= 26 * 20:
            return str(count)  # past "tttt..." Word's letters make no sense; a damaged start
        # Word goes a..z, then aa..zz, then aaa...
        letter = chr(ord("a") + (count - 1) % 26) * ((count - 1) // 26 + 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = to_roman(count)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{count:02d}"
    if fmt == "ordinal":
        suffix = (
            "th" if 10 <= count % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(count % 10, "th")
        )
        return f"{count}{suffix}"
    if fmt == "none":
        return ""
    return str(count)


def to_roman(count: int) -> str:
    if not 0 < count < 4000:
        return str(count)
    numerals = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]  # fmt: skip
    out = []
    for amount, numeral in numerals:
        while count >= amount:
            out.append(numeral)
            count -= amount
    return "".join(out)
