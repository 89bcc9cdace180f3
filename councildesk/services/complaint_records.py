"""A case's attached documents, and keeping cases no longer than needed.

Documents are sealed like the rest of a case, name and bytes. Once a closed case is past its
retention date the clerk either anonymises it (the route, dates, stage and outcome stay, for the
statistics; every word and name goes) or deletes it. Both are audited by reference only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.engine import SCRUB
from councildesk.db.models import Complaint, ComplaintDocument
from councildesk.errors import CouncilDeskError, NotFoundError, Problem, ValidationError
from councildesk.services import audit
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaints import ENTITY, get_case

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_DOCUMENT_LABEL = "10 MB"


@dataclass(frozen=True)
class DocumentRow:
    id: int
    name: str
    added_on: dt.date
    size: int


def _name_context(case: Complaint) -> str:
    return f"complaint:{case.reference}:document-name"


def _content_context(case: Complaint, name: str) -> str:
    return f"complaint:{case.reference}:document:{name}"


def attach_document(
    session: Session, book: Casebook, case_id: int, path: Path, today: dt.date
) -> ComplaintDocument:
    """Attach a file to a case, refusing one over the size limit before reading it."""
    case = get_case(session, case_id)
    if case.anonymised_on is not None:
        raise CouncilDeskError(f"Case {case.reference} is anonymised; nothing can be attached.")
    try:
        size = path.stat().st_size
    except OSError as error:
        raise CouncilDeskError(f"Could not read {path.name}: {error.strerror}.") from None
    if size > MAX_DOCUMENT_BYTES:
        raise ValidationError(
            Problem(
                "document",
                f"{path.name} is {size / 1024 / 1024:.1f} MB; a document attached to a case can "
                f"be at most {MAX_DOCUMENT_LABEL}. Nothing was attached.",
            )
        )
    data = path.read_bytes()
    document = ComplaintDocument(
        added_on=today,
        size=len(data),
        sealed_name=book.seal(path.name.encode(), _name_context(case)),
        sealed_content=book.seal(data, _content_context(case, path.name)),
    )
    case.documents.append(document)
    session.flush()
    audit.record(session, "attach document", ENTITY, case.id, case.reference)
    return document


def list_documents(book: Casebook, case: Complaint) -> list[DocumentRow]:
    return [DocumentRow(d.id, _name(book, case, d), d.added_on, d.size) for d in case.documents]


def _name(book: Casebook, case: Complaint, document: ComplaintDocument) -> str:
    return book.open(document.sealed_name, _name_context(case)).decode()


def _document(session: Session, document_id: int) -> ComplaintDocument:
    document = session.get(ComplaintDocument, document_id)
    if document is None:
        raise NotFoundError("That document is no longer attached to the case.")
    return document


def document_content(session: Session, book: Casebook, document_id: int) -> tuple[str, bytes]:
    document = _document(session, document_id)
    case = document.complaint
    name = book.open(document.sealed_name, _name_context(case)).decode()
    data = book.open(document.sealed_content, _content_context(case, name))
    audit.record(session, "open document", ENTITY, case.id, case.reference)
    return name, data


def remove_document(session: Session, document_id: int) -> str:
    document = _document(session, document_id)
    case = document.complaint
    session.delete(document)
    session.info[SCRUB] = True
    audit.record(session, "remove document", ENTITY, case.id, case.reference)
    return case.reference


# --- retention --------------------------------------------------------------------------------
def past_retention(session: Session, today: dt.date) -> list[Complaint]:
    return list(
        session.scalars(
            select(Complaint)
            .where(Complaint.retention_on.is_not(None))
            .where(Complaint.retention_on < today)
            .where(Complaint.anonymised_on.is_(None))
            .order_by(Complaint.retention_on)
        )
    )


def anonymise(session: Session, case_id: int, today: dt.date) -> str:
    """Keep the statistics, lose every word and name. Needs no key: the sealed content is
    dropped, not read."""
    case = get_case(session, case_id)
    if case.closed_on is None:
        raise CouncilDeskError(f"Case {case.reference} is still open; close it first.")
    if case.anonymised_on is not None:
        raise CouncilDeskError(f"Case {case.reference} is already anonymised.")
    case.sealed = b""
    for row in case.stages:
        row.sealed = b""
    case.documents.clear()
    case.anonymised_on = today
    session.info[SCRUB] = True
    audit.record(session, "anonymise", ENTITY, case.id, case.reference)
    return case.reference


def delete_case(session: Session, case_id: int) -> str:
    case = get_case(session, case_id)
    reference = case.reference
    session.delete(case)
    session.info[SCRUB] = True
    audit.record(session, "delete", ENTITY, case_id, reference)
    return reference
