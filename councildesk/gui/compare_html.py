"""Two versions side by side as HTML: removed words struck through, added words underlined."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from councildesk.rules.protocol_diff import ClauseChange, FlatClause, WordOp, summarise

LABELS = {
    "changed": ("Changed", "#92400e", "#fffbeb"),
    "added": ("Added", "#166534", "#f0fdf4"),
    "removed": ("Removed", "#991b1b", "#fef2f2"),
    "renumbered": ("Renumbered only", "#475569", "#f8fafc"),
    "unchanged": ("Unchanged", "#64748b", "#ffffff"),
}


def summary_text(
    changes: Sequence[ClauseChange], items: str = "clauses", sides: str = "versions"
) -> str:
    """``items`` and ``sides`` name what is compared: a policy's "clauses" in two "versions",
    or the "paragraphs" of two "reports"."""
    counts = summarise(changes)
    if counts.identical:
        return f"The two {sides} say the same thing, {items[:-1]} for {items[:-1]}."
    parts = [
        f"{counts.changed} changed",
        f"{counts.added} added",
        f"{counts.removed} removed",
        f"{counts.renumbered} renumbered only",
    ]
    return f"{items.capitalize()}: " + ", ".join(parts) + f"; {counts.unchanged} unchanged."


def _words(ops: Sequence[WordOp], side: str) -> str:
    out = []
    for op in ops:
        text = escape(op.text)
        if op.kind == "same":
            out.append(text)
        elif op.kind == "removed" and side == "old":
            out.append(f"<span style='color:#b91c1c; text-decoration:line-through'>{text}</span>")
        elif op.kind == "added" and side == "new":
            out.append(
                f"<span style='color:#15803d; text-decoration:underline; font-weight:600'>"
                f"{text}</span>"
            )
    return " ".join(out)


def _cell(clause: FlatClause | None, change: ClauseChange, side: str) -> str:
    if clause is None:
        return "<span style='color:#94a3b8'>—</span>"
    number = escape(clause.number or clause.reference or "")
    heading_ops, text_ops = change.heading_words, change.words
    if change.kind == "changed" and (heading_ops or text_ops):
        heading = _words(heading_ops, side) if heading_ops else escape(clause.heading)
        text = _words(text_ops, side) if text_ops else escape(clause.text)
    else:
        heading, text = escape(clause.heading), escape(clause.text)
    head = f"<b>{number} {heading}</b><br>" if (number or heading) else ""
    return head + text


def render(changes: Sequence[ClauseChange], show_unchanged: bool, old: str, new: str) -> str:
    rows = [
        "<table width='100%' cellspacing='0' cellpadding='6' border='0'>",
        f"<tr style='background:#f1f5f9'><th width='12%' align='left'></th>"
        f"<th width='44%' align='left'>{escape(old)}</th>"
        f"<th width='44%' align='left'>{escape(new)}</th></tr>",
    ]
    for change in changes:
        if change.kind == "unchanged" and not show_unchanged:
            continue
        label, colour, fill = LABELS[change.kind]
        if change.moved:
            label += ", moved"
        rows.append(
            f"<tr style='background:{fill}'><td valign='top' style='color:{colour}'>"
            f"<b>{label}</b></td><td valign='top'>{_cell(change.old, change, 'old')}</td>"
            f"<td valign='top'>{_cell(change.new, change, 'new')}</td></tr>"
        )
    rows.append("</table>")
    return "".join(rows)
