"""The Protocol page's status line gives the review date wherever the version's facts allow."""

from __future__ import annotations

import datetime as dt

import pytest

from councildesk.db.models import PolicyVersion, VersionStatus
from councildesk.services.protocol_review import review_text


def _version(
    words: str = "",
    iso: str | None = None,
    adopted_on: dt.date | None = None,
    doc_adopted: str | None = None,
    doc_reviewed: str | None = None,
) -> PolicyVersion:
    return PolicyVersion(
        status=VersionStatus.ADOPTED if adopted_on else VersionStatus.DRAFT,
        doc_next_review_text=words,
        doc_next_review_iso=iso,
        adopted_on=adopted_on,
        doc_adopted_iso=doc_adopted,
        doc_reviewed_iso=doc_reviewed,
    )


@pytest.mark.parametrize(
    ("version", "line"),
    [
        # A cycle counts from the council's adoption...
        (
            _version("every two years", adopted_on=dt.date(2025, 5, 14)),
            "review due by 14/05/2027 (every two years)",
        ),
        # ...or from the last review the document records.
        (
            _version("Reviewed annually", doc_adopted="2022-07-28", doc_reviewed="2024-03-01"),
            "review due by 01/03/2025 (Reviewed annually)",
        ),
        # ...or from the adoption date the document gives, before the council adopts it here.
        (
            _version("every three years", doc_adopted="2022-07-28"),
            "review due by 28/07/2025 (every three years)",
        ),
        # The document's own date, at the precision it gave.
        (_version("28/07/2027", iso="2027-07-28"), "review due by 28/07/2027"),
        (_version("February 2027", iso="2027-02"), "review due in February 2027"),
        (_version("2027", iso="2027"), "review due in 2027"),
        # No date follows: the document's words, and what a date waits for.
        (_version("every two years"), "next review: every two years, counted from adoption"),
        (_version("As required", adopted_on=dt.date(2025, 5, 14)), "next review: As required"),
        (_version("biannually", adopted_on=dt.date(2025, 5, 14)), "next review: biannually"),
        (_version(), ""),
    ],
)
def test_the_status_line_gives_a_date_where_the_cycle_allows(
    version: PolicyVersion, line: str
) -> None:
    assert review_text(version) == line
