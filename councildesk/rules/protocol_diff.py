"""Comparing two versions of a protocol clause by clause, with the changed words marked.

Councils renumber their protocols whenever a clause is added, so clauses are paired by what they
say first and by their number only as a last resort: a clause that merely moved or was renumbered
is never reported as rewritten. Pairing runs in three passes, each over what the last left over:

1. the same words (ignoring case, punctuation and spacing), in document order first so that
   repeated short items such as "a working partnership;" pair with their neighbours, then anywhere;
2. similar words (difflib ratio at least ``SIMILAR``), the closest pairs first;
3. the same number (within the same parent), however different the words.

Pure: plain values in and out, no I/O.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise
from typing import Final, Literal

from councildesk.rules.protocol_text.model import Node, NodeKind

ChangeKind = Literal["unchanged", "renumbered", "changed", "added", "removed"]
WordKind = Literal["same", "added", "removed"]

SIMILAR: Final = 0.6
# Letter by letter is kinder to headings ("Role of" / "Roles of") but slow, and too forgiving
# of longer text, where a shared alphabet alone would score well; longer text goes word by word.
_SHORT: Final = 60
_SOME_WORDS: Final = 0.3
_TYPOGRAPHY: Final = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_NOT_WORD: Final = re.compile(r"[^\w\s]")


@dataclass(frozen=True)
class FlatClause:
    """One comparable item: a clause, bullet or paragraph, or a section or sub-heading."""

    number: str
    heading: str
    text: str
    kind: NodeKind
    path: tuple[str, ...] = ()  # the titles of its ancestors, outermost first
    parent_number: str = ""  # the nearest numbered ancestor's number, to cite a bullet by

    @property
    def title(self) -> str:
        return " ".join(part for part in (self.number, self.heading) if part)

    @property
    def reference(self) -> str:
        """How a reader would cite it: "2.3", "3.1 (a)", "3.1 •", or a heading's own words."""
        if self.number:
            return self.number
        if self.kind == "bullet":
            return f"{self.parent_number} •".strip()
        if not self.text:
            return self.heading
        return self.parent_number


@dataclass(frozen=True)
class WordOp:
    kind: WordKind
    text: str  # one or more words separated by single spaces


@dataclass(frozen=True)
class ClauseChange:
    """How one clause fared between the versions. ``words`` mark its text, ``heading_words``
    its heading; both are the whole of it, so joining each op's text with spaces gives the old
    wording (leaving out "added") or the new (leaving out "removed"). Paragraph breaks are not
    compared."""

    kind: ChangeKind
    old: FlatClause | None
    new: FlatClause | None
    words: list[WordOp] = field(default_factory=list)
    heading_words: list[WordOp] = field(default_factory=list)
    moved: bool = False  # paired out of order: it now sits elsewhere among its neighbours


@dataclass(frozen=True)
class DiffSummary:
    unchanged: int = 0
    renumbered: int = 0
    changed: int = 0
    added: int = 0
    removed: int = 0
    moved: int = 0

    @property
    def identical(self) -> bool:
        """No clause added, removed, reworded or renumbered."""
        return not (self.renumbered or self.changed or self.added or self.removed)


def flatten(nodes: Sequence[Node]) -> list[FlatClause]:
    """Every node with a heading or text, depth first, in document order."""
    out: list[FlatClause] = []

    def walk(items: Sequence[Node], path: tuple[str, ...], parent_number: str) -> None:
        for node in items:
            if node.heading.strip() or node.text.strip():
                out.append(
                    FlatClause(node.number, node.heading, node.text, node.kind, path, parent_number)
                )
            walk(node.children, (*path, node.title), node.number or parent_number)

    walk(nodes, (), "")
    return out


def diff_protocols(old_nodes: Sequence[Node], new_nodes: Sequence[Node]) -> list[ClauseChange]:
    """Every clause of both versions, in the new version's order; removed ones where they were."""
    pairing = _Pairing(flatten(old_nodes), flatten(new_nodes))
    pairing.same_words()
    pairing.similar()
    pairing.numbers()
    return _assemble(pairing.old, pairing.new, pairing.pairs)


def summarise(changes: Sequence[ClauseChange]) -> DiffSummary:
    counts = {kind: sum(1 for c in changes if c.kind == kind) for kind in _KINDS}
    return DiffSummary(**counts, moved=sum(1 for c in changes if c.moved))


_KINDS: Final = ("unchanged", "renumbered", "changed", "added", "removed")


def word_ops(old: str, new: str) -> list[WordOp]:
    """The words of ``new`` against ``old``: kept, added and removed runs, in reading order."""
    a, b = old.split(), new.split()
    matcher = SequenceMatcher(None, [_typo(w) for w in a], [_typo(w) for w in b], autojunk=False)
    ops: list[WordOp] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _push(ops, "same", b[j1:j2])
            continue
        _push(ops, "removed", a[i1:i2])
        _push(ops, "added", b[j1:j2])
    return ops


def _push(ops: list[WordOp], kind: WordKind, words: list[str]) -> None:
    if not words:
        return
    if ops and ops[-1].kind == kind:
        ops[-1] = WordOp(kind, f"{ops[-1].text} {' '.join(words)}")
    else:
        ops.append(WordOp(kind, " ".join(words)))


# Pairing


def _typo(text: str) -> str:
    """Text as compared for "unchanged": curly and straight quotes alike, spacing ignored."""
    return " ".join(text.translate(_TYPOGRAPHY).split())


def _key(item: FlatClause) -> str:
    """Text as compared for pairing; a bare heading never pairs with a clause."""
    words = _NOT_WORD.sub(" ", f"{item.heading} {item.text}".translate(_TYPOGRAPHY).casefold())
    return ("t " if item.text.strip() else "h ") + " ".join(words.split())


class _Pairing:
    """Pairs each old item (by index) with at most one new item, pass by pass."""

    def __init__(self, old: list[FlatClause], new: list[FlatClause]) -> None:
        self.old, self.new = old, new
        self.pairs: dict[int, int] = {}
        self.old_keys, self.new_keys = [_key(c) for c in old], [_key(c) for c in new]
        self.old_words = [k.split()[1:] for k in self.old_keys]
        self.new_words = [k.split()[1:] for k in self.new_keys]
        self.old_bags = [Counter(w) for w in self.old_words]
        self.new_bags = [Counter(w) for w in self.new_words]
        # difflib indexes its second sequence; one matcher per new item reuses the index.
        self.matchers: dict[tuple[int, bool], SequenceMatcher[Hashable]] = {}

    def free(self) -> tuple[list[int], list[int]]:
        taken = set(self.pairs.values())
        return (
            [i for i in range(len(self.old)) if i not in self.pairs],
            [j for j in range(len(self.new)) if j not in taken],
        )

    def same_words(self) -> None:
        matcher = SequenceMatcher(None, self.old_keys, self.new_keys, autojunk=False)
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                self.pairs[block.a + offset] = block.b + offset
        olds, news = self.free()
        waiting: dict[str, list[int]] = defaultdict(list)
        for j in news:
            waiting[self.new_keys[j]].append(j)
        for i in olds:
            if waiting[self.old_keys[i]]:
                self.pairs[i] = waiting[self.old_keys[i]].pop(0)  # moved, word for word

    def similar(self) -> None:
        # Reworded clauses nearly always stay between the same neighbours, so look there first
        # and across the whole document only for what is left: clauses that moved as well.
        kept = sorted(_in_order(self.pairs))
        anchors = [(-1, -1), *((i, self.pairs[i]) for i in kept), (len(self.old), len(self.new))]
        olds, news = self.free()
        for (i0, j0), (i1, j1) in pairwise(anchors):
            self._best([i for i in olds if i0 < i < i1], [j for j in news if j0 < j < j1])
        self._best(*self.free())

    def numbers(self) -> None:
        olds, news = self.free()
        waiting: dict[tuple[tuple[str, ...], bool], list[int]] = defaultdict(list)
        for j in news:
            if _ref(self.new[j]):
                waiting[(_ref(self.new[j]), bool(self.new[j].text.strip()))].append(j)
        for i in olds:
            key = (_ref(self.old[i]), bool(self.old[i].text.strip()))
            if key[0] and waiting[key]:
                self.pairs[i] = waiting[key].pop(0)

    def _best(self, olds: list[int], news: list[int]) -> None:
        if not olds or not news:
            return
        paired = sorted(self.pairs)
        candidates: list[tuple[float, bool, float, int, int]] = []
        for i in olds:
            expected = self._expected(i, paired)
            for j in news:
                ratio = self._similarity(i, j)
                if ratio >= SIMILAR:
                    same_number = _ref(self.old[i]) == _ref(self.new[j])
                    candidates.append((round(ratio, 2), same_number, -abs(expected - j), i, j))
        # Closest wording first; between equals, the same number, then the place it would keep.
        taken = set(self.pairs.values())
        for _ratio, _same, _drift, i, j in sorted(candidates, reverse=True):
            if i not in self.pairs and j not in taken:
                self.pairs[i] = j
                taken.add(j)

    def _expected(self, i: int, paired: list[int]) -> float:
        """Where old item ``i`` would sit in the new version, going by the pair before it."""
        at = bisect_left(paired, i)
        if at == 0:
            return i * len(self.new) / max(len(self.old), 1)
        return self.pairs[paired[at - 1]] + (i - paired[at - 1])

    def _similarity(self, i: int, j: int) -> float:
        """Difflib's ratio, with a cheap bound first: most pairs share too few words."""
        a, b = self.old_keys[i], self.new_keys[j]
        if a[0] != b[0]:
            return 0.0
        wa, wb = self.old_words[i], self.new_words[j]
        small, large = sorted((self.old_bags[i], self.new_bags[j]), key=len)
        shared = 2 * sum(min(n, large[w]) for w, n in small.items())
        total = len(wa) + len(wb)
        best = self._ratio(j, wa, wb) if shared >= SIMILAR * total else 0.0
        # "Councillor" / "Councillors" share no word but nearly every letter.
        near = shared >= _SOME_WORDS * total or min(len(wa), len(wb)) <= 2
        if best < SIMILAR and near and len(a) <= _SHORT + 2 and len(b) <= _SHORT + 2:
            best = max(best, self._ratio(j, a[2:], b[2:]))
        return best

    def _ratio(self, j: int, a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
        matcher = self.matchers.get((j, isinstance(b, str)))
        if matcher is None:
            matcher = SequenceMatcher(None, [], b, autojunk=False)
            self.matchers[(j, isinstance(b, str))] = matcher
        matcher.set_seq1(a)
        return matcher.ratio() if matcher.quick_ratio() >= SIMILAR else 0.0


def _ref(item: FlatClause) -> tuple[str, ...]:
    """A number qualified by its parent's, since "(a)" recurs under many clauses."""
    number = item.number.strip().rstrip(".").casefold()
    return (item.parent_number.strip().rstrip(".").casefold(), number) if number else ()


# Putting the answer together


def _in_order(pairs: dict[int, int]) -> set[int]:
    """The old indices of the longest run of pairs that kept their order; the rest moved."""
    tails: list[int] = []  # tails[k]: the lowest new index ending an in-order run of k + 1
    ends: list[int] = []  # the old index of that pair
    before: dict[int, int] = {}
    for i in sorted(pairs):
        k = bisect_left(tails, pairs[i])
        if k:
            before[i] = ends[k - 1]
        tails[k : k + 1], ends[k : k + 1] = [pairs[i]], [i]
    kept: set[int] = set()
    cursor = ends[-1] if ends else None
    while cursor is not None:
        kept.add(cursor)
        cursor = before.get(cursor)
    return kept


def _assemble(
    old: list[FlatClause], new: list[FlatClause], pairs: dict[int, int]
) -> list[ClauseChange]:
    kept = _in_order(pairs)
    by_new = {j: i for i, j in pairs.items()}
    # A removed clause follows the nearest clause before it that stayed in place.
    removed_after: dict[int, list[int]] = defaultdict(list)
    anchor = -1
    for i in range(len(old)):
        if i in kept:
            anchor = pairs[i]
        elif i not in pairs:
            removed_after[anchor].append(i)
    changes = [_one_sided("removed", old[i]) for i in removed_after[-1]]
    for j, item in enumerate(new):
        match = by_new.get(j)
        if match is None:
            changes.append(_one_sided("added", item))
        else:
            changes.append(_paired(old[match], item, match not in kept))
        changes.extend(_one_sided("removed", old[i]) for i in removed_after[j])
    return changes


def _paired(old: FlatClause, new: FlatClause, moved: bool) -> ClauseChange:
    same_words = _typo(old.text) == _typo(new.text) and _typo(old.heading) == _typo(new.heading)
    same_number = _typo(old.number).rstrip(".") == _typo(new.number).rstrip(".")
    if same_words:
        kind: ChangeKind = "unchanged" if same_number else "renumbered"
        words, heading_words = _whole("same", new.text), _whole("same", new.heading)
    else:
        kind = "changed"
        words, heading_words = word_ops(old.text, new.text), word_ops(old.heading, new.heading)
    return ClauseChange(kind, old, new, words, heading_words, moved)


def _one_sided(kind: Literal["added", "removed"], item: FlatClause) -> ClauseChange:
    old, new = (item, None) if kind == "removed" else (None, item)
    return ClauseChange(kind, old, new, _whole(kind, item.text), _whole(kind, item.heading))


def _whole(kind: WordKind, text: str) -> list[WordOp]:
    words = text.split()
    return [WordOp(kind, " ".join(words))] if words else []
