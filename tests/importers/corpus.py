"""The import corpus: real and written-for-the-purpose council documents in several forms, their
hand annotations, and how an import of each measures against its annotation.

Run as a script to print the table the issue asks for:

    python -m tests.importers.corpus
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from councildesk.importers import blocks_from_bytes
from councildesk.rules.protocol_text import Node, ParsedDocument, count_clauses, parse_blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CORPUS = FIXTURES / "corpus"
FORMS = (".txt", ".lo.docx", ".word.docx", ".pdf")
_WORD = re.compile(r"\w+")
# What the shared samples' annotations do not list: the lines an import may leave out of the tree
# (running headers and footers the text kept, page numbers, the contents list, the closing
# document-control block), as patterns a whole line matches.
_PAGE = r"(?:Page )?\d{1,3}(?: of \d{1,3})?"
SAMPLE_SET_ASIDE: dict[str, list[str]] = {
    # The policy's place in the council's list, kept as the version's reference, not its text.
    "lowestoft-town-council": [r"2\.1 Member/Officer Protocol"],
    "sandhurst-town-council": [r"Adopted: 28/07/2022", r"Review date: 2027"],
    "manordeilo-and-salem-community-council-local-resolution-protocol": [
        r"Adopted at the 13 December 2017meeting, agenda item 10",
        r"Chairperson",
        r"10 January 2018",
    ],
    "milburn-parish-council-data-protection-policy": [_PAGE],
    "newbiggin-parish-council-privacy-policy": [_PAGE],
    "tintern-community-council-financial-regulations": [
        _PAGE,
        r"Financial Regula\[ons",
        r"Tintern Community Council",
        r"INDEX",
        r"\d{1,2}\. .*[….]{3,} *\d{1,2}",
    ],
}


@dataclass(frozen=True)
class Document:
    """One document of the corpus: its annotation and the files of each form it exists in."""

    name: str
    folder: Path
    expected: dict[str, Any]

    @property
    def text_path(self) -> Path:
        return self.folder / f"{self.name}.txt"

    def forms(self) -> dict[str, Path]:
        found = {form: self.folder / f"{self.name}{form}" for form in FORMS}
        if not found[".word.docx"].exists() and (self.folder / f"{self.name}.docx").exists():
            found[".word.docx"] = self.folder / f"{self.name}.docx"  # a real Word file
        return {form: path for form, path in found.items() if path.exists()}

    def may_leave_out(self, line: str) -> bool:
        """Whether an import may leave this source line out of the tree: it is a contents list,
        the document-control block, or page furniture (as annotated)."""
        line = " ".join(line.split())
        exact = {" ".join(text.split()) for text in self.expected.get("set_aside", [])}
        patterns = SAMPLE_SET_ASIDE.get(self.name, [])
        return line in exact or any(re.fullmatch(pattern, line) for pattern in patterns)


def documents() -> list[Document]:
    found: list[Document] = []
    for folder in (FIXTURES / "protocols", FIXTURES / "policies", CORPUS):
        for annotation in sorted(folder.glob("*.expected.json")):
            name = annotation.name.removesuffix(".expected.json")
            if (folder / f"{name}.txt").exists():
                expected = json.loads(annotation.read_text("utf-8"))
                found.append(Document(name, folder, expected))
    return found


def source_bytes(path: Path) -> bytes:
    """The file as the council published it: the collector's "SOURCE: <url>" line taken off."""
    data = path.read_bytes()
    return data.split(b"\n", 1)[1] if data.startswith(b"SOURCE:") else data


def parse_file(path: Path) -> ParsedDocument:
    return parse_blocks(blocks_from_bytes(source_bytes(path), path))


def words(text: str) -> list[str]:
    """The words of a text, as runs of letters and digits: "6.-(1)" is "6", "1"."""
    return _WORD.findall(text.casefold())


def _node_words(nodes: Sequence[Node]) -> Iterator[str]:
    for node in nodes:
        yield from words(node.number)
        yield from words(node.heading)
        yield from words(node.text)
        yield from _node_words(node.children)


def tree_words(doc: ParsedDocument) -> list[str]:
    """The title and every node that is saved, read in order."""
    # Before issue 7 only ``nodes`` were saved, and the introduction before them was lost.
    saved = getattr(doc, "body", doc.nodes)
    return [*words(doc.title or ""), *_node_words(saved)]


@dataclass(frozen=True)
class Order:
    source: int  # words in the source, set-aside lines included
    out_of_place: int  # source words (outside set-aside lines) not read in order in the tree
    added: int  # tree words that are not the source's, in order

    @property
    def share(self) -> float:
        return self.out_of_place / self.source if self.source else 0.0


def word_order(document: Document, doc: ParsedDocument) -> Order:
    """How far the tree's words, read in order, are from the source text's words in order."""
    text = source_bytes(document.text_path).decode("utf-8")
    source: list[str] = []
    optional: list[bool] = []
    for line in text.splitlines():
        line_words = words(line)
        source.extend(line_words)
        optional.extend([document.may_leave_out(line)] * len(line_words))
    tree = tree_words(doc)
    matcher = difflib.SequenceMatcher(None, source, tree, autojunk=False)
    matched = [False] * len(source)
    matched_tree = 0
    for block in matcher.get_matching_blocks():
        for index in range(block.a, block.a + block.size):
            matched[index] = True
        matched_tree += block.size
    out_of_place = sum(1 for m, o in zip(matched, optional, strict=True) if not m and not o)
    return Order(len(source), out_of_place, len(tree) - matched_tree)


def date_value(doc: ParsedDocument, field: str) -> str | None:
    value = getattr(doc.control, field)
    return None if value is None else (value.iso or value.text)


@dataclass(frozen=True)
class Measure:
    name: str
    form: str
    sections_matched: int
    sections_expected: int
    sections_found: int
    clauses: int
    clauses_expected: int
    dates_right: int
    order: Order
    error: str = ""

    def _extra(self) -> str:
        """Sections found that the annotation does not have: "+2"."""
        extra = self.sections_found - self.sections_matched
        return f"+{extra}" if extra > 0 else ""

    def row(self) -> str:
        if self.error:
            return f"{self.name[:52]:52} {self.form:10} refused: {self.error[:60]}"
        return (
            f"{self.name[:52]:52} {self.form:10}"
            f" {self.sections_matched:>3}/{self.sections_expected:<3}{self._extra():3}"
            f" {self.clauses:>4}/{self.clauses_expected:<4} {self.dates_right}/3"
            f" {100 * self.order.share:6.1f}% {self.order.added:>5}"
        )


def sections_matched(doc: ParsedDocument, expected: Sequence[str]) -> int:
    """How many annotated sections come out, in order (the longest common run)."""
    titles = [section.title for section in doc.sections]
    matcher = difflib.SequenceMatcher(None, list(expected), titles, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def measure(document: Document, form: str, path: Path) -> Measure:
    expected = document.expected
    want = expected["top_level_sections"]
    try:
        doc = parse_file(path)
    except Exception as error:  # the table reports what happened, whatever it was
        order = Order(0, 0, 0)
        return Measure(document.name, form, 0, len(want), 0, 0, expected["clause_count"], 0, order,
                       str(error))  # fmt: skip
    fields = ("adopted", "last_reviewed", "next_review")
    dates = sum(1 for field in fields if date_value(doc, field) == expected["dates"][field])
    return Measure(
        document.name,
        form,
        sections_matched(doc, want),
        len(want),
        len(doc.sections),
        count_clauses(doc.nodes),
        expected["clause_count"],
        dates,
        word_order(document, doc),
    )


def main() -> None:
    print(f"{'document':52} {'form':10} {'sect':10} {'clauses':9} dates {'order':>7} {'added':>5}")
    for document in documents():
        for form, path in document.forms().items():
            print(measure(document, form, path).row())


if __name__ == "__main__":
    main()
