"""The parser takes any text and keeps every word of it, in order; the document-control
reader takes any lines without raising.

Every word of the source is either in the saved tree (the title and the body, in the source's
order) or in a part set aside for the clerk to see (a contents list, closing lines, page numbers)
or the reference printed on the title line: none lost, none added, none moved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

from councildesk.rules.doc_control import read_doc_control
from councildesk.rules.protocol_text import (
    Block,
    ParsedDocument,
    count_clauses,
    iter_nodes,
    parse_blocks,
    parse_text,
)

FUZZ = settings(max_examples=80, deadline=None)
# Pieces of real protocols, so the fuzzing reaches the numbering and heading rules.
PIECES = [
    "1.", "1.1", "2.2.3", "6.-(1)", "7-", "(1)", "(a)", "a)", "a.", "(i)", "iv.", "(aa)", "i.",
    "PART 1", "- ", "· ", "•\t", "o\t", "1\t", "Background", "COLLECTING DATA", "Officers The",
    "role of officers.", "Adopted: 28/07/2022", "Review date: 2027", "Next Review Date As required",
    "Page 1 of 2", "…… 3", "", " ", "\t", "?", ":", "(iv)above:", "sub-paragraph", "&", "2.1 Title",
]  # fmt: skip
LINES = st.lists(st.lists(st.sampled_from(PIECES), max_size=6).map(" ".join), max_size=60)
BLOCKS = st.lists(
    st.builds(
        Block,
        text=st.one_of(st.text(max_size=80), st.sampled_from(PIECES)),
        number=st.none() | st.sampled_from(["1.", "1.1", "a)", "(i)", "PART I", "§ 3", "", " "]),
        bullet=st.booleans(),
        heading_level=st.none() | st.integers(-1, 9),
        bold=st.booleans(),
    ),
    max_size=40,
)

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    # "o" is Word's second-level bullet ("o<TAB>"), a mark rather than a word: the parser may
    # keep it or not, so it is left out on both sides.
    return [word for word in _WORD.findall(text.casefold()) if word != "o"]


def _is_in_order(kept: Sequence[str], source: Sequence[str]) -> bool:
    remaining = iter(source)
    return all(word in remaining for word in kept)


def assert_every_word_kept(source: list[str], doc: ParsedDocument) -> None:
    kept = words(doc.title or "")
    for node in iter_nodes(doc.body):
        kept += [*words(node.number), *words(node.heading), *words(node.text)]
    aside = [word for part in doc.set_aside for line in part.lines for word in words(line)]
    accounted = Counter(kept) + Counter(aside) + Counter(words(doc.reference or ""))
    assert accounted == Counter(source), (
        f"lost {Counter(source) - accounted}, added {accounted - Counter(source)}"
    )
    assert _is_in_order(kept, source), "the tree's words are out of the source's order"


@FUZZ
@given(text=st.text(max_size=3000))
def test_any_text_keeps_every_word_in_order(text: str) -> None:
    assert_every_word_kept(words(text), parse_text(text))


@FUZZ
@given(lines=LINES)
# Found by this test: a second number on the title line ("1.1 1. Background") was dropped.
@example(lines=["1.1 1. Background", "1.1"])
def test_protocol_like_text_keeps_words_and_numbers(lines: list[str]) -> None:
    text = "\n".join(lines)
    doc = parse_text(text)
    assert_every_word_kept(words(text), doc)
    labelled = [node for node in iter_nodes(doc.nodes) if node.kind == "clause"]
    assert all(node.number for node in labelled)
    assert count_clauses(doc.nodes) == len(labelled)
    # A clause's number is one the document printed, as it printed it.
    printed = [" ".join(line.split()) for line in lines]
    assert all(any(node.number in line for line in printed) for node in labelled)


@FUZZ
@given(blocks=BLOCKS)
# Found by this test: a "PART 0" heading (a part label with no number parts) after a clause.
@example(blocks=[Block("A", heading_level=1), Block("", number="1.1"), Block("PART 0")])
# Found by this test: Word's own number on a title-styled paragraph, and on a closing line.
@example(blocks=[Block("", number="1.", heading_level=0)])
@example(blocks=[Block(""), Block(""), Block("ADOPTED", number="1.")])
def test_any_blocks_keep_every_word_and_word_number(blocks: list[Block]) -> None:
    source = [word for b in blocks for word in [*words(b.number or ""), *words(b.text)]]
    assert_every_word_kept(source, parse_blocks(blocks))


@FUZZ
@given(lines=st.lists(st.text(max_size=120), max_size=30))
def test_document_control_on_any_lines(lines: list[str]) -> None:
    read_doc_control(lines)


def test_a_part_without_a_number_after_a_clause_is_read_without_error() -> None:
    """Found by the fuzzing: "PART 0" after a numbered clause raised an IndexError."""
    blocks = [
        Block(text="A", number=None, bullet=False, heading_level=1, bold=False),
        Block(text="", number="1.1", bullet=False, heading_level=None, bold=False),
        Block(text="PART 0", number=None, bullet=False, heading_level=None, bold=False),
    ]
    nodes = list(iter_nodes(parse_blocks(blocks).nodes))
    assert any("PART" in f"{n.number} {n.heading} {n.text}" for n in nodes)  # its words kept
