"""Plain dictionaries for the command line's --json output (the contract in DESIGN.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from councildesk.db.models import Person, PersonKind, PoliticalGroup
from councildesk.services.groups import group_on, members_on
from councildesk.services.people import role_label


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def person_json(person: Person, today: dt.date) -> dict[str, Any]:
    is_councillor = person.kind is PersonKind.COUNCILLOR
    return {
        "id": person.id,
        "kind": person.kind.value,
        "name": person.name,
        "title": person.title,
        "forenames": person.forenames,
        "surname": person.surname,
        "ward": person.ward,
        "post": person.post,
        "start_on": _iso(person.start_on),
        "end_on": _iso(person.end_on),
        "email": person.email,
        "phone": person.phone,
        "roles": [role_label(r) for r in person.roles],
        "group": group_on(person, today) if is_councillor else None,
        "committees": sorted(seat.committee.name for seat in person.committee_seats),
    }


def group_json(group: PoliticalGroup, today: dt.date) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": group.name,
        "active_from": _iso(group.active_from),
        "active_to": _iso(group.active_to),
        "members": [
            {"name": m.person.name, "from": _iso(m.start_on), "to": _iso(m.end_on)}
            for m in group.memberships
        ],
        "current_members": [p.name for p in members_on(group, today)],
    }
