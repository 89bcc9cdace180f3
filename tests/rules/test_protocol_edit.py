"""Editing the tree of clauses: each operation on small trees, then properties over any tree."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from councildesk.rules.protocol_edit import (
    KINDS,
    Allowed,
    EditError,
    NodePath,
    allowed,
    copy_tree,
    count_nodes,
    delete,
    indent,
    insert_after,
    iter_paths,
    merge_with_next,
    move_down,
    move_up,
    next_in_order,
    node_at,
    outdent,
    set_fields,
    split,
)
from councildesk.rules.protocol_text import Node


def n(number: str, text: str = "", *children: Node, kind: str = "clause") -> Node:
    return Node(number, "", text or f"Text of {number}.", kind, list(children))  # type: ignore[arg-type]


def section(number: str, heading: str, *children: Node) -> Node:
    return Node(number, heading, "", "section", list(children))


def shape(nodes: list[Node]) -> list[object]:
    """Numbers and nesting only: [("1", [...]), ...]."""
    return [(node.number, shape(node.children)) for node in nodes]


def sample() -> list[Node]:
    return [
        section("1.", "Background", n("1.1"), n("1.2"), n("1.3")),
        section(
            "2.",
            "Roles",
            n("2.1", "Councillors have four main areas of responsibility:",
              n("", "To determine policy;", kind="bullet"),
              n("", "To monitor performance.", kind="bullet")),
            n("2.2"),
        ),
        section("3.", "Political Groups", n("3.1")),
    ]  # fmt: skip


def test_paths_and_document_order() -> None:
    tree = sample()
    assert node_at(tree, (1, 0, 1)).text == "To monitor performance."
    order = [path for path, _ in iter_paths(tree)]
    assert order[:6] == [(0,), (0, 0), (0, 1), (0, 2), (1,), (1, 0)]
    assert count_nodes(tree) == 11
    assert next_in_order(tree, (0, 2)) == (1,)  # last clause of a section -> next section
    assert next_in_order(tree, (1, 0)) == (1, 0, 0)  # a clause -> its first bullet
    assert next_in_order(tree, (1, 0, 1)) == (1, 1)  # last bullet -> the clause after its parent
    assert next_in_order(tree, (2, 0)) is None
    with pytest.raises(EditError):
        node_at(tree, (9,))
    with pytest.raises(EditError):
        node_at(tree, ())


def test_indent_becomes_last_child_of_previous_sibling() -> None:
    tree = sample()
    edited = indent(tree, (1, 1))  # 2.2 goes under 2.1, after its bullets
    assert edited.path == (1, 0, 2)
    assert shape(edited.nodes)[1] == ("2.", [("2.1", [("", []), ("", []), ("2.2", [])])])
    assert shape(tree) == shape(sample())  # the input is untouched


def test_indent_brings_children_along() -> None:
    edited = indent(sample(), (1,))  # section 2 under section 1
    assert edited.path == (0, 3)
    assert node_at(edited.nodes, (0, 3, 0, 1)).text == "To monitor performance."


def test_indent_of_a_first_item_is_refused() -> None:
    with pytest.raises(EditError, match="first item"):
        indent(sample(), (0, 0))


def test_outdent_follows_the_parent_and_leaves_later_siblings_behind() -> None:
    edited = outdent(sample(), (0, 1))  # 1.2 comes out of section 1; 1.3 stays in it
    assert edited.path == (1,)
    assert [node.number for node in edited.nodes] == ["1.", "1.2", "2.", "3."]
    assert [c.number for c in edited.nodes[0].children] == ["1.1", "1.3"]


def test_outdent_at_the_top_is_refused() -> None:
    with pytest.raises(EditError, match="top-level"):
        outdent(sample(), (1,))


def test_move_up_and_down_among_siblings() -> None:
    edited = move_up(sample(), (0, 2))
    assert edited.path == (0, 1)
    assert [c.number for c in edited.nodes[0].children] == ["1.1", "1.3", "1.2"]
    back = move_down(edited.nodes, edited.path)
    assert back.path == (0, 2)
    assert back.nodes == sample()
    with pytest.raises(EditError):
        move_up(sample(), (0,))
    with pytest.raises(EditError):
        move_down(sample(), (2,))


def test_merge_with_next_sibling_joins_text_and_drops_the_number() -> None:
    tree = [
        section(
            "1.",
            "Background",
            n("1.1", "This protocol is intended to"),
            n("", "assist Councillors and the Clerk.", kind="paragraph"),
        )
    ]
    edited = merge_with_next(tree, (0, 0))
    assert edited.path == (0, 0)
    assert shape(edited.nodes) == [("1.", [("1.1", [])])]
    assert edited.nodes[0].children[0].text == (
        "This protocol is intended to assist Councillors and the Clerk."
    )


def test_merge_with_first_child_keeps_document_order() -> None:
    # A section heading merged with its first clause: the clause's text follows the heading.
    edited = merge_with_next(sample(), (0,))
    assert edited.nodes[0].heading == "Background"
    assert edited.nodes[0].text == "Text of 1.1."
    assert [c.number for c in edited.nodes[0].children] == ["1.2", "1.3"]


def test_merge_carries_children_of_the_merged_node() -> None:
    edited = merge_with_next(sample(), (0, 2))  # 1.3 + section 2: 2's children come under 1.3
    merged = edited.nodes[0].children[2]
    assert merged.text == "Text of 1.3. Roles"
    assert [c.number for c in merged.children] == ["2.1", "2.2"]
    assert [node.number for node in edited.nodes] == ["1.", "3."]


def test_merge_of_the_last_node_is_refused() -> None:
    with pytest.raises(EditError, match="last item"):
        merge_with_next(sample(), (2, 0))


def test_split_makes_an_unnumbered_sibling_of_the_same_kind() -> None:
    tree = [n("2.1", "Councillors decide policy. Officers advise and carry it out.",
              n("", "a bullet", kind="bullet"))]  # fmt: skip
    edited = split(tree, (0,), len("Councillors decide policy."))
    assert edited.path == (1,)
    first, second = edited.nodes
    assert (first.number, first.text, first.children) == ("2.1", "Councillors decide policy.", [])
    assert (second.number, second.kind) == ("", "clause")
    assert second.text == "Officers advise and carry it out."
    assert [c.text for c in second.children] == ["a bullet"]


@pytest.mark.parametrize("offset", [0, 3, 99])
def test_split_at_an_edge_or_outside_is_refused(offset: int) -> None:
    with pytest.raises(EditError):
        split([n("1", "abc")], (0,), offset)


def test_delete_moves_children_up_into_its_place() -> None:
    edited = delete(sample(), (1, 0))
    assert edited.path == (1, 0)
    assert [c.text for c in edited.nodes[1].children] == [
        "To determine policy;", "To monitor performance.", "Text of 2.2."]  # fmt: skip


def test_delete_selects_previous_sibling_then_parent_then_nothing() -> None:
    assert delete(sample(), (0, 2)).path == (0, 1)
    assert delete(sample(), (2, 0)).path == (2,)
    assert delete([n("1")], (0,)) == ([], ())


def test_set_fields_changes_only_what_is_given() -> None:
    edited = set_fields(sample(), (0,), heading="Introduction", kind="heading")
    node = edited.nodes[0]
    assert (node.number, node.heading, node.kind) == ("1.", "Introduction", "heading")
    edited = set_fields(edited.nodes, (0, 0), number="1.1.", text="New words.")
    assert (edited.nodes[0].children[0].number, edited.nodes[0].children[0].text) == (
        "1.1.",
        "New words.",
    )
    with pytest.raises(EditError, match="not a kind"):
        set_fields(sample(), (0,), kind="chapter")


def test_insert_after_copies_the_node() -> None:
    new = n("1.4", "Added.")
    edited = insert_after(sample(), (0, 2), new)
    assert edited.path == (0, 3)
    assert node_at(edited.nodes, (0, 3)) == new
    assert node_at(edited.nodes, (0, 3)) is not new
    first = insert_after(sample(), (), new)
    assert first.path == (0,) and first.nodes[0].number == "1.4"


def test_allowed_says_what_can_be_done() -> None:
    tree = sample()
    assert allowed(tree, (0,)) == Allowed(move_down=True, merge_with_next=True, delete=True)
    assert allowed(tree, (2, 0)) == Allowed(outdent=True, delete=True)
    assert allowed(tree, (7,)) == Allowed()
    assert allowed(tree, ()) == Allowed()


# --- properties over any tree ----------------------------------------------------------------
WORDS = st.sampled_from(["Councillors", "officers", "the", "Clerk", "advice", "group", "report"])
TEXT = st.lists(WORDS, max_size=6).map(" ".join)


def _nodes(children: st.SearchStrategy[list[Node]]) -> st.SearchStrategy[list[Node]]:
    node = st.builds(
        Node,
        number=st.sampled_from(["", "1.", "2.1", "a)", "(i)"]),
        heading=st.sampled_from(["", "Background", "Political Groups"]),
        text=TEXT,
        kind=st.sampled_from(KINDS),
        children=children,
    )
    return st.lists(node, max_size=4)


TREES: st.SearchStrategy[list[Node]] = st.recursive(st.just([]), _nodes, max_leaves=25)
PROPERTY = settings(max_examples=150, deadline=None)


def paths(tree: list[Node]) -> list[NodePath]:
    return [path for path, _ in iter_paths(tree)]


def fields(node: Node) -> tuple[str, str, str, str]:
    return (node.number, node.heading, node.text, node.kind)


def all_nodes(tree: list[Node]) -> Counter[tuple[str, str, str, str]]:
    return Counter(fields(x) for _, x in iter_paths(tree))


def characters(tree: list[Node]) -> str:
    return "".join(f"{x.heading}{x.text}" for _, x in iter_paths(tree)).replace(" ", "")


def text_in_order(tree: list[Node]) -> list[str]:
    return [w for _, x in iter_paths(tree) for w in f"{x.heading} {x.text}".split()]


@st.composite
def tree_and_path(draw: st.DrawFn) -> tuple[list[Node], NodePath]:
    tree = draw(TREES)
    assume(tree)
    return tree, draw(st.sampled_from(paths(tree)))


@PROPERTY
@given(case=tree_and_path())
def test_indent_then_outdent_is_the_same_tree(case: tuple[list[Node], NodePath]) -> None:
    tree, path = case
    assume(path[-1] > 0)
    before = copy_tree(tree)
    indented = indent(tree, path)
    back = outdent(*indented)
    assert back == (before, path)
    assert tree == before  # never mutated


@st.composite
def tree_and_last_child(draw: st.DrawFn) -> tuple[list[Node], NodePath]:
    tree = draw(TREES)
    last_children = [
        (*path, len(node.children) - 1) for path, node in iter_paths(tree) if node.children
    ]
    assume(last_children)
    return tree, draw(st.sampled_from(last_children))


@PROPERTY
@given(case=tree_and_last_child())
def test_outdent_of_a_last_child_then_indent_is_the_same_tree(
    case: tuple[list[Node], NodePath],
) -> None:
    tree, path = case
    assert indent(*outdent(tree, path)) == (tree, path)


@PROPERTY
@given(case=tree_and_path(), data=st.data())
def test_structural_edits_keep_every_node_and_never_mutate(
    case: tuple[list[Node], NodePath], data: st.DataObject
) -> None:
    tree, path = case
    before = copy_tree(tree)
    operation = data.draw(st.sampled_from([indent, outdent, move_up, move_down]))
    can = getattr(allowed(tree, path), operation.__name__)
    try:
        edited = operation(tree, path)
    except EditError:
        assert not can
        return
    assert can
    assert all_nodes(edited.nodes) == all_nodes(tree)
    assert node_at(edited.nodes, edited.path) == node_at(tree, path)  # the path follows it
    assert tree == before


@PROPERTY
@given(case=tree_and_path())
def test_delete_loses_exactly_one_node(case: tuple[list[Node], NodePath]) -> None:
    tree, path = case
    gone = node_at(tree, path)
    edited = delete(tree, path)
    expected = all_nodes(tree)
    expected[fields(gone)] -= 1
    assert all_nodes(edited.nodes) == +expected
    assert edited.path == () or node_at(edited.nodes, edited.path) is not None


@PROPERTY
@given(case=tree_and_path())
def test_merge_keeps_all_text_in_order(case: tuple[list[Node], NodePath]) -> None:
    tree, path = case
    assume(next_in_order(tree, path) is not None)
    edited = merge_with_next(tree, path)
    assert count_nodes(edited.nodes) == count_nodes(tree) - 1
    assert text_in_order(edited.nodes) == text_in_order(tree)
    merged = node_at(edited.nodes, path)
    assert (merged.number, merged.kind) == (node_at(tree, path).number, node_at(tree, path).kind)


@PROPERTY
@given(case=tree_and_path(), data=st.data())
def test_split_keeps_all_text(case: tuple[list[Node], NodePath], data: st.DataObject) -> None:
    tree, path = case
    node = node_at(tree, path)
    offset = data.draw(st.integers(0, len(node.text)))
    try:
        edited = split(tree, path, offset)
    except EditError:
        assert not node.text[:offset].strip() or not node.text[offset:].strip()
        return
    assert count_nodes(edited.nodes) == count_nodes(tree) + 1
    assert characters(edited.nodes) == characters(tree)
    new = node_at(edited.nodes, edited.path)
    assert (new.number, new.kind) == ("", node.kind)


@PROPERTY
@given(case=tree_and_path(), kind=st.sampled_from(KINDS), text=TEXT)
def test_set_fields_touches_one_node(
    case: tuple[list[Node], NodePath], kind: str, text: str
) -> None:
    tree, path = case
    edited = set_fields(tree, path, kind=kind, text=text)
    assert paths(edited.nodes) == paths(tree)
    changed = [p for p, x in iter_paths(edited.nodes) if fields(x) != fields(node_at(tree, p))]
    assert changed in ([], [path])
    assert (node_at(edited.nodes, path).kind, node_at(edited.nodes, path).text) == (kind, text)
