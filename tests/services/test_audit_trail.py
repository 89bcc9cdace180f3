"""Every change a service makes leaves its audit entry: who, what was done, and to which record."""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from councildesk.db.models import AuditEntry, Meeting, Person, PoliticalGroup
from councildesk.services import (
    acknowledgements,
    committees,
    council,
    coverage,
    groups,
    meetings,
    people,
    protocols,
)
from councildesk.services.database import Database

LOWESTOFT = (
    Path(__file__).resolve().parents[1] / "fixtures" / "protocols" / "lowestoft-town-council.txt"
)
TODAY = dt.date(2026, 11, 24)

# Each change, and the (action, entity) its entry must carry. The change returns the id of the
# record the entry must name.
Change = Callable[[Session], int]


def _a_group(session: Session) -> PoliticalGroup:
    found = session.scalars(select(PoliticalGroup).order_by(PoliticalGroup.id)).first()
    assert found is not None
    return found


def _a_councillor(session: Session) -> Person:
    serving = [p for p in people.list_people(session) if p.ward]
    return serving[0]


def _a_meeting(session: Session) -> Meeting:
    found = session.scalars(select(Meeting).order_by(Meeting.id)).first()
    assert found is not None
    return found


def _adopted_version_id(session: Session) -> int:
    return protocols.current_version(protocols.find_policy(session)).id


def _rename_council(session: Session) -> int:
    details = council.details_of(council.get_council(session))
    return council.save_council(session, details).id


def _delete_person(session: Session) -> int:
    person = _a_councillor(session)
    people.delete_person(session, person.id)
    return person.id


def _add_group(session: Session) -> int:
    return groups.add_group(session, "Independent Alliance", dt.date(2026, 5, 1)).id


def _rename_group(session: Session) -> int:
    group = _a_group(session)
    return groups.update_group(session, group.id, "Renamed Group", group.active_from, None).id


def _delete_group(session: Session) -> int:
    group = _a_group(session)
    groups.delete_group(session, group.id)
    return group.id


def _join_group(session: Session) -> int:
    group = groups.add_group(session, "Independent Alliance", dt.date(2026, 5, 1))
    # Someone in no group that day: a councillor is in one group at a time.
    free = groups.unaffiliated_on(session, dt.date(2026, 6, 1))[0]
    groups.add_membership(session, group.id, free.id, dt.date(2026, 6, 1))
    return group.id


def _add_committee(session: Session) -> int:
    return committees.add_committee(session, "Allotments Committee").id


def _delete_committee(session: Session) -> int:
    committee = committees.list_committees(session)[0]
    committees.delete_committee(session, committee.id)
    return committee.id


def _add_meeting(session: Session) -> int:
    data = meetings.MeetingInput("Full Council", dt.date(2027, 3, 9))
    return meetings.add_meeting(session, data).id


def _delete_meeting(session: Session) -> int:
    meeting = _a_meeting(session)
    meetings.delete_meeting(session, meeting.id)
    return meeting.id


def _import(session: Session) -> int:
    return protocols.import_file(session, LOWESTOFT).id


def _adopt(session: Session) -> int:
    version_id = protocols.import_file(session, LOWESTOFT).id
    protocols.adopt(session, version_id, dt.date(2026, 11, 10), "26/112", today=TODAY)
    return version_id


def _delete_draft(session: Session) -> int:
    version_id = protocols.import_file(session, LOWESTOFT).id
    protocols.delete_draft(session, version_id)
    return version_id


def _acknowledge(session: Session) -> int:
    version_id = _adopted_version_id(session)
    waiting = [r for r in acknowledgements.status(session, version_id, TODAY) if not r.received_on]
    acknowledgements.record(session, version_id, waiting[0].person_id, TODAY, today=TODAY)
    return version_id


def _correct_coverage(session: Session) -> int:
    version_id = _adopted_version_id(session)
    found = coverage.coverage(session, version_id)
    topic = found.topics[0]
    clause_key = found.clauses[0].key
    coverage.set_covers(session, version_id, topic.topic.key, clause_key, True)
    return version_id


CHANGES: list[tuple[Change, str, str]] = [
    (_rename_council, "update", "council"),
    (_delete_person, "delete", "person"),
    (_add_group, "create", "political_group"),
    (_rename_group, "update", "political_group"),
    (_delete_group, "delete", "political_group"),
    (_join_group, "join", "political_group"),
    (_add_committee, "create", "committee"),
    (_delete_committee, "delete", "committee"),
    (_add_meeting, "create", "meeting"),
    (_delete_meeting, "delete", "meeting"),
    (_import, "import", "policy_version"),
    (_adopt, "adopt", "policy_version"),
    (_delete_draft, "delete", "policy_version"),
    (_acknowledge, "acknowledge", "policy_version"),
    (_correct_coverage, "coverage", "policy_version"),
]


@pytest.mark.parametrize(
    ("change", "action", "entity"), CHANGES, ids=[c[0].__name__.strip("_") for c in CHANGES]
)
def test_a_change_leaves_its_audit_entry(
    demo_db: Database, change: Change, action: str, entity: str
) -> None:
    with demo_db.session() as session:
        before = session.scalar(select(func.max(AuditEntry.id))) or 0
    with demo_db.transaction() as session:
        record_id = change(session)
    with demo_db.session() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.id > before)))
    assert (action, entity, record_id) in [(e.action, e.entity, e.entity_id) for e in entries]
    assert {e.actor for e in entries} == {getpass.getuser()}
