"""The printed review schedule: its 24-month picture is never parted from its heading or key,
and is not sent to a new page when it would have fitted on the one before."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader

from councildesk.reports.reviews import ReviewsData, render_reviews
from councildesk.reports.template import BOTTOM_MARGIN
from councildesk.services.database import Database
from councildesk.services.review_printouts import reviews_data

TODAY = dt.date(2026, 11, 24)
HEADING = "The next 24 months"
KEY = "Open circle: upcoming"
NOTE = "Standing Orders: the document's review date is not a date; settle how often."
# A line's height above its baseline and below it, at most, in the body's sizes.
ASCENT, DESCENT = 14.0, 4.0
SLACK = 6.0


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory: pytest.TempPathFactory) -> ReviewsData:
    from councildesk.services import demo
    from councildesk.services.database import open_database

    db: Database = open_database(tmp_path_factory.mktemp("reviews") / "c.sqlite", create=True)
    try:
        with db.transaction() as session:
            demo.seed(session, TODAY)
        with db.session() as session:
            return reviews_data(session, TODAY)
    finally:
        db.close()


def _lines(data: ReviewsData) -> list[list[tuple[float, str]]]:
    """Each page's pieces of text with their baselines (points from the foot of the page)."""
    buffer = io.BytesIO()
    render_reviews(data, buffer, TODAY)
    pages: list[list[tuple[float, str]]] = []
    for page in PdfReader(buffer).pages:
        found: list[tuple[float, str]] = []
        page.extract_text(visitor_text=lambda *piece, into=found: _place(into, *piece))
        pages.append(found)
    return pages


def _place(into: list[tuple[float, str]], text: str, cm: Any, tm: Any, *_: Any) -> None:
    if text.strip():
        # The text's origin in the page's own coordinates: the text matrix, then the CTM.
        into.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text))


@pytest.mark.parametrize("notes", range(0, 8))
@pytest.mark.parametrize("policies", range(1, 10, 2))
def test_the_picture_stays_whole_on_the_first_page_that_has_room(
    demo_data: ReviewsData, policies: int, notes: int
) -> None:
    data = dataclasses.replace(
        demo_data, lines=demo_data.lines[:policies], notes=[NOTE] * notes, sample=False
    )
    pages = _lines(data)
    (where,) = [n for n, page in enumerate(pages) if any(HEADING in t for _, t in page)]
    block = pages[where]
    top = max(y for y, t in block if HEADING in t)
    keyed = [y for y, t in block if KEY in t]
    assert keyed, "the key is printed with the picture"
    labels = {item.label for item in data.timeline.items}
    assert labels <= {t.strip() for _, t in block}
    if where == 0:
        return
    # Moved on: it must not have fitted below the last text of the page before.
    bottom = min(y for y, _ in block if y > BOTTOM_MARGIN)
    height = top - bottom + ASCENT + DESCENT
    room = min(y for y, _ in pages[where - 1] if y > BOTTOM_MARGIN) - DESCENT - BOTTOM_MARGIN
    # Within the few points this reading of the page cannot see (space set above a heading).
    assert height > room - SLACK, f"{height:.0f} points would have fitted in the {room:.0f} left"
