"""People, groups, committees and meetings through the services, with their validation."""

from __future__ import annotations

import datetime as dt

import pytest

from councildesk.db.engine import Database
from councildesk.db.models import PersonKind
from councildesk.errors import ValidationError
from councildesk.services import committees, council, groups, meetings, people
from councildesk.services.people import PersonInput, RoleInput

D = dt.date


def _councillor(db: Database, name: str = "Cllr Ada Lovelace") -> int:
    with db.transaction() as s:
        return people.add_person(
            s, PersonInput(PersonKind.COUNCILLOR, name, ward="North", start_on=D(2023, 5, 4))
        ).id


def test_empty_council_name_is_refused_at_the_name_field(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        council.save_council(s, council.CouncilDetails(name="   "))
    assert caught.value.for_field("name") == "Enter the council's name."
    with db.session() as s:
        assert council.get_council(s).name == "Testbury Parish Council"


def test_term_that_ends_before_it_starts_saves_nothing(db: Database) -> None:
    data = PersonInput(
        PersonKind.COUNCILLOR, "Cllr Back", start_on=D(2024, 5, 1), end_on=D(2023, 1, 1)
    )
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        people.add_person(s, data)
    assert "cannot end before it starts" in (caught.value.for_field("end_on") or "")
    with db.session() as s:
        assert people.list_people(s) == []


def test_officer_needs_a_post(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        people.add_person(s, PersonInput(PersonKind.OFFICER, "Sam Clerk"))
    assert caught.value.for_field("post")


def test_roles_are_kept_with_their_committee(db: Database) -> None:
    with db.transaction() as s:
        committee = committees.add_committee(s, "Planning Committee")
        person = people.add_person(
            s,
            PersonInput(
                PersonKind.COUNCILLOR,
                "Cllr Chair",
                roles=[RoleInput("Chair"), RoleInput("Committee Chair", committee.id)],
            ),
        )
        committees.update_committee(s, committee.id, committee.name, "", [person.id])
    with db.session() as s:
        (found,) = people.list_people(s)
        assert [people.role_label(r) for r in found.roles] == [
            "Chair",
            "Committee Chair, Planning Committee",
        ]
        assert committees.chair_of(committees.list_committees(s)[0]) == "Cllr Chair"


def test_councillor_cannot_be_in_two_groups_on_the_same_date(db: Database) -> None:
    person_id = _councillor(db)
    with db.transaction() as s:
        reds = groups.add_group(s, "Reds")
        blues = groups.add_group(s, "Blues")
        groups.add_membership(s, reds.id, person_id, D(2023, 5, 4), D(2024, 12, 31))
        reds_id, blues_id = reds.id, blues.id
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        groups.add_membership(s, blues_id, person_id, D(2024, 6, 1))
    message = caught.value.for_field("start_on") or ""
    assert "already in Reds on 01/06/2024" in message
    with db.transaction() as s:  # the day after the first membership ends is fine
        groups.add_membership(s, blues_id, person_id, D(2025, 1, 1))
    with db.session() as s:
        person = people.get_person(s, person_id)
        assert groups.group_on(person, D(2024, 1, 1)) == "Reds"
        assert groups.group_on(person, D(2025, 3, 1)) == "Blues"
        assert groups.group_on(person, D(2020, 1, 1)) == groups.UNAFFILIATED
        assert [m.person.name for m in groups.get_group(s, reds_id).memberships] == [
            "Cllr Ada Lovelace"
        ]


def test_duplicate_group_name_is_refused(db: Database) -> None:
    with db.transaction() as s:
        groups.add_group(s, "Independents")
    with pytest.raises(ValidationError, match="already a group"), db.transaction() as s:
        groups.add_group(s, "Independents")


def test_meeting_for_unknown_body_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        meetings.add_meeting(s, meetings.MeetingInput("Allotments Committee", D(2026, 12, 1)))
    assert "no committee called 'Allotments Committee'" in (caught.value.for_field("body") or "")
    with db.session() as s:
        assert meetings.list_meetings(s) == []


def test_meetings_are_listed_in_date_order_with_their_body(db: Database) -> None:
    with db.transaction() as s:
        committees.add_committee(s, "Personnel Committee")
        meetings.add_meeting(s, meetings.MeetingInput("Personnel Committee", D(2027, 2, 1)))
        meetings.add_meeting(s, meetings.MeetingInput("Full Council", D(2027, 1, 12)))
    with db.session() as s:
        listed = [(m.body_name, m.held_on) for m in meetings.upcoming(s, D(2027, 1, 1))]
    assert listed == [("Full Council", D(2027, 1, 12)), ("Personnel Committee", D(2027, 2, 1))]


def test_deleting_a_committee_removes_its_meetings(db: Database) -> None:
    with db.transaction() as s:
        committee = committees.add_committee(s, "Finance Committee")
        meetings.add_meeting(s, meetings.MeetingInput("Finance Committee", D(2027, 2, 1)))
    with db.transaction() as s:
        committees.delete_committee(s, committee.id)
    with db.session() as s:
        assert meetings.list_meetings(s) == []


def test_demo_council_has_people_groups_committees_and_a_year_of_meetings(
    demo_db: Database,
) -> None:
    with demo_db.session() as s:
        everyone = people.list_people(s)
        assert len([p for p in everyone if p.kind is PersonKind.COUNCILLOR]) == 11
        assert len(groups.list_groups(s)) == 3
        assert len(committees.list_committees(s)) == 3
        ahead = meetings.list_meetings(s, D(2026, 11, 24), D(2027, 11, 24))
        assert len({m.held_on.month for m in ahead if m.body_name == "Full Council"}) == 9


def test_a_failure_mid_action_leaves_nothing_half_saved(db: Database) -> None:
    class PowerCut(Exception):
        pass

    with pytest.raises(PowerCut), db.transaction() as s:
        groups.add_group(s, "Half Group")
        people.add_person(s, PersonInput(PersonKind.COUNCILLOR, "Cllr Half"))
        raise PowerCut
    with db.session() as s:
        assert groups.list_groups(s) == [] and people.list_people(s) == []


def test_a_database_refusal_is_a_clear_message(db: Database) -> None:
    from councildesk.services.database import StorageError

    with db.engine.begin() as connection:  # a trigger stands in for a full disk
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON political_group "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    with (
        pytest.raises(StorageError, match="Nothing from this change was saved"),
        db.transaction() as s,
    ):
        groups.add_group(s, "Doomed Group")
