"""Full-text search of policy clauses with SQLite FTS5: the only module that speaks FTS5.

Two external-content indexes over policy_node, both kept in step by triggers:

- ``policy_node_fts`` (migration 0002) holds Porter stems, so a finished word finds its other
  forms ("councillors" finds "councillor");
- ``policy_node_words`` (migration 0004) holds the words as written, so the word the clerk is
  still typing finds the words it begins ("politica" finds "political", whose stem "polit" it
  does not begin).

Every finished word must appear (stemmed); the last word may be the start of a word, in either
index. Callers pass plain words; this module quotes them, so FTS5 syntax typed by the clerk
(AND, NEAR, quotes, brackets) is taken as words and never causes an error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

STEMMED = "policy_node_fts"
AS_WRITTEN = "policy_node_words"
SNIPPET_WORDS = 24


@dataclass(frozen=True)
class ClauseMatch:
    node_id: int
    version_id: int
    policy: str
    version: int
    status: str
    number: str
    heading: str
    snippet: str  # the matching words between the caller's marks
    seq: int  # the clause's place in its version


@dataclass(frozen=True)
class Queries:
    """The FTS5 query strings for one search."""

    stemmed: str  # every word, the last as a prefix, against the stems
    as_written: str  # the last word as a prefix (and the others, for marking), as written
    finished: str | None  # the finished words alone, against the stems


def _quoted(word: str) -> str:
    return '"' + word.replace('"', "") + '"'


def queries(words: Sequence[str]) -> Queries | None:
    cleaned = [w.replace('"', "") for w in words if w.replace('"', "")]
    if not cleaned:
        return None
    *finished, last = [_quoted(w) for w in cleaned]
    prefix = f"{last}*"
    stemmed = " ".join([*finished, prefix])
    # The other words are ORed in only so that snippet() marks them where they appear as typed.
    as_written = f"{prefix} AND ({' OR '.join([*finished, prefix])})" if finished else prefix
    return Queries(stemmed, as_written, " ".join(finished) if finished else None)


def match_clauses(
    session: Session, words: Sequence[str], start_mark: str, end_mark: str, limit: int
) -> list[ClauseMatch]:
    """The clauses that match, best first: adopted versions, then drafts, then superseded; within
    each, the closest matches first.

    A clause found by its stems keeps the stemmed snippet; one found only by the start of a
    written word gets the written one. No words to search for, no clauses.
    """
    found = queries(words)
    if found is None:
        return []
    finished_filter = (
        f" AND rowid IN (SELECT rowid FROM {STEMMED} WHERE {STEMMED} MATCH :finished)"
        if found.finished
        else ""
    )
    matches = (
        f"SELECT rowid AS node_id, snippet({STEMMED}, -1, :start, :end, '…', {SNIPPET_WORDS}) "
        f"AS snippet, bm25({STEMMED}) AS rank FROM {STEMMED} WHERE {STEMMED} MATCH :stemmed "
        "UNION ALL "
        f"SELECT rowid, snippet({AS_WRITTEN}, -1, :start, :end, '…', {SNIPPET_WORDS}), "
        f"bm25({AS_WRITTEN}) FROM {AS_WRITTEN} WHERE {AS_WRITTEN} MATCH :as_written"
        f" AND rowid NOT IN (SELECT rowid FROM {STEMMED} WHERE {STEMMED} MATCH :stemmed)"
        f"{finished_filter}"
    )
    sql = (
        "SELECT n.id, v.id, p.name, v.number, v.status, n.number, n.heading, m.snippet, n.seq "
        f"FROM ({matches}) AS m "
        "JOIN policy_node n ON n.id = m.node_id "
        "JOIN policy_version v ON v.id = n.version_id "
        "JOIN policy p ON p.id = v.policy_id "
        "ORDER BY (v.status = 'adopted') DESC, (v.status = 'draft') DESC, "
        "m.rank, v.number DESC, n.seq "
        "LIMIT :limit"
    )
    parameters: dict[str, object] = {
        "stemmed": found.stemmed,
        "as_written": found.as_written,
        "start": start_mark,
        "end": end_mark,
        "limit": limit,
    }
    if found.finished:
        parameters["finished"] = found.finished
    return [ClauseMatch(*row) for row in session.execute(text(sql), parameters)]


_FTS_TABLES = (STEMMED, AS_WRITTEN)


def is_search_index(table_name: str) -> bool:
    """Whether a table is one of the FTS5 indexes or their shadow tables (``<name>_data``...).

    They are made by raw SQL in the migrations, not by the models, so Alembic's comparison of the
    models with the database must pass them over rather than propose dropping them.
    """
    return any(table_name == t or table_name.startswith(f"{t}_") for t in _FTS_TABLES)
