"""The advice-language check against the council's adopted protocol, and reading a report file.

A written report is read through the same importers as a protocol (.docx, .txt, .md, .pdf), so
whatever a protocol import can read, the check can too, with the same clear messages.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from councildesk.errors import CouncilDeskError, NotFoundError
from councildesk.importers import blocks_from_bytes
from councildesk.rules.advice_clauses import ClauseText, clause_texts
from councildesk.rules.advice_language import Finding, check_text
from councildesk.services import protocols

# A report to a group is a few pages; a longer file is almost certainly the wrong one.
MAX_REPORT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class ReportFile:
    """A written report as attached: its file name and bytes, copied into the database."""

    name: str
    data: bytes
    text: str


class ReportFileProblem(CouncilDeskError):
    """The report file cannot be read; the message says why and what to do."""


def adopted_clauses(session: Session) -> list[ClauseText]:
    """The clauses of the adopted Member/Officer Protocol, or none when there is none."""
    try:
        policy = protocols.find_policy(session)
    except NotFoundError:
        return []
    adopted = [v for v in policy.versions if v.status is protocols.VersionStatus.ADOPTED]
    if not adopted:
        return []
    return clause_texts(protocols.tree(adopted[-1]))


def check(session: Session, text: str) -> list[Finding]:
    return check_text(text, adopted_clauses(session))


def read_report(path: str | os.PathLike[str]) -> ReportFile:
    """Read a report file for attaching or checking; ReportFileProblem when it cannot be."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except OSError as error:
        raise ReportFileProblem(
            f"Cannot read ‘{file.name}’: {(error.strerror or 'it could not be opened').lower()}. "
            "Check the file is still there and that you may open it."
        ) from error
    if size > MAX_REPORT_BYTES:
        raise ReportFileProblem(
            f"Cannot attach ‘{file.name}’: it is {size / (1024 * 1024):.1f} MB, more than the "
            f"{MAX_REPORT_BYTES // (1024 * 1024)} MB a report may be. Save the report without "
            "pictures and attach that."
        )
    try:
        data = file.read_bytes()
    except OSError as error:
        raise ReportFileProblem(
            f"Cannot read ‘{file.name}’: {(error.strerror or 'it could not be opened').lower()}."
        ) from error
    return report_from_bytes(file.name, data)


def report_from_bytes(name: str, data: bytes) -> ReportFile:
    try:
        blocks = blocks_from_bytes(data, name)
    except CouncilDeskError as error:
        raise ReportFileProblem(str(error).replace("Cannot import", "Cannot read", 1)) from error
    return ReportFile(name, data, "\n".join(block.text for block in blocks))


def check_file(session: Session | None, path: str | os.PathLike[str]) -> list[Finding]:
    """Check a report file against the adopted protocol (the standard wording without one)."""
    text = read_report(path).text
    return check(session, text) if session is not None else check_text(text)


def findings_to_json(findings: Sequence[Finding]) -> str:
    return json.dumps([asdict(f) for f in findings], ensure_ascii=False)


def findings_from_json(text: str) -> list[Finding]:
    if not text:
        return []
    rows: list[dict[str, Any]] = json.loads(text)
    return [Finding(r["text"], r["kind"], r["clause"], r["why"]) for r in rows]


def blocking(findings: Sequence[Finding]) -> list[Finding]:
    """The findings that need a recorded reason to go ahead (no options is a warning only)."""
    return [f for f in findings if f.kind != "no-options"]
