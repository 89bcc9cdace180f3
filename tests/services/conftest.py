"""Fixtures for the casebook: a council with people, and an unlocked casebook.

Tests set the casebook up with a cheap scrypt cost so they stay quick; the product's own cost is
checked in test_casebook_crypto.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from councildesk.db.engine import Database
from councildesk.services import casebook_crypto
from councildesk.services.casebook_crypto import Casebook, KdfParams

FAST = KdfParams(n=2**10, r=8, p=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def book(db: Database) -> Iterator[Casebook]:
    with db.transaction() as session:
        unlocked, _recovery = casebook_crypto.set_up(session, PASSPHRASE, params=FAST)
    yield unlocked
