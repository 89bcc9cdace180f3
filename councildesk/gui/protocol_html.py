"""A version's clauses as HTML for the in-app reader, with an anchor per clause."""

from __future__ import annotations

from html import escape

from councildesk.services.protocol_tree import ClauseRow

NUMBER_WIDTH = 64
INDENT = 22
HEADINGS = {
    "section": ("h2", "font-size:14pt; color:#0f766e; margin-top:18px"),
    "heading": ("h3", "font-size:12pt"),
}


def anchor(row_id: int) -> str:
    return f"n{row_id}"


def _body(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


def render(title: str, rows: list[ClauseRow]) -> str:
    parts = [
        "<html><body style='font-size:11pt; line-height:140%; color:#1e293b'>",
        f"<h1 style='font-size:17pt; color:#0f172a'>{escape(title)}</h1>",
    ]
    for row in rows:
        name = anchor(row.id)
        label = " ".join(p for p in (row.number, row.heading) if p)
        margin = row.depth * INDENT
        if row.kind in HEADINGS:
            tag, style = HEADINGS[row.kind]
            parts.append(
                f"<{tag} style='{style}; margin-left:{margin}px'>"
                f"<a name='{name}'></a>{escape(label)}</{tag}>"
            )
            if row.text:
                parts.append(f"<p style='margin-left:{margin}px'>{_body(row.text)}</p>")
            continue
        number = row.number or ("•" if row.kind == "bullet" else "")
        text = _body(row.text)
        if row.heading:
            text = f"<b>{escape(row.heading)}</b>" + (f" {text}" if text else "")
        if not number:
            parts.append(f"<p style='margin-left:{margin}px'><a name='{name}'></a>{text}</p>")
            continue
        # A two-cell table gives the hanging indent: the number in its own column.
        parts.append(
            f"<table style='margin-left:{margin}px; margin-top:4px' cellspacing='0' "
            f"cellpadding='0'><tr><td width='{NUMBER_WIDTH}' valign='top'>"
            f"<a name='{name}'></a>{escape(number)}</td><td valign='top'>{text}</td></tr></table>"
        )
    parts.append("</body></html>")
    return "".join(parts)
