"""What a Member/Officer Protocol normally covers, and which clauses of a protocol cover what.

The checklist is the clerk's: thirteen core topics that every protocol for a parish, town or
community council should deal with, and eight further topics that good ones often add. Matching is
deliberately plain: weighted phrases per topic, read in a clause's own words and in the headings
above it, so that the clerk can see why a clause was matched (``TopicMatch.evidence``) and correct
it (``apply_corrections``). Precision matters more than recall here: a checklist that ticks
"confidentiality" because a list of virtues says "appropriate confidentiality" tells the clerk
nothing, so a lone passing word scores below the threshold and the topic is reported missing.

Pure: plain values in and out, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from councildesk.rules.coverage_topics import TOPICS as TOPICS
from councildesk.rules.coverage_topics import TOPICS_BY_KEY as TOPICS_BY_KEY
from councildesk.rules.coverage_topics import Cue as Cue
from councildesk.rules.coverage_topics import Topic as Topic
from councildesk.rules.protocol_text.model import Node

# Scores: a heading counts for more than a phrase because headings say what a passage is about,
# while phrases are often only mentioned in passing. The heading of the clause itself is the
# strongest sign, the nearest heading above it next (a clause under "Political Groups" is about
# political groups), headings further out only a hint ("Roles of Councillors and Employees" is
# not what a clause under its "Chair and Vice-Chair" sub-heading is about).
OWN_HEADING = 3.0
NEAREST_HEADING = 2.5
OUTER_HEADING = 1.0
THRESHOLD = 2.5


@dataclass(frozen=True)
class ClauseRef:
    """One passage of a protocol, as the matcher reads it."""

    key: str  # the caller's identifier: a position path such as "3.1.2", or a row id
    number: str  # as printed, "" when none
    heading: str
    text: str
    section: str = ""  # the nearest heading above it: a sub-heading, section or headed clause
    outer: tuple[str, ...] = ()  # headings further out, outermost first
    parent: str = ""  # key of the clause this is an item of ("3.1" for a bullet under 3.1)
    cite: str = ""  # how a reader would refer to it: "4.3", "9.2(b)", "3.3, item 1"


@dataclass(frozen=True)
class TopicMatch:
    clause: str  # ClauseRef.key
    score: float
    evidence: tuple[str, ...] = ()  # what was read: "heading: Political Groups", "grievance"
    by_clerk: bool = False  # added by the clerk rather than found


TopicMapping = dict[str, list[TopicMatch]]


def clause_refs(nodes: Sequence[Node], prefix: str = "") -> list[ClauseRef]:
    """Every passage with words of its own, depth first, keyed by position ("3.1.2").

    Keys follow positions, not printed numbers, because printed numbers repeat, skip and
    are missing in real protocols. A heading alone is not a passage; it becomes the context of
    what lies under it.
    """
    refs: list[ClauseRef] = []

    def walk(
        children: Sequence[Node],
        path: str,
        headings: tuple[str, ...],
        parent: str,
        cite: str,
    ) -> None:
        for index, node in enumerate(children, start=1):
            key = f"{path}{index}"
            own_cite = _cite(node, index, cite, headings)
            if node.text.strip():
                refs.append(
                    ClauseRef(
                        key,
                        node.number,
                        node.heading,
                        node.text,
                        headings[-1] if headings else "",
                        headings[:-1],
                        parent,
                        own_cite,
                    )
                )
            is_item_parent = node.kind == "clause" and bool(node.text.strip())
            walk(
                node.children,
                f"{key}.",
                (*headings, node.heading) if node.heading else headings,
                key if is_item_parent else parent,
                own_cite if node.number or is_item_parent else cite,
            )

    walk(nodes, prefix, (), "", "")
    return refs


def _cite(node: Node, index: int, above: str, headings: tuple[str, ...]) -> str:
    number = node.number.strip().rstrip(".")
    if number and (number[0].isdigit() or not above):
        return number
    if number:
        letter = number if number.startswith("(") else f"({number.rstrip(')')})"
        return f"{above}{letter}"
    base = above or (headings[-1] if headings else "")
    return f"{base}, item {index}" if base else f"item {index}"


def _normal(text: str) -> str:
    text = text.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return " ".join(text.lower().split())


def _score(topic: Topic, clause: ClauseRef) -> tuple[float, list[str]]:
    score = 0.0
    evidence: list[str] = []
    for heading, weight in _headings(clause):
        normal = _normal(heading)
        best = max((cue.weight for cue in topic.headings if cue.regex.search(normal)), default=0)
        if best:
            score += weight * best
            evidence.append(f"heading: {heading}")
    words = _normal(f"{clause.heading}. {clause.text}")
    for cue in topic.phrases:
        found = cue.regex.search(words)
        if found:
            score += cue.weight
            evidence.append(found.group(0)[:60])
    return score, evidence


def _headings(clause: ClauseRef) -> list[tuple[str, float]]:
    above = [h.strip() for h in (*clause.outer, clause.section) if h.strip()]
    if clause.heading.strip():
        # A clause with its own heading says what it is about; the section around it is only a
        # hint, as for any outer heading (community council's headed "2.3 Chair and Vice-Chair").
        out = [(clause.heading.strip(), OWN_HEADING)]
    elif above:
        out = [(above.pop(), NEAREST_HEADING)]
    else:
        out = []
    # The outer headings are read together, so that a deep clause is not pushed over the
    # threshold by the same words repeated at several levels.
    if above:
        out.append((" / ".join(above), OUTER_HEADING))
    return out


def map_topics(clauses: Sequence[ClauseRef], threshold: float = THRESHOLD) -> TopicMapping:
    """For every topic (all keys present), the clauses that cover it, in document order.

    An item of a list is left out of a topic its own clause already covers: the clerk reads
    "3.1 covers what councillors can expect", not 3.1 and each of its twelve bullets.
    """
    mapping: TopicMapping = {topic.key: [] for topic in TOPICS}
    for topic in TOPICS:
        matched: set[str] = set()
        for clause in clauses:
            score, evidence = _score(topic, clause)
            if score < threshold:
                continue
            matched.add(clause.key)
            if clause.parent and clause.parent in matched:
                continue
            mapping[topic.key].append(TopicMatch(clause.key, round(score, 2), tuple(evidence)))
    return mapping


def missing_topics(
    mapping: Mapping[str, Sequence[TopicMatch]], core_only: bool = False
) -> list[Topic]:
    """Topics of the checklist no clause covers, in checklist order."""
    return [
        topic for topic in TOPICS if not mapping.get(topic.key) and (topic.core or not core_only)
    ]


def apply_corrections(
    mapping: Mapping[str, Sequence[TopicMatch]],
    added: Iterable[tuple[str, str]],
    removed: Iterable[tuple[str, str]],
) -> TopicMapping:
    """The mapping with the clerk's corrections, each a (topic key, clause key) pair.

    A pair both added and removed stays removed: a wrong tick hides a gap in the protocol,
    which costs the clerk more than a topic wrongly shown as missing. Topic keys no longer in
    the checklist are ignored, because stored corrections may outlive a change to it.
    """
    result: TopicMapping = {key: list(matches) for key, matches in mapping.items()}
    for key in TOPICS_BY_KEY:
        result.setdefault(key, [])
    dropped = set(removed)
    for topic_key, clause_key in added:
        if topic_key not in TOPICS_BY_KEY or (topic_key, clause_key) in dropped:
            continue
        matches = result[topic_key]
        if any(match.clause == clause_key for match in matches):
            continue
        # Slot it in by key so the list still reads in document order; the found matches
        # keep the order they came in.
        place = next(
            (i for i, m in enumerate(matches) if _natural(m.clause) > _natural(clause_key)),
            len(matches),
        )
        matches.insert(place, TopicMatch(clause_key, 0.0, (), by_clerk=True))
    for topic_key, clause_key in dropped:
        if topic_key in result:
            result[topic_key] = [m for m in result[topic_key] if m.clause != clause_key]
    return result


def _natural(key: str) -> tuple[tuple[int, int | str], ...]:
    """Sort "3.10" after "3.9", and row ids as numbers, whatever the caller's keys look like."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in key.split("."))
