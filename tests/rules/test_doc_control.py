"""Document-control facts in the many ways councils write them."""

from __future__ import annotations

import pytest

from councildesk.rules.doc_control import (
    DocDate,
    find_date,
    is_control_line,
    is_date_line,
    read_doc_control,
    review_cycle_months,
)


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("28/07/2022", "2022-07-28", "day"),
        ("1/4/27", "2027-04-01", "day"),
        ("2022-07-28", "2022-07-28", "day"),
        ("7th May 2019", "2019-05-07", "day"),
        ("20 AUGUST 2018", "2018-08-20", "day"),
        ("June 6th 2017", "2017-06-06", "day"),
        ("1st of Sept. 2020", "2020-09-01", "day"),
        ("February 2022", "2022-02", "month"),
        ("2027", "2027", "year"),
    ],
)
def test_dates_keep_their_precision(text: str, iso: str, precision: str) -> None:
    found = find_date(f"on {text} at the meeting")
    assert found is not None and found[0] == DocDate(text, iso, precision)  # type: ignore[arg-type]


def test_not_a_real_date_keeps_the_words_only() -> None:
    found = find_date("07/28/2022")  # US order: there is no 28th month
    assert found is not None and found[0] == DocDate("07/28/2022", None, None)
    found = find_date("31 February 2022")
    assert found is not None and found[0] == DocDate("31 February 2022", None, None)
    assert find_date("£2,000 and 30 days") is None


@pytest.mark.parametrize(
    ("lines", "adopted", "last", "upcoming"),
    [
        (["Date of adoption February 2022"], "2022-02", None, None),
        (["Adopted: 28/07/2022", "Review date: 2027"], "2022-07-28", None, "2027"),
        (
            ["Adopted June 6th 2017 – latest review January 7th 2025"],
            "2017-06-06",
            "2025-01-07",
            None,
        ),
        (["Next Review Date As required"], None, None, "As required"),
        (
            ["This protocol is to be reviewed biannually or when any legal changes arise."],
            None,
            None,
            "reviewed biannually or when any legal changes arise",
        ),
        (["Adopted at the Council’s 13 December 2017 Meeting"], "2017-12-13", None, None),
        (["ADOPTED BY COUNCIL", "20 AUGUST 2018"], "2018-08-20", None, None),
        (["Signed ______   Dated       7th May 2019"], "2019-05-07", None, None),
        (
            ["This  policy  will  be  reviewed  annually,  as  well  as"],
            None,
            None,
            "reviewed annually",
        ),
        (["Adopted: 01/05/2020", "Review date: 01/03/2019"], "2020-05-01", "2019-03-01", None),
        (
            ["Reviewed: March 2021", "Reviewed: May 2023", "Next review: May 2025"],
            None,
            "2023-05",
            "2025-05",
        ),
        (["To be reviewed: September 2026"], None, None, "2026-09"),
    ],
)
def test_document_control(
    lines: list[str], adopted: str | None, last: str | None, upcoming: str | None
) -> None:
    control = read_doc_control(lines)

    def shown(value: DocDate | None) -> str | None:
        return None if value is None else (value.iso or value.text)

    assert (shown(control.adopted), shown(control.last_reviewed), shown(control.next_review)) == (
        adopted,
        last,
        upcoming,
    )


def test_words_kept_beside_the_date() -> None:
    control = read_doc_control(["Adopted June 6th 2017 – latest review January 7th 2025"])
    assert control.adopted == DocDate("June 6th 2017", "2017-06-06", "day")
    assert control.last_reviewed == DocDate("January 7th 2025", "2025-01-07", "day")
    phrase = read_doc_control(["Next Review Date As required"]).next_review
    assert phrase == DocDate("As required", None, None)


def test_clauses_about_reviewing_other_things_are_not_the_documents_review() -> None:
    control = read_doc_control(
        [
            "1.5. At least once a year the council must review the effectiveness of its controls.",
            "8.5. Any Strategy and Policy shall be reviewed by the council at least annually.",
            "Risk policy statements shall be reviewed by the council at least annually.",
            "15.1. It shall be the duty of the council to review the Financial Regulations of",
            "the council from time to time.",
            "Paragraph 10(2)(a) in your register maintained under Section 81(1) of the Act 2000",
            "- To monitor and review Council performance in delivering services;",
            "Chairperson",
            "10 January 2018",
        ]
    )
    assert (control.adopted, control.last_reviewed, control.next_review) == (None, None, None)


def test_reviewing_body_and_cycle() -> None:
    control = read_doc_control(
        ["This Protocol will be reviewed by the Personnel Committee every two years."]
    )
    assert control.reviewing_body == "Personnel Committee"
    assert control.review_cycle_months == 24
    assert read_doc_control(
        ["Reviewing committee: Finance and General Purposes Committee"]
    ).reviewing_body == ("Finance and General Purposes Committee")
    assert review_cycle_months("reviewed annually") == 12
    assert review_cycle_months("every 18 months") == 18
    assert review_cycle_months("reviewed biannually") is None  # twice a year, or every two years?


def test_title_is_passed_through() -> None:
    assert read_doc_control([], title="Member/Officer Protocol").title == "Member/Officer Protocol"


@pytest.mark.parametrize(
    ("line", "control", "date"),
    [
        ("Adopted: 28/07/2022", True, False),
        ("Review date: 2027", True, False),
        ("Signed ____ Dated 7th May 2019", True, False),
        ("Review of this protocol", False, False),
        ("Adoption of the Code", False, False),
        ("10 January 2018", False, True),
        ("Monday, 6 June 2022.", False, True),
        ("Background", False, False),
    ],
)
def test_line_kinds(line: str, control: bool, date: bool) -> None:
    assert (is_control_line(line), is_date_line(line)) == (control, date)


@pytest.mark.parametrize(
    "line",
    [
        "This strategy will be reviewed annually.",
        "The Constitution shall be reviewed annually by the council.",
        "These terms of reference will be reviewed annually.",
        "This plan is to be reviewed annually.",
        "These standing orders will be reviewed annually.",
    ],
)
def test_reviewed_annually_whatever_the_document_calls_itself(line: str) -> None:
    control = read_doc_control([line])
    assert control.next_review is not None
    assert control.next_review.text == "reviewed annually"
    assert control.review_cycle_months == 12


def test_review_wording_in_the_middle_of_a_line() -> None:
    control = read_doc_control(
        ["Terms of reference agreed by the council on 12 March 2023. To be reviewed in March 2024."]
    )
    assert control.adopted is not None and control.adopted.iso == "2023-03-12"
    assert control.next_review is not None and control.next_review.iso == "2024-03"


def test_long_form_dates() -> None:
    control = read_doc_control(["Adopted by the council on the 3rd day of January, 2024."])
    assert control.adopted is not None
    assert (control.adopted.iso, control.adopted.text) == ("2024-01-03", "3rd day of January, 2024")


def test_reviewing_body_is_kept_apart_from_the_phrase() -> None:
    control = read_doc_control(["This policy will be reviewed annually by the Grants Committee."])
    assert control.reviewing_body == "Grants Committee"
    assert control.next_review is not None and control.next_review.text == "reviewed annually"
