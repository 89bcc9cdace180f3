"""A saved version dressed as an import preview, so the review dialog can correct it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from councildesk.rules.dates import uk_date
from councildesk.rules.doc_control import DocControl, DocDate, stored_doc_date
from councildesk.rules.protocol_text import ParsedDocument
from councildesk.services.protocols import ImportPreview, get_version, tree


def edit_preview(session: Session, version_id: int) -> ImportPreview:
    """The version's text, tree and document-control facts, as an import would have found them.

    The adoption the council recorded stands in for the document's own adoption line.
    """
    version = get_version(session, version_id)
    adopted = (
        DocDate(uk_date(version.adopted_on), version.adopted_on.isoformat(), "day")
        if version.adopted_on
        else stored_doc_date(version.doc_adopted_text, version.doc_adopted_iso)
    )
    control = DocControl(
        title=version.title or None,
        adopted=adopted,
        last_reviewed=stored_doc_date(version.doc_reviewed_text, version.doc_reviewed_iso),
        next_review=stored_doc_date(version.doc_next_review_text, version.doc_next_review_iso),
        reviewing_body=version.doc_reviewing_body or None,
    )
    parsed = ParsedDocument(version.title or None, None, [], tree(version), [], control)
    return ImportPreview(version.source_name, version.source_text, parsed)
