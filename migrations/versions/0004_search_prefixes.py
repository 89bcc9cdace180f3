"""a second full-text index, of the words as written, so a half-typed word finds its clauses

The first index (0002) stems every word (Porter), which is right for whole words ("councillors"
finds "councillor") but not for a word the clerk is still typing: "politica" is not the start of
any stem (the stem of "political" is "polit"), so it found nothing. This index keeps each word
as written, for matching the start of a word. Like the first, it is an external-content FTS5
table over policy_node, kept in step by triggers, so the text is not stored twice.

Revision ID: 0004_search_prefixes
Revises: 0003_sample_council
Create Date: 2026-12-01 15:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004_search_prefixes"
down_revision: str | None = "0003_sample_council"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "policy_node_words"


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # FTS5 is SQLite's own; another database searches its own way
    # prefix='2 3 4': FTS5 keeps ready-made indexes of the first letters, so "pol*" is quick.
    op.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "heading, text, content='policy_node', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON policy_node BEGIN "
        f"INSERT INTO {TABLE}(rowid, heading, text) VALUES (new.id, new.heading, new.text); END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON policy_node BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, heading, text) "
        "VALUES ('delete', old.id, old.heading, old.text); END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE ON policy_node BEGIN "
        f"INSERT INTO {TABLE}({TABLE}, rowid, heading, text) "
        "VALUES ('delete', old.id, old.heading, old.text); "
        f"INSERT INTO {TABLE}(rowid, heading, text) VALUES (new.id, new.heading, new.text); END"
    )
    # Index the clauses already saved.
    op.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
