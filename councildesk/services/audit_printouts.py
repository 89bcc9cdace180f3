"""The audit trail's printout, for the page's Print and `councildesk report audit`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.reports.audit import AuditData, AuditLine, render_audit
from councildesk.rules.dates import uk_date
from councildesk.services import council
from councildesk.services.audit_views import AuditFilter, audit_trail


def write_trail(session: Session, out: Path | BinaryIO, today: dt.date, choice: AuditFilter) -> int:
    """Print the entries ``choice`` picks; return how many were printed."""
    trail = audit_trail(session)
    chosen = trail.chosen(choice)
    found = council.get_council(session)
    data = AuditData(
        council_name=council.display_name(found),
        chosen=choice.describe(),
        lines=[
            AuditLine(
                date=uk_date(row.at) if row.at else "(unreadable)",
                time=f"{row.at:%H:%M}" if row.at else "",
                person=row.person,
                area=row.area,
                action=row.action,
                record=row.record,
                detail=row.detail,
                problem=row.problem,
            )
            for row in chosen
        ],
        total=len(trail.rows),
        problems=[found_break.describe() for found_break in trail.breaks],
        sample=found.is_sample,
    )
    render_audit(data, out, today)
    return len(chosen)


def write_period(
    session: Session,
    out: Path | BinaryIO,
    today: dt.date,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> None:
    """`councildesk report audit [--from DATE] [--to DATE]`."""
    write_trail(session, out, today, AuditFilter(start=start, end=end))
