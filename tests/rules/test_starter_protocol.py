"""The starter Member/Officer Protocol shipped for councils that have none.

It has to parse into the sections it was written with, carry document-control lines the
parser reads, and cover every topic of the checklist, each in the section written for it.
"""

from __future__ import annotations

import re

import pytest

from councildesk.paths import resources_dir
from councildesk.rules.coverage import TOPICS, ClauseRef, clause_refs, map_topics, missing_topics
from councildesk.rules.protocol_text import ParsedDocument, count_clauses, parse_text

SECTIONS = [
    "1. Purpose and scope",
    "2. Roles of councillors",
    "3. Roles of the Chair and Vice-Chair",
    "4. Role of the Clerk and other staff",
    "5. What councillors can expect from the Clerk and staff",
    "6. What the Clerk and staff can expect from councillors",
    "7. Close personal relationships",
    "8. Political groups",
    "9. Reports and advice to political groups",
    "10. When things go wrong",
    "11. The Monitoring Officer",
    "12. Confidentiality",
    "13. Access to information",
    "14. Media and press",
    "15. Social media",
    "16. Correspondence",
    "17. Use of council resources",
    "18. Gifts and hospitality",
    "19. Training and development",
    "20. Councillors' interests and the Code of Conduct",
    "21. Review of this protocol",
]

# The section written for each topic: the matcher must find the topic there, not elsewhere.
HOME = {
    "councillor_roles": "2",
    "chair_roles": "3",
    "officer_roles": "4",
    "councillors_expect": "5",
    "officers_expect": "6",
    "personal_relationships": "7",
    "political_groups": "8",
    "group_advice": "9",
    "group_notification": "9",
    "officer_grievance": "10",
    "councillor_concerns": "10",
    "monitoring_officer": "11",
    "confidentiality": "12",
    "access_to_information": "13",
    "media": "14",
    "social_media": "15",
    "correspondence": "16",
    "council_resources": "17",
    "gifts_hospitality": "18",
    "training": "19",
    "interests_conduct": "20",
}


@pytest.fixture(scope="module")
def text() -> str:
    return (resources_dir() / "starter_protocol.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def document(text: str) -> ParsedDocument:
    return parse_text(text)


@pytest.fixture(scope="module")
def refs(document: ParsedDocument) -> dict[str, ClauseRef]:
    return {ref.cite: ref for ref in clause_refs(document.nodes)}


def _words(text: str) -> str:
    return " ".join(text.split())


def test_title_and_sections(document: ParsedDocument) -> None:
    assert document.title == "Member/Officer Protocol"
    assert [node.title for node in document.nodes] == SECTIONS
    assert all(node.kind == "section" for node in document.nodes)


def test_introduction_is_preamble(document: ParsedDocument) -> None:
    assert len(document.preamble) == 2
    assert '"the Clerk" means' in document.preamble[1].text


def test_clause_count_and_every_section_has_clauses(document: ParsedDocument) -> None:
    assert document.clause_count == 116
    for section in document.nodes:
        assert count_clauses(section.children) >= 2, section.title


def test_lettered_lists(refs: dict[str, ClauseRef]) -> None:
    assert [cite for cite in refs if cite.startswith("9.1(")] == ["9.1(a)", "9.1(b)"]
    assert [cite for cite in refs if cite.startswith("10.1(")] == [
        "10.1(a)",
        "10.1(b)",
        "10.1(c)",
    ]


def test_when_things_go_wrong_has_two_sub_headings(document: ParsedDocument) -> None:
    section = document.nodes[9]
    headings = [child.heading for child in section.children if child.kind == "heading"]
    assert headings == [
        "Concerns raised by the Clerk or other staff",
        "Concerns raised by councillors about the Clerk or other staff",
    ]


def test_document_control_is_a_review_cycle_not_an_adoption(document: ParsedDocument) -> None:
    control = document.control
    assert control.adopted is None and control.last_reviewed is None
    assert control.next_review is not None
    assert control.next_review.text == "every two years"
    assert control.next_review.iso is None
    assert control.review_cycle_months == 24
    assert control.reviewing_body == "Full Council"
    assert document.end_matter[0].startswith("Review: every two years")


def test_every_topic_is_covered(document: ParsedDocument) -> None:
    mapping = map_topics(clause_refs(document.nodes))
    assert missing_topics(mapping) == []
    assert len(mapping) == len(TOPICS)


@pytest.mark.parametrize(("topic", "section"), sorted(HOME.items()))
def test_topic_is_found_in_its_own_section(
    document: ParsedDocument, topic: str, section: str
) -> None:
    refs = clause_refs(document.nodes)
    cites = {ref.key: ref.cite for ref in refs}
    found = [cites[m.clause] for m in map_topics(refs)[topic]]
    assert any(cite.startswith(f"{section}.") for cite in found), found


def test_key_clauses_map_to_their_topics(document: ParsedDocument) -> None:
    refs = clause_refs(document.nodes)
    by_cite = {ref.cite: ref.key for ref in refs}
    mapping = map_topics(refs)

    def has(topic: str, cite: str) -> bool:
        return any(m.clause == by_cite[cite] for m in mapping[topic])

    assert has("group_advice", "9.2")
    assert has("group_notification", "9.3")
    assert has("group_advice", "9.4")
    assert has("monitoring_officer", "11.3")
    assert has("officer_grievance", "10.4")
    assert has("councillor_concerns", "10.7")


def test_groups_get_facts_and_options_only(refs: dict[str, ClauseRef]) -> None:
    limited = _words(refs["9.1"].text + " " + refs["9.1(a)"].text + " " + refs["9.1(b)"].text)
    assert "facts" in limited and "options" in limited
    rule = refs["9.2"].text
    assert "will not include a recommendation" in rule
    assert "political implications" in rule
    assert "every other group" in refs["9.3"].text
    assert "substantially the same advice" in refs["9.4"].text


def test_informal_then_mediation_then_formal(refs: dict[str, ClauseRef]) -> None:
    stages = [refs[f"10.1({letter})"].text for letter in "abc"]
    assert stages[0].startswith("informal resolution")
    assert stages[1].startswith("mediation") and "Monitoring Officer" in stages[1]
    assert "grievance procedure" in stages[2] and "disciplinary" in stages[2]


def test_code_of_conduct_complaints_go_to_the_monitoring_officer(
    refs: dict[str, ClauseRef],
) -> None:
    rule = _words(refs["11.3"].text)
    assert "Code of Conduct" in rule
    assert "In England they go to the Monitoring Officer" in rule
    assert "Public Services Ombudsman for Wales" in rule


def test_length_and_wording(text: str) -> None:
    words = len(text.split())
    assert 2500 <= words <= 4000
    assert text.count("Clerk") > 50
    lowered = text.lower()
    for american in ("favor", "behavior", "organiz", "recogniz", "center "):
        assert american not in lowered
    # A starter is not adopted by anyone yet.
    assert not re.search(r"^\s*adopted\b", text, re.IGNORECASE | re.MULTILINE)
