"""Search finds what the clerk is typing: a half-typed word matches the words it begins, even
where the Porter stem of those words does not begin with it."""

from __future__ import annotations

import datetime as dt
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


def test_best_first_adopted_then_drafts_then_superseded_newest_first(db: Database) -> None:
    """The order the Search page shows before the clerk sorts: by the version's standing, then
    how well the clause matches (a clause its stems found before one found only by the start of
    a written word, wherever each sits in the text), then the newest version; the limit keeps
    the best of that order."""
    today = dt.date(2026, 12, 1)
    with db.transaction() as s:
        first = protocols.import_file(s, LOWESTOFT)
        protocols.adopt(s, first.id, dt.date(2024, 5, 1), "24/051", today=today)
        second = protocols.save_edit(s, first.id, protocols.tree(first))
        protocols.adopt(s, second.id, dt.date(2025, 5, 1), "25/051", today=today)
        protocols.save_edit(s, second.id, protocols.tree(second))  # version 3, a draft
        protocols.save_edit(s, second.id, protocols.tree(second))  # version 4, a draft
    with db.session() as s:
        # "preferen": the stems find "preferential" (preferenti); only the words as written
        # find "preferences" (prefer), which comes earlier in the protocol.
        hits = protocol_search.search(s, "preferen")
        texts = {n.id: n.text for n in s.scalars(select(PolicyNode))}
        found = [
            (h.version, h.status, "stem" if "preferential" in texts[h.node_id] else "prefix")
            for h in hits
        ]
        assert found == [
            (2, "adopted", "stem"),
            (2, "adopted", "prefix"),
            (4, "draft", "stem"),
            (3, "draft", "stem"),
            (4, "draft", "prefix"),
            (3, "draft", "prefix"),
            (1, "superseded", "stem"),
            (1, "superseded", "prefix"),
        ]
        assert protocol_search.search(s, "preferen", limit=3) == hits[:3]


def test_the_same_words_in_two_policies_come_in_the_order_they_were_saved(db: Database) -> None:
    """Clauses that match equally well in versions of the same standing and number (a policy
    copied from another) keep one order from search to search: clause order, then the policy
    saved first."""
    with db.transaction() as s:
        protocols.import_file(s, LOWESTOFT, "Member/Officer Protocol")
        protocols.import_file(s, LOWESTOFT, "Protocol for Staff")
    with db.session() as s:
        texts = {n.id: n.text for n in s.scalars(select(PolicyNode))}
        found = [
            (h.policy, "stem" if "preferential" in texts[h.node_id] else "prefix")
            for h in protocol_search.search(s, "preferen")
        ]
    assert found == [
        ("Member/Officer Protocol", "stem"),
        ("Protocol for Staff", "stem"),
        ("Member/Officer Protocol", "prefix"),
        ("Protocol for Staff", "prefix"),
    ]


def test_beyond_the_limit_the_most_recently_saved_of_equal_matches_are_kept(db: Database) -> None:
    """Three policies copied word for word match equally well; when the limit leaves room for
    only some of each clause's copies, those saved last are kept, and shown in the usual order
    (here the order the policies were saved)."""
    with db.transaction() as s:
        for name in ("First Protocol", "Second Protocol", "Third Protocol"):
            protocols.import_file(s, LOWESTOFT, name)
    with db.session() as s:
        everything = protocol_search.search(s, "preferen")
        stems_found = [h for h in everything if "preferential" in protocol_search.plain(h.snippet)]
        assert [h.policy for h in stems_found] == [
            "First Protocol",
            "Second Protocol",
            "Third Protocol",
        ]
        kept = protocol_search.search(s, "preferen", limit=2)
        assert [h.policy for h in kept] == ["Second Protocol", "Third Protocol"]
        # The clauses only the start of a word finds come after, and are kept the same way.
        kept = protocol_search.search(s, "preferen", limit=len(stems_found) + 1)
        assert kept[:-1] == stems_found and kept[-1].policy == "Third Protocol"


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
