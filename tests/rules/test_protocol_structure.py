"""The parser on the structures of policies other than protocols: NALC-style standing orders,
financial regulations, grants policies. Each test is one class of document the corpus showed."""

from __future__ import annotations

from councildesk.rules.protocol_text import Block, iter_nodes, parse_blocks, parse_text
from tests.rules.test_protocol_text import outline


def test_unpunctuated_letters_in_a_run_are_clauses() -> None:
    doc = parse_text(
        "Standing Orders\n\n1 RULES OF DEBATE\na\tMotions shall be considered in order.\n"
        "b\tA motion shall be seconded.\nc\tA motion may be withdrawn.\n"
        "2 DISORDERLY CONDUCT\na\tNo person shall obstruct business.\n"
        "b\tA person may be excluded.\n"
        "3 MEETINGS\na\tMeetings shall be public.\n"
    )
    assert outline(doc.nodes) == [
        "0 section 1 RULES OF DEBATE",
        "1 clause a",
        "1 clause b",
        "1 clause c",
        "0 section 2 DISORDERLY CONDUCT",
        "1 clause a",
        "1 clause b",
        "0 section 3 MEETINGS",
        "1 clause a",
    ]
    assert doc.nodes[0].children[1].text == "A motion shall be seconded."


def test_capital_letters_and_an_article_that_is_not_a_label() -> None:
    doc = parse_text(
        "1. Objectives\nThe priorities are:\nA\tthe security of reserves;\nB\tliquidity; and\n"
        "C\tyield.\n2. Other matters\nA motion on this may be moved.\n"
    )
    assert [n.number for n in iter_nodes(doc.nodes) if n.kind == "clause"] == ["A", "B", "C"]
    assert doc.nodes[1].text == "A motion on this may be moved."


def test_hollow_bullet_letter_o_in_a_run_is_clause_o() -> None:
    letters = "abcdefghijklmnop"
    text = "Standing Orders\n\n1 RULES\n" + "".join(f"{c}\tClause {c} text.\n" for c in letters)
    doc = parse_text(text)
    assert [child.number for child in doc.nodes[0].children] == list(letters)


def test_list_restarting_at_one_under_a_clause_ending_with_a_colon() -> None:
    doc = parse_text(
        "4. Budgetary control\n4.1 Expenditure is authorised by:\n1. the council over £5,000;\n"
        "2. a committee over £500; or\n3. the Clerk below £500.\n"
        "Such authority is minuted.\n4.2 No other expenditure.\n5. Banking\n5.1 The RFO banks.\n"
    )
    assert outline(doc.nodes) == [
        "0 section 4. Budgetary control",
        "1 clause 4.1",
        "2 clause 1.",
        "2 clause 2.",
        "2 clause 3.",
        "2 paragraph",
        "1 clause 4.2",
        "0 section 5. Banking",
        "1 clause 5.1",
    ]
    assert doc.nodes[0].children[0].children[3].text == "Such authority is minuted."


def test_word_list_level_makes_a_number_a_sub_item() -> None:
    blocks = [
        Block("Roles", number="1."),
        Block("Councillors lead.", number="1.1"),
        Block("the first;", number="1.", list_level=2),
        Block("the second.", number="2.", list_level=2),
        Block("Groups", number="2."),
    ]
    doc = parse_blocks(blocks)
    assert [section.title for section in doc.sections] == ["1. Roles", "2. Groups"]
    assert [child.number for child in doc.nodes[0].children[0].children] == ["1.", "2."]


def test_paragraph_after_a_lettered_list_is_its_own_node_after_the_list() -> None:
    doc = parse_text(
        "1. General\n1.1 The systems must include measures:\na. for accounts;\n"
        "b. against fraud; and\nc. for duties.\nThese regulations show how.\n1.2 Next.\n"
    )
    clause = doc.nodes[0].children[0]
    assert [child.kind for child in clause.children] == ["clause"] * 3 + ["paragraph"]
    assert clause.text == "The systems must include measures:"
    assert clause.children[3].text == "These regulations show how."


def test_item_that_is_a_whole_sentence_keeps_its_second_paragraph() -> None:
    doc = parse_text(
        "11. Contracts\n11.1. Procedures are as follows:\na. Every contract shall comply.\n"
        "b. Tenders shall be invited.\nThe invitation shall state the closing date.\n"
    )
    items = doc.nodes[0].children[0].children
    assert [item.number for item in items] == ["a.", "b."]
    assert items[1].text.endswith("The invitation shall state the closing date.")


def test_unnumbered_sub_heading_inside_a_numbered_section_and_adoption_after_the_last() -> None:
    doc = parse_text(
        "Standing Orders\n\n5 COMMITTEES\na\tCommittees may be appointed.\n"
        "b\tMembers may include others.\n\nChairs and vice-chairs of committees\n"
        "c\tThe council may appoint chairs.\n\n6 CONDUCT\na\tAll observe the code.\n\n"
        "Adoption\nThese orders were adopted by the council in 2024.\n"
    )
    assert outline(doc.nodes) == [
        "0 section 5 COMMITTEES",
        "1 clause a",
        "1 clause b",
        "1 heading Chairs and vice-chairs of committees",
        "2 clause c",
        "0 section 6 CONDUCT",
        "1 clause a",
        "0 section Adoption",
    ]


def test_stray_short_lines_stay_in_their_clause() -> None:
    doc = parse_text(
        "1 MEETINGS\na\tMeetings shall be open to the public.\nSee also standing order 6(c)\n"
        "b\tThe chair shall be the chair of the council\nOR\nif absent, the vice-chair.\n"
        "2 VOTING\na\tThe chair has a casting vote.\n"
    )
    first, second = doc.nodes[0].children
    assert first.text == "Meetings shall be open to the public.\nSee also standing order 6(c)"
    assert second.text.split("\n") == [
        "The chair shall be the chair of the council",
        "OR",
        "if absent, the vice-chair.",
    ]
    assert [section.title for section in doc.sections] == ["1 MEETINGS", "2 VOTING"]


def test_contents_list_without_page_numbers_is_set_aside() -> None:
    doc = parse_text(
        "Grants Policy\n\nWho can apply\nWhat we fund\nHow to apply\n\n"
        "Who can apply\nGroups in the parish.\n\nWhat we fund\nEquipment.\n\n"
        "How to apply\nWrite to us.\n"
    )
    assert [section.heading for section in doc.sections] == [
        "Who can apply",
        "What we fund",
        "How to apply",
    ]
    assert [(part.what, part.lines) for part in doc.set_aside] == [
        ("contents list", ("Who can apply", "What we fund", "How to apply"))
    ]


def test_contents_list_with_page_numbers_after_a_tab() -> None:
    doc = parse_text(
        "STANDING ORDERS\n\nContents\n1 RULES OF DEBATE\t2\n2 MEETINGS\t3\n\n"
        "1 RULES OF DEBATE\na\tMotions.\nb\tAmendments.\n2 MEETINGS\na\tNotice.\n"
    )
    assert [section.title for section in doc.sections] == ["1 RULES OF DEBATE", "2 MEETINGS"]
    assert doc.set_aside[0].lines == ("Contents", "1 RULES OF DEBATE 2", "2 MEETINGS 3")


def test_introduction_before_the_first_heading_is_kept() -> None:
    doc = parse_text(
        "Grants Policy\n\nThe council sets aside a sum each year.\n\nWho can apply\nAnyone.\n"
    )
    assert [node.kind for node in doc.body] == ["paragraph", "section"]
    assert doc.body[0].text == "The council sets aside a sum each year."


def test_word_bullet_with_a_typed_label_is_a_labelled_item() -> None:
    blocks = [
        Block("Eligible costs", heading_level=1),
        Block("Grants may be given towards:"),
        Block("equipment;", bullet=True),
        Block("d) one-off events;", bullet=True),
        Block("e) training.", bullet=True),
    ]
    children = parse_blocks(blocks).nodes[0].children
    assert [(child.kind, child.number, child.text) for child in children] == [
        ("bullet", "", "equipment;"),
        ("clause", "d)", "one-off events;"),
        ("clause", "e)", "training."),
    ]


def test_numbers_past_999_are_kept() -> None:
    lines = ["Schedule of Delegations", "1. Delegations"]
    lines += [f"1.{n} Delegation number {n}." for n in range(1, 1003)]
    doc = parse_text("\n".join(lines))
    numbers = [node.number for node in doc.nodes[0].children]
    assert numbers[-4:] == ["1.999", "1.1000", "1.1001", "1.1002"]
    assert doc.nodes[0].children[-1].text == "Delegation number 1002."


def test_a_year_at_the_start_of_a_wrapped_line_is_not_a_clause() -> None:
    doc = parse_text("1. Budget\n1.1 The budget was set in\n2024. The precept follows it.\n")
    assert [node.number for node in iter_nodes(doc.nodes)] == ["1.", "1.1"]
    assert doc.nodes[0].children[0].text.endswith("2024. The precept follows it.")
