"""What the protocol booklet prints, read with plain SQL.

`report protocol` is run on meeting night to print the booklet and nothing else, so it reads
these few rows through the driver (db/plain.py) instead of importing SQLAlchemy and mapping
every model first, which took longer than laying out the booklet. The GUI, the Word and text
exports and any other database run the same statements through a Session
(services/session_reads.py), so there is one way the booklet's data is read.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, BinaryIO

from councildesk.db.plain import Reader
from councildesk.errors import NotFoundError
from councildesk.reports.protocol_booklet import ProtocolBookletData, render_protocol_booklet
from councildesk.rules import council_names
from councildesk.rules.protocol_text import nodes_from_rows
from councildesk.services import protocol_names

_COUNCIL = "SELECT name, kind, is_sample FROM council ORDER BY id LIMIT 1"
_POLICY = "SELECT id FROM policy WHERE name = :name"
# The version in force: the newest adopted one, else the newest draft.
_CURRENT_VERSION = (
    "SELECT id FROM policy_version WHERE policy_id = :policy "
    "ORDER BY CASE WHEN status = 'adopted' THEN 1 ELSE 0 END DESC, number DESC LIMIT 1"
)
_VERSION = (
    "SELECT policy.name, v.number, v.status, v.adopted_on, v.minute_reference, "
    "v.doc_next_review_text FROM policy_version AS v JOIN policy ON policy.id = v.policy_id "
    "WHERE v.id = :version"
)
_NODES = (
    "SELECT id, parent_id, number, heading, text, kind FROM policy_node "
    "WHERE version_id = :version ORDER BY seq"
)


def current_version_id(reader: Reader, policy_name: str = protocol_names.PROTOCOL) -> int:
    """The adopted version of the policy, else its newest draft."""
    policies = reader.rows(_POLICY, {"name": policy_name})
    if not policies:
        raise NotFoundError(protocol_names.no_policy(policy_name))
    versions = reader.rows(_CURRENT_VERSION, {"policy": policies[0][0]})
    if not versions:
        raise NotFoundError(protocol_names.no_versions(policy_name))
    return int(versions[0][0])


def council_facts(reader: Reader) -> tuple[str, bool]:
    """The council's name as printed, and whether it is the made-up sample council."""
    found = reader.rows(_COUNCIL)
    if not found:
        raise NotFoundError(council_names.NO_COUNCIL)
    name, kind, sample = found[0]
    return council_names.display_name(name, kind), bool(sample)


def booklet_data(reader: Reader, version_id: int) -> ProtocolBookletData:
    found = reader.rows(_VERSION, {"version": version_id})
    if not found:
        raise NotFoundError(protocol_names.VERSION_GONE)
    title, number, status, adopted_on, minute, next_review = found[0]
    council_name, sample = council_facts(reader)
    return ProtocolBookletData(
        council_name=council_name,
        title=title,
        version_label=f"Version {number}",
        status=str(status).capitalize(),
        adopted_on=_date(adopted_on),
        minute_reference=minute,
        next_review_text=next_review,
        nodes=nodes_from_rows(reader.rows(_NODES, {"version": version_id})),
        sample=sample,
    )


def write_booklet(reader: Reader, version_id: int, out: Path | BinaryIO, today: dt.date) -> None:
    render_protocol_booklet(booklet_data(reader, version_id), out, today)


def write_current_protocol(reader: Reader, out: Path | BinaryIO, today: dt.date) -> None:
    """`report protocol`: the adopted version (or the newest draft) of the protocol."""
    write_booklet(reader, current_version_id(reader), out, today)


def _date(value: Any) -> dt.date | None:
    # SQLite hands plain SQL its ISO text; a server database hands back a date.
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
