"""The parser and the document-control reader take any text without raising."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from councildesk.rules.doc_control import read_doc_control
from councildesk.rules.protocol_text import (
    Block,
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


@FUZZ
@given(text=st.text(max_size=3000))
def test_any_text(text: str) -> None:
    doc = parse_text(text)
    assert doc.clause_count >= 0


@FUZZ
@given(lines=LINES)
def test_protocol_like_text(lines: list[str]) -> None:
    doc = parse_text("\n".join(lines))
    labelled = [node for node in iter_nodes(doc.nodes) if node.kind == "clause"]
    assert all(node.number for node in labelled)
    assert count_clauses(doc.nodes) == len(labelled)


@FUZZ
@given(blocks=BLOCKS)
# Found by this test: a "PART 0" heading (a part label with no number parts) after a clause.
@example(blocks=[Block("A", heading_level=1), Block("", number="1.1"), Block("PART 0")])
def test_any_blocks(blocks: list[Block]) -> None:
    parse_blocks(blocks)


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
