"""The casebook's encryption: one data key, wrapped by the passphrase and by a recovery key.

Case content and the names of the people in a case are sealed with AES-256-GCM under a random
data key. The data key is stored only wrapped (AES-GCM again) under a key derived from the
passphrase with scrypt, and a second time under a key derived the same way from the recovery
key shown once at set-up. Changing the passphrase rewraps the data key; no case is touched.
Without the passphrase or the recovery key nobody can read the cases: there is no back door.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from councildesk.db.models import CasebookKey
from councildesk.errors import CouncilDeskError, Problem, ValidationError
from councildesk.services import audit

PASSPHRASE_MIN_LENGTH = 10
_NONCE = 12
_KEY = 32
_SALT = 16
_FORMAT = b"\x01"  # the first byte of every sealed value: how it was sealed


@dataclass(frozen=True)
class KdfParams:
    """scrypt's cost. 2**17 x 8 takes 128 MiB and a few tenths of a second, as OWASP advises."""

    n: int = 2**17
    r: int = 8
    p: int = 1


STRONG = KdfParams()


class CasebookLockedError(CouncilDeskError):
    """The casebook is locked (or not yet set up)."""


class WrongPassphraseError(CouncilDeskError):
    pass


class Casebook:
    """An unlocked casebook: the data key, held in memory only while the clerk works."""

    def __init__(self, data_key: bytes) -> None:
        self._aead: AESGCM | None = AESGCM(data_key)

    @property
    def locked(self) -> bool:
        return self._aead is None

    def lock(self) -> None:
        self._aead = None

    def _cipher(self) -> AESGCM:
        if self._aead is None:
            raise CasebookLockedError("The casebook is locked. Unlock it with its passphrase.")
        return self._aead

    def seal(self, plain: bytes, context: str) -> bytes:
        """Encrypt ``plain``; ``context`` (e.g. the case reference) binds it to its row."""
        nonce = os.urandom(_NONCE)
        return _FORMAT + nonce + self._cipher().encrypt(nonce, plain, context.encode())

    def open(self, sealed: bytes, context: str) -> bytes:
        if not sealed.startswith(_FORMAT):
            raise CouncilDeskError("A casebook record is in a format this CouncilDesk cannot read.")
        nonce, body = sealed[1 : 1 + _NONCE], sealed[1 + _NONCE :]
        try:
            return self._cipher().decrypt(nonce, body, context.encode())
        except InvalidTag:
            raise CouncilDeskError(
                "A casebook record does not match its key: it has been damaged or moved."
            ) from None

    def seal_json(self, value: Any, context: str) -> bytes:
        return self.seal(json.dumps(value, ensure_ascii=False).encode(), context)

    def open_json(self, sealed: bytes, context: str) -> Any:
        return json.loads(self.open(sealed, context))


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Scrypt(salt=salt, length=_KEY, n=params.n, r=params.r, p=params.p)
    return kdf.derive(secret.encode("utf-8"))


def _wrap(data_key: bytes, secret: str, salt: bytes, params: KdfParams) -> bytes:
    nonce = os.urandom(_NONCE)
    return nonce + AESGCM(_derive(secret, salt, params)).encrypt(nonce, data_key, b"casebook")


def _unwrap(wrapped: bytes, secret: str, salt: bytes, params: KdfParams) -> bytes | None:
    try:
        key = _derive(secret, salt, params)
        return AESGCM(key).decrypt(wrapped[:_NONCE], wrapped[_NONCE:], b"casebook")
    except InvalidTag:
        return None


def _normalise_recovery(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _new_recovery_key() -> str:
    """Thirty-two letters and digits in groups of four: 160 random bits, easy to type back."""
    letters = base64.b32encode(secrets.token_bytes(20)).decode()
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def check_passphrase(passphrase: str, repeat: str | None = None) -> None:
    problems: list[Problem] = []
    if len(passphrase) < PASSPHRASE_MIN_LENGTH:
        problems.append(
            Problem(
                "passphrase",
                f"Use at least {PASSPHRASE_MIN_LENGTH} characters: a few words you will "
                "remember make a good passphrase.",
            )
        )
    elif repeat is not None and repeat != passphrase:
        problems.append(Problem("repeat", "The two passphrases are not the same."))
    if problems:
        raise ValidationError(problems)


def _row(session: Session) -> CasebookKey | None:
    return session.scalars(select(CasebookKey)).first()


def is_set_up(session: Session) -> bool:
    return _row(session) is not None


def set_up(
    session: Session, passphrase: str, *, params: KdfParams = STRONG
) -> tuple[Casebook, str]:
    """Create the casebook's key. Returns the unlocked casebook and the recovery key, which is
    shown once and never stored."""
    if is_set_up(session):
        raise CouncilDeskError("The casebook already has a passphrase; change it instead.")
    check_passphrase(passphrase)
    data_key = AESGCM.generate_key(bit_length=256)
    recovery = _new_recovery_key()
    now = dt.datetime.now().replace(microsecond=0)
    salt, recovery_salt = os.urandom(_SALT), os.urandom(_SALT)
    session.add(
        CasebookKey(
            kdf_n=params.n,
            kdf_r=params.r,
            kdf_p=params.p,
            passphrase_salt=salt,
            passphrase_wrapped=_wrap(data_key, passphrase, salt, params),
            recovery_salt=recovery_salt,
            recovery_wrapped=_wrap(data_key, _normalise_recovery(recovery), recovery_salt, params),
            created_at=now,
            changed_at=now,
        )
    )
    audit.record(session, "set up", "casebook", None, "casebook passphrase set")
    return Casebook(data_key), recovery


def _required(session: Session) -> CasebookKey:
    row = _row(session)
    if row is None:
        raise CasebookLockedError(
            "The casebook has not been set up. Run 'councildesk complaints init', or open "
            "the Complaints page, to choose its passphrase."
        )
    return row


def _params(row: CasebookKey) -> KdfParams:
    return KdfParams(row.kdf_n, row.kdf_r, row.kdf_p)


def unlock(session: Session, passphrase: str) -> Casebook:
    row = _required(session)
    key = _unwrap(row.passphrase_wrapped, passphrase, row.passphrase_salt, _params(row))
    if key is None:
        raise WrongPassphraseError(
            "That is not the casebook's passphrase. Check Caps Lock and try again, or use the "
            "recovery key."
        )
    return Casebook(key)


def _unlock_with_recovery(row: CasebookKey, recovery_key: str) -> bytes:
    key = _unwrap(
        row.recovery_wrapped, _normalise_recovery(recovery_key), row.recovery_salt, _params(row)
    )
    if key is None:
        raise WrongPassphraseError("That is not the casebook's recovery key.")
    return key


def change_passphrase(
    session: Session, new_passphrase: str, *, old_passphrase: str = "", recovery_key: str = ""
) -> Casebook:
    """Rewrap the data key under a new passphrase, proving the old one or the recovery key.
    The cases themselves are not re-encrypted: they stay sealed under the same data key."""
    row = _required(session)
    check_passphrase(new_passphrase)
    if recovery_key:
        data_key = _unlock_with_recovery(row, recovery_key)
    else:
        key = _unwrap(row.passphrase_wrapped, old_passphrase, row.passphrase_salt, _params(row))
        if key is None:
            raise WrongPassphraseError("The current passphrase is not right; nothing changed.")
        data_key = key
    row.passphrase_salt = os.urandom(_SALT)
    row.passphrase_wrapped = _wrap(data_key, new_passphrase, row.passphrase_salt, _params(row))
    row.changed_at = dt.datetime.now().replace(microsecond=0)
    how = "with the recovery key" if recovery_key else "with the old passphrase"
    audit.record(session, "change passphrase", "casebook", None, f"passphrase changed {how}")
    return Casebook(data_key)
