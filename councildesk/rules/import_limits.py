"""How big a policy can be: a file far past these is not a policy, whatever its size in bytes.

The longest real policies (a town council's Standing Orders, Financial Regulations) run to a
few hundred clauses in forty or so sections; an 18.8 MB text file once became 51,000 sections.
Paragraphs are counted before the text is parsed, so a file that is plainly not a policy is
turned away in a moment rather than after minutes of parsing.
"""

from __future__ import annotations

from collections.abc import Sequence

from councildesk.rules.protocol_text import Node

MAX_PARAGRAPHS = 10_000
MAX_SECTIONS = 300
MAX_PARTS = 6_000  # clauses, bullets, headings and paragraphs together


def count_parts(nodes: Sequence[Node]) -> int:
    return sum(1 + count_parts(node.children) for node in nodes)


def paragraphs_problem(paragraphs: int) -> str | None:
    if paragraphs <= MAX_PARAGRAPHS:
        return None
    return (
        f"it has {paragraphs:,} paragraphs, more than the {MAX_PARAGRAPHS:,} a policy may have, "
        "so it does not look like a policy"
    )


def shape_problem(nodes: Sequence[Node]) -> str | None:
    sections = sum(1 for node in nodes if node.kind == "section")
    if sections > MAX_SECTIONS:
        return (
            f"it reads as {sections:,} sections, more than the {MAX_SECTIONS:,} a policy may "
            "have, so it does not look like a policy"
        )
    parts = count_parts(nodes)
    if parts > MAX_PARTS:
        return (
            f"it reads as {parts:,} clauses and paragraphs, more than the {MAX_PARTS:,} a "
            "policy may have, so it does not look like a policy"
        )
    return None
