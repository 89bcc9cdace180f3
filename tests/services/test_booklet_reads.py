"""The booklet's data read with plain SQL: the same through the driver (`report protocol`) as
through a Session (the GUI), and the version in force chosen as the library chooses it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from councildesk.errors import NotFoundError
from councildesk.rules.protocol_text import Node
from councildesk.services import booklet_reads, protocols
from councildesk.services.database import Database, open_database
from councildesk.services.protocol_json import version_json
from councildesk.services.session_reads import SessionReader

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "protocols"
LOWESTOFT = FIXTURES / "lowestoft-town-council.txt"
SANDHURST = FIXTURES / "sandhurst-town-council.txt"
TODAY = dt.date(2026, 11, 24)


def _import(db: Database, path: Path) -> int:
    with db.transaction() as s:
        return protocols.import_file(s, path).id


def _tree(nodes: Sequence[Node]) -> list[object]:
    return [(n.kind, n.number, n.heading, n.text, _tree(n.children)) for n in nodes]


def _shown_tree(nodes: list[dict[str, Any]]) -> list[object]:
    return [
        (n["kind"], n["number"], n["heading"], n["text"], _shown_tree(n["children"])) for n in nodes
    ]


def test_the_driver_and_a_session_read_the_same_booklet(db: Database) -> None:
    version_id = _import(db, SANDHURST)
    with db.transaction() as s:
        protocols.adopt(s, version_id, dt.date(2025, 5, 13), "25/049", today=TODAY)
    with db.reading() as reader:
        plain = booklet_reads.booklet_data(reader, version_id)
    with db.session() as s:
        through_session = booklet_reads.booklet_data(SessionReader(s), version_id)
        shown = version_json(protocols.get_version(s, version_id))
    assert plain == through_session
    assert (plain.council_name, plain.status, plain.adopted_on, plain.minute_reference) == (
        "Testbury Parish Council",
        "Adopted",
        dt.date(2025, 5, 13),
        "25/049",
    )
    assert plain.next_review_text  # the document's own words for its next review
    # Every clause, in the document's order and nesting, as `protocol show --json` gives it.
    assert _tree(plain.nodes) == _shown_tree(shown["nodes"])


def test_the_adopted_version_is_printed_before_a_newer_draft(db: Database) -> None:
    adopted = _import(db, LOWESTOFT)
    with db.transaction() as s:
        protocols.adopt(s, adopted, dt.date(2024, 5, 14), "24/051", today=TODAY)
    _import(db, SANDHURST)  # version 2, a draft
    with db.reading() as reader:
        assert booklet_reads.current_version_id(reader) == adopted


def test_without_an_adopted_version_the_newest_draft_is_printed(db: Database) -> None:
    _import(db, LOWESTOFT)
    newest = _import(db, SANDHURST)
    with db.reading() as reader:
        assert booklet_reads.current_version_id(reader) == newest
        data = booklet_reads.booklet_data(reader, newest)
    assert data.is_draft and data.adopted_on is None


def test_a_missing_protocol_or_council_is_one_clear_line(db: Database, tmp_path: Path) -> None:
    with db.reading() as reader, pytest.raises(NotFoundError, match="no policy called"):
        booklet_reads.current_version_id(reader)
    empty = open_database(tmp_path / "empty.sqlite", create=True)
    try:
        with empty.reading() as reader, pytest.raises(NotFoundError, match="no council yet"):
            booklet_reads.council_facts(reader)
    finally:
        empty.close()


def test_the_sample_council_is_marked_on_its_booklet(demo_db: Database) -> None:
    with demo_db.reading() as reader:
        data = booklet_reads.booklet_data(reader, booklet_reads.current_version_id(reader))
    assert data.sample
