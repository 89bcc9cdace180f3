"""the search indexes split by the standing of each clause's version, so that a search finds the
adopted versions' clauses first without looking up the version of every clause it matches

Until now one pair of indexes (0002's stems and 0004's words as written) held every clause, and
a search ordered its matches by their version's standing: a lookup of the clause and its version
for every match, most of a search's time when a word is common. Now each standing (adopted,
draft, superseded) has its own pair, so a search asks the adopted pair first and stops as soon
as it has enough. Each index is external-content over a view of the clauses of that standing,
so the text is still stored once; triggers move a version's clauses between the pairs when it is
adopted or superseded.

A clause's index follows its version's standing. When a version is deleted its clauses leave
their index before the version goes (the clauses' own delete triggers then find no version and
do nothing), since by then the standing they were indexed under could no longer be read.

Revision ID: 0011_search_by_standing
Revises: 0010_reminder_horizon
Create Date: 2026-12-02 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011_search_by_standing"
down_revision: str | None = "0010_reminder_horizon"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here rather than read from the code: this revision's tables stay as they were written.
STANDINGS = ("adopted", "draft", "superseded")
STEMS = "policy_node_fts"  # Porter stems, as 0002 made it
WORDS = "policy_node_words"  # the words as written, as 0004 made it
EVENTS = ("insert", "delete", "update", "version_delete", "version_leave", "version_join")
TOKENIZERS = {
    STEMS: "tokenize='porter unicode61 remove_diacritics 2'",
    WORDS: "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4'",
}


def _standing_of(version_id: str) -> str:
    return f"(SELECT status FROM policy_version WHERE id = {version_id})"


def _add(table: str, node: str) -> str:
    return (
        f"INSERT INTO {table}(rowid, heading, text) "
        f"VALUES ({node}.id, {node}.heading, {node}.text);"
    )


def _remove(table: str, node: str) -> str:
    return (
        f"INSERT INTO {table}({table}, rowid, heading, text) "
        f"VALUES ('delete', {node}.id, {node}.heading, {node}.text);"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's own; another database searches its own way
    for table in (STEMS, WORDS):
        for event in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{event}")
        op.execute(f"DROP TABLE IF EXISTS {table}")
    for standing in STANDINGS:
        view = f"policy_node_{standing}"
        op.execute(
            f"CREATE VIEW {view} AS SELECT n.id AS id, n.heading AS heading, n.text AS text "
            "FROM policy_node AS n JOIN policy_version AS v ON v.id = n.version_id "
            f"WHERE v.status = '{standing}'"
        )
        tables = [f"{kind}_{standing}" for kind in (STEMS, WORDS)]
        for kind, table in zip((STEMS, WORDS), tables, strict=True):
            op.execute(
                f"CREATE VIRTUAL TABLE {table} USING fts5(heading, text, content='{view}', "
                f"content_rowid='id', {TOKENIZERS[kind]})"
            )
        is_old = f"{_standing_of('old.version_id')} = '{standing}'"
        is_new = f"{_standing_of('new.version_id')} = '{standing}'"
        add_new = " ".join(_add(t, "new") for t in tables)
        remove_old = " ".join(_remove(t, "old") for t in tables)
        op.execute(
            f"CREATE TRIGGER {view}_insert AFTER INSERT ON policy_node WHEN {is_new} "
            f"BEGIN {add_new} END"
        )
        op.execute(
            f"CREATE TRIGGER {view}_delete AFTER DELETE ON policy_node WHEN {is_old} "
            f"BEGIN {remove_old} END"
        )
        # One trigger for both halves, so the old words always leave before the new arrive.
        update_body = " ".join(
            f"INSERT INTO {t}({t}, rowid, heading, text) "
            f"SELECT 'delete', old.id, old.heading, old.text WHERE {is_old}; "
            f"INSERT INTO {t}(rowid, heading, text) "
            f"SELECT new.id, new.heading, new.text WHERE {is_new};"
            for t in tables
        )
        op.execute(
            f"CREATE TRIGGER {view}_update AFTER UPDATE ON policy_node WHEN {is_old} OR {is_new} "
            f"BEGIN {update_body} END"
        )
        clauses = "FROM policy_node WHERE version_id = old.id"
        leave = " ".join(
            f"INSERT INTO {t}({t}, rowid, heading, text) "
            f"SELECT 'delete', id, heading, text {clauses};"
            for t in tables
        )
        join = " ".join(
            f"INSERT INTO {t}(rowid, heading, text) SELECT id, heading, text {clauses};"
            for t in tables
        )
        op.execute(
            f"CREATE TRIGGER {view}_version_delete BEFORE DELETE ON policy_version "
            f"WHEN old.status = '{standing}' BEGIN {leave} END"
        )
        op.execute(
            f"CREATE TRIGGER {view}_version_leave AFTER UPDATE OF status ON policy_version "
            f"WHEN old.status = '{standing}' AND new.status IS NOT '{standing}' BEGIN {leave} END"
        )
        op.execute(
            f"CREATE TRIGGER {view}_version_join AFTER UPDATE OF status ON policy_version "
            f"WHEN new.status = '{standing}' AND old.status IS NOT '{standing}' BEGIN {join} END"
        )
        for table in tables:
            op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for standing in STANDINGS:
        view = f"policy_node_{standing}"
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS {view}_{event}")
        for kind in (STEMS, WORDS):
            op.execute(f"DROP TABLE IF EXISTS {kind}_{standing}")
        op.execute(f"DROP VIEW IF EXISTS {view}")
    # As 0002 and 0004 left them: one index of each kind over every clause.
    for table in (STEMS, WORDS):
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(heading, text, content='policy_node', "
            f"content_rowid='id', {TOKENIZERS[table]})"
        )
        op.execute(
            f"CREATE TRIGGER {table}_insert AFTER INSERT ON policy_node BEGIN "
            f"{_add(table, 'new')} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_delete AFTER DELETE ON policy_node BEGIN "
            f"{_remove(table, 'old')} END"
        )
        op.execute(
            f"CREATE TRIGGER {table}_update AFTER UPDATE ON policy_node BEGIN "
            f"{_remove(table, 'old')} {_add(table, 'new')} END"
        )
        op.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
