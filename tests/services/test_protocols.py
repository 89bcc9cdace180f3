"""The protocol library through the services: import, versions, adoption, JSON and search."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from councildesk.errors import CouncilDeskError, ValidationError
from councildesk.importers import ImportProblem
from councildesk.rules.protocol_text import iter_nodes
from councildesk.services import protocol_search, protocols
from councildesk.services.database import Database
from councildesk.services.protocol_json import version_json
from councildesk.services.protocols import VersionStatus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "protocols"
LOWESTOFT = FIXTURES / "lowestoft-town-council.txt"
SANDHURST = FIXTURES / "sandhurst-town-council.txt"

TODAY = dt.date(2026, 11, 24)


def _import(db: Database, path: Path) -> int:
    with db.transaction() as s:
        return protocols.import_file(s, path).id


def test_import_saves_a_draft_with_sections_and_clauses(db: Database) -> None:
    version_id = _import(db, LOWESTOFT)
    with db.session() as s:
        shown = version_json(protocols.get_version(s, version_id))
    assert (shown["policy"], shown["version"], shown["status"]) == (
        "Member/Officer Protocol",
        1,
        "draft",
    )
    titles = [" ".join(p for p in (n["number"], n["heading"]) if p) for n in shown["nodes"]]
    assert titles[0] == "Background"
    assert titles[1].startswith("2.") and "Roles of Councillors" in titles[1]
    politics = shown["nodes"][3]
    numbers = [c["number"] for c in politics["children"]]
    assert numbers == ["4.1", "4.2", "4.3", "4.4", "4.5"]


def test_document_dates_keep_their_words_and_precision(db: Database) -> None:
    version_id = _import(db, SANDHURST)
    with db.session() as s:
        shown = version_json(protocols.get_version(s, version_id))
    assert shown["adopted_on"] == "2022-07-28"
    assert shown["next_review_on"] == "2027"
    assert shown["next_review_text"]


def test_adopting_supersedes_the_previous_adopted_version(db: Database) -> None:
    first = _import(db, LOWESTOFT)
    second = _import(db, SANDHURST)  # the same file twice would make nothing
    with db.transaction() as s:
        protocols.adopt(s, first, dt.date(2024, 5, 14), "24/051", today=TODAY)
    with db.transaction() as s:
        protocols.adopt(s, second, dt.date(2025, 5, 13), "25/049", today=TODAY)
    with db.session() as s:
        policy = protocols.find_policy(s)
        assert [(v.number, v.status) for v in policy.versions] == [
            (1, VersionStatus.SUPERSEDED),
            (2, VersionStatus.ADOPTED),
        ]
        assert protocols.current_version(policy).minute_reference == "25/049"
    with (
        pytest.raises(CouncilDeskError, match="only a draft can be adopted"),
        db.transaction() as s,
    ):
        protocols.adopt(s, first, dt.date(2025, 6, 1), "25/060", today=TODAY)


def test_adoption_needs_a_date_and_a_minute_reference(db: Database) -> None:
    version_id = _import(db, LOWESTOFT)
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        protocols.adopt(s, version_id, None, " ", today=TODAY)
    assert caught.value.for_field("adopted_on") and caught.value.for_field("minute_reference")
    with db.session() as s:
        assert protocols.get_version(s, version_id).status is VersionStatus.DRAFT


@pytest.mark.parametrize(
    ("adopted_on", "accepted"),
    [
        (dt.date(2026, 11, 24), True),  # tonight's meeting
        (dt.date(2026, 11, 25), True),  # recorded after midnight: a day's grace
        (dt.date(2026, 11, 26), False),
        (dt.date(2126, 11, 24), False),  # a century ahead: a typing slip
    ],
)
def test_adoption_cannot_be_dated_in_the_future(
    db: Database, adopted_on: dt.date, accepted: bool
) -> None:
    version_id = _import(db, LOWESTOFT)
    if accepted:
        with db.transaction() as s:
            protocols.adopt(s, version_id, adopted_on, "26/100", today=TODAY)
    else:
        with pytest.raises(ValidationError) as caught, db.transaction() as s:
            protocols.adopt(s, version_id, adopted_on, "26/100", today=TODAY)
        assert caught.value.for_field("adopted_on")
    with db.session() as s:
        status = protocols.get_version(s, version_id).status
    assert status is (VersionStatus.ADOPTED if accepted else VersionStatus.DRAFT)


def test_editing_an_adopted_version_makes_a_new_draft(db: Database) -> None:
    version_id = _import(db, LOWESTOFT)
    with db.transaction() as s:
        protocols.adopt(s, version_id, dt.date(2024, 5, 14), "24/051", today=TODAY)
    with db.transaction() as s:
        nodes = protocols.tree(protocols.get_version(s, version_id))
        nodes[0].heading = "Background and purpose"
        draft = protocols.save_edit(s, version_id, nodes)
        draft_id = draft.id
    with db.session() as s:
        adopted = protocols.get_version(s, version_id)
        draft = protocols.get_version(s, draft_id)
        assert protocols.tree(adopted)[0].heading == "Background"
        assert protocols.tree(draft)[0].heading == "Background and purpose"
        assert (draft.number, draft.status) == (2, VersionStatus.DRAFT)


def test_a_bad_file_leaves_nothing_behind(db: Database, tmp_path: Path) -> None:
    empty = tmp_path / "protocol.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportProblem, match=r"protocol\.txt"), db.transaction() as s:
        protocols.import_file(s, empty)
    with db.session() as s:
        assert protocols.list_policies(s) == []


def test_search_finds_words_in_every_version_and_marks_them(db: Database) -> None:
    _import(db, LOWESTOFT)
    _import(db, SANDHURST)
    with db.session() as s:
        hits = protocol_search.search(s, "monitoring officer")
        assert hits and all(h.policy == "Member/Officer Protocol" for h in hits)
        marked = protocol_search.plain(hits[0].snippet)
        assert "[Monitoring]" in marked and "[Officer" in marked
        assert {h.version for h in hits} == {1, 2}
        assert protocol_search.search(s, '"( ) *') == []
        assert protocol_search.search(s, 'officer)"(:') != []  # FTS syntax cannot break it
        assert protocol_search.search(s, "mediat")  # the last word matches as a prefix


def test_the_starter_protocol_can_be_saved_as_a_draft(db: Database) -> None:
    preview = protocols.preview_starter()
    with db.transaction() as s:
        version = protocols.save_preview(s, preview, preview.parsed.body)
        assert version.source_name == "CouncilDesk starter protocol"
        # Every node of the starter's 21 sections (and its introduction) is saved, none dropped.
        assert len(preview.parsed.nodes) == 21
        assert len(version.nodes) == sum(1 for _ in iter_nodes(preview.parsed.body)) == 141
