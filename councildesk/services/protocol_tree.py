"""Between the stored rows of a version and the parser's tree of Nodes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import PolicyNode, PolicyVersion
from councildesk.rules.protocol_text import Node, NodeKind


def node_values(nodes: Sequence[Node], version_id: int, first_id: int) -> list[dict[str, Any]]:
    """Depth-first rows as plain values with their ids and parents decided here, so a whole
    version is written in one executemany instead of one INSERT per clause."""
    values: list[dict[str, Any]] = []

    def walk(children: Sequence[Node], parent_id: int | None, depth: int) -> None:
        for node in children:
            row_id = first_id + len(values)
            values.append(
                {
                    "id": row_id,
                    "version_id": version_id,
                    "parent_id": parent_id,
                    "seq": len(values),
                    "depth": depth,
                    "kind": node.kind,
                    "number": node.number,
                    "heading": node.heading,
                    "text": node.text,
                }
            )
            walk(node.children, row_id, depth + 1)

    walk(nodes, None, 0)
    return values


def tree_from_rows(rows: Sequence[PolicyNode]) -> list[Node]:
    """The version's top-level Nodes, children in document order."""
    by_id: dict[int, Node] = {}
    top: list[Node] = []
    for row in sorted(rows, key=lambda r: r.seq):
        node = Node(row.number, row.heading, row.text, row.kind)  # type: ignore[arg-type]
        by_id[row.id] = node
        parent = by_id.get(row.parent_id) if row.parent_id is not None else None
        (parent.children if parent is not None else top).append(node)
    return top


def version_tree(version: PolicyVersion) -> list[Node]:
    return tree_from_rows(version.nodes)


@dataclass(frozen=True)
class ClauseRow:
    """One stored node as plain values, for showing a version without the ORM."""

    id: int
    parent_id: int | None
    depth: int
    kind: str
    number: str
    heading: str
    text: str


def clause_rows(version: PolicyVersion) -> list[ClauseRow]:
    return [
        ClauseRow(r.id, r.parent_id, r.depth, r.kind, r.number, r.heading, r.text)
        for r in sorted(version.nodes, key=lambda r: r.seq)
    ]


def stored_tree(session: Session, version_id: int) -> list[Node]:
    """The version's top-level Nodes, read as plain rows: a printout of a few hundred
    clauses need not build an ORM object for each one."""
    query = (
        select(
            PolicyNode.id,
            PolicyNode.parent_id,
            PolicyNode.number,
            PolicyNode.heading,
            PolicyNode.text,
            PolicyNode.kind,
        )
        .where(PolicyNode.version_id == version_id)
        .order_by(PolicyNode.seq)
    )
    by_id: dict[int, Node] = {}
    top: list[Node] = []
    for row_id, parent_id, number, heading, text, kind in session.execute(query):
        node = Node(number, heading, text, cast(NodeKind, kind))
        by_id[row_id] = node
        parent = by_id.get(parent_id) if parent_id is not None else None
        (parent.children if parent is not None else top).append(node)
    return top
