"""Comparing two versions of a protocol: what a clerk would call changed, added, removed, moved."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from councildesk.rules.protocol_diff import (
    ClauseChange,
    WordOp,
    diff_protocols,
    flatten,
    summarise,
    word_ops,
)
from councildesk.rules.protocol_text import Node, parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "protocols"

ROLES = "The respective roles of Councillors and employees can be summarised as follows."
FOUR_AREAS = "Councillors have four main areas of responsibility in the parish."
SAME_RIGHTS = (
    "All Councillors have the same rights and obligations in their relationship with the Clerk."
)
DAY_TO_DAY = "Councillors should not involve themselves in the day to day running of the Council."
REPORTS = "The Clerk should ensure that any reports or advice offered to political groups are fair."
TELL_OTHERS = "If a report is prepared for one political group, the Clerk should advise the others."
GUIDANCE = "Any Clerk needing guidance on party groups should contact the Monitoring Officer."


def section(number: str, heading: str, *clauses: tuple[str, str]) -> Node:
    return Node(number, heading, "", "section", [Node(n, "", t, "clause") for n, t in clauses])


def version_one() -> list[Node]:
    return [
        section("1.", "Roles", ("1.1", ROLES), ("1.2", FOUR_AREAS), ("1.3", SAME_RIGHTS)),
        section("2.", "Political Groups", ("2.1", REPORTS), ("2.2", TELL_OTHERS)),
    ]


def kinds(changes: list[ClauseChange]) -> list[tuple[str, str, str]]:
    """Each change as (kind, old reference, new reference)."""
    return [
        (c.kind, c.old.reference if c.old else "", c.new.reference if c.new else "")
        for c in changes
    ]


def marked(ops: list[WordOp]) -> list[tuple[str, str]]:
    return [(op.kind, op.text) for op in ops if op.kind != "same"]


def test_identical_versions_have_no_differences() -> None:
    changes = diff_protocols(version_one(), version_one())
    assert {c.kind for c in changes} == {"unchanged"}
    summary = summarise(changes)
    assert summary.identical
    assert summary.unchanged == 7  # two section headings and five clauses


def test_flatten_keeps_numbers_headings_and_where_each_item_sits() -> None:
    nodes = [
        Node(
            "3.",
            "Expectations",
            "",
            "section",
            [
                Node(
                    "3.1",
                    "",
                    "Councillors can expect:",
                    "clause",
                    [Node("", "", "respect;", "bullet")],
                )
            ],
        )
    ]
    flat = flatten(nodes)
    assert [(c.kind, c.reference) for c in flat] == [
        ("section", "3."),
        ("clause", "3.1"),
        ("bullet", "3.1 •"),
    ]
    assert flat[2].path == ("3. Expectations", "3.1")
    assert flat[0].title == "3. Expectations"


def test_renumbering_alone_is_not_a_change() -> None:
    old = version_one()
    new = [
        section("2.", "Roles", ("2.1", ROLES), ("2.2", FOUR_AREAS), ("2.3", SAME_RIGHTS)),
        section("3.", "Political Groups", ("3.1", REPORTS), ("3.2", TELL_OTHERS)),
    ]
    changes = diff_protocols(old, new)
    assert {c.kind for c in changes} == {"renumbered"}
    assert kinds(changes)[1] == ("renumbered", "1.1", "2.1")
    summary = summarise(changes)
    assert (summary.changed, summary.added, summary.removed, summary.renumbered) == (0, 0, 0, 7)
    assert not summary.identical


def test_a_trailing_full_stop_on_a_number_is_not_renumbering() -> None:
    old = [section("1.", "Roles", ("1.1.", ROLES))]
    new = [section("1", "Roles", ("1.1", ROLES))]
    assert {c.kind for c in diff_protocols(old, new)} == {"unchanged"}


def test_one_word_changed_is_marked() -> None:
    new = version_one()
    new[1].children[1].text = TELL_OTHERS.replace("the Clerk", "the Proper Officer")
    changes = diff_protocols(version_one(), new)
    changed = [c for c in changes if c.kind == "changed"]
    assert len(changed) == 1
    (change,) = changed
    assert change.old is not None and change.new is not None
    assert (change.old.number, change.new.number) == ("2.2", "2.2")
    assert marked(change.words) == [("removed", "Clerk"), ("added", "Proper Officer")]
    assert change.words[0] == WordOp("same", "If a report is prepared for one political group, the")
    assert summarise(changes).unchanged == 6


def test_case_and_punctuation_are_changes_but_quotes_and_spacing_are_not() -> None:
    old = [
        section("1.", "Roles", ("1.1", "the Clerk's role;"), ("1.2", "Councillors  decide policy."))
    ]
    new = [
        section("1.", "Roles", ("1.1", "The Clerk’s role."), ("1.2", "Councillors decide\npolicy."))
    ]
    changes = diff_protocols(old, new)
    assert kinds(changes) == [
        ("unchanged", "1.", "1."),
        ("changed", "1.1", "1.1"),
        ("unchanged", "1.2", "1.2"),
    ]
    assert marked(changes[1].words) == [
        ("removed", "the"),
        ("added", "The"),
        ("removed", "role;"),
        ("added", "role."),
    ]


def test_a_removed_clause_stays_where_it_was() -> None:
    new = [
        section("1.", "Roles", ("1.1", ROLES), ("1.2", SAME_RIGHTS)),
        section("2.", "Political Groups", ("2.1", REPORTS), ("2.2", TELL_OTHERS)),
    ]
    changes = diff_protocols(version_one(), new)
    assert kinds(changes) == [
        ("unchanged", "1.", "1."),
        ("unchanged", "1.1", "1.1"),
        ("removed", "1.2", ""),
        ("renumbered", "1.3", "1.2"),
        ("unchanged", "2.", "2."),
        ("unchanged", "2.1", "2.1"),
        ("unchanged", "2.2", "2.2"),
    ]
    removed = changes[2]
    assert removed.new is None
    assert removed.words == [WordOp("removed", FOUR_AREAS)]
    assert summarise(changes).removed == 1


def test_removing_the_first_clause_puts_it_first() -> None:
    old = version_one()
    new = version_one()
    del new[0]
    changes = diff_protocols(old, new)
    assert [k for k, _, _ in kinds(changes)] == ["removed"] * 4 + ["unchanged"] * 3


def test_a_clause_added_in_the_middle_renumbers_those_after_it() -> None:
    new = [
        section(
            "1.",
            "Roles",
            ("1.1", ROLES),
            ("1.2", DAY_TO_DAY),
            ("1.3", FOUR_AREAS),
            ("1.4", SAME_RIGHTS),
        ),
        section("2.", "Political Groups", ("2.1", REPORTS), ("2.2", TELL_OTHERS)),
    ]
    changes = diff_protocols(version_one(), new)
    assert kinds(changes)[:5] == [
        ("unchanged", "1.", "1."),
        ("unchanged", "1.1", "1.1"),
        ("added", "", "1.2"),
        ("renumbered", "1.2", "1.3"),
        ("renumbered", "1.3", "1.4"),
    ]
    assert changes[2].words == [WordOp("added", DAY_TO_DAY)]
    summary = summarise(changes)
    assert (summary.added, summary.renumbered, summary.changed, summary.removed) == (1, 2, 0, 0)


def test_a_clause_moved_to_another_section() -> None:
    new = [
        section("1.", "Roles", ("1.1", ROLES), ("1.2", FOUR_AREAS)),
        section(
            "2.", "Political Groups", ("2.1", REPORTS), ("2.2", TELL_OTHERS), ("2.3", SAME_RIGHTS)
        ),
    ]
    changes = diff_protocols(version_one(), new)
    moved = [c for c in changes if c.moved]
    assert len(moved) == 1
    (change,) = moved
    assert change.kind == "renumbered"
    assert change.old is not None and change.new is not None
    assert (change.old.number, change.new.number) == ("1.3", "2.3")
    assert change.old.path == ("1. Roles",)
    assert change.new.path == ("2. Political Groups",)
    assert changes[-1] is change  # listed where it now is
    assert summarise(changes).moved == 1
    assert not any(c.kind in ("added", "removed", "changed") for c in changes)


def test_a_moved_and_reworded_clause_is_one_change_not_two() -> None:
    new = [
        section("1.", "Roles", ("1.1", ROLES), ("1.2", FOUR_AREAS)),
        section(
            "2.",
            "Political Groups",
            ("2.1", REPORTS),
            ("2.2", TELL_OTHERS),
            ("2.3", SAME_RIGHTS.replace("the Clerk", "the Town Clerk")),
        ),
    ]
    changes = diff_protocols(version_one(), new)
    change = changes[-1]
    assert (change.kind, change.moved) == ("changed", True)
    assert marked(change.words) == [("added", "Town")]


def test_a_section_heading_changed_alone() -> None:
    new = version_one()
    new[1].heading = "Party Political Groups"
    changes = diff_protocols(version_one(), new)
    changed = [c for c in changes if c.kind == "changed"]
    assert len(changed) == 1
    assert changed[0].new is not None and changed[0].new.kind == "section"
    assert marked(changed[0].heading_words) == [("added", "Party")]
    assert changed[0].words == []
    # The clauses under it are the same clauses, not moved ones.
    assert summarise(changes).unchanged == 6


def test_a_clause_heading_changed_alone() -> None:
    old = [section("2.", "Roles", ("2.4", ROLES))]
    new = [section("2.", "Roles", ("2.4", ROLES))]
    old[0].children[0].heading = "Officers"
    new[0].children[0].heading = "Officers and Staff"
    (_, change) = diff_protocols(old, new)
    assert change.kind == "changed"
    assert marked(change.heading_words) == [("added", "and Staff")]
    assert marked(change.words) == []


def test_a_renamed_heading_with_few_words_in_common_still_pairs() -> None:
    old = [section("", "Chair and Vice-Chair of Committees", ("2.5", ROLES))]
    new = [section("", "Chairs and Vice-Chairs of Committees", ("2.5", ROLES))]
    changes = diff_protocols(old, new)
    assert kinds(changes)[0][0] == "changed"


def test_a_rewritten_clause_keeping_its_number_is_a_change() -> None:
    new = version_one()
    new[1].children[0].text = GUIDANCE
    changes = diff_protocols(version_one(), new)
    assert kinds(changes)[5] == ("changed", "2.1", "2.1")
    summary = summarise(changes)
    assert (summary.changed, summary.added, summary.removed) == (1, 0, 0)


def test_a_different_clause_under_a_different_number_is_added_and_removed() -> None:
    new = version_one()
    new[1].children[1] = Node("2.3", "", GUIDANCE, "clause")
    changes = diff_protocols(version_one(), new)
    # The old clause is shown where it stood, before what now follows 2.1.
    assert kinds(changes)[-2:] == [("removed", "2.2", ""), ("added", "", "2.3")]


def test_a_heading_never_pairs_with_a_clause() -> None:
    old = [section("1.", "Roles", ("1.1", "Political Groups"))]
    new = [section("1.", "Political Groups", ("1.1", "Roles"))]
    changes = diff_protocols(old, new)
    for change in changes:
        if change.old and change.new:
            assert (change.old.kind == "section") == (change.new.kind == "section")


def test_repeated_items_pair_in_order() -> None:
    def clause(number: str, *bullets: str) -> Node:
        return Node(
            number,
            "",
            "Councillors can expect:",
            "clause",
            [Node("", "", b, "bullet") for b in bullets],
        )

    old = [
        clause("3.1", "a working partnership;", "respect;"),
        clause("3.2", "a working partnership;", "support;"),
    ]
    new = [
        clause("3.1", "a working partnership;", "respect;"),
        clause("3.2", "a working partnership;", "support;"),
    ]
    changes = diff_protocols(old, new)
    assert {c.kind for c in changes} == {"unchanged"}
    assert not any(c.moved for c in changes)


def test_a_lettered_item_is_paired_within_its_own_clause() -> None:
    def clause(number: str, letter_text: str) -> Node:
        return Node(number, "", "Where:", "clause", [Node("(a)", "", letter_text, "clause")])

    old = [clause("4.1", "the Clerk is away"), clause("4.2", "the Chair is away")]
    new = [clause("4.1", "the Clerk is away"), clause("4.2", "a member of the public asks for it")]
    changes = diff_protocols(old, new)
    assert kinds(changes)[-1] == ("changed", "(a)", "(a)")
    assert changes[-1].old is not None and changes[-1].old.parent_number == "4.2"


def test_word_ops_spell_out_both_versions() -> None:
    old = "Councillors should not involve themselves in the day to day running of the Council."
    new = "Members must not involve themselves in the day-to-day running of the Council or staff."
    ops = word_ops(old, new)
    assert " ".join(op.text for op in ops if op.kind != "added") == old
    assert " ".join(op.text for op in ops if op.kind != "removed") == new
    assert ("removed", "Councillors should") in marked(ops)


@settings(max_examples=60, deadline=None)
@given(
    old=st.lists(
        st.sampled_from(["the", "Clerk", "Council", "shall", "not", "ask", "a.", "b;"]), max_size=15
    ),
    new=st.lists(
        st.sampled_from(["the", "Clerk", "Officer", "shall", "may", "ask", "a.", "c;"]), max_size=15
    ),
)
def test_word_ops_always_rebuild_both_texts(old: list[str], new: list[str]) -> None:
    ops = word_ops(" ".join(old), " ".join(new))
    assert " ".join(op.text for op in ops if op.kind != "added") == " ".join(old)
    assert " ".join(op.text for op in ops if op.kind != "removed") == " ".join(new)
    assert all(a.kind != b.kind for a, b in pairwise(ops))


def _fixture(name: str) -> list[Node]:
    return parse_text((FIXTURES / f"{name}.txt").read_text(encoding="utf-8")).nodes


def test_a_real_protocol_against_itself() -> None:
    nodes = _fixture("lowestoft-town-council")
    changes = diff_protocols(nodes, _fixture("lowestoft-town-council"))
    assert summarise(changes).identical
    assert len(changes) == len(flatten(nodes))


def test_two_councils_adaptations_of_the_same_model_protocol() -> None:
    """Lowestoft's and a community council's protocols share most of their words."""
    changes = diff_protocols(
        _fixture("lowestoft-town-council"), _fixture("unnamed-community-council")
    )
    by_new = {c.new.reference: c for c in changes if c.new is not None}
    # "The Clerk" became "the Community Clerk" in 1.1: the same clause, reworded.
    first = by_new["1.1"]
    assert first.kind == "changed"
    assert ("added", "Community") in marked(first.words)
    # Lowestoft's sub-heading "Officers" became the community council's clause 2.4.
    summary = summarise(changes)
    assert summary.unchanged == 24
    # Every item of both versions is accounted for exactly once.
    assert sum(1 for c in changes if c.old) == len(flatten(_fixture("lowestoft-town-council")))
    assert sum(1 for c in changes if c.new) == len(flatten(_fixture("unnamed-community-council")))


SENTENCES = [ROLES, FOUR_AREAS, SAME_RIGHTS, DAY_TO_DAY, REPORTS, TELL_OTHERS, GUIDANCE]
CLAUSE_TEXT = st.one_of(
    st.sampled_from(SENTENCES),
    st.sampled_from(SENTENCES).map(lambda s: s.replace("the", "a", 1)),
    st.lists(st.sampled_from(["Clerk", "Council", "shall", "not", "report"]), min_size=1).map(
        " ".join
    ),
)
SECTIONS = st.lists(
    st.tuples(st.sampled_from(["Roles", "Groups", "Complaints"]), st.lists(CLAUSE_TEXT)),
    max_size=4,
)


def _numbered(sections: list[tuple[str, list[str]]]) -> list[Node]:
    return [
        section(f"{s}.", heading, *((f"{s}.{c}", text) for c, text in enumerate(texts, start=1)))
        for s, (heading, texts) in enumerate(sections, start=1)
    ]


@settings(max_examples=80, deadline=None)
@given(old=SECTIONS, new=SECTIONS)
def test_every_item_of_both_versions_is_accounted_for_once(
    old: list[tuple[str, list[str]]], new: list[tuple[str, list[str]]]
) -> None:
    old_nodes, new_nodes = _numbered(old), _numbered(new)
    changes = diff_protocols(old_nodes, new_nodes)
    assert [c.new for c in changes if c.new] == flatten(new_nodes)
    olds = [c.old for c in changes if c.old]
    old_order = flatten(old_nodes)
    assert sorted(olds, key=lambda c: old_order.index(c)) == old_order
    assert len(olds) == len(set(map(id, olds)))
    removed = [c.old for c in changes if c.kind == "removed" and c.old]
    assert removed == sorted(removed, key=lambda c: old_order.index(c))  # in their old order
    for change in changes:
        if change.kind in ("unchanged", "renumbered"):
            assert change.old is not None and change.new is not None
            assert (change.old.heading, change.old.text) == (change.new.heading, change.new.text)
        if change.kind == "unchanged":
            assert change.old is not None and change.new is not None
            assert change.old.number == change.new.number
