"""The parser's plain values: Blocks in, a tree of Nodes out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, cast

if TYPE_CHECKING:
    # Only named in ParsedDocument's annotation; a printout building Nodes need not compile
    # the document-control expressions.
    from councildesk.rules.doc_control import DocControl

NodeKind = Literal["section", "heading", "clause", "bullet", "paragraph"]


@dataclass(frozen=True)
class Block:
    """One line or paragraph as an importer found it, with what the file said about its form.

    An empty ``text`` (and no ``number``) is a blank line: a gap between paragraphs.
    """

    text: str
    number: str | None = None  # Word's automatic number as Word shows it, e.g. "2." or "(i)"
    bullet: bool = False  # Word's automatic bullet; its glyph is not in the text
    heading_level: int | None = None  # 0 for a Title style, 1 for Heading 1, ...
    bold: bool = False
    list_level: int | None = None  # Word's list level (w:ilvl) of a numbered paragraph, 0 first


@dataclass
class Node:
    """A section, sub-heading, clause, bullet or paragraph; ``number`` as printed, "" when none.

    Only clauses carry a label and count as clauses; a section may carry a number too.
    """

    number: str
    heading: str
    text: str
    kind: NodeKind
    children: list[Node] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """The shape of ``protocol show --json``'s nodes."""
        return {
            "number": self.number,
            "heading": self.heading,
            "text": self.text,
            "kind": self.kind,
            "children": [child.as_dict() for child in self.children],
        }

    @property
    def title(self) -> str:
        """Number and heading as a reader would quote them: "2. Roles of Councillors"."""
        return " ".join(part for part in (self.number, self.heading) if part)


@dataclass(frozen=True)
class SetAside:
    """Lines of the document that did not become clauses, and why: shown to the clerk."""

    what: str  # "contents list", "closing lines", "page numbers", "rule lines"
    lines: tuple[str, ...]


@dataclass
class ParsedDocument:
    title: str | None
    reference: str | None  # a number printed on the title line: the policy's place in a list
    preamble: list[Node]  # text before the first section: introductions, adoption lines
    nodes: list[Node]  # the document's sections in order (or its clauses, if it has none)
    end_matter: list[str]  # adoption, review and signature lines after the last clause
    control: DocControl
    set_aside: list[SetAside] = field(default_factory=list)

    @property
    def body(self) -> list[Node]:
        """Everything that is saved: the introduction before the first section, then the rest."""
        return [*self.preamble, *self.nodes]

    @property
    def sections(self) -> list[Node]:
        return [node for node in self.nodes if node.kind == "section"]

    @property
    def clause_count(self) -> int:
        return count_clauses(self.nodes)


def iter_nodes(nodes: Sequence[Node]) -> Iterator[Node]:
    """Every node, depth first, in document order."""
    for node in nodes:
        yield node
        yield from iter_nodes(node.children)


def count_clauses(nodes: Sequence[Node]) -> int:
    """Items carrying a number, letter or roman label at any depth.

    Numbered section headings and unlabelled bullets or paragraphs are not clauses.
    """
    return sum(1 for node in iter_nodes(nodes) if node.kind == "clause")


# A stored node as plain values, in document order: id, parent id, number, heading, text, kind.
NodeRow = tuple[int, int | None, str, str, str, str]


def nodes_from_rows(rows: Iterable[NodeRow]) -> list[Node]:
    """The top-level Nodes of a stored tree, children in document order (a parent's row
    always comes before its children's)."""
    by_id: dict[int, Node] = {}
    top: list[Node] = []
    for row_id, parent_id, number, heading, text, kind in rows:
        node = Node(number, heading, text, cast(NodeKind, kind))
        by_id[row_id] = node
        parent = by_id.get(parent_id) if parent_id is not None else None
        (parent.children if parent is not None else top).append(node)
    return top
