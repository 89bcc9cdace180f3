"""The topic checklist and the automatic mapping of clauses to topics.

The expectations for the sample protocols come from reading them: which clause a clerk would
point to for each topic, and which topics the protocol says nothing real about.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from councildesk.rules.coverage import (
    THRESHOLD,
    TOPICS,
    TOPICS_BY_KEY,
    ClauseRef,
    TopicMatch,
    apply_corrections,
    clause_refs,
    map_topics,
    missing_topics,
)
from councildesk.rules.protocol_text import Node, parse_text

PROTOCOLS = Path(__file__).parent.parent / "fixtures" / "protocols"

CORE = [
    "councillor_roles",
    "chair_roles",
    "officer_roles",
    "councillors_expect",
    "officers_expect",
    "personal_relationships",
    "political_groups",
    "group_advice",
    "group_notification",
    "officer_grievance",
    "councillor_concerns",
    "monitoring_officer",
    "confidentiality",
]
FURTHER = [
    "access_to_information",
    "media",
    "correspondence",
    "council_resources",
    "social_media",
    "gifts_hospitality",
    "training",
    "interests_conduct",
]


class Coverage:
    """A sample protocol's mapping, read by citation ("4.3") as a clerk would quote it."""

    def __init__(self, name: str) -> None:
        document = parse_text((PROTOCOLS / f"{name}.txt").read_text(encoding="utf-8"))
        self.refs = clause_refs(document.nodes)
        self.by_key = {ref.key: ref for ref in self.refs}
        self.by_cite = {ref.cite: ref for ref in self.refs}
        self.mapping = map_topics(self.refs)

    def cites(self, topic: str) -> list[str]:
        return [self.by_key[match.clause].cite for match in self.mapping[topic]]

    def topics_of(self, cite: str) -> set[str]:
        key = self.by_cite[cite].key
        return {t for t, matches in self.mapping.items() if any(m.clause == key for m in matches)}

    def missing(self, core_only: bool = False) -> list[str]:
        return [topic.key for topic in missing_topics(self.mapping, core_only)]


@pytest.fixture(scope="module")
def lowestoft() -> Coverage:
    return Coverage("lowestoft-town-council")


@pytest.fixture(scope="module")
def sandhurst() -> Coverage:
    return Coverage("sandhurst-town-council")


@pytest.fixture(scope="module")
def community() -> Coverage:
    return Coverage("unnamed-community-council")


# The checklist


def test_checklist_keys_core_and_further() -> None:
    assert [t.key for t in TOPICS if t.core] == CORE
    assert [t.key for t in TOPICS if not t.core] == FURTHER
    assert set(TOPICS_BY_KEY) == set(CORE) | set(FURTHER)


def test_every_topic_has_a_label_a_one_line_description_and_cues() -> None:
    for topic in TOPICS:
        assert topic.label and topic.label[0].isupper()
        assert topic.description.endswith(".") and "\n" not in topic.description
        assert topic.headings and topic.phrases


def test_labels_and_descriptions_are_british_english() -> None:
    words = " ".join(f"{t.label} {t.description}" for t in TOPICS).lower()
    for american in ("favor", "behavior", "organiz", "recogniz", "center", "program "):
        assert american not in words


# Lowestoft: a full protocol with sub-headings; nothing on the media, no confidentiality clause


def test_lowestoft_political_groups_clauses(lowestoft: Coverage) -> None:
    assert lowestoft.cites("group_advice") == ["4.3"]
    assert lowestoft.cites("group_notification") == ["4.4"]
    assert lowestoft.cites("political_groups") == ["4.1", "4.2", "4.3", "4.4", "4.5"]


def test_lowestoft_roles(lowestoft: Coverage) -> None:
    assert lowestoft.cites("chair_roles") == ["2.5"]
    assert {"2.2", "2.4"} <= set(lowestoft.cites("councillor_roles"))
    assert {"2.6", "2.7"} <= set(lowestoft.cites("officer_roles"))
    # The chair's clause sits under "Roles of Councillors and Employees" but is about chairs.
    assert lowestoft.topics_of("2.5") == {"chair_roles"}


def test_lowestoft_expectations_and_relationships(lowestoft: Coverage) -> None:
    assert lowestoft.cites("councillors_expect") == ["3.1"]
    assert lowestoft.cites("officers_expect") == ["3.2"]
    assert {"1.3", "3.3, item 1"} <= set(lowestoft.cites("personal_relationships"))


def test_lowestoft_when_things_go_wrong(lowestoft: Coverage) -> None:
    assert lowestoft.cites("monitoring_officer") == ["5.2"]
    assert {"5.1", "5.2"} <= set(lowestoft.cites("officer_grievance"))
    assert "5.5" not in lowestoft.cites("officer_grievance")
    assert lowestoft.cites("councillor_concerns") == ["5.5"]


def test_lowestoft_missing_topics(lowestoft: Coverage) -> None:
    # "appropriate confidentiality" in two lists of virtues is not a confidentiality clause.
    assert lowestoft.missing(core_only=True) == ["confidentiality"]
    assert set(lowestoft.missing()) == {
        "confidentiality",
        "media",
        "correspondence",
        "council_resources",
        "social_media",
        "gifts_hospitality",
    }


def test_lowestoft_passing_mentions_are_not_matches(lowestoft: Coverage) -> None:
    # Clauses that only name councillors, the Clerk and the council belong to no topic.
    assert lowestoft.topics_of("1.1") == set()
    assert lowestoft.topics_of("1.2") == set()
    # "regardless of their status or political party" does not make 2.3 about groups.
    assert "political_groups" not in lowestoft.topics_of("2.3")
    # Officers' own code of conduct is not the councillors' Code of Conduct topic.
    assert "interests_conduct" not in lowestoft.topics_of("3.1, item 12")


def test_no_clause_is_matched_to_many_topics(lowestoft: Coverage, sandhurst: Coverage) -> None:
    for coverage in (lowestoft, sandhurst):
        for ref in coverage.refs:
            assert len(coverage.topics_of(ref.cite)) <= 3, ref.cite


# Sandhurst: flat numbering under unnumbered headings, with confidentiality and media


def test_sandhurst_core_clauses(sandhurst: Coverage) -> None:
    assert sandhurst.cites("chair_roles") == ["6"]
    assert {"7", "8", "10"} <= set(sandhurst.cites("officer_roles"))
    assert sandhurst.cites("councillors_expect") == ["11"]
    assert sandhurst.cites("officers_expect") == ["12"]
    assert sandhurst.cites("personal_relationships") == ["14"]
    assert {"28", "29", "30", "31"} <= set(sandhurst.cites("political_groups"))
    assert "30" in sandhurst.cites("group_advice")
    assert sandhurst.cites("group_notification") == ["31"]
    assert sandhurst.cites("officer_grievance") == ["32"]
    assert sandhurst.cites("monitoring_officer") == ["33"]
    assert "34" in sandhurst.cites("councillor_concerns")
    assert sandhurst.cites("confidentiality") == ["19", "21"]


def test_sandhurst_missing_topics(sandhurst: Coverage) -> None:
    assert sandhurst.missing(core_only=True) == []
    assert sandhurst.missing() == [
        "correspondence",
        "council_resources",
        "social_media",
        "gifts_hospitality",
    ]
    # Clause 15: disagreements are settled in private, not through the media.
    assert sandhurst.cites("media") == ["15"]


# The community council's protocol: it stops after its expectations section


def test_community_council_covers_its_first_three_sections(community: Coverage) -> None:
    assert community.cites("chair_roles") == ["2.3"]
    assert "2.4" in community.cites("officer_roles")
    assert community.cites("councillors_expect") == ["3.1"]
    assert community.cites("officers_expect") == ["3.2"]
    # A headed clause is about its own heading, not the section around it.
    assert community.topics_of("2.3") == {"chair_roles"}


def test_community_council_lacks_everything_after_expectations(community: Coverage) -> None:
    assert community.missing(core_only=True) == [
        "political_groups",
        "group_advice",
        "group_notification",
        "officer_grievance",
        "councillor_concerns",
        "monitoring_officer",
        "confidentiality",
    ]


# Matching rules on small inputs


def test_mentioning_councillors_and_officers_matches_nothing() -> None:
    ref = ClauseRef("1", "1.1", "", "Councillors and Officers should work together well.")
    assert all(not matches for matches in map_topics([ref]).values())


def test_the_section_heading_counts() -> None:
    text = "The Clerk attends only by agreement of the council."
    plain = map_topics([ClauseRef("1", "4.2", "", text)])
    under = map_topics([ClauseRef("1", "4.2", "", text, section="Political Groups")])
    assert plain["political_groups"] == []
    assert [m.clause for m in under["political_groups"]] == ["1"]
    assert "heading: Political Groups" in under["political_groups"][0].evidence


def test_outer_headings_are_only_a_hint() -> None:
    text = "They must respect the impartiality of the Clerk."
    ref = ClauseRef("1", "2.5", "", text, section="Expectations", outer=("Political Groups",))
    assert map_topics([ref])["political_groups"] == []


def test_own_heading_counts_most() -> None:
    ref = ClauseRef("1", "12", "Gifts", "Anything offered is declined politely.")
    match = map_topics([ref])["gifts_hospitality"]
    assert [m.clause for m in match] == ["1"] and match[0].score >= THRESHOLD


def test_threshold_can_be_lowered_to_see_passing_mentions(lowestoft: Coverage) -> None:
    lenient = map_topics(lowestoft.refs, threshold=1.0)
    keys = {m.clause for m in lenient["confidentiality"]}
    assert lowestoft.by_cite["3.1, item 8"].key in keys


def test_a_list_item_is_left_out_when_its_clause_covers_the_topic() -> None:
    item = Node("(b)", "", "no recommendation and nothing on the political implications.", "clause")
    clause = Node("2.1", "", "A report to a political group gives facts and options:", "clause")
    clause.children.append(item)
    refs = clause_refs([Node("2.", "Advice", "", "section", [clause])])
    assert [r.key for r in refs] == ["1.1", "1.1.1"]
    assert [m.clause for m in map_topics(refs)["group_advice"]] == ["1.1"]
    # On its own the item would count.
    alone = [r for r in refs if r.key == "1.1.1"]
    assert [m.clause for m in map_topics(alone)["group_advice"]] == ["1.1.1"]


# clause_refs


def test_clause_refs_keys_context_and_citations(lowestoft: Coverage) -> None:
    refs = lowestoft.by_key
    # Position path, not the printed number: 2.2 is the clause under the "Councillors" heading.
    clause = refs["2.2.1"]
    assert (clause.number, clause.section, clause.outer) == (
        "2.2",
        "Councillors",
        ("Roles of Councillors and Employees",),
    )
    assert "2.2" not in refs  # the sub-heading alone is context, not a passage
    bullet = refs["3.3.1"]
    assert (bullet.number, bullet.parent, bullet.cite) == ("", "3.3", "3.3, item 1")
    assert bullet.section == "Expectations"
    assert refs["4.3"].cite == "4.3" and refs["4.3"].parent == ""


def test_clause_refs_cite_lettered_items_with_their_clause() -> None:
    node = Node("9.1", "", "Advice is limited to:", "clause", [Node("(a)", "", "facts;", "clause")])
    section = Node("9.", "Reports", "", "section", [node])
    refs = clause_refs([section], prefix="v2:")
    assert [(r.key, r.cite, r.parent) for r in refs] == [
        ("v2:1.1", "9.1", ""),
        ("v2:1.1.1", "9.1(a)", "v2:1.1"),
    ]


# Corrections


def _sample() -> dict[str, list[TopicMatch]]:
    refs = [
        ClauseRef("1.1", "1.1", "", "Councillors can expect a timely reply."),
        ClauseRef("1.2", "1.2", "", "Staff can expect courtesy."),
    ]
    return map_topics(refs)


def test_corrections_add_and_remove() -> None:
    mapping = _sample()
    assert [m.clause for m in mapping["councillors_expect"]] == ["1.1"]
    corrected = apply_corrections(
        mapping,
        added=[("media", "1.2"), ("councillors_expect", "1.10"), ("councillors_expect", "1.0")],
        removed=[("officers_expect", "1.2")],
    )
    assert [(m.clause, m.by_clerk) for m in corrected["media"]] == [("1.2", True)]
    assert [m.clause for m in corrected["councillors_expect"]] == ["1.0", "1.1", "1.10"]
    assert corrected["officers_expect"] == []
    assert "officers_expect" in [t.key for t in missing_topics(corrected)]
    assert "media" not in [t.key for t in missing_topics(corrected)]
    # The mapping it was given is left as it was.
    assert mapping["media"] == [] and len(mapping["officers_expect"]) == 1


def test_corrections_removed_wins_duplicates_and_unknown_topics() -> None:
    mapping = _sample()
    corrected = apply_corrections(
        mapping,
        added=[("media", "1.1"), ("councillors_expect", "1.1"), ("no_such_topic", "1.1")],
        removed=[("media", "1.1")],
    )
    assert corrected["media"] == []
    assert corrected["councillors_expect"] == mapping["councillors_expect"]
    assert "no_such_topic" not in corrected


def test_corrections_on_an_empty_mapping_fill_every_topic() -> None:
    corrected = apply_corrections({}, added=[("training", "42")], removed=[])
    assert set(corrected) == set(TOPICS_BY_KEY)
    assert [m.clause for m in corrected["training"]] == ["42"]
    assert len(missing_topics(corrected)) == len(TOPICS) - 1
