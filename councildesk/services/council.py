"""The council itself: set up once by the wizard, edited in Settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import Council
from councildesk.db.models import CouncilKind as CouncilKind
from councildesk.errors import NotFoundError, Problem, ValidationError
from councildesk.rules import council_names
from councildesk.services import audit
from councildesk.services.checks import require_text

CLERK_TITLES = ("Clerk", "Town Clerk", "Executive Officer", "Proper Officer", "Clerk and RFO")

KIND_LABELS = council_names.KIND_LABELS


@dataclass
class CouncilDetails:
    name: str
    kind: CouncilKind = CouncilKind.PARISH
    clerk_title: str = "Clerk"
    principal_council: str = ""
    monitoring_officer_name: str = ""
    monitoring_officer_email: str = ""
    monitoring_officer_phone: str = ""
    monitoring_officer_address: str = ""


def find_council(session: Session) -> Council | None:
    return session.scalars(select(Council).order_by(Council.id).limit(1)).first()


def get_council(session: Session) -> Council:
    council = find_council(session)
    if council is None:
        raise NotFoundError(council_names.NO_COUNCIL)
    return council


def validate_details(details: CouncilDetails) -> CouncilDetails:
    problems: list[Problem] = []
    details.name = require_text(problems, "name", details.name, "the council's name")
    details.clerk_title = details.clerk_title.strip() or "Clerk"
    email = details.monitoring_officer_email.strip()
    if email and "@" not in email:
        problems.append(
            Problem("monitoring_officer_email", "The Monitoring Officer's email needs an @.")
        )
    if problems:
        raise ValidationError(problems)
    return details


def save_council(session: Session, details: CouncilDetails) -> Council:
    """Create the council, or update it if there is one already."""
    details = validate_details(details)
    council = find_council(session)
    action = "update"
    if council is None:
        council = Council(name=details.name, kind=details.kind)
        session.add(council)
        action = "create"
    for field, value in vars(details).items():
        setattr(council, field, value.strip() if isinstance(value, str) else value)
    session.flush()
    audit.record(session, action, "council", council.id, council.name)
    return council


def display_name(council: Council) -> str:
    """The name as a clerk writes it: 'Ambridge' becomes 'Ambridge Parish Council'."""
    return council_names.display_name(council.name, council.kind)


def details_of(council: Council) -> CouncilDetails:
    return CouncilDetails(
        name=council.name,
        kind=council.kind,
        clerk_title=council.clerk_title,
        principal_council=council.principal_council,
        monitoring_officer_name=council.monitoring_officer_name,
        monitoring_officer_email=council.monitoring_officer_email,
        monitoring_officer_phone=council.monitoring_officer_phone,
        monitoring_officer_address=council.monitoring_officer_address,
    )
