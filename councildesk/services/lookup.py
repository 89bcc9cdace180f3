"""Fetching one record by its id, the same way in every service."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from councildesk.db.models import Base
from councildesk.errors import NotFoundError

Record = TypeVar("Record", bound=Base)


def get_or_raise(session: Session, model: type[Record], record_id: int, missing: str) -> Record:
    """The record, or NotFoundError with ``missing`` (a sentence for the clerk) when it is gone,
    e.g. deleted in another window since the list was shown."""
    found = session.get(model, record_id)
    if found is None:
        raise NotFoundError(missing)
    return found
