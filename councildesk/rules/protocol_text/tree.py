"""Building the tree: which lines open sections, which nest under which, and where text belongs."""

from __future__ import annotations

from collections.abc import Sequence

from councildesk.rules.doc_control import read_doc_control
from councildesk.rules.protocol_text.labels import Label, roman_value, value
from councildesk.rules.protocol_text.lines import (
    Line,
    end_matter_start,
    ends_sentence,
    heading_like,
    mark_headings,
    split_run_in,
    take_title,
    to_lines,
)
from councildesk.rules.protocol_text.model import Block, Node, ParsedDocument, SetAside

_Open = tuple[Node, Label | None]


def parse_blocks(blocks: Sequence[Block]) -> ParsedDocument:
    """The document's title, sections, clauses and document-control facts."""
    lines, aside = to_lines(blocks)
    title_lines, reference, start = take_title(lines)
    end = max(start, end_matter_start(lines))
    body = lines[start:end]
    mark_headings(body)
    tree = _Tree(body)
    title = " ".join(title_lines) or None
    control = read_doc_control([line.text for line in lines], title)
    end_matter = [line.printed for line in lines[end:]]
    if end_matter:
        aside.append(SetAside("closing lines", tuple(end_matter)))
    if not tree.nodes:
        # No headings and no numbers at all: the paragraphs are the document.
        return ParsedDocument(title, reference, [], tree.preamble, end_matter, control, aside)
    return ParsedDocument(title, reference, tree.preamble, tree.nodes, end_matter, control, aside)


def parse_text(text: str) -> ParsedDocument:
    """Parse plain text, one Block a line."""
    return parse_blocks([Block(line) for line in text.splitlines()])


def _numbered_sections(lines: Sequence[Line]) -> bool:
    """Whether "1.", "2."... are section headings (as in "2. Roles" over 2.1, 2.2) or clauses."""
    singles = [ln for ln in lines if ln.labels and len(ln.labels[0].parts) == 1]
    if not singles:
        return False
    prefixes = {ln.labels[0].parts[0] for ln in lines if ln.labels and len(ln.labels[0].parts) > 1}
    if any(ln.labels[0].parts[0] in prefixes for ln in singles):
        return True
    return 2 * sum(1 for ln in singles if heading_like(ln.rest)) > len(singles)


class _Tree:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.nodes: list[Node] = []
        self.preamble: list[Node] = []
        self.stack: list[_Open] = []
        self.started = False
        self.section_number: int | None = None
        self.last_decimal: tuple[int, ...] = ()
        self.part_mode = any(ln.labels and ln.labels[0].kind == "part" for ln in lines)
        self.numbered = not self.part_mode and _numbered_sections(lines)
        headings = [ln for ln in lines if ln.heading]
        hints = [ln.hint for ln in headings if ln.hint]
        self.top_hint = min(hints) if hints else None
        # ALL-CAPS section headings with mixed-case sub-headings under them.
        self.caps_first = bool(headings) and headings[0].text.isupper()
        self.caps_first &= any(not ln.text.isupper() for ln in headings)
        previous: Line | None = None
        for index, line in enumerate(lines):
            if line.heading:
                self._heading(index, line)
            elif line.bullet:
                self._bullet(line)
            elif line.labels and not self._continues(line, previous):
                self._labelled(index, line)
            else:
                self._text(line.text if line.labels else line.rest, line.gap)
            previous = line

    # Headings and sections

    def _heading(self, index: int, line: Line) -> None:
        sub = False
        if self.stack and self.stack[0][0].kind == "section":
            if self.part_mode:
                sub = True
            elif self.numbered:
                # A sub-heading between clauses of one section, unless the clauses after it
                # belong to a new number (lowestoft's "Background" before 1.1), or nothing
                # numbered comes after it at all ("Adoption" after the last clause).
                following = self._next_prefix(index)
                sub = following is None or following == self.section_number
                sub = sub and any(ln.labels for ln in self.lines[index + 1 :])
            elif self.top_hint is not None and line.hint:
                sub = line.hint > self.top_hint
            elif self.caps_first:
                sub = not line.text.isupper()
        if not sub:
            self._open_section(Node("", line.text, "", "section"), None)
            return
        node = Node("", line.text, "", "heading")
        del self.stack[1:]
        self.stack[0][0].children.append(node)
        self.stack.append((node, None))

    def _next_prefix(self, index: int) -> int | None:
        """The section number of the next numbered clause before the next heading, if any."""
        for position in range(index + 1, len(self.lines)):
            line = self.lines[position]
            if line.heading:
                return None
            if line.labels and line.labels[0].kind not in ("decimal", "part"):
                return self.section_number  # its lettered clauses follow: "d", "e" of section 5
            if line.labels and line.labels[0].kind == "decimal":
                parts = line.labels[0].parts
                if len(parts) == 1 and parts[0] <= (self.section_number or 0):
                    continue  # a list restarting at 1 under a clause, not a new section
                return parts[0] if len(parts) > 1 else -1
        return None

    def _open_section(self, node: Node, label: Label | None) -> None:
        self.nodes.append(node)
        self.stack = [(node, label)]
        self.section_number = label.parts[0] if label and label.parts else None
        self.last_decimal = label.parts if label else self.last_decimal
        self.started = True

    def _is_section(self, label: Label) -> bool:
        if label.kind == "part":
            return True
        return self.numbered and label.kind == "decimal" and len(label.parts) == 1

    # Labelled lines

    def _labelled(self, index: int, line: Line) -> None:
        for position, label in enumerate(line.labels):
            last = position == len(line.labels) - 1
            rest = line.rest if last else ""
            if position == 0 and self._is_section(label) and self._restarts_list(label, line):
                label = _list_item(label)
            if position == 0 and self._is_section(label):
                if not rest:
                    heading, text = "", ""
                elif heading_like(rest):
                    heading, text = rest, ""
                else:
                    heading, text = split_run_in(rest, section=True)
                self._open_section(Node(label.printed, heading, text, "section"), label)
            else:
                self._clause(label, rest, line, index if last else None)

    def _restarts_list(self, label: Label, line: Line) -> bool:
        """ "1." under a clause that ends ":" (after section 13, say) is its first sub-item,
        not section 1 again; so is a number Word puts at a deeper list level."""
        if line.word_number and line.level:
            return True
        # A label without a number ("PART 0" reads as none) cannot restart a list.
        if self.section_number is None or not label.parts or label.parts[0] > self.section_number:
            return False
        open_list = self._open_list(_list_item(label), ("number",))
        if open_list is not None:
            return True  # "2." after that "1."
        node = self.stack[-1][0] if self.stack else None
        return node is not None and node.kind != "section" and _ends_with_colon(node)

    def _clause(self, label: Label, rest: str, line: Line, index: int | None) -> None:
        label = self._resolve(label)
        heading, text = self._clause_words(rest, line, index)
        node = Node(label.printed, heading, text, "clause")
        if label.kind == "decimal":
            parent = self._decimal_parent(label)
            if self.section_number is None and len(label.parts) > 1 and self._in_section():
                self.section_number = label.parts[0]
            self.last_decimal = label.parts
        else:
            parent = self._list_parent(label)
        (parent.children if parent else self.nodes).append(node)
        self.stack.append((node, label))
        self.started = True

    def _clause_words(self, rest: str, line: Line, index: int | None) -> tuple[str, str]:
        if not rest:
            return "", ""
        following = (
            self.lines[index + 1] if index is not None and index + 1 < len(self.lines) else None
        )
        body_follows = following is not None and not following.labels and not following.heading
        body_follows = body_follows and following is not None and not following.rest[:1].islower()
        if heading_like(rest) and (line.joined or (body_follows and len(rest.split()) <= 8)):
            return rest, ""  # community council's "2.3" / "Chair and Vice-Chair of Committees"
        return split_run_in(rest, section=False)

    def _in_section(self) -> bool:
        return bool(self.stack) and self.stack[0][0].kind == "section"

    def _decimal_parent(self, label: Label) -> Node | None:
        while self.stack:
            node, open_label = self.stack[-1]
            if node.kind in ("section", "heading"):
                break
            if open_label and open_label.kind == "decimal":
                depth = len(open_label.parts)
                if depth < len(label.parts) and open_label.parts == label.parts[:depth]:
                    break  # 2.2.2 goes under 2.2
            self.stack.pop()
        return self.stack[-1][0] if self.stack else None

    def _open_list(self, label: Label, kinds: tuple[str, ...]) -> int | None:
        """Where in the stack the list this label continues is open, if it is."""
        for position in range(len(self.stack) - 1, -1, -1):
            node, open_label = self.stack[position]
            if node.kind in ("bullet", "paragraph"):
                continue
            if (
                open_label is None
                or node.kind != "clause"
                or open_label.kind in ("decimal", "part")
            ):
                return None  # lists do not continue across a numbered clause or a heading
            if open_label.kind in kinds and open_label.style == label.style:
                return position
        return None

    def _list_parent(self, label: Label) -> Node | None:
        position = self._open_list(label, (label.kind,))
        if position is not None:
            del self.stack[position:]
        else:
            while self.stack and self.stack[-1][0].kind in ("bullet", "paragraph"):
                self.stack.pop()
        return self.stack[-1][0] if self.stack else None

    def _resolve(self, label: Label) -> Label:
        """Decide whether "i", "v", "x", "c"... is a letter or a roman numeral from the list."""
        if label.kind != "either":
            return label
        letter = ord(label.token.lower()) - ord("a") + 1
        position = self._open_list(label, ("alpha",))
        open_label = self.stack[position][1] if position is not None else None
        if open_label is not None and value(open_label) + 1 == letter:
            return label.as_kind("alpha")  # fin regs' "h." then "i."
        position = self._open_list(label, ("roman",))
        open_label = self.stack[position][1] if position is not None else None
        if open_label is not None and roman_value(label.token) - value(open_label) in (0, 1):
            return label.as_kind("roman")  # "(iv)" then "(v)"
        return label.as_kind("roman" if label.token.lower() == "i" else "alpha")

    def _continues(self, line: Line, previous: Line | None) -> bool:
        """A label out of sequence at the start of a wrapped line: "sub-paragraph" / "(iv)above"."""
        if line.gap or line.word_number or previous is None or previous.heading:
            return False
        if not previous.rest:
            return False
        if ends_sentence(previous.rest) or previous.bullet:
            return False
        label = self._resolve(line.labels[0])
        if label.kind == "decimal" and len(label.parts) == 1:
            position = self._open_list(_list_item(label), ("number",))
            item = self.stack[position][1] if position is not None else None
            if item is not None and value(item) + 1 == label.parts[0]:
                return False  # "3." after "2. ... or" in a list under a clause
        if label.kind == "decimal" and label.parts[0] >= 1000:
            # "2024. The council..." at the start of a wrapped line is a year, unless clause
            # 999 (or 2023) came just before.
            last = self.last_decimal[0] if self.last_decimal else None
            return last not in (label.parts[0], label.parts[0] - 1)
        if label.kind == "decimal":
            return bool(self.last_decimal) and label.parts <= self.last_decimal
        if label.kind in ("part", "other"):
            return False
        position = self._open_list(label, (label.kind,))
        if position is None:
            return value(label) > 1
        open_label = self.stack[position][1]
        return open_label is not None and 1 < value(label) < value(open_label)

    # Unlabelled lines

    def _bullet(self, line: Line) -> None:
        node = Node("", "", line.rest, "bullet")
        if not self.started:
            self.preamble.append(node)
            return
        while self.stack and self.stack[-1][0].kind in ("bullet", "paragraph"):
            self.stack.pop()
        (self.stack[-1][0].children if self.stack else self.nodes).append(node)
        self.stack.append((node, None))

    def _text(self, text: str, gap: bool) -> None:
        if not self.started:
            if self.preamble and self.preamble[-1].kind == "paragraph" and not gap:
                _append(self.preamble[-1], text, gap)
            else:
                self.preamble.append(Node("", "", text, "paragraph"))
            return
        while self.stack and self._list_over(self.stack[-1], text, gap):
            self.stack.pop()
        if not self.stack:
            self.nodes.append(Node("", "", text, "paragraph"))
            self.stack.append((self.nodes[-1], None))
            return
        node = self.stack[-1][0]
        if node.children:
            # A paragraph after a list is its own node, after the list: never folded into the
            # text of the clause before the list, where it would read before it.
            paragraph = Node("", "", text, "paragraph")
            node.children.append(paragraph)
            self.stack.append((paragraph, None))
        else:
            _append(node, text, gap)

    def _list_over(self, item: _Open, text: str, gap: bool) -> bool:
        """Whether plain text after this open item follows the list rather than continuing it."""
        node, label = item
        if node.kind == "bullet":
            # More of a wrapped bullet, or the clause's own text once the list is over.
            return gap or (ends_sentence(node.text) and not text[:1].islower())
        if node.kind != "clause" or label is None or label.kind in ("part", "other"):
            return False
        if label.kind == "decimal" and len(label.parts) > 1:
            return False  # 2.1's second paragraph is 2.1's
        # "1.3 ... measures:" then "a. ...;" ... "d. ... officers." then "These regulations...":
        # the sentence the list belonged to is finished, so the text follows the list.
        # Items that are whole sentences of their own ("d. Such invitation... The invitation
        # shall in addition...") keep their next paragraph.
        parent = self._parent_of(node)
        finished = node.text.endswith((".", "!", "?")) and not text[:1].islower()
        if not finished or parent is None or not _ends_with_colon(parent):
            return False
        before = parent.children[-2].text.rstrip() if len(parent.children) >= 2 else ""
        return before.endswith((";", "; and", "; or", ",", ", and", ", or"))

    def _parent_of(self, node: Node) -> Node | None:
        for position in range(len(self.stack) - 1, 0, -1):
            if self.stack[position][0] is node:
                return self.stack[position - 1][0]
        return None


def _list_item(label: Label) -> Label:
    """A number read as the item of a list ("1." under 5(d)), not as a section number."""
    return Label(label.printed, "number", "x.", label.token)


def _ends_with_colon(node: Node) -> bool:
    last = (node.text or node.heading).rstrip()
    return last.endswith((":", ":-", "–", "—")) or last.endswith("following")


def _append(node: Node, text: str, gap: bool) -> None:
    if not node.text:
        node.text = text
    elif gap and text[:1].islower() and not ends_sentence(node.text):
        node.text += " " + text  # a sentence broken by a page break or a stray blank line
    else:
        node.text += ("\n\n" if gap else "\n") + text
