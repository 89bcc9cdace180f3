"""The floor for the booklet: bare reportlab Platypus laying out the same clauses, nothing else.

It reads `protocol show --json` (no database, no CouncilDesk import), sets every heading and
clause as a Paragraph in the same embedded typeface (Liberation Sans: the booklet cannot use
Helvetica, which lacks Welsh letters) on A4, and builds the document once: no cover, contents,
page furniture or "Page X of Y".

    python tests/benchmarks/booklet_floor.py CLAUSES.json OUT.pdf
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def flowables(
    nodes: list[dict[str, Any]], indent: float, styles: dict[str, ParagraphStyle]
) -> Iterator[Flowable]:
    for node in nodes:
        style = ParagraphStyle(
            "n",
            styles["section" if node["kind"] == "section" else "clause"],
            leftIndent=indent + 12 * mm,
            bulletIndent=indent,
        )
        if node["heading"]:
            yield Paragraph(escape(node["heading"]), style, bulletText=node["number"] or None)
        if node["text"]:
            text = "<br/>".join(escape(line) for line in node["text"].split("\n"))
            yield Paragraph(
                text, style, bulletText=None if node["heading"] else node["number"] or None
            )
        nested = indent if node["kind"] == "section" else indent + 12 * mm
        yield from flowables(node["children"], nested, styles)


def main() -> int:
    clauses, out = Path(sys.argv[1]), Path(sys.argv[2])
    pdfmetrics.registerFont(TTFont("Body", str(FONTS / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Bold", str(FONTS / "LiberationSans-Bold.ttf")))
    styles = {
        "clause": ParagraphStyle(
            "clause", fontName="Body", fontSize=10, leading=13.5, spaceAfter=6
        ),
        "section": ParagraphStyle(
            "section", fontName="Bold", fontSize=13, leading=17, spaceBefore=14, spaceAfter=7
        ),
    }
    shown = json.loads(clauses.read_text(encoding="utf-8"))
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=24 * mm,
        bottomMargin=22 * mm,
        initialFontName="Body",
    )
    doc.build(
        [
            Paragraph(escape(shown["title"]), styles["section"]),
            *flowables(shown["nodes"], 0, styles),
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
