"""The append-only record of who changed what."""

from __future__ import annotations

import datetime as dt
import getpass

from sqlalchemy.orm import Session

from councildesk.db.models import AuditEntry


def _actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def record(session: Session, action: str, entity: str, entity_id: int | None, detail: str) -> None:
    session.add(
        AuditEntry(
            at=dt.datetime.now().replace(microsecond=0),
            actor=_actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
        )
    )
