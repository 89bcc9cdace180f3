"""The council directory printout: gather the people, groups and committees, then print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from councildesk.db.models import PersonKind
from councildesk.reports.directory import (
    DirectoryCommittee,
    DirectoryContact,
    DirectoryCouncillor,
    DirectoryData,
    DirectoryOfficer,
    render_directory,
)
from councildesk.services import committees, council, groups, people


def directory_data(session: Session, today: dt.date) -> DirectoryData:
    found = council.get_council(session)
    serving = [p for p in people.list_people(session) if people.is_current(p, today)]
    councillors = [
        DirectoryCouncillor(
            name=p.name,
            ward=p.ward,
            term_from=p.start_on,
            term_to=p.end_on,
            roles=[people.role_label(r) for r in p.roles],
            group=groups.group_on(p, today),
            email=p.email,
            phone=p.phone,
        )
        for p in serving
        if p.kind is PersonKind.COUNCILLOR
    ]
    officers = [
        DirectoryOfficer(
            name=p.name, post=p.post, email=p.email, phone=p.phone, employed_from=p.start_on
        )
        for p in serving
        if p.kind is PersonKind.OFFICER
    ]
    committee_rows = [
        DirectoryCommittee(
            name=c.name,
            members=[p.name for p in people.by_surname(seat.person for seat in c.members)],
            chair=committees.chair_of(c),
        )
        for c in committees.list_committees(session)
    ]
    group_rows = [(g.name, len(groups.members_on(g, today))) for g in groups.list_groups(session)]
    return DirectoryData(
        council_name=council.display_name(found),
        council_kind_label=council.KIND_LABELS[found.kind],
        clerk_title=found.clerk_title,
        principal_council=found.principal_council,
        monitoring_officer=DirectoryContact(
            name=found.monitoring_officer_name,
            email=found.monitoring_officer_email,
            phone=found.monitoring_officer_phone,
        ),
        councillors=councillors,
        officers=officers,
        committees=committee_rows,
        groups=group_rows,
        sample=found.is_sample,
    )


def write_directory(session: Session, out: Path | BinaryIO, today: dt.date) -> None:
    render_directory(directory_data(session, today), out, today)
