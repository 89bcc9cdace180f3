"""The protocol text parser: a council document's lines or paragraphs -> a tree of clauses.

Importers turn a file into Blocks (a line of a text file, a Word or PDF paragraph; an empty Block
is a blank line). ``parse_blocks`` decides what each one is: title, section heading, sub-heading,
numbered clause, bullet, or more text of the clause before it. Real protocols number in many
ways ("1.", "1.1", "2.2.3", "6.-(1)", "a)", "(i)", "(aa)", a number alone on its line) and not
always consistently, so most decisions look at the numbering around a line, not only at the line.

Pure: plain values in and out, no I/O.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from councildesk.rules.protocol_text.labels import Label, lex
    from councildesk.rules.protocol_text.model import (
        Block,
        Node,
        NodeKind,
        ParsedDocument,
        SetAside,
        count_clauses,
        iter_nodes,
        nodes_from_rows,
    )
    from councildesk.rules.protocol_text.tree import parse_blocks, parse_text

# Each name's module, imported when the name is first asked for: a printout that only builds
# Nodes need not load the parser.
_HOMES = {
    "Label": "labels",
    "lex": "labels",
    "parse_blocks": "tree",
    "parse_text": "tree",
    **dict.fromkeys(
        (
            "Block",
            "Node",
            "NodeKind",
            "ParsedDocument",
            "SetAside",
            "count_clauses",
            "iter_nodes",
            "nodes_from_rows",
        ),
        "model",
    ),
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "Block",
    "Label",
    "Node",
    "NodeKind",
    "ParsedDocument",
    "SetAside",
    "count_clauses",
    "iter_nodes",
    "lex",
    "nodes_from_rows",
    "parse_blocks",
    "parse_text",
]
