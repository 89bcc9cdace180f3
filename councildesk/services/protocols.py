"""Policies and their versions: import, edit, adopt. The Member/Officer Protocol comes first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, selectinload

from councildesk import paths
from councildesk.db.models import Policy, PolicyNode, PolicyVersion
from councildesk.db.models import VersionStatus as VersionStatus
from councildesk.errors import CouncilDeskError, NotFoundError, Problem, ValidationError
from councildesk.rules import import_limits, policy_titles
from councildesk.rules.dates import uk_date
from councildesk.rules.doc_control import DocDate
from councildesk.rules.protocol_text import Node, ParsedDocument, parse_blocks, parse_text
from councildesk.services import audit, protocol_names, protocol_review, review_facts
from councildesk.services.lookup import get_or_raise
from councildesk.services.protocol_names import PROTOCOL as PROTOCOL
from councildesk.services.protocol_tree import node_values, version_tree

STARTER_FILE = "starter_protocol.txt"


@dataclass(frozen=True)
class ImportPreview:
    """What an import found, before anything is saved: the clerk checks it first."""

    source_name: str
    source_text: str
    parsed: ParsedDocument


class NotAPolicyError(CouncilDeskError):
    """A file far bigger than any policy: refused before anything is parsed or saved."""


class ImportCancelled(CouncilDeskError):
    """The clerk pressed Cancel while the file was being read."""


class SameAsExistingError(CouncilDeskError):
    """The file holds exactly the words of a version already kept: nothing new to save."""


def _never() -> bool:
    return False


def preview_file(path: Path, stop: Callable[[], bool] = _never) -> ImportPreview:
    """Read and parse ``path`` for the clerk to check; ``stop`` is asked between the stages."""
    # Here, not at the top: the readers load python-docx and pypdf, which printing and
    # showing a version never need.
    from councildesk.importers import read_blocks

    blocks = read_blocks(path)
    paragraphs = sum(1 for block in blocks if block.text.strip())
    if problem := import_limits.paragraphs_problem(paragraphs):
        raise NotAPolicyError(_refusal(path, problem))
    if stop():
        raise ImportCancelled("The import was cancelled; nothing was saved.")
    parsed = parse_blocks(blocks)
    if problem := import_limits.shape_problem(parsed.body):
        raise NotAPolicyError(_refusal(path, problem))
    source = "\n".join(block.text for block in blocks)
    return ImportPreview(path.name, source, parsed)


def _refusal(path: Path, problem: str) -> str:
    return f"Cannot import ‘{path.name}’: {problem}. Check that you chose the right file."


def preview_starter() -> ImportPreview:
    text = (paths.resources_dir() / STARTER_FILE).read_text(encoding="utf-8")
    return ImportPreview("CouncilDesk starter protocol", text, parse_text(text))


def get_or_create_policy(session: Session, name: str) -> Policy:
    name = name.strip() or PROTOCOL
    policy = session.scalars(select(Policy).where(Policy.name == name)).first()
    if policy is None:
        policy = Policy(name=name)
        session.add(policy)
        session.flush()
        audit.record(session, "create", "policy", policy.id, name)
    return policy


def find_policy(session: Session, name: str | None = None) -> Policy:
    wanted = (name or PROTOCOL).strip()
    policy = session.scalars(select(Policy).where(Policy.name == wanted)).first()
    if policy is None:
        raise NotFoundError(protocol_names.no_policy(wanted))
    return policy


def list_policies(session: Session) -> list[Policy]:
    query = select(Policy).options(selectinload(Policy.versions)).order_by(Policy.name)
    return list(session.scalars(query))


def _next_number(session: Session, policy: Policy) -> int:
    highest = session.scalar(
        select(func.max(PolicyVersion.number)).where(PolicyVersion.policy_id == policy.id)
    )
    return (highest or 0) + 1


def _control_fields(version: PolicyVersion, parsed: ParsedDocument) -> None:
    control = parsed.control

    def words(value: DocDate | None) -> tuple[str, str | None]:
        return (value.text, value.iso) if value else ("", None)

    version.doc_adopted_text, version.doc_adopted_iso = words(control.adopted)
    version.doc_reviewed_text, version.doc_reviewed_iso = words(control.last_reviewed)
    version.doc_next_review_text, version.doc_next_review_iso = words(control.next_review)
    version.doc_reviewing_body = control.reviewing_body or ""


def _write_nodes(session: Session, version: PolicyVersion, nodes: Sequence[Node]) -> None:
    """Replace the version's clauses with ``nodes`` (the version must have been flushed)."""
    session.execute(delete(PolicyNode).where(PolicyNode.version_id == version.id))
    first_id = (session.scalar(select(func.max(PolicyNode.id))) or 0) + 1
    session.execute(insert(PolicyNode), node_values(nodes, version.id, first_id))
    session.expire(version, ["nodes"])


def _check_tree(nodes: Sequence[Node]) -> None:
    if not nodes:
        raise ValidationError(
            Problem("nodes", "No clauses were found, so there is nothing to save.")
        )


def save_preview(
    session: Session, preview: ImportPreview, nodes: Sequence[Node], policy_name: str = PROTOCOL
) -> PolicyVersion:
    """Save an import (as the clerk corrected it) as a new draft version, all at once.

    A text the same as a version already kept is refused: a second copy would only muddle
    which version is which.
    """
    _check_tree(nodes)
    if (same := same_as_existing(session, policy_name, nodes)) is not None:
        source = same.source_name
        came = f" (from {source})" if source and source != preview.source_name else ""
        raise SameAsExistingError(
            f"‘{preview.source_name}’ is word for word the same as version {same.number} of "
            f"{same.policy.name}{came}, so nothing was saved."
        )
    policy = get_or_create_policy(session, policy_name)
    version = PolicyVersion(
        policy=policy,
        number=_next_number(session, policy),
        status=VersionStatus.DRAFT,
        title=preview.parsed.title or policy.name,
        source_name=preview.source_name,
        source_text=preview.source_text,
        created_at=dt.datetime.now().replace(microsecond=0),
    )
    _control_fields(version, preview.parsed)
    session.add(version)
    session.flush()
    _write_nodes(session, version, nodes)
    review_facts.apply_document_facts(session, version, adopted=False)
    audit.record(
        session, "import", "policy_version", version.id, f"{policy.name} v{version.number}"
    )
    return version


def import_file(session: Session, path: Path, policy_name: str | None = PROTOCOL) -> PolicyVersion:
    """Import ``path`` as a new draft of ``policy_name``; None: of the policy its title names
    (the protocol when the title says nothing else), never silently another policy's."""
    preview = preview_file(path)
    if policy_name is None:
        mismatch = title_mismatch(session, preview.parsed.title, PROTOCOL)
        policy_name = mismatch.suggested if mismatch else PROTOCOL
    return save_preview(session, preview, preview.parsed.body, policy_name)


def same_as_existing(
    session: Session, policy_name: str, nodes: Sequence[Node]
) -> PolicyVersion | None:
    """The version of ``policy_name`` whose clauses are exactly ``nodes``, if there is one."""
    policy = session.scalars(select(Policy).where(Policy.name == policy_name.strip())).first()
    if policy is None:
        return None
    wanted = list(nodes)
    for version in policy.versions:
        if version_tree(version) == wanted:
            return version
    return None


@dataclass(frozen=True)
class TitleMismatch:
    """A document whose own title names another policy than the one it is imported into."""

    title: str  # as the document gives it
    chosen: str  # the policy the clerk is importing into
    suggested: str  # the policy the title names: one already kept, or a name for a new one
    suggested_exists: bool  # a policy CouncilDesk keeps (or the protocol), not a new name


def title_mismatch(session: Session, title: str | None, chosen: str) -> TitleMismatch | None:
    if not title or policy_titles.title_names_policy(title, chosen):
        return None
    known = dict.fromkeys([PROTOCOL, *(p.name for p in list_policies(session))])
    for name in known:
        named = name != chosen and bool(policy_titles.key_words(name))
        if named and policy_titles.title_names_policy(title, name):
            return TitleMismatch(title, chosen, name, True)
    suggested = policy_titles.policy_name_from_title(title)
    if suggested == chosen:
        return None
    return TitleMismatch(title, chosen, suggested, False)


def get_version(session: Session, version_id: int) -> PolicyVersion:
    return get_or_raise(session, PolicyVersion, version_id, protocol_names.VERSION_GONE)


def find_version(session: Session, policy_name: str | None, number: int | None) -> PolicyVersion:
    """A numbered version, or the current one: the adopted version, else the newest draft."""
    policy = find_policy(session, policy_name)
    if number is not None:
        for version in policy.versions:
            if version.number == number:
                return version
        raise NotFoundError(f"{policy.name} has no version {number}.")
    return current_version(policy)


def current_version(policy: Policy) -> PolicyVersion:
    adopted = [v for v in policy.versions if v.status is VersionStatus.ADOPTED]
    if adopted:
        return adopted[-1]
    if not policy.versions:
        raise NotFoundError(protocol_names.no_versions(policy.name))
    return policy.versions[-1]


def save_edit(session: Session, version_id: int, nodes: Sequence[Node]) -> PolicyVersion:
    """An edit changes a draft in place; an adopted or superseded version gets a new draft."""
    _check_tree(nodes)
    version = get_version(session, version_id)
    if version.status is VersionStatus.DRAFT:
        _write_nodes(session, version, nodes)
        audit.record(session, "edit", "policy_version", version.id, f"v{version.number}")
        return version
    draft = PolicyVersion(
        policy=version.policy,
        number=_next_number(session, version.policy),
        status=VersionStatus.DRAFT,
        title=version.title,
        source_name=f"Edited from version {version.number}",
        source_text=version.source_text,
        created_at=dt.datetime.now().replace(microsecond=0),
        doc_next_review_text=version.doc_next_review_text,
        doc_next_review_iso=version.doc_next_review_iso,
        doc_reviewing_body=version.doc_reviewing_body,
    )
    session.add(draft)
    session.flush()
    _write_nodes(session, draft, nodes)
    audit.record(
        session, "edit", "policy_version", draft.id, f"v{draft.number} from v{version.number}"
    )
    return draft


def adopt(
    session: Session,
    version_id: int,
    adopted_on: dt.date | None,
    minute_reference: str,
    *,
    today: dt.date,
) -> PolicyVersion:
    """Adopt a draft at a meeting; the version adopted before it is superseded.

    ``today`` bounds the adoption date: a meeting cannot have adopted it in the future (a day's
    grace, for a clerk recording tonight's meeting after midnight).
    """
    version = get_version(session, version_id)
    problems: list[Problem] = []
    if version.status is not VersionStatus.DRAFT:
        raise CouncilDeskError(
            f"Version {version.number} is {version.status.value}; only a draft can be adopted."
        )
    if adopted_on is None:
        problems.append(Problem("adopted_on", "Enter the date of the meeting that adopted it."))
    elif adopted_on > today + dt.timedelta(days=1):
        problems.append(Problem("adopted_on", "The adoption date cannot be in the future."))
    if not minute_reference.strip():
        problems.append(Problem("minute_reference", "Enter the minute reference, e.g. 23/045."))
    if problems:
        raise ValidationError(problems)
    for other in version.policy.versions:
        if other.status is VersionStatus.ADOPTED:
            other.status = VersionStatus.SUPERSEDED
    version.status = VersionStatus.ADOPTED
    version.adopted_on = adopted_on
    version.minute_reference = minute_reference.strip()
    session.flush()
    review_facts.apply_document_facts(session, version, adopted=True)
    review_facts.close_amendments(session, version)
    audit.record(
        session, "adopt", "policy_version", version.id, f"v{version.number} {minute_reference}"
    )
    return version


def delete_draft(session: Session, version_id: int) -> None:
    version = get_version(session, version_id)
    if version.status is not VersionStatus.DRAFT:
        raise CouncilDeskError(
            "Only a draft can be deleted; adopted versions are kept for the record."
        )
    audit.record(session, "delete", "policy_version", version.id, f"v{version.number}")
    session.delete(version)


def tree(version: PolicyVersion) -> list[Node]:
    return version_tree(version)


@dataclass(frozen=True)
class VersionSummary:
    id: int
    number: int
    status: VersionStatus
    adopted_on: dt.date | None
    minute_reference: str
    source_name: str
    created_at: dt.datetime

    @property
    def label(self) -> str:
        return version_label(self.number, self.status, self.adopted_on)


def version_label(number: int, status: VersionStatus, adopted_on: dt.date | None) -> str:
    """How a version is named everywhere: "Version 2 (adopted 10/11/2026)", "Version 3 (draft)"."""
    if status is VersionStatus.ADOPTED and adopted_on:
        return f"Version {number} (adopted {uk_date(adopted_on)})"
    return f"Version {number} ({status.value})"


def version_summaries(policy: Policy) -> list[VersionSummary]:
    return [
        VersionSummary(
            v.id, v.number, v.status, v.adopted_on, v.minute_reference, v.source_name, v.created_at
        )
        for v in policy.versions
    ]


def policy_names(session: Session) -> list[str]:
    # The protocol first, so the Protocol page opens on it whatever else is in the register.
    names = sorted((p.name for p in list_policies(session)), key=lambda n: (n != PROTOCOL, n))
    return names or [PROTOCOL]


def describe(version: PolicyVersion) -> str:
    """One line about a version for the page header."""
    parts = [f"Status: {version.status.value}"]
    if version.adopted_on:
        parts.append(f"adopted {uk_date(version.adopted_on)}, minute {version.minute_reference}")
    elif version.doc_adopted_text:
        parts.append(f"the document says: {version.doc_adopted_text}")
    review = protocol_review.review_text(version)
    if review:
        parts.append(review)
    if version.source_name:
        parts.append(f"from {version.source_name}")
    return " · ".join(parts)
