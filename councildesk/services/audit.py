"""The append-only record of who changed what, each entry sealed onto the one before it."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, String, select, type_coerce
from sqlalchemy.orm import Session

from councildesk.db.models import AuditEntry
from councildesk.db.sequences import highest_id_issued
from councildesk.rules.audit_chain import (
    GENESIS,
    ChainBreak,
    EntryContent,
    SealedEntry,
    seal,
    verify,
)


def _actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: str,
    *,
    at: dt.datetime | None = None,
) -> None:
    """Add an entry to the user action's transaction, sealed onto the newest entry.

    ``at`` is the moment of the change, now unless given (tests give fixed times).

    The newest seal is read inside the same write transaction (Database.transaction begins
    IMMEDIATE, so SQLite's write lock is held from the start): no other writer can add an entry
    between this read and the commit, and two writers can never seal onto the same entry.
    """
    # Earlier entries of this same action are written first, so the newest is found below.
    session.flush()
    previous = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
    content = EntryContent(
        at=(at or dt.datetime.now()).replace(microsecond=0),
        actor=_actor(),
        action=action,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
    )
    previous = previous or GENESIS
    session.add(
        AuditEntry(
            at=content.at,
            actor=content.actor,
            action=content.action,
            entity=content.entity,
            entity_id=content.entity_id,
            detail=content.detail,
            previous_hash=previous,
            entry_hash=seal(content, previous),
        )
    )


def stored_entries(session: Session) -> list[SealedEntry]:
    """Every entry as stored, in id order, read so that a field changed outside CouncilDesk
    into something unreadable (a date that is not a date) is marked rather than raising."""
    rows = session.execute(
        select(
            AuditEntry.id,
            type_coerce(AuditEntry.at, String).label("at"),
            AuditEntry.actor,
            AuditEntry.action,
            AuditEntry.entity,
            type_coerce(AuditEntry.entity_id, String).label("entity_id"),
            AuditEntry.detail,
            AuditEntry.previous_hash,
            AuditEntry.entry_hash,
        ).order_by(AuditEntry.id)
    )
    return [_sealed(row) for row in rows.all()]


def _sealed(row: Row[*tuple[Any, ...]]) -> SealedEntry:
    at = _stored_datetime(row.at)
    entity_id, id_readable = _stored_int(row.entity_id)
    content = EntryContent(
        at=at or dt.datetime.min,
        actor=str(row.actor),
        action=str(row.action),
        entity=str(row.entity),
        entity_id=entity_id,
        detail=str(row.detail),
    )
    readable = at is not None and id_readable
    return SealedEntry(row.id, content, row.previous_hash, row.entry_hash, readable)


def _stored_datetime(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def _stored_int(value: object) -> tuple[int | None, bool]:
    """The record id (None for none), and whether it was readable as a whole number."""
    if value is None:
        return None, True
    try:
        return int(str(value)), True
    except ValueError:
        return None, False


def chain_breaks(
    session: Session, entries: Sequence[SealedEntry] | None = None
) -> list[ChainBreak]:
    """Every place the stored audit trail's chain is broken, in id order (``entries``: the
    stored entries, when the caller has read them already)."""
    found = stored_entries(session) if entries is None else entries
    return verify(found, highest_id_issued(session, AuditEntry.__tablename__))


def chain_problems(session: Session) -> list[str]:
    """One line a clerk can act on for each break, for `councildesk check`."""
    return [found.describe() for found in chain_breaks(session)]
