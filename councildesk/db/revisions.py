"""The chain of schema revisions, read from migrations/versions without loading Alembic.

Nearly every start opens a file already at the head revision, and needs only to know that head
and which revisions exist. Alembic (a tenth of a second and more to import, and its script
directory read besides) is loaded only when a file must be upgraded (see migrate.py). Each
revision file names itself and the revision before it in the plain assignments Alembic writes:
``revision: str = "0002_policies"`` and ``down_revision: str | None = "0001_initial"``; a test
holds this reading to Alembic's own.
"""

from __future__ import annotations

import functools
import re

from councildesk import paths

_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\b[^=\n]*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


@functools.cache
def chain() -> dict[str, str | None]:
    """Each revision and the one it revises (None for the first)."""
    found: dict[str, str | None] = {}
    for script in sorted((paths.migrations_dir() / "versions").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision is None or down is None:
            raise RuntimeError(f"{script.name} does not name its revision and the one before it")
        found[revision.group(1)] = down.group(1)
    return found


@functools.cache
def head() -> str:
    """The one revision no other revises: the schema this CouncilDesk writes."""
    revised = set(chain().values())
    heads = [revision for revision in chain() if revision not in revised]
    if len(heads) != 1:
        raise RuntimeError(f"migrations/versions must have one head, not {sorted(heads)}")
    return heads[0]


def is_known(revision: str) -> bool:
    return revision in chain()
