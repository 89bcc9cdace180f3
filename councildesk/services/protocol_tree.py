"""Between the stored rows of a version and the parser's tree of Nodes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from councildesk.db.models import PolicyNode, PolicyVersion
from councildesk.rules.protocol_text import Node, nodes_from_rows


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
    ordered = sorted(rows, key=lambda r: r.seq)
    return nodes_from_rows(
        (r.id, r.parent_id, r.number, r.heading, r.text, r.kind) for r in ordered
    )


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
