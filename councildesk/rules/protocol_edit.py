"""Editing a protocol's tree of clauses: change a level, move, merge, split, delete, edit fields.

The clerk corrects what the importer got wrong. A node is addressed by its index path from the
top: ``(1, 0, 2)`` is the third child of the first child of the second top-level node. Every
operation leaves its input alone and returns a new tree with the new path of the node it acted
on, so a caller can keep the old tree for undo and select the node where it went. An operation
that cannot be done there (indenting the first item of a list, say) raises :class:`EditError`
with a message for the clerk; :func:`allowed` says beforehand which ones can.

Pure: plain values in and out, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple, get_args

from councildesk.rules.protocol_text.model import Node, NodeKind

NodePath = tuple[int, ...]
KINDS: tuple[NodeKind, ...] = get_args(NodeKind)


class EditError(ValueError):
    """The edit cannot be made at that place; the message says why, for the clerk."""


class Edited(NamedTuple):
    """The tree after an edit and where the affected node now is (``()``: nothing left)."""

    nodes: list[Node]
    path: NodePath


@dataclass(frozen=True)
class Allowed:
    """Which edits can be made to the node at a path."""

    indent: bool = False
    outdent: bool = False
    move_up: bool = False
    move_down: bool = False
    merge_with_next: bool = False
    delete: bool = False


# --- reading ---------------------------------------------------------------------------------
def copy_tree(nodes: Sequence[Node]) -> list[Node]:
    """A deep copy: nothing in the result is shared with ``nodes``."""
    return [
        Node(node.number, node.heading, node.text, node.kind, copy_tree(node.children))
        for node in nodes
    ]


def node_at(nodes: Sequence[Node], path: NodePath) -> Node:
    """The node at ``path``; EditError when there is none."""
    if not path:
        raise EditError("Select an item first.")
    siblings: Sequence[Node] = nodes
    node: Node | None = None
    for index in path:
        if not 0 <= index < len(siblings):
            raise EditError("That item is no longer there.")
        node = siblings[index]
        siblings = node.children
    assert node is not None
    return node


def exists(nodes: Sequence[Node], path: NodePath) -> bool:
    try:
        node_at(nodes, path)
    except EditError:
        return False
    return True


def iter_paths(nodes: Sequence[Node], prefix: NodePath = ()) -> Iterator[tuple[NodePath, Node]]:
    """Every node with its path, depth first, in document order."""
    for index, node in enumerate(nodes):
        path = (*prefix, index)
        yield path, node
        yield from iter_paths(node.children, path)


def count_nodes(nodes: Sequence[Node]) -> int:
    return sum(1 for _ in iter_paths(nodes))


def next_in_order(nodes: Sequence[Node], path: NodePath) -> NodePath | None:
    """The path of the node after ``path`` in document order, or None at the end."""
    node = node_at(nodes, path)
    if node.children:
        return (*path, 0)
    current = path
    while current:
        parent = node_at(nodes, current[:-1]).children if len(current) > 1 else nodes
        if current[-1] + 1 < len(parent):
            return (*current[:-1], current[-1] + 1)
        current = current[:-1]
    return None


def allowed(nodes: Sequence[Node], path: NodePath) -> Allowed:
    """What can be done to the node at ``path`` (nothing when there is no node there)."""
    if not exists(nodes, path):
        return Allowed()
    index = path[-1]
    count = len(_siblings(nodes, path))
    return Allowed(
        indent=index > 0,
        outdent=len(path) > 1,
        move_up=index > 0,
        move_down=index + 1 < count,
        merge_with_next=next_in_order(nodes, path) is not None,
        delete=True,
    )


def _siblings(nodes: Sequence[Node], path: NodePath) -> Sequence[Node]:
    return node_at(nodes, path[:-1]).children if len(path) > 1 else nodes


def _list_of(tree: list[Node], path: NodePath) -> list[Node]:
    """In a tree being edited: the list that holds the node at ``path``."""
    return node_at(tree, path[:-1]).children if len(path) > 1 else tree


def _start(nodes: Sequence[Node], path: NodePath) -> tuple[list[Node], list[Node], int]:
    """A copy to edit, the list in it that holds the node, and the node's index there."""
    node_at(nodes, path)
    tree = copy_tree(nodes)
    return tree, _list_of(tree, path), path[-1]


def _join(*parts: str) -> str:
    return " ".join(part.strip() for part in parts if part.strip())


# --- changing the level ----------------------------------------------------------------------
def indent(nodes: Sequence[Node], path: NodePath) -> Edited:
    """The node becomes the last child of the sibling before it, bringing its own children."""
    tree, siblings, index = _start(nodes, path)
    if index == 0:
        raise EditError("The first item at its level cannot be indented: nothing comes before it.")
    node = siblings.pop(index)
    previous = siblings[index - 1]
    previous.children.append(node)
    return Edited(tree, (*path[:-1], index - 1, len(previous.children) - 1))


def outdent(nodes: Sequence[Node], path: NodePath) -> Edited:
    """The node becomes the next sibling of its parent, bringing its own children.

    The siblings after it stay where they were, under the old parent.
    """
    tree, siblings, index = _start(nodes, path)
    if len(path) < 2:
        raise EditError("A top-level item cannot be outdented any further.")
    node = siblings.pop(index)
    outer = _list_of(tree, path[:-1])
    outer.insert(path[-2] + 1, node)
    return Edited(tree, (*path[:-2], path[-2] + 1))


# --- moving ----------------------------------------------------------------------------------
def move_up(nodes: Sequence[Node], path: NodePath) -> Edited:
    """Swap the node with the sibling before it."""
    tree, siblings, index = _start(nodes, path)
    if index == 0:
        raise EditError("This item is already the first at its level.")
    siblings[index - 1], siblings[index] = siblings[index], siblings[index - 1]
    return Edited(tree, (*path[:-1], index - 1))


def move_down(nodes: Sequence[Node], path: NodePath) -> Edited:
    """Swap the node with the sibling after it."""
    tree, siblings, index = _start(nodes, path)
    if index + 1 >= len(siblings):
        raise EditError("This item is already the last at its level.")
    siblings[index + 1], siblings[index] = siblings[index], siblings[index + 1]
    return Edited(tree, (*path[:-1], index + 1))


# --- merging and splitting -------------------------------------------------------------------
def merge_with_next(nodes: Sequence[Node], path: NodePath) -> Edited:
    """Append the next node in document order to this one.

    Its heading and text are added to this node's text (a clause that a page break cut in two
    becomes whole again); its number goes; its children become this node's first children, so
    the document reads in the same order as before.
    """
    following = next_in_order(nodes, path)
    if following is None:
        raise EditError("This is the last item: there is nothing after it to merge.")
    tree = copy_tree(nodes)
    node = node_at(tree, path)
    container = _list_of(tree, following)
    taken = container.pop(following[-1])
    node.text = _join(node.text, taken.heading, taken.text)
    node.children[0:0] = taken.children
    return Edited(tree, path)


def split(nodes: Sequence[Node], path: NodePath, offset: int) -> Edited:
    """Split the node's text at ``offset`` (a character index) into two siblings.

    The node keeps its number, heading and the text before the offset; a new node of the same
    kind, with no number, follows it with the rest. The children go with the new node, so the
    text still reads in order. Returns the new node's path.
    """
    tree, siblings, index = _start(nodes, path)
    node = siblings[index]
    if not 0 <= offset <= len(node.text):
        raise EditError("That place is outside the item's text.")
    before, after = node.text[:offset].strip(), node.text[offset:].strip()
    if not before or not after:
        raise EditError("Put the cursor inside the text, where the new item should start.")
    new = Node("", "", after, node.kind, node.children)
    node.text, node.children = before, []
    siblings.insert(index + 1, new)
    return Edited(tree, (*path[:-1], index + 1))


# --- adding, removing, editing ---------------------------------------------------------------
def delete(nodes: Sequence[Node], path: NodePath) -> Edited:
    """Remove the node; its children move up into its place.

    The path returned is the node now in its place, else the sibling before it, else its
    parent; ``()`` when the tree is empty.
    """
    tree, siblings, index = _start(nodes, path)
    removed = siblings.pop(index)
    siblings[index:index] = removed.children
    if index < len(siblings):
        return Edited(tree, path)
    if index > 0:
        return Edited(tree, (*path[:-1], index - 1))
    return Edited(tree, path[:-1])


def set_fields(
    nodes: Sequence[Node],
    path: NodePath,
    *,
    number: str | None = None,
    heading: str | None = None,
    text: str | None = None,
    kind: str | None = None,
) -> Edited:
    """Change the node's number, heading, text or kind; a field left as None stays as it is."""
    tree, siblings, index = _start(nodes, path)
    node = siblings[index]
    if kind is not None:
        node.kind = _as_kind(kind)
    if number is not None:
        node.number = number
    if heading is not None:
        node.heading = heading
    if text is not None:
        node.text = text
    return Edited(tree, path)


def insert_after(nodes: Sequence[Node], path: NodePath, node: Node) -> Edited:
    """Insert a copy of ``node`` as the next sibling of ``path`` (``()``: first at the top)."""
    (copied,) = copy_tree([node])
    if not path:
        tree = copy_tree(nodes)
        tree.insert(0, copied)
        return Edited(tree, (0,))
    tree, siblings, index = _start(nodes, path)
    siblings.insert(index + 1, copied)
    return Edited(tree, (*path[:-1], index + 1))


def _as_kind(kind: str) -> NodeKind:
    for known in KINDS:
        if known == kind:
            return known
    raise EditError(f"'{kind}' is not a kind of item; use one of: {', '.join(KINDS)}.")
