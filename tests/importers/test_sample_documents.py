"""Real council documents, read by the importers and parsed: the particular traps of each.

The annotations (sections, clause counts, dates) of every form of every document are tested in
test_corpus.py. The policies' .txt files open with a "SOURCE: <url>" line added by whoever
collected them; it is not part of the document and is taken off before import.
"""

from __future__ import annotations

from pathlib import Path

from councildesk.importers import blocks_from_bytes, read_blocks
from councildesk.rules.protocol_text import ParsedDocument, iter_nodes, parse_blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def parse_sample(path: Path) -> ParsedDocument:
    data = path.read_bytes()
    if data.startswith(b"SOURCE:"):
        return parse_blocks(blocks_from_bytes(data.split(b"\n", 1)[1], path))
    return parse_blocks(read_blocks(path))


def test_lowestoft_title_numbered_like_a_clause_is_the_title() -> None:
    doc = parse_sample(FIXTURES / "protocols" / "lowestoft-town-council.txt")
    assert doc.title == "Lowestoft Town Council Member/Officer Protocol"
    assert doc.reference == "2.1"
    numbers = [node.number for node in iter_nodes(doc.nodes) if node.kind == "clause"]
    assert numbers.count("2.1") == 1 and numbers[:4] == ["1.1", "1.2", "1.3", "2.1"]
    section_two = doc.sections[1]
    assert [child.heading for child in section_two.children if child.kind == "heading"] == [
        "Councillors",
        "Chair and Vice-Chair of Committees",
        "Officers",
    ]
    assert "servants of the public" in section_two.children[0].text  # 2.1's second paragraph


def test_community_council_numbers_alone_on_their_lines() -> None:
    doc = parse_sample(FIXTURES / "protocols" / "unnamed-community-council.txt")
    assert [node.kind for node in doc.preamble] == ["paragraph", "bullet", "bullet"]
    roles = doc.sections[1]
    clause_22 = roles.children[1]
    assert (clause_22.number, clause_22.heading, clause_22.text) == ("2.2", "Councillors", "")
    assert [child.number for child in clause_22.children] == ["2.2.2", "2.2.3", "2.2.4"]
    clause_23 = roles.children[2]
    assert clause_23.heading == "Chair and Vice-Chair of Committees"
    assert clause_23.text.startswith("Committee Chairs and Vice-Chairs")


def test_sandhurst_split_paragraph_and_unmarked_list_stay_in_their_clause() -> None:
    doc = parse_sample(FIXTURES / "protocols" / "sandhurst-town-council.txt")
    clauses = {node.number: node for node in iter_nodes(doc.nodes) if node.kind == "clause"}
    assert "to another party group or the media" in clauses["19."].text
    assert "Initiating policy proposals." in clauses["7."].text
    assert doc.end_matter == ["Adopted: 28/07/2022", "Review date: 2027"]


def test_code_of_conduct_wrapped_cross_reference_is_not_a_clause() -> None:
    doc = parse_sample(FIXTURES / "policies" / "tintern-community-council-code-of-conduct.txt")
    labels = [node.number for node in iter_nodes(doc.nodes) if node.kind == "clause"]
    assert labels.count("(iv)") == 6  # "(iv)above:" continues the sentence before it
    assert any("sub-paragraph\n(iv)above:" in node.text for node in iter_nodes(doc.nodes))


def test_financial_regulations_letters_and_romans() -> None:
    doc = parse_sample(
        FIXTURES / "policies" / "tintern-community-council-financial-regulations.txt"
    )
    contracts = next(section for section in doc.sections if section.heading == "CONTRACTS")
    clause = contracts.children[0]
    assert clause.number == "11.1."
    assert [child.number for child in clause.children] == [f"{c}." for c in "abcdefghij"]
    assert [child.number for child in clause.children[0].children] == [
        "i.",
        "ii.",
        "iii.",
        "iv.",
        "v.",
        "vi.",
    ]
    assert doc.title == "TINTERN COMMUNITY COUNCIL FINANCIAL REGULATIONS"


def test_complaints_procedure_run_in_headings() -> None:
    doc = parse_sample(FIXTURES / "policies" / "tintern-community-council-complaints-procedure.txt")
    assert doc.sections == []
    assert [node.heading for node in doc.nodes][7:9] == [
        "Unreasonable and Vexatious Complaints",
        "Anonymous Complaints",
    ]


def test_newbiggin_word_numbering_gives_sections_2_and_3() -> None:
    blocks = read_blocks(FIXTURES / "policies" / "newbiggin-parish-council-privacy-policy.docx")
    assert [block.number for block in blocks if block.number] == ["2.", "3."]
    assert sum(1 for block in blocks if block.bullet) == 7  # the eighth bullet is typed
    doc = parse_blocks(blocks)
    assert doc.title == "Privacy Policy"
    assert doc.sections[1].text.startswith("We may collect the following types of information")


def test_sandhurst_pdf_without_furniture() -> None:
    path = FIXTURES / "protocols" / "sandhurst-town-council.pdf"
    blocks = read_blocks(path)
    texts = [block.text for block in blocks]
    assert "Sandhurst Town Council - Member/Officer Relations Policy" not in texts
    assert not any(text.startswith("Page ") for text in texts)
    doc = parse_blocks(blocks)
    clauses = {node.number: node for node in iter_nodes(doc.nodes) if node.kind == "clause"}
    # Clauses broken by a page break are whole again.
    assert "to another party group or the media" in clauses["19."].text
    assert "employees may be different and more complex" in clauses["6."].text
    assert "the Council's approved procedures, including" in clauses["27."].text
    assert clauses["34."].text.endswith("invoke the council's disciplinary procedure.")
    # The PDF and the plain-text export of the same document agree.
    from_text = parse_sample(FIXTURES / "protocols" / "sandhurst-town-council.txt")
    assert [s.title for s in doc.sections] == [s.title for s in from_text.sections]
    assert doc.control == from_text.control
