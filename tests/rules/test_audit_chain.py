"""The audit trail's hash chain: a sound chain verifies, and every kind of tampering is named."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from councildesk.rules.audit_chain import (
    GENESIS,
    BreakKind,
    EntryContent,
    SealedEntry,
    canonical,
    seal,
    verify,
)

START = dt.datetime(2026, 12, 1, 9, 30)


def content(n: int) -> EntryContent:
    return EntryContent(
        at=START + dt.timedelta(minutes=n),
        actor="clerk",
        action="update",
        entity="person",
        entity_id=n,
        detail=f"Cllr Ŵyn {n}",
    )


def chain(count: int) -> list[SealedEntry]:
    made: list[SealedEntry] = []
    previous = GENESIS
    for n in range(1, count + 1):
        body = content(n)
        made.append(SealedEntry(n, body, previous, seal(body, previous)))
        previous = made[-1].entry_hash or GENESIS
    return made


def extend(entries: list[SealedEntry], new_id: int) -> list[SealedEntry]:
    """What CouncilDesk does next: seal a new entry onto whatever is last now."""
    previous = entries[-1].entry_hash or GENESIS
    body = content(new_id)
    return [*entries, SealedEntry(new_id, body, previous, seal(body, previous))]


def test_a_sound_chain_has_no_breaks() -> None:
    assert verify(chain(5), issued_up_to=5) == []
    assert verify([], issued_up_to=None) == []
    assert verify([], issued_up_to=0) == []


def test_the_encoding_is_fixed_so_old_seals_keep_verifying() -> None:
    # A change to the canonical encoding would make every sealed trail look tampered with.
    assert canonical(content(1), GENESIS) == (
        '{"action":"update","actor":"clerk","at":"2026-12-01 09:31:00","detail":"Cllr Ŵyn 1",'
        '"entity":"person","entity_id":1,"previous":"' + GENESIS + '","scheme":1}'
    ).encode("utf-8")
    # sha256sum of those bytes, worked out outside Python.
    assert seal(content(1), GENESIS) == (
        "02db55fcd61d41afb7e7a3040a4993943c1e3da78e79d9df5df33cb879aff3ac"
    )


@pytest.mark.parametrize(
    "change",
    [
        {"at": START + dt.timedelta(seconds=1)},
        {"actor": "someone else"},
        {"action": "delete"},
        {"entity": "meeting"},
        {"entity_id": None},
        {"detail": "Cllr Wyn 1"},
    ],
    ids=lambda c: next(iter(c)),
)
def test_every_field_is_sealed(change: dict[str, object]) -> None:
    original = content(1)
    assert seal(dataclasses.replace(original, **change), GENESIS) != seal(original, GENESIS)  # type: ignore[arg-type]


def test_the_previous_seal_is_sealed() -> None:
    assert seal(content(1), GENESIS) != seal(content(1), "1" * 64)


def test_an_edited_entry_is_named() -> None:
    entries = chain(5)
    entries[2] = dataclasses.replace(
        entries[2], content=dataclasses.replace(content(3), detail="x")
    )
    (found,) = verify(entries, issued_up_to=5)
    assert found.kind is BreakKind.CHANGED
    assert found.entry is not None and found.entry.id == 3
    assert found.describe() == (
        "Audit trail: entry 3 (01/12/2026 09:33) was changed outside CouncilDesk. "
        "Compare it with a backup made before then."
    )


def test_an_entry_removed_from_the_middle_is_named_by_its_neighbours() -> None:
    entries = chain(5)
    del entries[2]
    (found,) = verify(entries, issued_up_to=5)
    assert found.kind is BreakKind.REMOVED
    assert found.describe().startswith(
        "Audit trail: an entry between entry 2 (01/12/2026 09:32) and entry 4 (01/12/2026 09:34) "
        "was removed outside CouncilDesk."
    )


def test_several_removed_entries_are_counted() -> None:
    entries = chain(6)
    del entries[1:4]
    (found,) = verify(entries, issued_up_to=6)
    assert (found.kind, found.missing) == (BreakKind.REMOVED, 3)
    assert "3 entries between entry 1" in found.describe()


def test_the_first_entry_removed() -> None:
    (found,) = verify(chain(3)[1:], issued_up_to=3)
    assert found.kind is BreakKind.REMOVED
    assert "an entry before entry 2 (" in found.describe()


def test_the_newest_entries_removed_are_found_by_the_ids_issued() -> None:
    (found,) = verify(chain(5)[:3], issued_up_to=5)
    assert found.kind is BreakKind.REMOVED and found.entry is None
    assert "2 entries after entry 3 (" in found.describe()


def test_a_removal_hidden_by_a_later_entry_is_still_found() -> None:
    # The newest entry is removed, then CouncilDesk seals a new one onto the one before it: the
    # chain itself links, but the id that was given out is missing.
    entries = extend(chain(5)[:4], 6)
    (found,) = verify(entries, issued_up_to=6)
    assert (found.kind, found.missing) == (BreakKind.REMOVED, 1)
    assert found.entry is not None and found.entry.id == 6


def test_an_inserted_entry_is_named() -> None:
    entries = chain(4)
    forged = SealedEntry(99, content(99), None, None)
    entries.insert(2, forged)  # between entries 2 and 3, as if given a spare id
    (found,) = verify(entries)
    assert found.kind is BreakKind.INSERTED and found.entry is forged
    assert found.describe().startswith("Audit trail: entry 99 (01/12/2026 11:09) was added")


def test_an_entry_added_at_the_end_with_a_made_up_seal_is_inserted() -> None:
    entries = chain(3)
    entries.append(SealedEntry(4, content(4), "f" * 64, "e" * 64))
    (found,) = verify(entries, issued_up_to=4)
    assert found.kind is BreakKind.INSERTED


def test_swapped_entries_break_the_chain() -> None:
    entries = chain(4)
    entries[1], entries[2] = (
        dataclasses.replace(entries[2], id=2),
        dataclasses.replace(entries[1], id=3),
    )
    assert verify(entries, issued_up_to=4) != []


def test_a_trail_emptied_outside_the_app() -> None:
    (found,) = verify([], issued_up_to=7)
    assert found.describe().startswith("Audit trail: all 7 entries were removed")
