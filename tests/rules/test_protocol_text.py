"""The protocol text parser on short texts, one way of numbering or heading at a time."""

from __future__ import annotations

import pytest

from councildesk.rules.protocol_text import Block, Node, iter_nodes, lex, parse_blocks, parse_text


def outline(nodes: list[Node]) -> list[str]:
    """Each node as "depth kind number heading", to compare trees at a glance."""
    out: list[str] = []

    def walk(items: list[Node], depth: int) -> None:
        for node in items:
            out.append(f"{depth} {node.kind} {node.title}".rstrip())
            walk(node.children, depth + 1)

    walk(nodes, 0)
    return out


@pytest.mark.parametrize(
    ("line", "labels", "rest"),
    [
        ("1. Roles", ["1."], "Roles"),
        ("1.1 The aim", ["1.1"], "The aim"),
        ("1.1.\tThese regulations", ["1.1."], "These regulations"),
        ("2.2.3 Text", ["2.2.3"], "Text"),
        ("2.8.The RFO shall", ["2.8."], "The RFO shall"),
        ("16.1  Where the Council", ["16.1"], "Where the Council"),
        ("6.-(1) You must-", ["6.", "(1)"], "You must-"),
        ("10.- (1) You must", ["10.", "(1)"], "You must"),
        ("7- You must not-", ["7"], "You must not-"),
        ("1. (1)   In this code-", ["1.", "(1)"], "In this code-"),
        ("3.1 a. the first", ["3.1", "a."], "the first"),
        ("1\tIf a complaint", ["1"], "If a complaint"),
        ("a) by any councillor", ["a)"], "by any councillor"),
        ("(a) whenever you", ["(a)"], "whenever you"),
        ("(ii)any person", ["(ii)"], "any person"),
        ("(aa) public authority", ["(aa)"], "public authority"),
        ("(2).  Where you have", ["(2)"], "Where you have"),
        ("- a) lettered after a dash", ["a)"], "lettered after a dash"),
        ("PART 3", ["PART 3"], ""),
        ("Part 2: General", ["Part 2"], "General"),
    ],
)
def test_labels(line: str, labels: list[str], rest: str) -> None:
    found, text, bullet = lex(line)
    assert ([label.printed for label in found], text, bullet) == (labels, rest, False)


@pytest.mark.parametrize(
    "line",
    [
        "2018  General  Data Protection",
        "1995 (3);",
        "10 January 2018",
        "28/07/2022 adopted",
        "e.g. under FOISA",
        "No. 5 Committee",
        "Section 49(2) of the Local Government Act 2000",
        "(NALC's) policy",
        "(see section 2 below)",
    ],
)
def test_not_labels(line: str) -> None:
    labels, _, bullet = lex(line)
    assert labels == () and not bullet


@pytest.mark.parametrize(
    "line", ["- item", " - item", "· item", "• item", "•item", "o\titem", "* item"]
)
def test_bullets(line: str) -> None:
    assert lex(line) == ((), "item", True)


def test_numbered_sections_with_decimal_clauses_and_sub_headings() -> None:
    doc = parse_text(
        "Anytown Parish Council\n\n2.1 Member/Officer Protocol\n\nBackground\n\n"
        "1.1 This protocol is intended to assist.\n\n"
        "2. Roles of Councillors and Employees\n\n2.1 The respective roles are:\n\n"
        "Councillors\n\n2.2 Councillors have four main areas of responsibility:\n\n"
        "- To determine policy;\n- To act as advocates.\n\n"
        "Officers\n\n2.3 The role of Officers is to give advice.\n"
    )
    assert doc.title == "Anytown Parish Council Member/Officer Protocol"
    assert doc.reference == "2.1"
    assert outline(doc.nodes) == [
        "0 section Background",
        "1 clause 1.1",
        "0 section 2. Roles of Councillors and Employees",
        "1 clause 2.1",
        "1 heading Councillors",
        "2 clause 2.2",
        "3 bullet",
        "3 bullet",
        "1 heading Officers",
        "2 clause 2.3",
    ]
    assert doc.clause_count == 4


def test_number_alone_on_its_line() -> None:
    doc = parse_text(
        "1.\nBackground\n\n1.1\nThis protocol is intended to assist.\n\n"
        "1.2 \nChair and Vice-Chair\nCommittee Chairs have additional responsibilities.\n"
    )
    assert outline(doc.nodes) == [
        "0 section 1. Background",
        "1 clause 1.1",
        "1 clause 1.2 Chair and Vice-Chair",
    ]
    assert doc.nodes[0].children[0].text == "This protocol is intended to assist."
    assert doc.nodes[0].children[1].text == "Committee Chairs have additional responsibilities."


def test_letters_romans_and_double_letters_nest() -> None:
    doc = parse_text(
        "PART 1\nINTERESTS\n\n10.- (1) You must regard yourself as having an interest if –\n"
        "(a) it relates to –\n(i) any employment;\n(ii) any person;\n(iii)any body –\n"
        "(aa) public authority;\n(bb) company;\n(iv) any land;\n(v) any contract;\n"
        "(b) a member of the public might perceive a conflict;\n(c) a decision upon it;\n"
        "(h) the eighth;\n(i) the ninth letter, not a roman one;\n"
        "(2) You must also consider the following.\n"
    )
    assert outline(doc.nodes) == [
        "0 section PART 1 INTERESTS",
        "1 clause 10.",
        "2 clause (1)",
        "3 clause (a)",
        "4 clause (i)",
        "4 clause (ii)",
        "4 clause (iii)",
        "5 clause (aa)",
        "5 clause (bb)",
        "4 clause (iv)",
        "4 clause (v)",
        "3 clause (b)",
        "3 clause (c)",
        "3 clause (h)",
        "3 clause (i)",
        "2 clause (2)",
    ]


def test_wrapped_cross_reference_is_not_a_clause() -> None:
    doc = parse_text(
        "1. You must –\n(i) first;\n(ii) second;\n(iii) third;\n(iv) fourth;\n"
        "(v)any contract with a body of the description specified in sub-paragraph\n"
        "    (iv)above:\n(vi)any land.\n"
    )
    numbers = [node.number for node in iter_nodes(doc.nodes)]
    assert numbers == ["1.", "(i)", "(ii)", "(iii)", "(iv)", "(v)", "(vi)"]
    assert doc.nodes[0].children[4].text.endswith("sub-paragraph\n(iv)above:")


def test_unnumbered_headings_with_numbered_paragraphs_run_on() -> None:
    doc = parse_text(
        "Anytown Town Council Member/Officer Relations Policy\n\nBackground\n\n"
        "1. This protocol is intended to assist Councillors.\n\nCouncillors\n\n"
        "2. Councillors have four main areas of responsibility:\n - To determine policy;\n"
        " - To act as advocates.\n3. All Councillors have the same rights.\n\n"
        "Complaints\n\n4. Procedure for officers. The relationship may break down.\n"
        "\nAdopted: 28/07/2022\n\nReview date: 2027\n"
    )
    assert [section.title for section in doc.sections] == [
        "Background",
        "Councillors",
        "Complaints",
    ]
    assert doc.clause_count == 4
    assert doc.end_matter == ["Adopted: 28/07/2022", "Review date: 2027"]
    assert doc.control.adopted is not None and doc.control.adopted.iso == "2022-07-28"


def test_run_in_headings() -> None:
    doc = parse_text(
        "1. Roles\n\n1.1 Councillors The role of councillors is to lead the community.\n"
        "1.2 Officers The role of officers is to give advice and information.\n"
        "1.3 Anonymous Complaints: Anonymous complaints are referred to the Clerk.\n"
        "1.4 All Councillors have the same rights and obligations.\n"
        "1.5 Procedure for officers. The relationship may break down.\n"
    )
    clauses = doc.nodes[0].children
    assert [(c.heading, c.text[:20]) for c in clauses] == [
        ("Councillors", "The role of councill"),
        ("Officers", "The role of officers"),
        ("Anonymous Complaints", "Anonymous complaints"),
        ("", "All Councillors have"),
        ("", "Procedure for office"),
    ]


def test_capitals_headings_and_word_heading_styles() -> None:
    caps = parse_text(
        "DATA PROTECTION POLICY\n\nSigned ____ Dated 7th May 2019\n\nTHE ACT:\nThe Act sets "
        "standards.\nCOLLECTING DATA\nWe collect data.\n\nFrom councillors\n\nThey may ask.\n"
    )
    assert [s.title for s in caps.sections] == ["THE ACT:", "COLLECTING DATA"]
    assert caps.sections[1].children[0].heading == "From councillors"
    styled = parse_blocks(
        [
            Block("Member/Officer Protocol", heading_level=0),
            Block("Introduction", heading_level=1),
            Block("This protocol helps."),
            Block("Purpose", heading_level=2),
            Block("It sets out roles."),
            Block("Roles", heading_level=1),
            Block("Councillors lead.", number="1.", bold=False),
        ]
    )
    assert styled.title == "Member/Officer Protocol"
    assert outline(styled.nodes) == [
        "0 section Introduction",
        "1 heading Purpose",
        "0 section Roles",
        "1 clause 1.",
    ]


def test_contents_list_and_page_numbers_are_not_the_document() -> None:
    doc = parse_text(
        "FINANCIAL REGULATIONS\n\nINDEX\n\n1.\tGENERAL …………… 3\n2.\tAUDIT ……… 5\n\n"
        "1.\tGENERAL\n\n1.1.\tThese regulations govern the council.\n\nPage 1 of 2\n\n"
        "2.\tAUDIT\n\n2.1.\tThe RFO keeps the accounts.\n.\n"
    )
    assert [s.title for s in doc.sections] == ["1. GENERAL", "2. AUDIT"]
    assert doc.clause_count == 2


def test_bullets_in_a_preamble_and_text_after_a_list() -> None:
    doc = parse_text(
        " This policy covers:-\n· The roles;\n\n· Relationships;\n\n1.\nBackground\n\n"
        "1.1 The council must:\n\n•\tfor the timely production of accounts;\n\n"
        "•\tto prevent fraud,\n\nshall be a matter for the full council only.\n"
    )
    assert [node.kind for node in doc.preamble] == ["paragraph", "bullet", "bullet"]
    clause = doc.nodes[0].children[0]
    # The words after the list come after it: their own paragraph, not the clause's own text,
    # which every view and printout puts before the list.
    assert [child.kind for child in clause.children] == ["bullet", "bullet", "paragraph"]
    assert clause.text == "The council must:"
    assert clause.children[2].text == "shall be a matter for the full council only."


def test_node_as_dict_follows_the_json_contract() -> None:
    node = parse_text("1. Roles\n1.1 Text.\n").nodes[0]
    assert node.as_dict() == {
        "number": "1.",
        "heading": "Roles",
        "text": "",
        "kind": "section",
        "children": [
            {"number": "1.1", "heading": "", "text": "Text.", "kind": "clause", "children": []}
        ],
    }


def test_nothing_to_parse() -> None:
    doc = parse_text("")
    assert (doc.title, doc.nodes, doc.preamble, doc.clause_count) == (None, [], [], 0)


def test_dash_lettered_items_and_a_letter_after_a_decimal() -> None:
    doc = parse_text(
        "3. Expectations\n\n3.1 Councillors can expect:\n- a) a working partnership;\n"
        "- b) leadership.\n3.2 a. the first\nb. the second\n"
    )
    assert outline(doc.nodes) == [
        "0 section 3. Expectations",
        "1 clause 3.1",
        "2 clause a)",
        "2 clause b)",
        "1 clause 3.2",
        "2 clause a.",
        "2 clause b.",
    ]


def test_a_document_without_structure_keeps_its_paragraphs() -> None:
    doc = parse_text("We value our staff.\n\nWe treat members with respect.\n")
    assert [node.text for node in doc.nodes] == [
        "We value our staff.",
        "We treat members with respect.",
    ]
    assert doc.preamble == [] and doc.clause_count == 0


def test_section_number_with_a_single_space_when_its_clauses_follow() -> None:
    doc = parse_text(
        "Member/Officer Protocol\n\n1 Introduction\n1.1 This protocol applies to everyone\n"
        "30 Days after adoption it is published.\n2 Roles\n2.1 Councillors set policy.\n"
    )
    assert [section.title for section in doc.sections] == ["1 Introduction", "2 Roles"]
    assert doc.nodes[0].children[0].text.endswith("30 Days after adoption it is published.")
