"""A saved version read back for the review dialog: its document dates at their precision."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from councildesk.rules.doc_control import DocDate
from councildesk.services import protocol_preview, protocols
from councildesk.services.database import Database

SANDHURST = (
    Path(__file__).resolve().parents[1] / "fixtures" / "protocols" / "sandhurst-town-council.txt"
)
TODAY = dt.date(2026, 11, 24)


def test_a_saved_version_gives_back_its_dates_as_the_document_wrote_them(db: Database) -> None:
    with db.transaction() as s:
        version_id = protocols.import_file(s, SANDHURST).id
    with db.session() as s:
        preview = protocol_preview.edit_preview(s, version_id)
        nodes = protocols.tree(protocols.get_version(s, version_id))
    control = preview.parsed.control
    assert control.adopted == DocDate("28/07/2022", "2022-07-28", "day")
    assert control.next_review == DocDate("2027", "2027", "year")
    assert control.last_reviewed is None
    assert preview.parsed.body == nodes
    assert preview.source_text == SANDHURST.read_text(encoding="utf-8")


def test_the_councils_adoption_stands_in_for_the_documents(db: Database) -> None:
    with db.transaction() as s:
        version_id = protocols.import_file(s, SANDHURST).id
        protocols.adopt(s, version_id, dt.date(2025, 1, 14), "25/003", today=TODAY)
    with db.session() as s:
        control = protocol_preview.edit_preview(s, version_id).parsed.control
    assert control.adopted == DocDate("14/01/2025", "2025-01-14", "day")
