"""The advice-language check: recommendations and politics flagged, facts left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from councildesk.rules.advice_clauses import (
    STANDARD,
    ClauseText,
    clause_texts,
    offended_clause,
    tell_others_clause,
)
from councildesk.rules.advice_language import check_text, sentence_kind, split_sentences
from councildesk.rules.protocol_text import parse_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ADVICE = FIXTURES / "advice"
STARTER = Path(__file__).resolve().parents[2] / "resources" / "starter_protocol.txt"


def _lines(name: str) -> list[str]:
    text = (ADVICE / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _breaking(name: str) -> list[tuple[str, str]]:
    return [tuple(line.split(" | ", 1)) for line in _lines(name)]  # type: ignore[misc]


BREAKS = _breaking("breaks.txt") + _breaking("holdout-breaks.txt")
PASSES = _lines("passes.txt") + _lines("holdout-passes.txt")


def test_the_fixture_is_big_enough_to_measure() -> None:
    assert len(BREAKS) >= 40 and len(PASSES) >= 40


@pytest.mark.parametrize(("kind", "sentence"), BREAKS, ids=lambda v: v[:40])
def test_each_sentence_that_breaks_the_rule_is_flagged_as_what_it_is(
    kind: str, sentence: str
) -> None:
    assert sentence_kind(sentence) == kind


@pytest.mark.parametrize("sentence", PASSES, ids=lambda v: v[:40])
def test_a_statement_of_fact_is_not_flagged(sentence: str) -> None:
    assert sentence_kind(sentence) is None


def _protocol_clauses(path: Path) -> list[ClauseText]:
    return clause_texts(parse_text(path.read_text(encoding="utf-8")).nodes)


@pytest.mark.parametrize(
    ("fixture", "recommendation", "political", "options"),
    [
        (FIXTURES / "protocols" / "lowestoft-town-council.txt", "4.3", "4.3", "4.3"),
        (FIXTURES / "protocols" / "sandhurst-town-council.txt", "30", "30", "30"),
        (STARTER, "9.2", "9.2", "9.1 (b)"),
    ],
    ids=["lowestoft", "sandhurst", "starter"],
)
def test_the_clause_is_found_by_the_protocols_own_words(
    fixture: Path, recommendation: str, political: str, options: str
) -> None:
    clauses = _protocol_clauses(fixture)
    assert offended_clause(clauses, "recommendation").reference == recommendation
    assert offended_clause(clauses, "political").reference == political
    assert offended_clause(clauses, "no-options").reference == options


def test_without_a_protocol_the_standard_wording_is_named() -> None:
    (finding,) = check_text("I recommend the group supports option A.")
    assert finding.clause == STANDARD
    assert "make no recommendations" in finding.why


def test_findings_name_the_clause_and_quote_it() -> None:
    clauses = _protocol_clauses(STARTER)
    report = (
        "The council has two options: repair the shelter or replace it. "
        "Repair costs £900. I recommend replacement. "
        "Replacing it would give the group an electoral advantage in the South Ward."
    )
    findings = check_text(report, clauses)
    assert [(f.kind, f.clause) for f in findings] == [
        ("recommendation", "9.2"),
        ("political", "9.2"),
    ]
    assert findings[0].text == "I recommend replacement."
    assert "clause 9.2 of the adopted protocol says" in findings[0].why
    assert "recommendation" in findings[0].why


def test_a_report_that_sets_out_no_options_is_warned_about() -> None:
    findings = check_text("The roof leaks. Repairs would cost £4,000.")
    assert [f.kind for f in findings] == ["no-options"]
    assert findings[0].text == ""


def test_a_proper_report_passes_clean() -> None:
    report = (
        "Report to the Green Group: the future of the pavilion\n\n"
        "The pavilion was built in 1974. The surveyor found that the roof needs replacing.\n"
        "Option A: repair the roof (£12,400). Option B: demolish and rebuild (£96,000).\n"
        "The Planning Committee recommended approval of the rebuild in 2024."
    )
    assert check_text(report) == []


def test_sentences_split_at_full_stops_but_not_after_abbreviations() -> None:
    text = "Cllr. Shah asked about No. 4 High Street. The lease, e.g. its term, ends in May.\nNext"
    assert split_sentences(text) == [
        "Cllr. Shah asked about No. 4 High Street.",
        "The lease, e.g. its term, ends in May.",
        "Next",
    ]


@pytest.mark.parametrize(
    "document",
    sorted((FIXTURES / "protocols").glob("*.txt")) + sorted((FIXTURES / "policies").glob("*.txt")),
    ids=lambda p: p.stem,
)
def test_the_councils_own_protocols_and_policies_raise_no_sentence_findings(
    document: Path,
) -> None:
    findings = check_text(document.read_text(encoding="utf-8"))
    assert [f.text for f in findings if f.kind != "no-options"] == []


@pytest.mark.parametrize(
    ("fixture", "reference"),
    [
        (FIXTURES / "protocols" / "lowestoft-town-council.txt", "4.4"),
        (FIXTURES / "protocols" / "sandhurst-town-council.txt", "31"),
        (STARTER, "9.3"),
    ],
    ids=["lowestoft", "sandhurst", "starter"],
)
def test_the_duty_to_tell_the_other_groups_is_found_by_its_words(
    fixture: Path, reference: str
) -> None:
    assert tell_others_clause(_protocol_clauses(fixture)) == reference
    assert tell_others_clause([]) is None
