"""People have a title, forenames and surname, and every list sorts them by surname."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from councildesk.cli import main
from councildesk.db.models import PersonKind
from councildesk.errors import ValidationError
from councildesk.services import committees, groups, people
from councildesk.services.database import Database, open_database
from councildesk.services.people import PersonInput

FROZEN = Path(__file__).resolve().parents[1] / "fixtures" / "databases"
D = dt.date


def _add(db: Database, **fields: str) -> int:
    with db.transaction() as s:
        data = PersonInput(PersonKind.COUNCILLOR, start_on=D(2023, 5, 4), **fields)  # type: ignore[arg-type]
        return people.add_person(s, data).id


def test_a_database_from_before_the_parts_has_its_names_split(tmp_path: Path) -> None:
    copy = tmp_path / "council.sqlite"
    shutil.copy(FROZEN / "revision-0003.sqlite", copy)
    database = open_database(copy)
    try:
        with database.session() as s:
            everyone = people.list_people(s)
            by_name = {p.name: (p.title, p.forenames, p.surname) for p in everyone}
            assert by_name["Cllr Tom Ashworth"] == ("Cllr", "Tom", "Ashworth")
            assert by_name["Sarah Pemberton"] == ("", "Sarah", "Pemberton")
            councillors = [p.surname for p in everyone if p.kind is PersonKind.COUNCILLOR]
            assert councillors == sorted(councillors)
    finally:
        database.close()


def test_parts_make_the_name_and_the_order(db: Database) -> None:
    _add(db, title="Cllr", forenames="Zoe", surname="Adams")
    _add(db, name="Cllr Tom Ashworth")  # one piece, as older callers give it
    _add(db, title="", forenames="Alys", surname="Brown")
    with db.session() as s:
        listed = people.list_people(s)
    assert [p.name for p in listed] == ["Cllr Zoe Adams", "Cllr Tom Ashworth", "Alys Brown"]
    assert (listed[1].title, listed[1].forenames, listed[1].surname) == ("Cllr", "Tom", "Ashworth")


def test_the_clerk_corrects_a_split_and_the_name_follows(db: Database) -> None:
    person_id = _add(db, name="Cllr Mary Ann Jones")
    with db.transaction() as s:
        people.update_person(
            s,
            person_id,
            PersonInput(PersonKind.COUNCILLOR, title="Cllr", forenames="Mary", surname="Ann Jones"),
        )
    with db.session() as s:
        person = people.get_person(s, person_id)
        assert (person.name, person.surname) == ("Cllr Mary Ann Jones", "Ann Jones")


def test_a_surname_is_needed(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        people.add_person(s, PersonInput(PersonKind.COUNCILLOR, title="Cllr", forenames="Jo"))
    assert caught.value.for_field("surname") == "Enter the surname: lists are sorted by it."
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        people.add_person(s, PersonInput(PersonKind.COUNCILLOR, name="  "))
    assert caught.value.for_field("name") == "Enter the person's name."


def test_groups_and_committees_list_members_by_surname(db: Database) -> None:
    ids = [_add(db, name=n) for n in ("Cllr Zoe Adams", "Cllr Amy Young", "Cllr Bob Mills")]
    with db.transaction() as s:
        group = groups.add_group(s, "Green Group", D(2023, 5, 4), None)
        for person_id in ids:
            groups.add_membership(s, group.id, person_id, D(2023, 5, 4))
        committees.add_committee(s, "Planning Committee", member_ids=ids)
    with db.session() as s:
        (found,) = groups.list_groups(s)
        members = [p.surname for p in groups.members_on(found, D(2026, 1, 1))]
        (committee,) = committees.list_committees(s)
        seated = [p.surname for p in people.by_surname(m.person for m in committee.members)]
    assert members == seated == ["Adams", "Mills", "Young"]


def test_people_list_json_is_by_surname_with_the_parts(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Cllr Amy Young", "Cllr Zoe Adams"):
        _add(db, name=name)
    db.close()
    assert main(["people", "list", "--json", "--db", str(db_path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in listed] == ["Cllr Zoe Adams", "Cllr Amy Young"]
    assert {"id", "kind", "name", "ward", "title", "forenames", "surname"} <= set(listed[0])
    assert (listed[0]["title"], listed[0]["forenames"], listed[0]["surname"]) == (
        "Cllr",
        "Zoe",
        "Adams",
    )
