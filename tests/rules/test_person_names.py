"""Reading a name written in one piece into title, forenames and surname."""

from __future__ import annotations

import pytest

from councildesk.rules.person_names import NameParts, sort_key, split_name


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        ("Cllr Jane Smith", ("Cllr", "Jane", "Smith")),
        ("Jane Smith", ("", "Jane", "Smith")),
        ("Cllr Dr Jane Mary Smith", ("Cllr Dr", "Jane Mary", "Smith")),
        ("Councillor Smith", ("Councillor", "", "Smith")),
        ("Mrs. Ann Lee", ("Mrs.", "Ann", "Lee")),
        ("Dr Hugh de la Mare", ("Dr", "Hugh", "de la Mare")),
        ("Dafydd ap Gwilym", ("", "Dafydd", "ap Gwilym")),
        ("Cllr Jane Smith MBE", ("Cllr", "Jane", "Smith MBE")),
        ("Smith, Jane", ("", "Jane", "Smith")),
        ("Mary-Jane Smith-Jones", ("", "Mary-Jane", "Smith-Jones")),
        ("Smith", ("", "", "Smith")),
        ("Cllr", ("", "", "Cllr")),  # a title alone is more likely a surname than nothing
        ("  Cllr   Jane   Smith ", ("Cllr", "Jane", "Smith")),
        ("", ("", "", "")),
    ],
)
def test_names_split_the_usual_way(written: str, parts: tuple[str, str, str]) -> None:
    assert split_name(written) == NameParts(*parts)


def test_the_full_name_joins_the_parts_that_are_there() -> None:
    assert NameParts("Cllr", "Jane", "Smith").full == "Cllr Jane Smith"
    assert NameParts("", "", "Smith").full == "Smith"


def test_people_sort_by_surname_then_forenames_without_regard_to_case() -> None:
    names = ["Cllr Tom Ashworth", "Alys de Winter", "Cllr Zoe Adams", "Bob Davies", "Ann Davies"]
    parts = [split_name(n) for n in names]
    ordered = sorted(parts, key=lambda p: sort_key(p.surname, p.forenames, p.title))
    assert [p.full for p in ordered] == [
        "Cllr Zoe Adams",
        "Cllr Tom Ashworth",
        "Ann Davies",
        "Bob Davies",
        "Alys de Winter",
    ]
