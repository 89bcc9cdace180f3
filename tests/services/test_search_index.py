"""The full-text indexes agree with the clauses after every change that touches clauses.

Each index is an external-content FTS5 table kept in step by triggers. A trigger that misses a
change leaves the index disagreeing with the clauses, which a search then reports as a corrupt
database; FTS5's own integrity check compares each index with the clauses themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from councildesk.db.fts import SEARCH_INDEXES
from councildesk.services import protocol_search, protocols
from councildesk.services.database import Database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "protocols"
LOWESTOFT = FIXTURES / "lowestoft-town-council.txt"
SANDHURST = FIXTURES / "sandhurst-town-council.txt"
TODAY = dt.date(2026, 11, 24)


def _check_indexes(db: Database) -> None:
    with db.session() as session:
        for index in SEARCH_INDEXES:
            # rank 1: compare the index with the content table, not only with itself.
            session.execute(
                text(f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)")
            )


def _import(session: Session) -> int:
    return protocols.import_file(session, LOWESTOFT).id


def _edit_draft_in_place(session: Session) -> int:
    version_id = _import(session)
    nodes = protocols.tree(protocols.get_version(session, version_id))
    nodes[0].heading = "Background and purpose"
    nodes[1].children.pop()
    return protocols.save_edit(session, version_id, nodes).id


def _new_draft_from_adopted(session: Session) -> int:
    version_id = _import(session)
    protocols.adopt(session, version_id, dt.date(2025, 5, 14), "25/051", today=TODAY)
    nodes = protocols.tree(protocols.get_version(session, version_id))
    nodes[2].children[0].text = "Members and officers respect one another's roles."
    return protocols.save_edit(session, version_id, nodes).id


def _adopt_over_the_adopted(session: Session) -> int:
    version_id = _new_draft_from_adopted(session)  # version 1 adopted, version 2 a draft
    protocols.adopt(session, version_id, dt.date(2026, 5, 13), "26/040", today=TODAY)
    return version_id  # version 1 is now superseded: its clauses moved twice


def _delete_draft(session: Session) -> int:
    kept = _import(session)
    gone = protocols.import_file(session, SANDHURST).id
    protocols.delete_draft(session, gone)
    return kept


@pytest.mark.parametrize(
    "change",
    [
        _import,
        _edit_draft_in_place,
        _new_draft_from_adopted,
        _adopt_over_the_adopted,
        _delete_draft,
    ],
    ids=[
        "import",
        "edit a draft in place",
        "new draft from an adopted version",
        "adopt over the adopted version",
        "delete a draft",
    ],
)
def test_every_change_to_clauses_keeps_both_indexes_true(
    db: Database, change: Callable[[Session], int]
) -> None:
    with db.transaction() as session:
        change(session)
    _check_indexes(db)
    with db.session() as session:
        found = protocol_search.search(session, "political group")
    assert found, "a search after the change still finds the clauses"


def test_a_clause_is_found_under_its_versions_standing_as_that_changes(db: Database) -> None:
    """Each standing has its own indexes: adopting a draft moves its clauses to the adopted
    ones, and the version it replaces to the superseded ones."""
    with db.transaction() as session:
        second = _new_draft_from_adopted(session)

    def standings() -> list[tuple[int, str]]:
        with db.session() as session:
            hits = protocol_search.search(session, "political group")
        return sorted({(hit.version, hit.status) for hit in hits})

    assert standings() == [(1, "adopted"), (2, "draft")]
    with db.transaction() as session:
        protocols.adopt(session, second, dt.date(2026, 5, 13), "26/040", today=TODAY)
    assert standings() == [(1, "superseded"), (2, "adopted")]
    _check_indexes(db)


@pytest.mark.parametrize("table", ["policy", "policy_version"])
def test_deleting_through_the_databases_own_cascade_keeps_the_indexes_true(
    db: Database, table: str
) -> None:
    """The clauses of a deleted version leave its standing's indexes before the version goes,
    even when the database itself deletes the clauses (ON DELETE CASCADE) after it."""
    with db.transaction() as session:
        _adopt_over_the_adopted(session)  # one version of each standing
        protocols.import_file(session, SANDHURST, "Staff Protocol")
        session.execute(text(f"DELETE FROM {table} WHERE id IN (SELECT min(id) FROM {table})"))
    _check_indexes(db)
    with db.session() as session:
        hits = protocol_search.search(session, "political group")
    found = sorted({(hit.policy, hit.version, hit.status) for hit in hits})
    kept = [("Staff Protocol", 1, "draft")]
    if table == "policy_version":  # only the first version, the superseded one, went
        kept[:0] = [(protocols.PROTOCOL, 2, "adopted")]
    assert found == kept
