"""`councildesk disclosures ...` and `report disclosures`: the contract's commands and JSON."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from councildesk.cli import main

REPORT = (
    "Report to the Green Group: the pavilion roof\n\n"
    "The roof leaks. There are two options: repair it (£900) or replace it (£4,000).\n"
    "I recommend that the group supports replacement.\n"
    "Replacement would give the group an electoral advantage in May.\n"
)
SUMMARY = "Discussed the group's worries about the pavilion's tenants"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def council(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    db = str(tmp_path / "c.sqlite")
    run(capsys, "--db", db, "init", "--council", "Little Snoring")
    for name, since in (("Green Group", "2023-05-04"), ("Labour Group", "2023-05-04")):
        run(capsys, "--db", db, "groups", "add", name, "--from", since)
    run(capsys, "--db", db, "groups", "add", "Independents", "--from", "2025-04-01")
    return db


def test_record_then_list_follow_the_json_contract(
    capsys: pytest.CaptureFixture[str], council: str
) -> None:
    code, out, err = run(
        capsys, "--db", council, "disclosures", "record", "--group", "Green Group",
        "--matter", "Allotment rents", "--date", "2025-03-31", "--json",
    )  # fmt: skip
    assert code == 0, err
    (made,) = json.loads(out)
    assert set(made) >= {"id", "date", "group", "matter", "form", "notifications"}
    assert made["date"] == "2025-03-31" and made["form"] == "advice"
    # The Independents formed on 1 April 2025, the day after the advice: they are not owed one.
    assert [n["group"] for n in made["notifications"]] == ["Labour Group"]
    assert set(made["notifications"][0]) >= {"group", "status", "sent_on", "method"}
    code, out, _ = run(capsys, "--db", council, "disclosures", "list", "--json")
    assert code == 0 and json.loads(out) == [made]


def test_a_report_that_recommends_needs_a_reason_and_keeps_the_check(
    capsys: pytest.CaptureFixture[str], council: str, tmp_path: Path
) -> None:
    file = tmp_path / "roof.txt"
    file.write_text(REPORT, encoding="utf-8")
    base = ["--db", council, "disclosures", "record", "--group", "Green Group",
            "--matter", "Pavilion roof", "--date", "2026-11-02", "--file", str(file)]  # fmt: skip
    code, out, err = run(capsys, *base)
    assert code == 1 and out == ""
    assert "offend the protocol" in err and "--reason" in err and err.count("\n") == 1
    code, out, err = run(capsys, *base, "--reason", "The group asked for a view", "--json")
    assert code == 0, err
    assert json.loads(out)[0]["form"] == "report"


def test_check_prints_findings_in_the_contracts_shape(
    capsys: pytest.CaptureFixture[str], council: str, tmp_path: Path
) -> None:
    file = tmp_path / "roof.txt"
    file.write_text(REPORT, encoding="utf-8")
    code, out, _ = run(capsys, "--db", council, "disclosures", "check", str(file), "--json")
    assert code == 0
    findings = json.loads(out)["findings"]
    assert [f["kind"] for f in findings] == ["recommendation", "political"]
    assert all(set(f) >= {"text", "kind", "clause", "why"} for f in findings)
    code, _, err = run(capsys, "--db", council, "disclosures", "check", str(tmp_path / "no.txt"))
    assert code == 1 and "Cannot read" in err and err.count("\n") == 1


def test_notified_refuses_a_group_not_owed_and_a_date_before_the_advice(
    capsys: pytest.CaptureFixture[str], council: str
) -> None:
    run(capsys, "--db", council, "disclosures", "record", "--group", "Green Group",
        "--matter", "Bus shelter", "--date", "2026-11-02")  # fmt: skip
    code, _, err = run(capsys, "--db", council, "disclosures", "notified", "1",
                       "--group", "Green Group", "--on", "2026-11-03")  # fmt: skip
    assert code == 1 and "was not owed a notice" in err
    code, _, err = run(capsys, "--db", council, "disclosures", "notified", "1",
                       "--group", "Labour Group", "--on", "2026-11-01")  # fmt: skip
    assert code == 1 and "before the advice was given" in err
    code, out, _ = run(capsys, "--db", council, "disclosures", "notified", "1", "--group",
                       "labour group", "--on", "2026-11-03", "--method", "letter")  # fmt: skip
    assert code == 0 and "Labour Group" in out
    _, out, _ = run(capsys, "--db", council, "disclosures", "list", "--json")
    told = {n["group"]: n for n in json.loads(out)[0]["notifications"]}
    assert told["Labour Group"] == {
        "group": "Labour Group", "status": "sent", "sent_on": "2026-11-03", "method": "letter",
        "owed": True,
    }  # fmt: skip


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_notices_never_carry_the_summary_or_the_report_and_can_mark_sent(
    capsys: pytest.CaptureFixture[str], council: str, tmp_path: Path
) -> None:
    file = tmp_path / "roof.txt"
    file.write_text(REPORT, encoding="utf-8")
    run(capsys, "--db", council, "disclosures", "record", "--group", "Green Group",
        "--matter", "Pavilion roof", "--date", "2026-11-02", "--file", str(file),
        "--summary", SUMMARY, "--reason", "Asked for")  # fmt: skip
    out_dir = tmp_path / "notices"
    code, out, err = run(capsys, "--db", council, "disclosures", "notices", "1",
                         "--out", str(out_dir), "--mark-sent", "email")  # fmt: skip
    assert code == 0, err
    pdfs, emls = sorted(out_dir.glob("*.pdf")), sorted(out_dir.glob("*.eml"))
    assert len(pdfs) == len(emls) == 2
    secret_words = [SUMMARY, "worries", "tenants", "recommend", "electoral", "£900", "repair"]
    for pdf, eml in zip(pdfs, emls, strict=True):
        letter = " ".join(_pdf_text(pdf).split())
        message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
        body = message.get_body().get_content()  # type: ignore[union-attr]
        draft = " ".join(body.split())
        for text in (letter, draft):
            assert "Monday 2 November 2026" in text and "Pavilion roof" in text
            assert "Green Group" in text
            assert "available to your group on request" in text
            for secret in secret_words:
                assert secret.lower() not in text.lower(), secret
        assert message["X-Unsent"] == "1"
    _, out, _ = run(capsys, "--db", council, "disclosures", "list", "--json")
    statuses = {n["status"] for n in json.loads(out)[0]["notifications"]}
    assert statuses == {"sent"}
    code, _, err = run(
        capsys, "--db", council, "disclosures", "notices", "1", "--out", str(out_dir)
    )
    assert code == 1 and "told already" in err


def test_report_disclosures_for_a_period(
    capsys: pytest.CaptureFixture[str], council: str, tmp_path: Path
) -> None:
    for day, matter in (("2025-06-02", "Old matter"), ("2026-11-02", "Bus shelter")):
        run(capsys, "--db", council, "disclosures", "record", "--group", "Labour Group",
            "--matter", matter, "--date", day)  # fmt: skip
    pdf = tmp_path / "register.pdf"
    code, _, err = run(capsys, "--db", council, "report", "disclosures", "--out", str(pdf),
                       "--from", "2026-01-01", "--to", "2026-12-31")  # fmt: skip
    assert code == 0, err
    text = " ".join(_pdf_text(pdf).split())
    assert "Bus shelter" in text and "Old matter" not in text
    assert "01/01/2026 to 31/12/2026" in text
    code, _, err = run(capsys, "--db", council, "report", "disclosures", "--out", str(pdf),
                       "--from", "2026-12-31", "--to", "2026-01-01")  # fmt: skip
    assert code == 1 and "cannot end before it starts" in err
