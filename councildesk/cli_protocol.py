"""`councildesk protocol ...`: import, show, compare and search the protocol library."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from councildesk import paths
from councildesk.cli_args import print_json as print_json
from councildesk.services import protocol_search, protocols
from councildesk.services.database import Database, open_database
from councildesk.services.protocol_json import version_json

if TYPE_CHECKING:
    from councildesk.rules.protocol_diff import ClauseChange, WordOp


def _summary(shown: dict[str, Any], clauses: int, source: str) -> str:
    sections = [" ".join(p for p in (n["number"], n["heading"]) if p) for n in shown["nodes"]]
    lines = [
        f"Imported {source} as draft version {shown['version']} of {shown['policy']}.",
        f"Title: {shown['title']}",
        f"Sections ({len(sections)}): " + "; ".join(s for s in sections if s),
        f"Clauses: {clauses}",
        f"Adopted: {shown['adopted_on'] or 'not stated'}",
        f"Last reviewed: {shown['last_reviewed_on'] or 'not stated'}",
        "Next review: " + (shown["next_review_text"] or shown["next_review_on"] or "not stated"),
    ]
    return "\n".join(lines)


def cmd_import(args: argparse.Namespace) -> int:
    db_path = paths.database_path(args.db)
    path = Path(args.file)
    db = open_database(db_path, create=True)
    try:
        with db.transaction() as session:
            version = protocols.import_file(session, path, args.policy)
            shown = version_json(version)
            clauses = sum(1 for row in version.nodes if row.kind == "clause")
    finally:
        db.close()
    if args.json:
        print_json(shown)
    else:
        print(_summary(shown, clauses, path.name))
    if args.policy is None and shown["policy"] != protocols.PROTOCOL:
        # Said on stderr so --json stays one document; the clerk still sees it.
        print(
            f"Its own title is ‘{shown['title']}’, so it was kept as {shown['policy']}, not as "
            f"the {protocols.PROTOCOL}. To add it to another policy, import it with "
            f'--policy "NAME" (e.g. --policy "{protocols.PROTOCOL}").',
            file=sys.stderr,
        )
    return 0


def _reading(db_path: Path) -> Database:
    return open_database(db_path, readonly=True)


def cmd_show(args: argparse.Namespace) -> int:
    db_path = paths.database_path(args.db)
    db = _reading(db_path)
    try:
        with db.session() as session:
            version = protocols.find_version(session, args.policy, args.version)
            shown = version_json(version)
    finally:
        db.close()
    if args.json:
        print_json(shown)
        return 0
    print(f"{shown['policy']}, version {shown['version']} ({shown['status']})")
    if adopted_on_text := shown["adopted_on"]:
        print(f"Adopted: {adopted_on_text}")

    def walk(nodes: list[dict[str, Any]], depth: int) -> None:
        for node in nodes:
            words = " ".join(p for p in (node["number"], node["heading"], node["text"]) if p)
            print("  " * depth + words)
            walk(node["children"], depth + 1)

    walk(shown["nodes"], 0)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    db_path = paths.database_path(args.db)
    db = _reading(db_path)
    try:
        with db.session() as session:
            hits = protocol_search.search(session, args.text)
            nothing_yet = not protocol_search.anything_to_search(session)
    finally:
        db.close()
    rows: list[dict[str, Any]] = [
        {
            "policy": h.policy,
            "version": h.version,
            "status": h.status,
            "number": h.number,
            "heading": h.heading,
            "snippet": protocol_search.plain(h.snippet, "", ""),
            "marked": protocol_search.plain(h.snippet),
        }
        for h in hits
    ]
    if args.json:
        print_json(rows)
    elif nothing_yet:
        print(
            "There is nothing to search yet: import a policy first (councildesk protocol import)."
        )
    elif not rows:
        print(f"Nothing found for '{args.text}'.")
    else:
        for row in rows:
            where = " ".join(p for p in (row["number"], row["heading"][:40]) if p) or "text"
            print(f"{row['policy']} v{row['version']} ({row['status']}) {where}: {row['marked']}")
    return 0


def _words(ops: list[WordOp]) -> str:
    marks = {"same": "{}", "added": "{{+{}+}}", "removed": "[-{}-]"}
    return " ".join(marks[op.kind].format(op.text) for op in ops)


def _change_json(change: ClauseChange) -> dict[str, Any]:
    return {
        "kind": change.kind,
        "moved": change.moved,
        "old_number": change.old.reference if change.old else None,
        "new_number": change.new.reference if change.new else None,
        "old_text": change.old.text if change.old else None,
        "new_text": change.new.text if change.new else None,
        "words": [{"kind": op.kind, "text": op.text} for op in change.words],
    }


def cmd_diff(args: argparse.Namespace) -> int:
    # The comparison, and the printouts that share it, load only for the command that compares.
    from councildesk.rules.protocol_diff import summarise
    from councildesk.services import protocol_printouts

    db = _reading(paths.database_path(args.db))
    try:
        with db.session() as session:
            old = protocols.find_version(session, args.policy, args.a)
            new = protocols.find_version(session, args.policy, args.b)
            changes = protocol_printouts.compare(session, old.id, new.id)
    finally:
        db.close()
    counts = summarise(changes)
    if args.json:
        print_json(
            {
                "policy": args.policy,
                "old": args.a,
                "new": args.b,
                "summary": asdict(counts),
                "changes": [_change_json(c) for c in changes],
            }
        )
        return 0
    print(
        f"Version {args.a} -> {args.b}: {counts.changed} changed, {counts.added} added, "
        f"{counts.removed} removed, {counts.renumbered} renumbered, {counts.unchanged} unchanged."
    )
    for change in changes:
        if change.kind == "unchanged":
            continue
        where = change.new.reference if change.new else change.old.reference if change.old else ""
        either = change.new or change.old
        if change.kind == "changed":
            body = _words(change.words)
        else:
            body = either.text if either is not None else ""
        print(f"\n{change.kind.upper()} {where}".rstrip())
        if body:
            print(f"  {body}")
    return 0


def add_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add `protocol import|show|diff|search` to the main parser."""
    parser = sub.add_parser("protocol", help="the protocol library", parents=[common])
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = actions.add_parser("import", help="import a .txt .md .docx or .pdf", parents=[common])
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--policy",
        metavar="NAME",
        help="the policy it is a version of (default: the one its title names, else the "
        f"{protocols.PROTOCOL})",
    )
    imp.add_argument("--json", action="store_true", help="print the new version as JSON")
    imp.set_defaults(handler=cmd_import)

    show = actions.add_parser("show", help="show a version", parents=[common])
    show.add_argument("--policy", default=protocols.PROTOCOL, metavar="NAME")
    show.add_argument("--version", type=int, metavar="N")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    diff = actions.add_parser("diff", help="compare two versions", parents=[common])
    diff.add_argument("a", type=int, metavar="A", help="the older version's number")
    diff.add_argument("b", type=int, metavar="B", help="the newer version's number")
    diff.add_argument("--policy", default=protocols.PROTOCOL, metavar="NAME")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(handler=cmd_diff)

    search = actions.add_parser("search", help="search every version", parents=[common])
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=cmd_search)
