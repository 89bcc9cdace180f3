"""The bundle answering a subject access request: every case the person is in, everything each
case holds, and the other people named in them, listed so the clerk can redact before sending.

A person is found in a case as its complainant, subject or handler, on a stage's panel, as a
companion, or by name in the case's words. Someone from the people register is matched by the
register's id (so a change of name does not hide them) and by name; someone from outside it by
name, ignoring case and spacing. Anonymised cases hold no names and are not searched.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import Complaint, Person
from councildesk.errors import CouncilDeskError
from councildesk.reports.subject_access import (
    BundleCase,
    BundleSheet,
    BundleStage,
    ThirdParty,
    render_bundle,
)
from councildesk.rules.complaints import ROUTE_LABELS, stage_label
from councildesk.services import audit, complaint_records, complaints, council, subject_access
from councildesk.services.casebook_crypto import Casebook
from councildesk.services.complaint_content import (
    CaseContent,
    StageContent,
    read_content,
    read_stage,
)
from councildesk.services.complaint_parties import PartyRef
from councildesk.services.complaint_printouts import outcome_label
from councildesk.services.subject_access import ENTITY, RequestContent, reference_of


def _normal(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class _Who:
    """The person asked about: the register's id if they are in it, and the names they go by."""

    person_id: int | None
    names: set[str] = field(default_factory=set)

    def is_them(self, ref: PartyRef | None) -> bool:
        if ref is None:
            return False
        if self.person_id is not None and ref.person_id == self.person_id:
            return True
        return _normal(ref.name) in self.names

    def named_in(self, text: str) -> bool:
        folded = _normal(text)
        return any(re.search(rf"\b{re.escape(name)}\b", folded) for name in self.names)


def _who(session: Session, person: PartyRef) -> _Who:
    names = {_normal(person.name)}
    if person.person_id is not None:
        found = session.get(Person, person.person_id)
        if found is not None:
            names.add(_normal(found.name))
    return _Who(person.person_id, names)


def _texts(content: CaseContent, stages: Iterable[StageContent]) -> list[str]:
    found = [content.summary, content.notes, content.outcome_text]
    for stage in stages:
        found += [stage.decision, stage.notes]
    return [t for t in found if t]


class _Others:
    """The third parties named in the bundle, and where each appears."""

    def __init__(self) -> None:
        self._where: dict[str, tuple[str, list[str]]] = {}

    def add(self, ref: PartyRef | str | None, where: str) -> None:
        if ref is None or ref == "":
            return
        name = ref.name if isinstance(ref, PartyRef) else ref
        key = ref.key if isinstance(ref, PartyRef) else f"outside:{name}"
        _shown, places = self._where.setdefault(_normal(key), (name, []))
        if where not in places:
            places.append(where)

    def merge(self, other: _Others) -> None:
        for key, (name, places) in other._where.items():
            _shown, mine = self._where.setdefault(key, (name, []))
            mine.extend(p for p in places if p not in mine)

    def listed(self) -> list[ThirdParty]:
        return sorted(
            (ThirdParty(name, tuple(places)) for name, places in self._where.values()),
            key=lambda p: _normal(p.name),
        )


def _case(
    session: Session,
    book: Casebook,
    case: Complaint,
    who: _Who,
    register: list[Person],
    named: _Others,
) -> BundleCase | None:
    if case.anonymised_on is not None:
        return None
    others = _Others()  # kept only if the person turns out to be in this case
    content = read_content(book, case)
    route = complaints.route_of(case)
    rows = [(row, read_stage(book, case, row)) for row in case.stages]
    roles: list[str] = []
    ref = case.reference
    for label, party in (
        ("complainant", content.complainant),
        ("subject of the case", content.subject),
        ("dealt with the case", content.handler),
    ):
        if who.is_them(party):
            roles.append(label)
        else:
            others.add(party, f"{ref}: {label}")
    for row, stage in rows:
        label = f"{stage_label(route, row.stage)} ({row.on_date:%d/%m/%Y})"
        for member in stage.panel:
            if who.is_them(member):
                roles.append(f"on the panel: {label}")
            else:
                others.add(member, f"{ref}: on the panel, {label}")
        if stage.companion:
            if _normal(stage.companion) in who.names:
                roles.append(f"companion: {label}")
            else:
                others.add(stage.companion, f"{ref}: companion, {label}")
    texts = _texts(content, (s for _row, s in rows))
    if any(who.named_in(t) for t in texts):
        roles.append("named in the case's words")
    if not roles:
        return None
    for person in register:
        someone_else = person.id != who.person_id and _normal(person.name) not in who.names
        if someone_else and any(_Who(None, {_normal(person.name)}).named_in(t) for t in texts):
            others.add(PartyRef(person.name, person.id), f"{ref}: named in the case's words")
    named.merge(others)
    return BundleCase(
        reference=ref,
        route=ROUTE_LABELS[route],
        received_on=case.received_on,
        how_received=content.how_received,
        stage=stage_label(route, case.stage),
        closed_on=case.closed_on,
        outcome=outcome_label(case.outcome),
        roles=tuple(roles),
        complainant=content.complainant.name if content.complainant else "",
        subject=content.subject.name if content.subject else "",
        handler=content.handler.name if content.handler else "",
        clauses=tuple(str(c.get("label", "")) for c in content.clauses),
        summary=content.summary,
        notes=content.notes,
        outcome_text=content.outcome_text,
        stages=tuple(
            BundleStage(
                label=stage_label(route, row.stage),
                on=row.on_date,
                panel=tuple(p.name for p in stage.panel),
                decision=stage.decision,
                companion=stage.companion,
                notes=stage.notes,
            )
            for row, stage in rows
        ),
        documents=tuple(
            f"{d.name} ({d.size / 1024:.0f} KB, added {d.added_on:%d/%m/%Y})"
            for d in complaint_records.list_documents(book, case)
        ),
    )


def gather(session: Session, book: Casebook, request_id: int, today: dt.date) -> BundleSheet:
    """Everything the casebook holds about the request's person. Each case read is audited."""
    row = subject_access.get_request(session, request_id)
    request: RequestContent = subject_access.read_content(book, row)
    if request.person is None:
        raise CouncilDeskError("The request does not say whose data is asked for.")
    who = _who(session, request.person)
    register = list(session.scalars(select(Person)))
    others = _Others()
    cases: list[BundleCase] = []
    for case in complaints.all_cases(session):
        found = _case(session, book, case, who, register, others)
        if found is not None:
            cases.append(found)
            audit.record(
                session, "subject access export", complaints.ENTITY, case.id, case.reference
            )
    audit.record(session, "export", ENTITY, row.id, reference_of(row))
    return BundleSheet(
        reference=reference_of(row),
        person=request.person.name,
        requester=request.requester,
        how_received=request.how_received,
        received_on=row.received_on,
        due_on=row.due_on,
        answered_on=row.completed_on,
        prepared_on=today,
        cases=tuple(cases),
        third_parties=tuple(others.listed()),
    )


def bundle_json(sheet: BundleSheet) -> dict[str, Any]:
    """The same bundle as plain JSON values: dates as ISO strings."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return value

    data: dict[str, Any] = plain(asdict(sheet))
    return data


def write_pdf(session: Session, sheet: BundleSheet, out: Path | BinaryIO) -> None:
    found = council.get_council(session)
    render_bundle(out, council.display_name(found), sheet, sample=found.is_sample)


def write_bundle(
    session: Session, book: Casebook, request_id: int, folder: Path, today: dt.date
) -> tuple[Path, Path]:
    """Save the bundle as ``SAR-nnn bundle.pdf`` and ``SAR-nnn bundle.json`` in ``folder``."""
    sheet = gather(session, book, request_id, today)
    pdf = folder / f"{sheet.reference} bundle.pdf"
    data = folder / f"{sheet.reference} bundle.json"
    try:
        write_pdf(session, sheet, pdf)
        data.write_text(
            json.dumps(bundle_json(sheet), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    except OSError as error:
        for made in (pdf, data):
            made.unlink(missing_ok=True)
        raise CouncilDeskError(
            f"Could not save the bundle in {folder}: {error.strerror}. Nothing was exported."
        ) from None
    return pdf, data
