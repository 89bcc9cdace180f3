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

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection
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
    prefix: str  # the last word as a prefix, against the words as written
    marked: str  # the same, with the other words ORed in so that snippet() marks them too
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
    marked = f"{prefix} AND ({' OR '.join([*finished, prefix])})" if finished else prefix
    return Queries(stemmed, prefix, marked, " ".join(finished) if finished else None)


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
    parameters: dict[str, object] = {
        "stemmed": found.stemmed,
        "prefix": found.prefix,
        "limit": limit,
    }
    # The clauses found only by the start of a word as written: those the prefix finds in the
    # words as written (and, with other words, that hold those words' stems too), less those the
    # stems already found. Each side comes from FTS5 in rowid order (ORDER BY 1 lets SQLite see
    # that), so SQLite merges the lists in one pass instead of building a temporary index of
    # one side and looking every row of the other up in it.
    finished = ""
    if found.finished:
        parameters["finished"] = found.finished
        finished = f" INTERSECT SELECT rowid FROM {STEMMED} WHERE {STEMMED} MATCH :finished"
    # bm25() is below zero and lower is better, so a clause found only by the start of a word
    # (rank 0) comes after those its stems found, among versions of the same standing. The last
    # key, the clause's id, only settles ties (a clause word for word the same in two policies)
    # as the stems' list gave them: oldest first.
    sql = (
        f"WITH written_only(node_id) AS (SELECT rowid FROM {AS_WRITTEN} "
        f"WHERE {AS_WRITTEN} MATCH :prefix{finished} "
        f"EXCEPT SELECT rowid FROM {STEMMED} WHERE {STEMMED} MATCH :stemmed ORDER BY 1), "
        f"matches(node_id, rank, as_written) AS (SELECT rowid, bm25({STEMMED}), 0 "
        f"FROM {STEMMED} WHERE {STEMMED} MATCH :stemmed "
        "UNION ALL SELECT node_id, 0.0, 1 FROM written_only) "
        "SELECT n.id, v.id, p.name, v.number, v.status, n.number, n.heading, m.as_written, n.seq "
        "FROM matches AS m "
        "JOIN policy_node n ON n.id = m.node_id "
        "JOIN policy_version v ON v.id = n.version_id "
        "JOIN policy p ON p.id = v.policy_id "
        "ORDER BY CASE v.status WHEN 'adopted' THEN 0 WHEN 'draft' THEN 1 ELSE 2 END, "
        "m.rank, v.number DESC, n.seq, n.id "
        "LIMIT :limit"
    )
    # Straight to the driver: the statement is SQLite's own, and the ORM's handling of a text()
    # query (compiling it, wrapping each row) was a tenth of the search's time.
    connection = session.connection()
    rows = connection.exec_driver_sql(sql, parameters).fetchall()
    # Snippets only for the clauses shown: snippet() is the costly part of a search.
    marks = (start_mark, end_mark)
    snippets = {
        **_snippets(connection, STEMMED, found.stemmed, [r[0] for r in rows if not r[7]], marks),
        **_snippets(connection, AS_WRITTEN, found.marked, [r[0] for r in rows if r[7]], marks),
    }
    return [
        ClauseMatch(
            node_id=int(row[0]),
            version_id=int(row[1]),
            policy=str(row[2]),
            version=int(row[3]),
            status=str(row[4]),
            number=str(row[5]),
            heading=str(row[6]),
            snippet=snippets.get(int(row[0]), ""),
            seq=int(row[8]),
        )
        for row in rows
    ]


def _snippets(
    connection: Connection,
    table: str,
    query: str,
    node_ids: Sequence[int],
    marks: tuple[str, str],
) -> dict[int, str]:
    if not node_ids:
        return {}
    # The range lets FTS5 skip to the clauses wanted; "+rowid IN" is then a plain test of each
    # match (the + keeps SQLite from handing it to FTS5, which would run the MATCH once per id),
    # so snippet() is worked out for the clauses shown and no others.
    rows = connection.exec_driver_sql(
        f"SELECT rowid, snippet({table}, -1, :start, :end, '…', {SNIPPET_WORDS}) "
        f"FROM {table} WHERE {table} MATCH :query AND rowid BETWEEN :low AND :high "
        "AND +rowid IN (SELECT value FROM json_each(:ids))",
        {
            "query": query,
            "start": marks[0],
            "end": marks[1],
            "low": min(node_ids),
            "high": max(node_ids),
            "ids": json.dumps(list(node_ids)),
        },
    )
    return {int(node_id): str(snippet) for node_id, snippet in rows.fetchall()}


_FTS_TABLES = (STEMMED, AS_WRITTEN)


def is_search_index(table_name: str) -> bool:
    """Whether a table is one of the FTS5 indexes or their shadow tables (``<name>_data``...).

    They are made by raw SQL in the migrations, not by the models, so Alembic's comparison of the
    models with the database must pass them over rather than propose dropping them.
    """
    return any(table_name == t or table_name.startswith(f"{t}_") for t in _FTS_TABLES)


def index_disagreements(connection: sqlite3.Connection) -> list[str]:
    """The indexes that do not agree with the clauses they index (FTS5's own integrity-check,
    which with rank 1 compares an external-content index with its table, row by row).

    The command counts as a write, so callers run it on a private snapshot (db/integrity.py).
    """
    wrong = []
    present = {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master")}
    for table in (t for t in _FTS_TABLES if t in present):  # older files lack the newer index
        try:
            connection.execute(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")
        except sqlite3.DatabaseError:
            wrong.append(table)
    return wrong
