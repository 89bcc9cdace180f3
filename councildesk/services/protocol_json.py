"""`protocol show --json`: the contract other tools depend on (DESIGN.md)."""

from __future__ import annotations

from typing import Any

from councildesk.db.models import PolicyVersion
from councildesk.rules.protocol_text import Node
from councildesk.services.protocol_tree import version_tree


def node_json(node: Node) -> dict[str, Any]:
    return {
        "number": node.number,
        "heading": node.heading,
        "text": node.text,
        "kind": node.kind,
        "children": [node_json(child) for child in node.children],
    }


def adopted_on(version: PolicyVersion) -> str | None:
    """The meeting's date when the clerk adopted it here, else what the document said."""
    if version.adopted_on is not None:
        return version.adopted_on.isoformat()
    return version.doc_adopted_iso


def version_json(version: PolicyVersion) -> dict[str, Any]:
    return {
        "policy": version.policy.name,
        "version": version.number,
        "status": version.status.value,
        "title": version.title,
        "adopted_on": adopted_on(version),
        "minute_reference": version.minute_reference or None,
        "last_reviewed_on": version.doc_reviewed_iso,
        "next_review_on": version.doc_next_review_iso,
        "next_review_text": version.doc_next_review_text or None,
        "reviewing_body": version.doc_reviewing_body or None,
        "nodes": [node_json(node) for node in version_tree(version)],
    }
