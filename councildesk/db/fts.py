"""Full-text search of policy clauses with SQLite FTS5: the only module that speaks FTS5.

Two kinds of external-content index over policy_node, kept in step by triggers:

- ``policy_node_fts_*`` (migration 0002) hold Porter stems, so a finished word finds its other
  forms ("councillors" finds "councillor");
- ``policy_node_words_*`` (migration 0004) hold the words as written, so the word the clerk is
  still typing finds the words it begins ("politica" finds "political", whose stem "polit" it
  does not begin).

Each kind is split by the standing of the clause's version (migration 0011): one index for the
adopted versions' clauses, one for drafts, one for superseded versions, so that a search can
take the adopted clauses first without looking up every match's version. How close a match is
(bm25) is therefore measured among the clauses of the same standing.

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
# The order results come in; each standing has a stems index and a words index of its own.
BEST_FIRST = ("adopted", "draft", "superseded")


def index_of(kind: str, standing: str) -> str:
    """The index of one kind (STEMMED or AS_WRITTEN) holding the clauses of one standing."""
    return f"{kind}_{standing}"


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
    each, those the stems found, closest first, then those found only by the start of a written
    word; matches as close as each other come newest version first, then in clause order. When
    more match than the limit, of those equally close the most recently saved are kept.

    Each standing has its own pair of indexes, asked in turn until there are enough, so a
    search never looks up the version of a clause it does not show. No words, no clauses.
    """
    found = queries(words)
    if found is None:
        return []
    connection = session.connection()
    marks = (start_mark, end_mark)
    rows: list[Sequence[object]] = []
    snippets: dict[int, str] = {}
    for standing in BEST_FIRST:
        for kind, query, find in (
            (STEMMED, found.stemmed, _closest_by_stems),
            (AS_WRITTEN, found.marked, _found_only_as_written),
        ):
            wanted = limit - len(rows)
            if wanted <= 0:
                break
            more = find(connection, standing, found, wanted)
            ids = [int(str(row[0])) for row in more]
            snippets.update(_snippets(connection, index_of(kind, standing), query, ids, marks))
            rows += more
    return [
        ClauseMatch(
            node_id=int(str(row[0])),
            version_id=int(str(row[1])),
            policy=str(row[2]),
            version=int(str(row[3])),
            status=str(row[4]),
            number=str(row[5]),
            heading=str(row[6]),
            snippet=snippets.get(int(str(row[0])), ""),
            seq=int(str(row[7])),
        )
        for row in rows
    ]


_SHOWN = (
    "SELECT n.id, v.id, p.name, v.number, v.status, n.number, n.heading, n.seq "
    "FROM ({kept}) AS f "
    "JOIN policy_node n ON n.id = f.node_id "
    "JOIN policy_version v ON v.id = n.version_id "
    "JOIN policy p ON p.id = v.policy_id "
)
# Matches as close as each other are shown newest version first, then in clause order; the
# clause's id settles the rest (a clause word for word the same in two policies), oldest first.
_SHOWN_ORDER = "v.number DESC, n.seq, n.id"


def _closest_by_stems(
    connection: Connection, standing: str, found: Queries, wanted: int
) -> Sequence[Sequence[object]]:
    """The clauses of one standing that the stems find, closest first."""
    stems = index_of(STEMMED, standing)
    # Which of equally close matches are kept, when there are more than wanted, is settled by
    # the clause's id alone (the most recently saved kept), so that only the clauses kept are
    # looked up; those kept are then shown in the full order.
    kept = (
        f"SELECT rowid AS node_id, bm25({stems}) AS rank FROM {stems} "
        f"WHERE {stems} MATCH :stemmed ORDER BY rank, rowid DESC LIMIT :wanted"
    )
    sql = _SHOWN.format(kept=kept) + f"ORDER BY f.rank, {_SHOWN_ORDER}"
    # Straight to the driver: the statement is SQLite's own, and the ORM's handling of a text()
    # query (compiling it, wrapping each row) was a tenth of the search's time.
    parameters = {"stemmed": found.stemmed, "wanted": wanted}
    return connection.exec_driver_sql(sql, parameters).fetchall()


def _found_only_as_written(
    connection: Connection, standing: str, found: Queries, wanted: int
) -> Sequence[Sequence[object]]:
    """The clauses of one standing found only by the start of a word as written: those the
    prefix finds in the words as written (and, with other words, that hold those words' stems
    too), less those the stems already found. The most recently saved are kept."""
    stems, written = index_of(STEMMED, standing), index_of(AS_WRITTEN, standing)
    parameters: dict[str, object] = {
        "stemmed": found.stemmed,
        "prefix": found.prefix,
        "wanted": wanted,
    }
    finished = ""
    if found.finished:
        parameters["finished"] = found.finished
        finished = f" INTERSECT SELECT rowid FROM {stems} WHERE {stems} MATCH :finished"
    # Each side comes from FTS5 in rowid order, so SQLite merges the lists in one pass instead
    # of building a temporary index of one side and looking every row of the other up in it.
    kept = (
        f"SELECT rowid AS node_id FROM {written} WHERE {written} MATCH :prefix{finished} "
        f"EXCEPT SELECT rowid FROM {stems} WHERE {stems} MATCH :stemmed "
        "ORDER BY 1 DESC LIMIT :wanted"
    )
    sql = _SHOWN.format(kept=kept) + f"ORDER BY {_SHOWN_ORDER}"
    return connection.exec_driver_sql(sql, parameters).fetchall()


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


_FTS_KINDS = (STEMMED, AS_WRITTEN)
SEARCH_INDEXES = tuple(index_of(k, s) for s in BEST_FIRST for k in _FTS_KINDS)


def is_search_index(table_name: str) -> bool:
    """Whether a table is one of the FTS5 indexes or their shadow tables (``<name>_data``...).

    They are made by raw SQL in the migrations, not by the models, so Alembic's comparison of the
    models with the database must pass them over rather than propose dropping them.
    """
    return any(table_name == t or table_name.startswith(f"{t}_") for t in _FTS_KINDS)


def index_disagreements(connection: sqlite3.Connection) -> list[str]:
    """The indexes that do not agree with the clauses they index (FTS5's own integrity-check,
    which with rank 1 compares an external-content index with its table, row by row).

    The command counts as a write, so callers run it on a private snapshot (db/integrity.py).
    """
    wrong = []
    present = {str(row[0]) for row in connection.execute("SELECT name FROM sqlite_master")}
    # A file from before migration 0011 has none of these: its upgrade builds them afresh.
    for table in (t for t in SEARCH_INDEXES if t in present):
        try:
            connection.execute(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 1)")
        except sqlite3.DatabaseError:
            wrong.append(table)
    return wrong
