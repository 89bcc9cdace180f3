"""What a case says and who is in it: the sealed part of a case, as plain Python values.

Each value is sealed under the casebook's data key with the case reference bound in as
associated data, so a sealed value copied onto another case will not open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from councildesk.db.models import Complaint, ComplaintStage
from councildesk.rules.complaint_panels import Accompaniment
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_parties import PartyRef


@dataclass
class CaseContent:
    how_received: str = "letter"
    complainant: PartyRef | None = None
    subject: PartyRef | None = None
    handler: PartyRef | None = None
    clauses: list[dict[str, Any]] = field(default_factory=list)  # {"node_id", "number", "label"}
    summary: str = ""
    notes: str = ""
    outcome_text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "how_received": self.how_received,
            "complainant": self.complainant.to_json() if self.complainant else None,
            "subject": self.subject.to_json() if self.subject else None,
            "handler": self.handler.to_json() if self.handler else None,
            "clauses": self.clauses,
            "summary": self.summary,
            "notes": self.notes,
            "outcome_text": self.outcome_text,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> CaseContent:
        return cls(
            how_received=str(value.get("how_received", "")),
            complainant=PartyRef.from_json(value.get("complainant")),
            subject=PartyRef.from_json(value.get("subject")),
            handler=PartyRef.from_json(value.get("handler")),
            clauses=list(value.get("clauses", [])),
            summary=str(value.get("summary", "")),
            notes=str(value.get("notes", "")),
            outcome_text=str(value.get("outcome_text", "")),
        )


@dataclass
class StageContent:
    panel: list[PartyRef] = field(default_factory=list)
    decision: str = ""
    accompaniment: Accompaniment = Accompaniment.NOT_RECORDED
    companion: str = ""
    notes: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "panel": [p.to_json() for p in self.panel],
            "decision": self.decision,
            "accompaniment": self.accompaniment.value,
            "companion": self.companion,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> StageContent:
        panel = [p for p in (PartyRef.from_json(v) for v in value.get("panel", [])) if p]
        return cls(
            panel=panel,
            decision=str(value.get("decision", "")),
            accompaniment=Accompaniment(value.get("accompaniment", "")),
            companion=str(value.get("companion", "")),
            notes=str(value.get("notes", "")),
        )


def case_context(case: Complaint) -> str:
    return f"complaint:{case.reference}"


def stage_context(case: Complaint, seq: int) -> str:
    return f"complaint:{case.reference}:stage:{seq}"


def read_content(book: Casebook, case: Complaint) -> CaseContent:
    if case.anonymised_on is not None or not case.sealed:
        return CaseContent(how_received="")
    return CaseContent.from_json(book.open_json(case.sealed, case_context(case)))


def read_stage(book: Casebook, case: Complaint, row: ComplaintStage) -> StageContent:
    if case.anonymised_on is not None or not row.sealed:
        return StageContent()
    return StageContent.from_json(book.open_json(row.sealed, stage_context(case, row.seq)))
