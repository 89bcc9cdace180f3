"""The protocol's name, and what the clerk is told when a policy or version is not there.

Kept apart from protocols.py so the booklet's plain reads (booklet_reads.py) can say the same
without loading SQLAlchemy.
"""

from __future__ import annotations

from typing import Final

PROTOCOL: Final = "Member/Officer Protocol"
VERSION_GONE: Final = "That version is no longer in the database."


def no_policy(name: str) -> str:
    return (
        f"There is no policy called '{name}' yet. Import it first "
        "('councildesk protocol import FILE')."
    )


def no_versions(name: str) -> str:
    return f"{name} has no versions yet."
