"""Searching every version of every policy, with the matching words marked (the one interface
to full-text search; the index itself is db.fts)."""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from councildesk.db import fts
from councildesk.db.models import PolicyNode

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
    seq: int = 0  # the clause's place in its version, for showing results in clause order


def words_of(user_text: str) -> list[str]:
    """The words the clerk typed, without the punctuation between them."""
    return _WORD.findall(user_text)


def search(session: Session, user_text: str, limit: int = 200) -> list[SearchHit]:
    """Clauses of every version of every policy that hold every word typed; the last word may be
    the start of one, as when the clerk pauses mid-word. Best matches first (adopted versions,
    then drafts, then superseded)."""
    found = fts.match_clauses(session, words_of(user_text), MARK_START, MARK_END, limit)
    return [
        SearchHit(
            m.node_id,
            m.version_id,
            m.policy,
            m.version,
            m.status,
            m.number,
            m.heading,
            m.snippet,
            m.seq,
        )
        for m in found
    ]


def anything_to_search(session: Session) -> bool:
    """Whether any policy has a version with words in it yet."""
    return session.scalar(select(PolicyNode.id).limit(1)) is not None


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
