"""The plain-SQL :class:`~councildesk.db.plain.Reader` over a Session, so statements written for
a quick command (services/booklet_reads.py) run unchanged in the GUI's session and on any
database SQLAlchemy speaks to."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


class SessionReader:
    def __init__(self, session: Session) -> None:
        self._session = session

    def rows(self, sql: str, params: Mapping[str, object] | None = None) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self._session.execute(text(sql), dict(params or {}))]
