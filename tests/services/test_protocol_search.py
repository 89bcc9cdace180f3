"""Search finds what the clerk is typing: a half-typed word matches the words it begins, even
where the Porter stem of those words does not begin with it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from councildesk.db.models import PolicyNode
from councildesk.services import protocol_search, protocols
from councildesk.services.database import Database, open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LOWESTOFT = FIXTURES / "protocols" / "lowestoft-town-council.txt"


def _import(db: Database) -> int:
    with db.transaction() as s:
        return protocols.import_file(s, LOWESTOFT).id


def _texts(db: Database, words: str) -> list[str]:
    with db.session() as s:
        return [protocol_search.plain(h.snippet) for h in protocol_search.search(s, words)]


# Each of these is the start of a word in the text but not of that word's stem ("political" ->
# "polit", "mediation" -> "mediat", "confidential" -> "confidenti", "councillors" -> "councillor"
# is fine either way), so stemming alone cannot find them.
@pytest.mark.parametrize(
    ("typed", "word"),
    [("politica", "political"), ("mediatio", "mediation"), ("impartialit", "impartiality")],
)
def test_a_half_typed_word_finds_the_words_it_begins(db: Database, typed: str, word: str) -> None:
    _import(db)
    found = _texts(db, typed)
    assert found, f"'{typed}' found nothing"
    assert all(word[: len(typed)] in text.lower() for text in found)
    # The matching word is marked in the snippet, as a stemmed match would be.
    assert any(f"[{word}" in text.lower() for text in found)


def test_half_typed_last_word_still_needs_every_finished_word(db: Database) -> None:
    _import(db)
    with db.session() as s:
        both = protocol_search.search(s, "councillors politica")
        alone = protocol_search.search(s, "politica")
        assert both and len(both) < len(alone)
        texts = {n.id: f"{n.heading} {n.text}".lower() for n in s.scalars(select(PolicyNode))}
    # "councillors" is a finished word: its stem still finds "Councillor" as well.
    assert all("councillor" in texts[h.node_id] and "politica" in texts[h.node_id] for h in both)
    assert any("councillors" not in texts[h.node_id] for h in both)


def test_whole_words_still_match_their_other_forms(db: Database) -> None:
    _import(db)
    with db.session() as s:
        political = {h.node_id for h in protocol_search.search(s, "political")}
        politic = {h.node_id for h in protocol_search.search(s, "politic")}
        politica = {h.node_id for h in protocol_search.search(s, "politica")}
    assert political and politica <= politic
    assert political <= politic


def test_the_prefix_index_follows_every_change(db: Database) -> None:
    version_id = _import(db)
    assert _texts(db, "mediatio")
    with db.transaction() as s:
        protocols.delete_draft(s, version_id)
    assert _texts(db, "mediatio") == []


def test_nothing_to_search_until_a_policy_has_text(db: Database) -> None:
    with db.session() as s:
        assert not protocol_search.anything_to_search(s)
    _import(db)
    with db.session() as s:
        assert protocol_search.anything_to_search(s)


def test_a_database_from_before_the_prefix_index_finds_half_words(tmp_path: Path) -> None:
    """Upgrading indexes the clauses saved before the upgrade."""
    copy = tmp_path / "council.sqlite"
    shutil.copy(FIXTURES / "databases" / "revision-0003.sqlite", copy)
    database = open_database(copy)
    try:
        with database.session() as s:
            assert protocol_search.search(s, "mediatio")
    finally:
        database.close()
