"""The audit trail's hash chain: sealing an entry, and finding where a chain was tampered with.

Each entry is sealed with SHA-256 over a canonical encoding of its own content and the seal of the
entry before it, so changing, removing or slipping in an entry outside CouncilDesk breaks the chain
at that point. The encoding is versioned: a later scheme gets a new version and re-seals in a
migration, and entries sealed under this one still verify.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass

from councildesk.rules.dates import uk_date

# The "previous seal" of the first entry: nothing came before it.
GENESIS = "0" * 64
SCHEME = 1


@dataclass(frozen=True)
class EntryContent:
    """What an audit entry says: the fields its seal covers."""

    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    detail: str


def canonical(content: EntryContent, previous: str) -> bytes:
    """One byte string for one content: keys sorted, no spaces, UTF-8, the scheme named."""
    fields = {
        "scheme": SCHEME,
        "at": content.at.isoformat(sep=" "),
        "actor": content.actor,
        "action": content.action,
        "entity": content.entity,
        "entity_id": content.entity_id,
        "detail": content.detail,
        "previous": previous,
    }
    text = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.encode("utf-8")


def seal(content: EntryContent, previous: str) -> str:
    return hashlib.sha256(canonical(content, previous)).hexdigest()


@dataclass(frozen=True)
class SealedEntry:
    """An entry as stored: its id, content and the two hashes (None where a row lacks them)."""

    id: int
    content: EntryContent
    previous_hash: str | None
    entry_hash: str | None
    # False when a stored field could not be read back as what CouncilDesk wrote (a date that
    # is not a date): such an entry was changed outside CouncilDesk, whatever its seal says.
    readable: bool = True

    def is_intact(self) -> bool:
        """Its seal still matches its content and the previous seal it names."""
        if not self.readable or self.entry_hash is None or self.previous_hash is None:
            return False
        return seal(self.content, self.previous_hash) == self.entry_hash


class BreakKind(enum.StrEnum):
    CHANGED = "changed"
    INSERTED = "inserted"
    REMOVED = "removed"


@dataclass(frozen=True)
class ChainBreak:
    """One place the chain is broken.

    ``entry`` is the entry found wrong (changed or inserted), or for a removal the first entry
    after the gap (None when the newest entries went). ``before`` is the last sound entry ahead
    of a removal, and ``missing`` how many entries the ids say are gone (None when they do not
    tell).
    """

    kind: BreakKind
    entry: SealedEntry | None
    before: SealedEntry | None = None
    missing: int | None = None

    def describe(self) -> str:
        """One line for the clerk: what happened, to which entry, and what to do."""
        advice = "Compare it with a backup made before then."
        if self.kind is BreakKind.CHANGED:
            return f"Audit trail: {_name(self.entry)} was changed outside CouncilDesk. {advice}"
        if self.kind is BreakKind.INSERTED:
            return f"Audit trail: {_name(self.entry)} was added outside CouncilDesk. {advice}"
        plural = self.missing is not None and self.missing > 1
        what = f"{self.missing} entries" if plural else "an entry"
        if self.before is None and self.entry is None:
            where = f"all {self.missing} entries" if plural else "the only entry"
        elif self.before is None:
            where = f"{what} before {_name(self.entry)}"
        elif self.entry is None:
            where = f"{what} after {_name(self.before)}"
        else:
            where = f"{what} between {_name(self.before)} and {_name(self.entry)}"
        verb = "were" if plural else "was"
        return f"Audit trail: {where} {verb} removed outside CouncilDesk. {advice}"


def _name(entry: SealedEntry | None) -> str:
    assert entry is not None
    if not entry.readable:
        return f"entry {entry.id} (its date cannot be read)"
    at = entry.content.at
    return f"entry {entry.id} ({uk_date(at.date())} {at:%H:%M})"


def verify(entries: Sequence[SealedEntry], issued_up_to: int | None = None) -> list[ChainBreak]:
    """Every place the chain of ``entries`` (in id order) breaks; an empty list when it holds.

    ``issued_up_to`` is the highest id the database has ever given an entry, where it keeps one
    and never skips an id (SQLite's AUTOINCREMENT): then a gap in the ids, or ids missing from
    the end, are removals even where the chain was carried over them.
    """
    breaks: list[ChainBreak] = []
    last_sound: SealedEntry | None = None
    expected = GENESIS  # the seal the next entry should name as its previous one
    for index, entry in enumerate(entries):
        following = entries[index + 1] if index + 1 < len(entries) else None
        if not entry.is_intact():
            if following is not None and following.previous_hash == expected:
                # The next entry links past this one: it was slipped in between.
                breaks.append(ChainBreak(BreakKind.INSERTED, entry))
                continue
            if entry.previous_hash != expected and following is None:
                breaks.append(ChainBreak(BreakKind.INSERTED, entry))
                continue
            breaks.append(ChainBreak(BreakKind.CHANGED, entry))
        elif entry.previous_hash != expected or _gap(last_sound, entry, issued_up_to):
            breaks.append(
                ChainBreak(
                    BreakKind.REMOVED, entry, last_sound, _missing(last_sound, entry, issued_up_to)
                )
            )
        last_sound = entry
        expected = entry.entry_hash or GENESIS
    newest = entries[-1].id if entries else 0
    if issued_up_to is not None and issued_up_to > newest:
        breaks.append(ChainBreak(BreakKind.REMOVED, None, last_sound, issued_up_to - newest))
    return breaks


def _gap(before: SealedEntry | None, entry: SealedEntry, issued_up_to: int | None) -> bool:
    return issued_up_to is not None and entry.id != (before.id if before else 0) + 1


def _missing(
    before: SealedEntry | None, entry: SealedEntry, issued_up_to: int | None
) -> int | None:
    if issued_up_to is None:
        return None
    count = entry.id - (before.id if before else 0) - 1
    return count if count > 0 else None
