"""Printing and exporting versions: the booklet, a comparison, the sign-off sheet, .docx, .txt.

The booklet itself is read and made in booklet_reads.py, which `report protocol` calls
without a Session; the comparison (with its diff), the Word export (python-docx) and the
sign-off sheet are imported by the functions that make them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy.orm import Session

from councildesk.db.models import PolicyVersion
from councildesk.errors import CouncilDeskError
from councildesk.reports.protocol_booklet import ProtocolBookletData
from councildesk.services import booklet_reads, protocols
from councildesk.services.protocol_tree import version_tree
from councildesk.services.session_reads import SessionReader

if TYPE_CHECKING:
    from councildesk.reports.protocol_compare import ComparisonData
    from councildesk.rules.protocol_diff import ClauseChange


def _council_facts(session: Session) -> tuple[str, bool]:
    """The council's name as printed, and whether it is the made-up sample council."""
    return booklet_reads.council_facts(SessionReader(session))


def version_label(version: PolicyVersion) -> str:
    return protocols.version_label(version.number, version.status, version.adopted_on)


def booklet_data(session: Session, version_id: int) -> ProtocolBookletData:
    return booklet_reads.booklet_data(SessionReader(session), version_id)


def write_booklet(session: Session, version_id: int, out: Path | BinaryIO, today: dt.date) -> None:
    booklet_reads.write_booklet(SessionReader(session), version_id, out, today)


def write_docx(session: Session, version_id: int, out: Path | BinaryIO) -> None:
    from councildesk.reports.protocol_export import export_docx

    export_docx(booklet_data(session, version_id), out)


def text_of(session: Session, version_id: int) -> str:
    from councildesk.reports.protocol_export import export_text

    return export_text(booklet_data(session, version_id))


def compare(session: Session, old_id: int, new_id: int) -> list[ClauseChange]:
    from councildesk.rules.protocol_diff import diff_protocols

    old = protocols.get_version(session, old_id)
    new = protocols.get_version(session, new_id)
    if old.policy_id != new.policy_id:
        raise CouncilDeskError("Choose two versions of the same policy to compare.")
    return diff_protocols(version_tree(old), version_tree(new))


def comparison_data(session: Session, old_id: int, new_id: int) -> ComparisonData:
    from councildesk.reports.protocol_compare import ComparisonData

    old = protocols.get_version(session, old_id)
    new = protocols.get_version(session, new_id)
    council_name, sample = _council_facts(session)
    return ComparisonData(
        council_name=council_name,
        title=new.policy.name,
        old_label=version_label(old),
        new_label=version_label(new),
        changes=compare(session, old_id, new_id),
        sample=sample,
    )


def write_comparison(
    session: Session, old_id: int, new_id: int, out: Path | BinaryIO, today: dt.date
) -> None:
    from councildesk.reports.protocol_compare import render_comparison

    render_comparison(comparison_data(session, old_id, new_id), out, today)


def write_signoff(
    session: Session,
    version_id: int,
    out: Path | BinaryIO,
    today: dt.date,
    *,
    outstanding_only: bool = False,
) -> None:
    """The sheet to sign for a version: every serving councillor, or only those who have not
    yet confirmed receipt."""
    from councildesk.reports.signoff_sheet import (
        SignoffCouncillor,
        SignoffSheetData,
        render_signoff_sheet,
    )
    from councildesk.services import acknowledgements

    version = protocols.get_version(session, version_id)
    rows = acknowledgements.status(session, version_id, today)
    council_name, sample = _council_facts(session)
    data = SignoffSheetData(
        council_name=council_name,
        version_label=f"Version {version.number}",
        policy_title=version.policy.name,
        adopted_on=version.adopted_on,
        minute_reference=version.minute_reference,
        councillors=[SignoffCouncillor(name=r.name, received_on=r.received_on) for r in rows],
        sample=sample,
        outstanding_only=outstanding_only,
    )
    render_signoff_sheet(data, out, today)


def write_current_protocol(session: Session, out: Path | BinaryIO, today: dt.date) -> None:
    """`report protocol`: the adopted version (or the newest draft) of the protocol."""
    booklet_reads.write_current_protocol(SessionReader(session), out, today)
