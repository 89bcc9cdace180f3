"""From Blocks to labelled lines, and what each line looks like: title, heading or body.

Headings are recognised by their look (short, capitalised, not a sentence) and by their place
(after a blank line or a finished sentence, before body text). Page furniture, contents lists,
the title block and the closing adoption lines are set apart here so the tree sees only the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from councildesk.rules.doc_control import is_control_line, is_date_line
from councildesk.rules.protocol_text.contents import find_contents, is_contents_heading
from councildesk.rules.protocol_text.labels import Label, lex, trusted_label
from councildesk.rules.protocol_text.model import Block, SetAside
from councildesk.rules.protocol_text.sequences import accept_bare_labels, bare_numbered_headings


@dataclass
class Line:
    text: str  # the whole line, whitespace tidied
    labels: tuple[Label, ...] = ()
    rest: str = ""  # the text after the labels (all of it when there are none)
    bullet: bool = False
    gap: bool = False  # a blank line (or paragraph spacing) comes before it
    hint: int | None = None  # Word heading level
    bold: bool = False
    joined: bool = False  # the label stood alone and its text came from the next line
    heading: bool = False
    word_number: bool = False  # the label is Word's own automatic number
    level: int | None = None  # Word's list level of an automatically numbered paragraph
    raw: str = ""  # the text as the file had it, TABs and all
    after_contents: bool = False  # a contents list, set aside, came just before it

    @property
    def printed(self) -> str:
        """The line as the page shows it: Word's automatic number before the text."""
        if self.word_number and self.labels:
            return f"{self.labels[0].printed} {self.text}".strip()
        return self.text


_PAGE = re.compile(r"(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-", re.IGNORECASE)
_CONTENTS_ENTRY = re.compile(r"(?:(?:\.\s?){4,}|(?:…\s?\.?){2,}).*\d{1,3}\s*$")
_BARE_HEADING = re.compile(r"(\d{1,4}) ([A-Z].*)")
_TERMINAL = tuple(".:;?!)”\"'")
_ASIDE = re.compile(
    r"(?:see|see also|cf\.?|note:?)\s|(?:or|and|and/or|either)$"
    r"|.*\b(?:standing order|regulation|paragraph|clause|section)s?\s+"
    r"\d+(?:\.\d+)*(?:\([a-z]+\))?$",
    re.IGNORECASE,
)
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "&"}
_DANGLING = _MINOR | {"from", "under", "with", "which", "that", "be", "is", "are", "any", "your"}
_DETERMINERS = {"The", "A", "An", "All", "Any", "Each", "Every", "This", "These", "That", "Those"}
_DETERMINERS |= {"Where", "When", "If", "It", "In", "No", "Both", "Some", "Such"}
_STARTERS = _DETERMINERS | {"Members", "Councillors", "Officers", "Employees", "Staff"}


def heading_like(text: str) -> bool:
    """Short, capitalised and not a sentence: how a heading looks on its own."""
    words = text.split()
    if not words or len(words) > 12 or len(text) > 100 or not any(c.isalpha() for c in text):
        return False
    if not (text[0].isupper() or text[0].isdigit()) or text[-1] in ".,;-–—":
        return False
    if (text.endswith(":") and not text.isupper()) or ";" in text or text.count(",") >= 2:
        return False
    if "@" in text or "www." in text.lower() or "http" in text.lower():
        return False
    if len(words) > 1 and words[-1].lower() in _DANGLING:
        return False  # a sentence wrapped onto the next line, not a heading
    if _ASIDE.match(text):
        return False  # "See also standing order 21", "OR": a stray line of the clause above
    return not (is_control_line(text) or is_date_line(text))


def ends_sentence(text: str) -> bool:
    return text.endswith(_TERMINAL)


def _titled(words: Sequence[str]) -> bool:
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _MINOR for w in words)
    )


def split_run_in(text: str, section: bool) -> tuple[str, str]:
    """(heading, text) for a clause whose heading runs into its text on the same line."""
    marked = re.match(r"(.+?)([:?]|\.(?=\s+[A-Z]))\s+(\S.*)$", text)
    if marked:
        head, mark, tail = marked.groups()
        words = head.split()
        if (section and len(words) <= 15) or (len(words) <= 8 and _titled(words)):
            return head + ("?" if mark == "?" else ""), tail
    words = text.split()
    if words and words[0] not in _DETERMINERS:
        # "2.4 Officers The role of officers is...": the heading ends where a sentence starts.
        for cut in range(min(len(words) - 4, 6), 0, -1):
            follows = words[cut + 1 : cut + 4]
            if (
                words[cut] in _STARTERS
                and _titled(words[:cut])
                and any(w.islower() for w in follows)
            ):
                return " ".join(words[:cut]), " ".join(words[cut:])
    return "", text


def to_lines(blocks: Sequence[Block]) -> tuple[list[Line], list[SetAside]]:
    """The blocks as labelled lines, and what was set aside: page numbers, rules, contents."""
    lines: list[Line] = []
    aside: dict[str, list[str]] = {}
    gap = False
    for block in blocks:
        text = " ".join(block.text.split())
        if not text and not block.number:
            gap = True
            continue
        if not block.number and _PAGE.fullmatch(text):
            aside.setdefault("page numbers", []).append(text)
            continue
        if block.number:
            labels: tuple[Label, ...] = (trusted_label(block.number),)
            rest, bullet = text, False
        else:
            labels, rest, bullet = lex(block.text)
            rest = " ".join(rest.split())
        if not labels and not bullet and not any(c.isalnum() for c in text):
            aside.setdefault("rule lines", []).append(text)
            continue
        # Word's bullet before a typed "d)" or "(iv)": a labelled item, as in plain text.
        bullet = (bullet or block.bullet) and not labels
        line = Line(text, labels, rest, bullet, gap, block.heading_level, block.bold)
        line.word_number, line.level, line.raw = bool(block.number), block.list_level, block.text
        lines.append(line)
        gap = False
    _set_contents_aside(lines, aside)
    _label_bare_letters(lines)
    _number_bare_headings(lines)
    found = [SetAside(what, tuple(texts)) for what, texts in aside.items()]
    return _joined(lines), found


def _set_contents_aside(lines: list[Line], aside: dict[str, list[str]]) -> None:
    contents = find_contents([line.text for line in lines])
    dropped: set[int] = set(range(*contents)) if contents else set()
    # Dot leaders and a page number ("GENERAL ........ 3") are a contents entry wherever they are.
    dropped |= {
        index
        for index, line in enumerate(lines)
        if not line.word_number
        and (_CONTENTS_ENTRY.search(line.text) or is_contents_heading(line.text))
    }
    for index in sorted(dropped, reverse=True):
        following = index + 1
        if following < len(lines) and following not in dropped:
            lines[following].gap = lines[following].gap or lines[index].gap
            lines[following].after_contents = True
    kept = [line for index, line in enumerate(lines) if index not in dropped]
    if dropped:
        aside["contents list"] = [lines[index].printed for index in sorted(dropped)]
    lines[:] = kept


def _label_bare_letters(lines: list[Line]) -> None:
    """NALC's "a<TAB>Motions on the agenda...": letters with no punctuation, in a run."""
    # "o<TAB>" is how Word saves a hollow bullet as text, and also NALC's clause o.
    plain = [
        not line.labels
        and (not line.bullet or line.raw.lstrip().startswith("o\t"))
        and not line.hint
        for line in lines
    ]
    for line, found in zip(lines, accept_bare_labels([ln.raw for ln in lines], plain), strict=True):
        if found is not None:
            line.labels, line.rest = (found[0],), " ".join(found[1].split())
            line.bullet = False


def _number_bare_headings(lines: list[Line]) -> None:
    """Read "3 Political Groups" as section 3 when clauses 3.1, 3.2... follow somewhere, or
    when such headings run 1, 2, 3... ("4 RESCISSION OF PREVIOUS RESOLUTIONS").

    A number and a single space is too common at the start of a wrapped line ("30 days") to be
    a label on its own; the clauses under it, or the headings beside it, are what show it is one.
    """
    prefixes = {ln.labels[0].parts[0] for ln in lines if ln.labels and len(ln.labels[0].parts) > 1}
    candidates = []
    for line in lines:
        bare = _BARE_HEADING.match(line.text) if not line.labels and not line.bullet else None
        candidates.append(bare is not None and heading_like(bare.group(2)))
    in_runs = set(bare_numbered_headings([line.text for line in lines], candidates))
    for index, line in enumerate(lines):
        bare = _BARE_HEADING.match(line.text) if candidates[index] else None
        if bare and (int(bare.group(1)) in prefixes or index in in_runs):
            number = bare.group(1)
            line.labels = (Label(number, "decimal", "decimal", number, (int(number),)),)
            line.rest = bare.group(2)


def _joined(lines: list[Line]) -> list[Line]:
    """Join a label standing alone to its text, a bullet glyph to its item, a wrapped heading."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        plain = not line.labels and not line.bullet
        alone = prev is not None and bool(prev.labels) and not prev.rest and not prev.joined
        if prev and plain and alone and (not line.gap or prev.labels[0].kind == "part"):
            # "1." on one line and "Background" on the next (a "PART" may have a blank between)
            prev.rest, prev.joined, prev.text = line.text, True, f"{prev.text} {line.text}"
            continue
        if prev and plain and prev.bullet and not prev.rest and not line.gap:
            prev.rest = prev.text = line.text
            continue
        wraps = line.text[:1] == "&" or (prev is not None and prev.text.endswith((" &", " and")))
        if prev and plain and not prev.labels and not prev.bullet and not line.gap and wraps:
            combined = f"{prev.text} {line.text}"
            if heading_like(prev.text) and len(combined.split()) <= 16:
                prev.text = prev.rest = combined
                continue
        out.append(line)
    return out


def _with_labels(labels: Sequence[Label], rest: str) -> str:
    """A title line's words with any number printed on it: the document's words all the same."""
    return " ".join([*(label.printed for label in labels), rest]).strip()


def take_title(lines: list[Line]) -> tuple[list[str], str | None, int]:
    """The title lines at the top, a number printed on them, and where the body starts."""
    taken: list[str] = []
    reference: str | None = None
    index = 0
    while index < len(lines) and len(taken) < 4:
        line = lines[index]
        if line.hint == 0:
            # A number on a title-styled line is the document's too: it stays in the title.
            taken.append(_with_labels(line.labels, line.rest) or line.text)
        elif line.bullet or is_control_line(line.text) or is_date_line(line.text):
            break
        elif line.labels:
            label = line.labels[0]
            # Lowestoft's "2.1 Member/Officer Protocol" is the policy's place in the council's
            # list, not a clause: it comes before clause 1.1 and its label comes back later.
            reused = any(
                later.labels and later.labels[0].printed.rstrip(".") == label.printed.rstrip(".")
                for later in lines[index + 1 :]
            )
            if reference or len(label.parts) < 2 or not heading_like(line.rest) or not reused:
                break
            reference = label.printed
            taken.append(_with_labels(line.labels[1:], line.rest))
        elif (heading_like(line.text) or _long_title(line.text)) and not line.hint:
            taken.append(line.text)
        else:
            break
        index += 1
    if len(taken) >= 2 and index < len(lines) and not lines[index - 1].labels:
        following = lines[index]
        numbered_section = len(following.labels) == 1 and len(following.labels[0].parts) == 1
        section_next = numbered_section and heading_like(following.rest)
        # A contents list between them parts the title from the body.
        if (
            not section_next
            and not is_control_line(following.text)
            and not following.after_contents
        ):
            taken.pop()  # it heads the first section: body follows it straight away
            index -= 1
    return taken, reference, index


def _long_title(text: str) -> bool:
    """ "STANDING ORDERS FOR THE REGULATION OF THE PROCEEDINGS AND BUSINESS OF THE COUNCIL"."""
    return text.isupper() and len(text.split()) <= 20 and not text.endswith((".", ";", ":", ","))


def end_matter_start(lines: list[Line]) -> int:
    """Where the closing adoption, review and signature lines begin (len(lines) if none)."""
    start = len(lines)
    while start > 0:
        line = lines[start - 1]
        short = not line.labels and not line.bullet and len(line.text.split()) <= 4
        signature = short and not line.text.endswith((".", ";", ":"))
        if is_control_line(line.text) or is_date_line(line.text) or signature:
            start -= 1
        else:
            break
    tail = lines[start:]
    found = any(is_control_line(ln.text) or is_date_line(ln.text) for ln in tail)
    return start if found else len(lines)


def mark_headings(lines: list[Line]) -> None:
    """Set ``heading`` on each unlabelled line that heads what follows it."""
    for index, line in enumerate(lines):
        line.heading = _is_heading(lines, index)


def _is_heading(lines: list[Line], index: int) -> bool:
    line = lines[index]
    if line.labels or line.bullet:
        return False
    if line.hint is not None and line.hint >= 1:
        return True
    following = lines[index + 1] if index + 1 < len(lines) else None
    if not heading_like(line.text) or following is None:
        return False
    plain_next = not following.labels and not following.bullet
    if plain_next and not following.gap and following.text[:1].islower():
        return False  # a wrapped line of a sentence
    if plain_next and (is_control_line(following.text) or is_date_line(following.text)):
        return False  # a signature block: "Chairperson" over its date
    prev = lines[index - 1] if index else None
    prev_text = (prev.rest or prev.text) if prev else ""
    opened = prev is None or prev.heading or not prev.rest or ends_sentence(prev_text)
    return line.gap or line.bold or opened
