"""The party-group register through its services: notices owed, marked, voided, audited."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from councildesk.db.engine import Database
from councildesk.db.models import AuditEntry, Disclosure, DisclosureNotification, PersonKind
from councildesk.errors import ValidationError
from councildesk.rules.disclosures import Form, Method
from councildesk.services import (
    disclosure_notifications,
    disclosure_views,
    disclosures,
    groups,
    people,
)
from councildesk.services.disclosure_check import ReportFileProblem, read_report
from councildesk.services.disclosure_views import disclosure_json, told_text
from councildesk.services.disclosures import DisclosureInput
from councildesk.services.people import PersonInput

D = dt.date
TODAY = D(2026, 11, 24)


@pytest.fixture
def council(db: Database) -> dict[str, int]:
    """Three groups: two since the 2023 election, one formed in 2025; a clerk; two loners."""
    with db.transaction() as s:
        ids = {
            "green": groups.add_group(s, "Green Group", D(2023, 5, 4)).id,
            "labour": groups.add_group(s, "Labour Group", D(2023, 5, 4)).id,
            "alliance": groups.add_group(s, "Ashcombe Alliance", D(2025, 4, 1)).id,
        }
        ids["clerk"] = people.add_person(
            s,
            PersonInput(
                PersonKind.OFFICER, "Sarah Pemberton", post="Clerk and RFO", start_on=D(2019, 9, 1)
            ),
        ).id
        loner = people.add_person(
            s, PersonInput(PersonKind.COUNCILLOR, "Cllr Ian Bell", start_on=D(2023, 5, 4))
        )
        ids["loner"] = loner.id
    return ids


def _record(db: Database, group: int | None, **changes: object) -> disclosures.Recorded:
    data = DisclosureInput(group, D(2026, 11, 2), "Future of the pavilion")
    for key, value in changes.items():
        setattr(data, key, value)
    with db.transaction() as s:
        return disclosures.record(s, data, TODAY)


def _count(db: Database, model: type) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_every_other_group_active_that_day_is_owed_a_notice(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"])
    assert made.reason_none == ""
    with db.session() as s:
        row = disclosures.get_disclosure(s, made.disclosure.id)
        assert [n.recipient for n in row.notifications] == ["Ashcombe Alliance", "Labour Group"]
        assert row.officer_name == "Sarah Pemberton"  # the clerk, when nobody was named
        shown = disclosure_json(row, D(2026, 11, 9), 5)
    assert set(shown) >= {"id", "date", "group", "matter", "form", "notifications"}
    assert shown["notifications"][0] == {
        "group": "Ashcombe Alliance",
        "status": "pending",
        "sent_on": None,
        "method": None,
        "owed": True,
    }


def test_a_group_formed_later_is_not_owed_for_earlier_advice(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"], given_on=D(2025, 3, 31))
    with db.session() as s:
        row = disclosures.get_disclosure(s, made.disclosure.id)
        assert [n.recipient for n in row.notifications] == ["Labour Group"]


def test_the_only_group_creates_no_notice_and_says_why(db: Database) -> None:
    with db.transaction() as s:
        only = groups.add_group(s, "Independents", D(2023, 5, 4)).id
    made = _record(db, only)
    assert "only political group" in made.reason_none
    assert _count(db, DisclosureNotification) == 0


def test_councillors_in_no_group_are_told_when_the_council_chooses(
    db: Database, council: dict[str, int]
) -> None:
    with db.transaction() as s:
        disclosures.save_settings(s, notify_unaffiliated=True, notice_working_days=5)
    made = _record(db, council["labour"])
    with db.session() as s:
        row = disclosures.get_disclosure(s, made.disclosure.id)
        assert [n.recipient for n in row.notifications] == [
            "Ashcombe Alliance",
            "Green Group",
            "Cllr Ian Bell",
        ]
        assert row.notifications[-1].person_id == council["loner"]


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"given_on": D(2023, 5, 3)}, "given_on", "did not exist yet on 03/05/2023"),
        ({"given_on": D(2026, 12, 1)}, "given_on", "in the future"),
        ({"matter": "  "}, "matter", "Enter the matter"),
        ({"group_id": None}, "group", "Choose the political group"),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(
    db: Database, council: dict[str, int], changes: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        _record(db, council["green"], **changes)
    assert words in (caught.value.for_field(field) or "")
    assert _count(db, Disclosure) == 0 and _count(db, DisclosureNotification) == 0


def test_advice_after_a_group_dissolved_is_refused(db: Database, council: dict[str, int]) -> None:
    with db.transaction() as s:
        gone = groups.add_group(s, "Old Group", D(2019, 5, 1), D(2023, 5, 3)).id
    with pytest.raises(ValidationError) as caught:
        _record(db, gone)
    assert "had dissolved by 02/11/2026" in (caught.value.for_field("given_on") or "")


def test_marking_sent_records_date_and_method_and_refuses_impossible_dates(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"])
    with db.session() as s:
        first = disclosures.get_disclosure(s, made.disclosure.id).notifications[0].id
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        disclosure_notifications.mark_sent(s, first, D(2026, 11, 1), Method.EMAIL, TODAY)
    assert "before the advice was given (02/11/2026)" in (caught.value.for_field("sent_on") or "")
    with db.transaction() as s:
        disclosure_notifications.mark_sent(s, first, D(2026, 11, 3), Method.LETTER, TODAY)
    with db.session() as s:
        shown = disclosure_json(disclosures.get_disclosure(s, made.disclosure.id), TODAY, 5)
    assert shown["notifications"][0]["status"] == "sent"
    assert shown["notifications"][0]["sent_on"] == "2026-11-03"
    assert shown["notifications"][0]["method"] == "letter"
    # Not sent within five working days of Monday 2 November: overdue by Tuesday 10th.
    assert shown["notifications"][1]["status"] == "overdue"


def test_a_group_not_owed_a_notice_is_named_with_those_that_are(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"])
    with pytest.raises(ValidationError) as caught, db.session() as s:
        disclosure_notifications.find_notification(s, made.disclosure.id, "Green Group")
    assert "was not owed a notice" in str(caught.value)
    assert "Ashcombe Alliance, Labour Group" in str(caught.value)


def test_a_disclosure_others_were_told_of_is_voided_not_deleted(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"])
    with db.transaction() as s:
        first = disclosures.get_disclosure(s, made.disclosure.id).notifications[0].id
        disclosure_notifications.mark_sent(s, first, D(2026, 11, 3), Method.EMAIL, TODAY)
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        disclosures.delete(s, made.disclosure.id)
    assert "Void it instead" in str(caught.value)
    with pytest.raises(ValidationError), db.transaction() as s:
        disclosures.void(s, made.disclosure.id, "  ", TODAY)
    with db.transaction() as s:
        disclosures.void(s, made.disclosure.id, "Entered against the wrong group", TODAY)
    with db.session() as s:
        row = disclosures.get_disclosure(s, made.disclosure.id)
        assert row.voided_on == TODAY and row.void_reason == "Entered against the wrong group"
        assert disclosure_notifications.pending(s, TODAY) == []
        actions = [a.action for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions[-3:] == ["create", "notify", "void"]


def test_a_void_entry_owes_no_notice_and_none_becomes_overdue(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"])
    with db.transaction() as s:
        first = disclosures.get_disclosure(s, made.disclosure.id).notifications[0].id
        disclosure_notifications.mark_sent(s, first, D(2026, 11, 3), Method.EMAIL, TODAY)
        disclosures.void(s, made.disclosure.id, "Entered against the wrong group", TODAY)
    later = D(2027, 1, 29)  # long past the five working days
    with db.session() as s:
        row = disclosures.get_disclosure(s, made.disclosure.id)
        shown = disclosure_json(row, later, 5)["notifications"]
        told = told_text(row, later, 5).splitlines()
    assert [(n["status"], n["owed"]) for n in shown] == [("sent", True), ("pending", False)]
    assert told[0] == f"{row.notifications[0].recipient}: 03/11/2026 by e-mail"
    assert told[1].endswith("not told (no longer owed: the entry is void)")


def test_a_disclosure_nobody_was_told_of_may_be_deleted(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"])
    with db.transaction() as s:
        disclosures.delete(s, made.disclosure.id)
    assert _count(db, Disclosure) == 0 and _count(db, DisclosureNotification) == 0


REPORT = (
    "Report to the Green Group: the pavilion\n\n"
    "The roof needs replacing. There are two options: repair (£12,400) or rebuild (£96,000).\n"
    "I recommend that the group supports the rebuild.\n"
)


def test_the_report_is_kept_as_a_copy_with_its_check_and_reason(
    db: Database, council: dict[str, int], tmp_path: Path
) -> None:
    file = tmp_path / "pavilion.txt"
    file.write_text(REPORT, encoding="utf-8")
    report = read_report(file)
    with pytest.raises(ValidationError) as caught:
        _record(db, council["green"], form=Form.REPORT, report=report)
    assert "give your reason to go ahead" in (caught.value.for_field("proceed_reason") or "")
    made = _record(
        db,
        council["green"],
        form=Form.REPORT,
        report=report,
        proceed_reason="The group asked for the clerk's professional view in writing.",
    )
    file.unlink()
    with db.session() as s:
        row = disclosures.get_disclosure(s, made.disclosure.id)
        assert row.report_name == "pavilion.txt"
        assert row.report_data == REPORT.encode("utf-8")
        assert '"kind": "recommendation"' in row.check_findings
        assert row.proceed_reason.startswith("The group asked")


def test_an_unreadable_report_file_says_why(tmp_path: Path) -> None:
    bad = tmp_path / "report.docx"
    bad.write_bytes(b"this is not a Word file")
    with pytest.raises(ReportFileProblem) as caught:
        read_report(bad)
    assert str(caught.value).startswith("Cannot read ‘report.docx’")
    with pytest.raises(ReportFileProblem):
        read_report(tmp_path / "missing.txt")


def test_the_officers_check_of_the_groups_note_is_dated(
    db: Database, council: dict[str, int]
) -> None:
    made = _record(db, council["green"])
    with pytest.raises(ValidationError), db.transaction() as s:
        disclosures.verify(s, made.disclosure.id, D(2026, 10, 1), "", TODAY)
    with db.transaction() as s:
        disclosures.verify(s, made.disclosure.id, D(2026, 11, 9), "Note agreed as accurate", TODAY)
    with db.session() as s:
        assert disclosures.get_disclosure(s, made.disclosure.id).verified_on == D(2026, 11, 9)


def test_the_notice_limit_is_a_council_setting(db: Database) -> None:
    with pytest.raises(ValidationError), db.transaction() as s:
        disclosures.save_settings(s, False, 0)
    with db.transaction() as s:
        disclosures.save_settings(s, False, 10)
    with db.session() as s:
        assert disclosures.notice_days(s) == 10


def test_the_demo_council_has_a_year_of_entries_in_every_state(demo_db: Database) -> None:
    today = dt.date(2026, 11, 24)
    with demo_db.session() as s:
        entries = disclosures.list_disclosures(s)
        shown = [disclosure_json(d, today, disclosures.notice_days(s)) for d in entries]
        actions = disclosure_notifications.actions(s, today)
    statuses = {n["status"] for entry in shown for n in entry["notifications"]}
    assert statuses == {"sent", "pending", "overdue"}
    assert {e["form"] for e in shown} == {"report", "advice", "attendance"}
    assert any(e["void"] for e in shown)
    assert any(d.proceed_reason for d in entries) and any(d.verified_on for d in entries)
    assert min(d.given_on for d in entries) <= today - dt.timedelta(days=300)
    # The Dashboard lists the notices still owed (not those of the void entry), overdue first.
    assert {a.urgency.name for a in actions} == {"OVERDUE", "DUE"}
    assert all(a.area == "disclosures" and a.what.startswith("Tell ") for a in actions)
    assert len(actions) == sum(
        1 for e in shown if not e["void"] for n in e["notifications"] if n["status"] != "sent"
    )


def test_the_pages_rows_say_what_is_owed_and_by_when(db: Database, council: dict[str, int]) -> None:
    made = _record(db, council["green"])  # given Monday 02/11/2026: five working days
    with db.session() as s:
        early = disclosure_views.notice_rows(s, D(2026, 11, 5))
        late = disclosure_views.notice_rows(s, TODAY)
        (row,) = disclosure_views.register_rows(s, D(2026, 11, 5))
    assert [(n.recipient, n.due, n.status, n.overdue) for n in early] == [
        ("Ashcombe Alliance", D(2026, 11, 9), "Pending", False),
        ("Labour Group", D(2026, 11, 9), "Pending", False),
    ]
    assert [(n.status, n.overdue) for n in late] == [("Overdue", True), ("Overdue", True)]
    assert (row.notices, row.outstanding) == ("0 of 2 told", 2)
    first = early[0].id
    with db.transaction() as s:
        disclosure_notifications.mark_sent(s, first, D(2026, 11, 3), Method.EMAIL, TODAY)
    with db.session() as s:
        (row,) = disclosure_views.register_rows(s, TODAY)
        entry = disclosures.get_disclosure(s, made.disclosure.id)
        labour = next(n for n in entry.notifications if n.sent_on is None)
        assert disclosure_views.notice_state(labour, entry, D(2026, 11, 5), 5) == (
            "due by 09/11/2026"
        )
        assert disclosure_views.notice_state(labour, entry, TODAY, 5) == "overdue"
    assert (row.notices, row.outstanding) == ("1 of 2 told — overdue", 1)
    with db.transaction() as s:
        disclosures.void(s, made.disclosure.id, "Recorded against the wrong group", TODAY)
    with db.session() as s:
        (row,) = disclosure_views.register_rows(s, TODAY)
        entry = disclosures.get_disclosure(s, made.disclosure.id)
        labour = next(n for n in entry.notifications if n.sent_on is None)
        state = disclosure_views.notice_state(labour, entry, TODAY, 5)
        assert disclosure_views.notice_rows(s, TODAY) == []
    assert (row.notices, row.outstanding, row.void) == ("Void from 24/11/2026", 0, True)
    assert state == "no longer owed: the entry is void"
