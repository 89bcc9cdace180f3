"""The advice-language check: a report to a political group gives facts and options only.

Protocols say that reports and advice to party political groups state the relevant facts and
appraise the options, make no recommendations and do not deal with the political implications
(Lowestoft 4.3, Sandhurst 30). This check reads a report sentence by sentence and flags:

- a recommendation to the group: the writer's own advice or preference ("I recommend", "the group
  should", "members are advised to support", "the preferred option is", "in my view the best
  course");
- political implications: party or electoral advantage, how a vote will look to voters, seats,
  campaigning, the opposition or other parties;

and warns when the report appraises no options at all. It looks for the writer advising, not for
words: a committee's recommendation reported as a fact, the annual election of the chair,
objections to a planning application and the costs of each option are facts and pass.

Pure: plain values in and out, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from councildesk.rules.advice_clauses import ClauseText, OffendedClause, offended_clause
from councildesk.rules.lazy_regex import LazyPattern

FindingKind = Literal["recommendation", "political", "no-options"]


@dataclass(frozen=True)
class Finding:
    text: str  # the sentence, as written (empty for a warning about the whole report)
    kind: FindingKind
    clause: str  # the protocol clause it offends, e.g. "9.2", or the standard wording's name
    why: str


def _any(*patterns: str) -> LazyPattern:
    # Compiled at the first check, not at import: together they take a tenth of a second.
    return LazyPattern("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# The writer giving their own advice or preference, or telling the group what to do.
_GROUP = r"(?:the\s+group|your\s+group|members|councillors|the\s+members|you|we|group\s+members)"
_ADVISED = r"(?:advised|urged|encouraged|asked|invited|recommended)"
_CHOOSE = (
    r"(?:support|oppose|back|reject|accept|approve|adopt|choose|favour|vote|agree|endorse|"
    r"go\s+with|pursue|opt|resist|object|press\s+for|push\s+for|take)"
)
_RECOMMENDATION: Final = _any(
    r"\b(?:I|we)\s+(?:would\s+|do\s+|must\s+|therefore\s+|strongly\s+|would\s+strongly\s+)*"
    r"(?:recommend|advise|suggest|urge|propose|encourage|counsel)\b",
    r"\b(?:I|we)(?:'d|\s+would)\s+(?:support|favour|back|choose|go\s+with|prefer|opt\s+for)\b",
    r"\b(?:I|we)'d\s+(?:strongly\s+)?(?:recommend|advise|suggest|urge|propose)\b",
    r"\b(?:I|we)\s+(?:think|believe|feel|consider)\b[^.]*\b(?:should|ought|must|best|better)\b",
    r"\bif\s+I\s+were\s+(?:you|the\s+group|a\s+member|in\s+your\s+position)\b",
    r"\bthe\s+(?:best|right|sensible|wisest|only)\s+thing\s+(?:for\s+(?:\w+\s+){1,2})?to\s+do\b",
    r"\b(?:I|we)\s+(?:prefer|favour)\b",
    r"\bmy\s+(?:own\s+)?(?:recommendation|advice|preference|suggestion|strong\s+view)\b",
    r"\bin\s+my\s+(?:view|opinion|judgement|judgment)\b",
    r"\bmy\s+view\s+is\b",
    rf"\b{_GROUP}\s+(?:should|ought\s+to|must|needs?\s+to|would\s+(?:do\s+)?well\s+to|"
    rf"would\s+be\s+(?:well\s+)?advised\s+to|would\s+be\s+(?:wise|sensible|prudent)\s+to|(?:is|are)\s+(?:strongly\s+)?{_ADVISED}\s+to)\s+"
    rf"(?:\w+\s+){{0,2}}?{_CHOOSE}",
    rf"\b{_GROUP}\s+(?:is|are)\s+(?:strongly\s+)?{_ADVISED}\s+to\b",
    r"\bit\s+is\s+(?:therefore\s+|strongly\s+)?(?:recommended|advised|suggested)\s+that\s+"
    r"(?:the\s+group|members|you)\b",
    r"\b(?:the|my)\s+(?:preferred|recommended)\s+(?:option|course|approach|choice|way)\b"
    r"(?=[^.]*\b(?:is|would\s+be|remains)\b)",
    r"\bthe\s+(?:best|right|wisest|most\s+sensible|sensible|better)\s+"
    r"(?:option|course(?:\s+of\s+action)?|approach|choice|way\s+forward)\s+"
    r"(?:is|would\s+be|for\s+the\s+group|remains)\b",
    r"\b(?:option|proposal|approach)\s+\w{1,3}\s+is\s+(?:clearly\s+|plainly\s+|by\s+far\s+)?"
    r"(?:the\s+best|the\s+better|preferable|the\s+right|the\s+one\s+to\s+(?:choose|support))\b",
    r"\b(?:support|vote\s+for|back|choose)\s+option\s+\w{1,3}\b(?=[^.]*$)(?<!\bto\s)",
    r"\bthe\s+group\s+(?:has|have)\s+(?:no|little)\s+(?:real\s+)?(?:choice|alternative)\s+but\b",
    r"\b(?:there\s+is|I\s+see)\s+no\s+(?:real\s+)?alternative\s+but\s+to\b",
)

# A third party's view, reported: the committee recommended, the auditor advised, as minuted.
_REPORTED: Final = _any(
    r"\b(?:committee|council|auditor|inspector|consultants?|officers?|panel|surveyor|"
    r"engineer|report|minutes?|county|district|police|association|residents?|applicant|"
    r"planning\s+authority|working\s+party|the\s+survey)(?:'s|s')?\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:recommended|advised|suggested|proposed|concluded|urged|"
    r"said|stated|states|says|noted|found|resolved|preferred|favoured)\b",
    r"\b(?:recommended|advised|proposed|preferred)\s+by\s+the\b",
    r"\baccording\s+to\s+the\b",
)

_POLITICAL: Final = _any(
    r"\b(?:party|political|electoral)\s+(?:advantage|disadvantage|gain|benefit|capital|"
    r"cost|costs|risk|risks|damage|fallout|credit|points?|prospects|consequences|"
    r"implications|embarrassment|opponents?|rivals?)\b",
    r"\bpolitically\s+(?:damaging|advantageous|risky|embarrassing|popular|unpopular|"
    r"attractive|helpful|harmful|costly|dangerous|astute|smart|wise|sensitive|awkward)\b",
    r"\b(?:win|lose|losing|winning|hold|holding|keep|cost\s+(?:the\s+group|you|us)|gain|"
    r"gaining|defend|defending|retain|retaining)\s+(?:\w+\s+){0,3}?seats?\b",
    r"\bmarginal\s+(?:seat|seats|ward|wards)\b",
    r"\b(?:voters|the\s+electorate|electors)\b(?=[^.]*\b(?:will|would|might|may|could|"
    r"likely|unlikely|see|view|remember|punish|reward|react|like|dislike|welcome|notice|"
    r"blame|thank|judge|forgive|forget)\b)",
    r"\bgo\s+down\s+(?:well|badly|poorly)\b",
    r"\bahead\s+of\s+the\s+(?:\w+\s+)?elections?\b",
    r"\b(?:popular|unpopular|well\s+received|badly\s+received)\s+(?:with|among)\s+"
    r"(?:voters|the\s+electorate|electors|residents|local\s+people|the\s+public)\b",
    r"\bhow\s+(?:this|it|the\s+decision|a\s+vote|the\s+vote|that|the\s+group)\s+"
    r"(?:will|would|might|may|could)\s+(?:look|play|be\s+seen|be\s+perceived|go\s+down)\b",
    r"\b(?:look|looks|looking)\s+(?:good|bad|weak|strong)\s+(?:to|for|in\s+front\s+of)\b",
    r"\b(?:at|before)\s+the\s+(?:ballot\s+box|polls|next\s+election|elections)\b",
    r"\b(?:election|electoral|re-election|party|group's)\s+(?:campaign|campaigning|leaflets?|"
    r"manifesto|literature|prospects|chances|hopes)\b",
    r"\bcampaign(?:ing)?\s+(?:on|against|for)\s+(?:this|it|the\s+issue|the\s+group)\b",
    r"\bcampaigning\b",
    r"\bcampaign\s+(?:leaflets?|literature|material|messages?)\b",
    r"\b(?:canvass|canvassing|on\s+the\s+doorstep|doorsteps?)\b",
    r"\bthe\s+opposition\b(?!\s+to\b)",
    r"\bopposition\s+(?:group|groups|party|parties|councillors|members|benches)\b",
    r"\b(?:other|rival|opposing)\s+political\s+(?:parties|party)\b",
    r"\b(?:other|rival|opposing)\s+part(?:y|ies)\b(?=[^.]*\b(?:campaign\w*|votes?|voters|"
    r"elections?|seats?|exploit|seize|attack|capital|credit|blame)\b)",
    r"\brival\s+(?:groups?|parties|party)\b",
    r"\bother\s+groups?\s+(?:will|would|could|might|may)\s+(?:exploit|use|attack|seize|"
    r"make\s+capital|claim|take\s+credit|criticise)\b",
    r"\b(?:take|get|claim|gain|steal)\s+(?:the\s+)?credit\b",
    r"\b(?:be\s+)?blamed\s+by\s+(?:voters|residents|the\s+public|electors)\b",
    r"\bvote[- ]winner\b|\bvote[- ]loser\b|\bwin\s+votes\b|\blose\s+votes\b|\bcost\s+votes\b",
    r"\b(?:re-?elected|re-?election)\b(?=[^.]*\b(?:chances|hopes|prospects|help|hurt|"
    r"harm|damage|threaten|boost|secure)\b)",
    r"\bnext\s+(?:year's\s+|May's\s+)?elections?\b(?=[^.]*\b(?:help|hurt|harm|damage|"
    r"boost|cost|win|lose|advantage|remember|punish|reward)\b)",
)

# Any sign that the report sets out choices at all.
_OPTIONS: Final = _any(
    r"\boptions?\b",
    r"\balternatives?\b",
    r"\bchoices?\b",
    r"\bcourses?\s+of\s+action\b",
    r"\bpossibilit(?:y|ies)\b",
    r"\b(?:could|may|might)\s+(?:either|instead)\b",
    r"\beither\b[^.]*\bor\b",
)

# Sentence ends, but not after the abbreviations councils write ("Cllr.", "e.g.", "No. 4").
_ABBREVIATIONS: Final = (
    "cllr",
    "mr",
    "mrs",
    "ms",
    "dr",
    "e.g",
    "i.e",
    "etc",
    "no",
    "nos",
    "para",
    "ref",
    "st",
    "approx",
    "cf",
    "vs",
)
_SENTENCE_END: Final = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9£])")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text``; each line or paragraph ends one, as a heading or bullet does."""
    sentences: list[str] = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        line = " ".join(paragraph.split())
        if not line:
            continue
        start = 0
        for match in _SENTENCE_END.finditer(line):
            before = line[start : match.start()].rstrip(".!?\"'”’)")
            last_word = before.rsplit(" ", 1)[-1].lower() if before else ""
            if last_word in _ABBREVIATIONS or re.fullmatch(r"[a-z]", last_word):
                continue
            sentences.append(line[start : match.start()].strip())
            start = match.end()
        tail = line[start:].strip()
        if tail:
            sentences.append(tail)
    return sentences


def sentence_kind(sentence: str) -> FindingKind | None:
    """Whether one sentence recommends, deals with political implications, or neither."""
    recommends = _RECOMMENDATION.search(sentence)
    if recommends and not _reported_before(sentence, recommends.start()):
        return "recommendation"
    if any(not _negated(sentence, match.start()) for match in _POLITICAL.finditer(sentence)):
        return "political"
    return None


# "... do not deal with the political implications", "never used for political advantage":
# a rule about politics, not advice about it.
_NEGATION: Final = re.compile(r"\b(?:not|no|never|without|nor|avoid\w*)\b", re.IGNORECASE)
_NEGATION_REACH: Final = 9


def _negated(sentence: str, at: int) -> bool:
    words_before = sentence[:at].split()[-_NEGATION_REACH:]
    return _NEGATION.search(" ".join(words_before)) is not None


def _reported_before(sentence: str, at: int) -> bool:
    """The words found are someone else's, reported: "The committee recommended that we ..."."""
    reported = _REPORTED.search(sentence)
    return reported is not None and reported.start() < at


def appraises_options(text: str) -> bool:
    return _OPTIONS.search(text) is not None


_WHY: Final = {
    "recommendation": "It tells the group what to do or which option to prefer",
    "political": "It deals with the political implications (party or electoral advantage, "
    "voters, seats, campaigning or other parties)",
    "no-options": "The report states no options at all for the group to weigh",
}


def check_text(text: str, clauses: Sequence[ClauseText] = ()) -> list[Finding]:
    """Every sentence of ``text`` that offends, in reading order, then the warning when no
    options are appraised. ``clauses`` are the adopted protocol's clauses, to name the one each
    finding offends; without them the standard wording is named instead."""
    findings: list[Finding] = []
    offended: dict[FindingKind, OffendedClause] = {}

    def finding(sentence: str, kind: FindingKind) -> Finding:
        if kind not in offended:
            offended[kind] = offended_clause(clauses, kind)
        clause = offended[kind]
        return Finding(sentence, kind, clause.reference, f"{_WHY[kind]}; {clause.says}.")

    for sentence in split_sentences(text):
        kind = sentence_kind(sentence)
        if kind is not None:
            findings.append(finding(sentence, kind))
    if text.strip() and not appraises_options(text):
        findings.append(finding("", "no-options"))
    return findings
