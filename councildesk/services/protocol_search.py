"""Searching every version of every policy (SQLite FTS5), with the matching words marked."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

# Markers the GUI and CLI turn into highlighting; chosen so they never occur in policy text.
MARK_START = "\u0002"
MARK_END = "\u0003"

_WORD = re.compile(r"[\w'’-]+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    node_id: int
    version_id: int
    policy: str
    version: int
    status: str
    number: str
    heading: str
    snippet: str  # with MARK_START/MARK_END around the matching words


def fts_query(user_text: str) -> str | None:
    """The clerk's words as a safe FTS5 query: every word must appear (prefix match on the last).

    Quoting each word keeps FTS5 syntax (AND, NEAR, quotes, brackets) from causing errors.
    """
    words = _WORD.findall(user_text)
    if not words:
        return None
    quoted = [f'"{w.replace(chr(34), "")}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def search(session: Session, user_text: str, limit: int = 200) -> list[SearchHit]:
    query = fts_query(user_text)
    if query is None:
        return []
    rows = session.execute(
        text(
            "SELECT n.id, v.id, p.name, v.number, v.status, n.number, n.heading, "
            "snippet(policy_node_fts, -1, :start, :end, '…', 24) "
            "FROM policy_node_fts "
            "JOIN policy_node n ON n.id = policy_node_fts.rowid "
            "JOIN policy_version v ON v.id = n.version_id "
            "JOIN policy p ON p.id = v.policy_id "
            "WHERE policy_node_fts MATCH :query "
            "ORDER BY (v.status = 'adopted') DESC, (v.status = 'draft') DESC, "
            "bm25(policy_node_fts), v.number DESC, n.seq "
            "LIMIT :limit"
        ),
        {"query": query, "start": MARK_START, "end": MARK_END, "limit": limit},
    )
    return [SearchHit(*row) for row in rows]


def plain(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its marks shown as brackets (or whatever the caller prefers)."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


def places(session: Session, node_ids: Collection[int]) -> dict[int, tuple[str, str]]:
    """Where each node sits: the nearest number and the nearest heading at or above it.

    A bullet or an unnumbered paragraph has neither of its own; this gives the clause and the
    section it belongs to, so a search result can say where it is ("in 3.3 · Expectations").
    """
    ids = sorted(set(node_ids))
    if not ids:
        return {}
    rows = session.execute(
        text(
            "WITH RECURSIVE up(start, parent_id, number, heading, depth) AS ("
            " SELECT id, parent_id, number, heading, 0 FROM policy_node"
            " WHERE id IN (SELECT value FROM json_each(:ids))"
            " UNION ALL"
            " SELECT up.start, n.parent_id, n.number, n.heading, up.depth + 1"
            " FROM policy_node n JOIN up ON n.id = up.parent_id"
            ") SELECT start, number, heading FROM up ORDER BY start, depth"
        ),
        {"ids": json.dumps(ids)},
    )
    found: dict[int, tuple[str, str]] = {}
    for start, number, heading in rows:
        nearest_number, nearest_heading = found.get(start, ("", ""))
        found[start] = (nearest_number or number or "", nearest_heading or heading or "")
    return found
