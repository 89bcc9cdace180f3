"""The review register through the services, on a database built by the migrations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from councildesk.db.engine import Database
from councildesk.db.models import ReviewOutcome
from councildesk.db.open import open_database
from councildesk.errors import NotFoundError, ValidationError
from councildesk.rules.reviews import Status
from councildesk.services import committees, meetings, protocols, reminders, review_records
from councildesk.services import reviews as service
from councildesk.services.dashboard import actions as dashboard_actions
from councildesk.services.review_records import ReviewInput, ScheduleInput

TODAY = dt.date(2026, 11, 24)
POLICY_COMMITTEE = "Policy and Resources Committee"


@pytest.fixture
def register(db: Database) -> Database:
    with db.transaction() as session:
        committees.add_committee(session, POLICY_COMMITTEE, "")
        for day in (dt.date(2027, 1, 19), dt.date(2027, 3, 16), dt.date(2027, 5, 18)):
            meetings.add_meeting(session, meetings.MeetingInput(POLICY_COMMITTEE, day))
        review_records.add_policy(
            session,
            "Standing Orders",
            ScheduleInput(body=POLICY_COMMITTEE, cycle_months=12),
        )
    return db


def _row(db: Database, name: str, today: dt.date = TODAY) -> service.ScheduleRow:
    with db.session() as session:
        return next(r for r in service.schedule(session, today) if r.policy == name)


def _set_due(db: Database, name: str, due: dt.date) -> int:
    with db.transaction() as session:
        policy = review_records.find_policy(session, name)
        review_records.update_schedule(
            session,
            policy.id,
            ScheduleInput(
                body=POLICY_COMMITTEE, cycle_months=12, next_due_override=due, override_reason="x"
            ),
        )
        return policy.id


def test_a_policy_in_the_register_before_any_text(register: Database) -> None:
    row = _row(register, "Standing Orders")
    assert row.body == POLICY_COMMITTEE and row.cycle == "Every year"
    assert row.due_on is None and not row.has_text and row.status_label == "Not scheduled"


def test_due_date_picks_the_last_meeting_and_its_agenda_deadline(register: Database) -> None:
    _set_due(register, "Standing Orders", dt.date(2027, 4, 1))
    row = _row(register, "Standing Orders")
    assert row.meeting_on == dt.date(2027, 3, 16)
    # Tuesday 16 March 2027: Monday 15, Saturday 13 and Friday 12 are clear.
    assert row.agenda_deadline == dt.date(2027, 3, 11)
    assert row.reminders == (dt.date(2027, 1, 28), dt.date(2027, 2, 25))
    assert row.status is Status.UPCOMING
    assert _row(register, "Standing Orders", dt.date(2027, 1, 28)).status is Status.DUE
    assert _row(register, "Standing Orders", dt.date(2027, 4, 2)).status is Status.OVERDUE


def test_no_meeting_in_the_calendar_is_said_plainly(register: Database) -> None:
    _set_due(register, "Standing Orders", dt.date(2027, 1, 5))
    row = _row(register, "Standing Orders")
    assert row.meeting_on is None and row.agenda_deadline is None
    assert "No Policy and Resources Committee meeting" in row.notes[0]


BIANNUAL_TEXT = """Member/Officer Protocol

1. Introduction
1.1 This protocol guides the working relationship between councillors and officers.

2. Review
2.1 This protocol will be reviewed biannually or when any legal changes arise.
Reviewed By: Policy & Resources Committee
"""


def test_imported_biannually_asks_and_the_answer_sets_the_date(
    register: Database, tmp_path: Path
) -> None:
    source = tmp_path / "protocol.txt"
    source.write_text(BIANNUAL_TEXT, encoding="utf-8")
    with register.transaction() as session:
        version = protocols.import_file(session, source)
        protocols.adopt(session, version.id, dt.date(2025, 1, 14), "25/003", today=TODAY)
    row = _row(register, protocols.PROTOCOL)
    assert row.question == "biannually" and row.due_on is None and row.on_legal_change
    assert row.body == POLICY_COMMITTEE and row.doc_body_text == "Policy & Resources Committee"
    assert "biannually" in row.doc_text
    with register.session() as session:
        asks = [a for a in dashboard_actions(session, TODAY) if a.when is None]
    assert any("biannually" in a.what for a in asks)
    with register.transaction() as session:
        review_records.answer_question(session, row.id, 24)
    row = _row(register, protocols.PROTOCOL)
    assert row.question is None and row.due_on == dt.date(2027, 1, 14)


def test_a_year_only_review_date_is_due_from_1_january(register: Database, tmp_path: Path) -> None:
    source = tmp_path / "policy.txt"
    source.write_text("Data Protection Policy\n\n1. Scope\n1.1 All data.\n\nReview date: 2027\n")
    with register.transaction() as session:
        protocols.import_file(session, source, "Data Protection Policy")
    row = _row(register, "Data Protection Policy")
    assert row.due_on == dt.date(2027, 1, 1) and row.due.label == "2027 (month not set)"
    assert row.next_review_iso == "2027"


def test_record_each_kind_of_review(register: Database) -> None:
    with register.transaction() as session:
        preview = protocols.preview_starter()
        version = protocols.save_preview(session, preview, preview.parsed.nodes, "Standing Orders")
        protocols.adopt(session, version.id, dt.date(2025, 5, 13), "25/051", today=TODAY)
    policy_id = _row(register, "Standing Orders").id
    # The starter protocol says it is reviewed every two years; adoption takes its words.
    assert _row(register, "Standing Orders").due_on == dt.date(2027, 5, 13)
    with register.transaction() as session:
        review_records.record_review(
            session,
            policy_id,
            ReviewInput(dt.date(2026, 5, 12), ReviewOutcome.UNCHANGED, minute_reference="26/040"),
            TODAY,
        )
    row = _row(register, "Standing Orders")
    assert row.last_reviewed_on == dt.date(2026, 5, 12) and row.due_on == dt.date(2028, 5, 12)
    with register.transaction() as session:
        review_records.record_review(
            session,
            policy_id,
            ReviewInput(
                dt.date(2026, 11, 17),
                ReviewOutcome.DEFERRED,
                deferred_to=dt.date(2027, 3, 16),
                reason="Waiting for the new NALC model",
            ),
            TODAY,
        )
    assert _row(register, "Standing Orders").due_on == dt.date(2027, 3, 16)
    with register.transaction() as session:
        recorded = review_records.record_review(
            session, policy_id, ReviewInput(dt.date(2026, 11, 20), ReviewOutcome.AMENDED), TODAY
        )
        draft_id = recorded.review.version_id
    assert draft_id is not None and "draft" in recorded.message
    row = _row(register, "Standing Orders")
    assert row.open_amendment == dt.date(2026, 11, 20)
    with register.transaction() as session:
        protocols.adopt(session, draft_id, dt.date(2026, 11, 23), "26/101", today=TODAY)
    row = _row(register, "Standing Orders")
    assert row.open_amendment is None and row.last_reviewed_on == dt.date(2026, 11, 20)
    assert row.due_on == dt.date(2028, 11, 23)
    with register.session() as session:
        kinds = [r.outcome for r in review_records.history(session, policy_id)]
    assert kinds == [ReviewOutcome.AMENDED, ReviewOutcome.DEFERRED, ReviewOutcome.UNCHANGED]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (ReviewInput(None, ReviewOutcome.UNCHANGED), "held_on"),
        (ReviewInput(dt.date(2027, 1, 1), ReviewOutcome.UNCHANGED), "held_on"),
        (ReviewInput(dt.date(2020, 1, 1), ReviewOutcome.UNCHANGED), "held_on"),
        (
            ReviewInput(
                dt.date(2026, 11, 1), ReviewOutcome.DEFERRED, deferred_to=dt.date(2026, 11, 2)
            ),
            "deferred_to",
        ),
        (ReviewInput(dt.date(2026, 11, 1), ReviewOutcome.UNCHANGED, body="Nowhere"), "body"),
    ],
)
def test_bad_reviews_are_refused_and_nothing_is_saved(
    register: Database, data: ReviewInput, field: str
) -> None:
    with register.transaction() as session:
        preview = protocols.preview_starter()
        version = protocols.save_preview(session, preview, preview.parsed.nodes, "Standing Orders")
        protocols.adopt(session, version.id, dt.date(2025, 5, 13), "25/051", today=TODAY)
    policy_id = _row(register, "Standing Orders").id
    with pytest.raises(ValidationError) as raised, register.transaction() as session:
        review_records.record_review(session, policy_id, data, TODAY)
    assert raised.value.for_field(field)
    with register.session() as session:
        assert review_records.history(session, policy_id) == []


def test_bad_schedules_are_refused(register: Database) -> None:
    for data, field in (
        (ScheduleInput(cycle_months=0), "cycle_months"),
        (ScheduleInput(cycle_months=-6), "cycle_months"),
        (ScheduleInput(body="Allotments Committee"), "body"),
        (ScheduleInput(next_due_override=dt.date(2027, 1, 1)), "override_reason"),
    ):
        with pytest.raises(ValidationError) as raised, register.transaction() as session:
            review_records.update_schedule(session, _row(register, "Standing Orders").id, data)
        assert raised.value.for_field(field), field
    with pytest.raises(ValidationError), register.transaction() as session:
        review_records.add_policy(session, "standing orders", ScheduleInput())


def test_a_change_in_the_law_puts_flagged_policies_due_at_the_next_meeting(
    register: Database,
) -> None:
    with register.transaction() as session:
        review_records.add_policy(
            session,
            "Grievance Policy",
            ScheduleInput(body=POLICY_COMMITTEE, cycle_months=36, on_legal_change=True),
        )
        change = review_records.record_law_change(
            session, dt.date(2027, 2, 1), "Employment Rights Act 2025 in force"
        )
        assert [p.name for p in change.policies] == ["Grievance Policy"]
    row = _row(register, "Grievance Policy")
    assert row.due_on == dt.date(2027, 3, 16) and "Employment Rights Act" in row.reason
    with pytest.raises(ValidationError), register.transaction() as session:
        review_records.record_law_change(session, dt.date(2027, 2, 1), "x", ["No Such Policy"])


def test_reminders_notify_until_acknowledged_and_after_a_snooze(register: Database) -> None:
    _set_due(register, "Standing Orders", dt.date(2027, 4, 1))
    on_first = dt.date(2027, 1, 28)
    with register.session() as session:
        assert reminders.notices(session, on_first - dt.timedelta(days=1)) == []
        (notice,) = reminders.notices(session, on_first)
    with register.transaction() as session:
        reminders.snooze(session, notice, dt.date(2027, 2, 3), on_first)
    with register.session() as session:
        assert reminders.notices(session, dt.date(2027, 2, 2)) == []
        assert len(reminders.notices(session, dt.date(2027, 2, 3))) == 1
    with register.transaction() as session:
        reminders.acknowledge(session, notice, dt.date(2027, 2, 3))
    with register.session() as session:
        assert reminders.notices(session, dt.date(2027, 2, 10)) == []
        # the two-week reminder is a new one
        assert len(reminders.notices(session, dt.date(2027, 2, 25))) == 1
    with pytest.raises(ValidationError), register.transaction() as session:
        reminders.snooze(session, notice, on_first, on_first)


def test_the_dashboard_lists_review_actions(register: Database) -> None:
    _set_due(register, "Standing Orders", dt.date(2027, 1, 20))
    with register.session() as session:
        found = [a for a in dashboard_actions(session, TODAY) if a.area == "reviews"]
    assert len(found) == 1 and "Standing Orders" in found[0].what
    assert found[0].when == dt.date(2027, 1, 14)


def test_unknown_policy_is_a_clear_error(register: Database) -> None:
    with pytest.raises(NotFoundError, match="no policy called 'Nope'"), register.session() as s:
        review_records.find_policy(s, "Nope")


def test_the_register_survives_reopening(register: Database) -> None:
    path = register.path
    _set_due(register, "Standing Orders", dt.date(2027, 4, 1))
    register.close()
    again = open_database(path)
    try:
        assert _row(again, "Standing Orders").due_on == dt.date(2027, 4, 1)
    finally:
        again.close()
