"""A believable council for the directory tests and for looking at the printout by eye."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from councildesk.reports.directory import (
    DirectoryCommittee,
    DirectoryContact,
    DirectoryCouncillor,
    DirectoryData,
    DirectoryOfficer,
)

_FIRST = [
    "Margaret", "David", "Siân", "Robert", "Helen", "Gareth", "Patricia", "Thomas", "Eleri",
    "Christopher", "Susan", "Rhodri", "Angela", "Michael", "Catherine", "Iwan", "Deborah",
    "Stephen", "Bethan", "Andrew", "Joanne", "Owain", "Rachel", "Philip", "Nia", "Graham",
    "Lesley", "Huw", "Alison", "Jonathan",
]  # fmt: skip
_LAST = [
    "Ashworth", "Pritchard", "Llewelyn", "Okonkwo", "Fairbrother", "Hughes", "Whitcombe",
    "Bellamy", "Price-Davies", "Thornton", "Marsden", "ap Gwilym", "Kowalski", "Entwistle",
    "Rees", "Montgomery-Blake", "Haworth", "Singh", "Vaughan", "Crossley", "Nightingale",
    "Parry", "Bannerman", "O'Sullivan", "Griffiths", "Holroyd", "Tennant", "Morgan",
    "Featherstone", "Akhtar",
]  # fmt: skip
_WARDS = ["Church Ward", "Mill Lane", "Upper Ashworth", "Brookside and Fairfield", "Town"]
_GROUPS = ["Independent", "Liberal Democrats", "Green Party", "Labour", "Unaffiliated"]


def councillors(count: int = 30) -> list[DirectoryCouncillor]:
    people = []
    for i in range(count):
        first, last = _FIRST[i % len(_FIRST)], _LAST[i % len(_LAST)]
        roles: list[str] = []
        if i == 0:
            roles = ["Chair of the Council", "Chair, Finance and General Purposes Committee"]
        elif i == 1:
            roles = ["Vice-Chair of the Council"]
        elif i % 7 == 3:
            roles = ["Vice-Chair, Planning Committee"]
        slug = last.lower().replace(" ", "").replace("'", "")
        people.append(
            DirectoryCouncillor(
                name=f"{first} {last}",
                ward=_WARDS[i % len(_WARDS)],
                term_from=dt.date(2022, 5, 5) if i % 9 else dt.date(2024, 2, 1),
                term_to=dt.date(2026, 5, 4) if i % 5 else None,
                roles=roles,
                group=_GROUPS[i % len(_GROUPS)],
                email=f"cllr.{first.lower()}.{slug}@ashworthvalleyparishcouncil.gov.uk",
                phone=f"01632 {960100 + i * 37:06d}"[:12] if i % 4 else "",
            )
        )
    return people


def directory(
    *, councillor_count: int = 30, empty: bool = False, council_name: str = ""
) -> DirectoryData:
    name = council_name or "Ashworth Valley Parish Council"
    mo = DirectoryContact(
        name="Rebecca Holt",
        email="monitoring.officer@westshire.gov.uk",
        phone="01632 960000",
    )
    if empty:
        return DirectoryData(
            council_name=name,
            council_kind_label="Parish Council",
            clerk_title="Clerk",
            principal_council="Westshire Council",
            monitoring_officer=mo,
        )
    people = councillors(councillor_count)
    names = [c.name for c in people]
    return DirectoryData(
        council_name=name,
        council_kind_label="Parish Council",
        clerk_title="Clerk",
        principal_council="Westshire Council",
        monitoring_officer=mo,
        councillors=people,
        officers=[
            DirectoryOfficer(
                name="Mrs Jennifer Marlowe",
                post="Clerk",
                email="clerk@ashworthvalleyparishcouncil.gov.uk",
                phone="01632 960321",
                employed_from=dt.date(2019, 9, 2),
            ),
            DirectoryOfficer(
                name="Mr Aled Roberts",
                post="Responsible Financial Officer",
                email="rfo@ashworthvalleyparishcouncil.gov.uk",
                employed_from=dt.date(2021, 4, 12),
            ),
            DirectoryOfficer(name="Mr Dennis Cole", post="Groundsman"),
        ],
        committees=[
            DirectoryCommittee(
                name="Finance and General Purposes Committee",
                chair=names[0],
                members=names[0:9],
            ),
            DirectoryCommittee(
                name="Planning Committee",
                chair=names[5] if len(names) > 5 else "",
                members=names[3:15],
            ),
            DirectoryCommittee(name="Allotments Working Group", members=names[20:24]),
        ],
        groups=[(g, sum(1 for c in people if c.group == g)) for g in _GROUPS],
    )


@pytest.fixture
def make_directory() -> Callable[..., DirectoryData]:
    """The sample council builder; keyword arguments as for ``directory``."""
    return directory
