"""PDF files: the text layer, with page furniture taken out and paragraphs put back together.

pypdf gives lines with their position on the page. Lines closer together than the usual line
spacing belong to one paragraph; a clause that runs over a page break is joined up again; a line
repeated at the top or bottom of most pages (a running header or footer) and page numbers are
dropped.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import DependencyError

from councildesk.importers.cleanup import could_be_furniture, furniture_key, is_page_number
from councildesk.importers.pdf_headings import heading_levels
from councildesk.importers.problems import ImportProblem
from councildesk.rules.protocol_text import Block, lex
from councildesk.rules.protocol_text.labels import bare_label

_ZONE = 2  # how many lines at the top and bottom of a page may be running lines
_SAME_HEIGHT = 2.0  # points: a running line sits this close to its place on every page
# pypdf logs what it repairs in a damaged file. Those notes may go to the application's log if it
# keeps one, but must not reach the clerk's terminal beside the one-line ImportProblem.
logging.getLogger("pypdf").addHandler(logging.NullHandler())
_TERMINAL = tuple(".:;?!")


@dataclass
class _Chunk:
    text: str
    x: float | None
    y: float | None
    bold: bool
    size: float


@dataclass
class _PdfLine:
    text: str
    y: float
    bold: bool
    size: float = 0.0


@dataclass
class _Paragraph:
    text: str
    gap: bool  # more space than a line's above it
    bold: bool
    size: float = 0.0  # the font size of its first line


def pdf_blocks(data: bytes, path: str) -> list[Block]:
    reader = _open(data, path)
    try:
        pages = [_page_lines(page) for page in reader.pages]
    except DependencyError as error:
        raise _needs_aes(path) from error
    except Exception as error:  # pypdf raises many kinds on damaged content streams
        raise _damaged(path) from error
    if not any(line.text.strip() for page in pages for line in page):
        raise ImportProblem(
            path,
            "it has no text layer, only pictures of pages (perhaps a scan), so it needs OCR",
            "Run it through OCR software (Adobe Acrobat and many scanners can do this), "
            "or import the original Word document instead.",
        )
    pages = _without_furniture(pages)
    paragraphs = _join_pages([_paragraphs(page) for page in pages])
    levels = heading_levels([(p.text, p.size) for p in paragraphs])
    blocks: list[Block] = []
    for paragraph, level in zip(paragraphs, levels, strict=True):
        if paragraph.gap and blocks:
            blocks.append(Block(""))
        blocks.append(Block(paragraph.text, bold=paragraph.bold, heading_level=level))
    return blocks


def _open(data: bytes, path: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _locked(path)
        if len(reader.pages) == 0:
            raise ImportProblem(
                path, "it has no pages", "Export the PDF again from the original document."
            )
    except ImportProblem:
        raise
    except DependencyError as error:
        raise _needs_aes(path) from error
    except Exception as error:
        if "password" in str(error).lower():
            raise _locked(path) from error
        raise _damaged(path) from error
    return reader


def _locked(path: str) -> ImportProblem:
    return ImportProblem(
        path,
        "it is protected by a password",
        "Save a copy without the password (or print it to a new PDF) and import that.",
    )


def _needs_aes(path: str) -> ImportProblem:
    # AES-encrypted PDFs need the "cryptography" package, even when no password is asked for.
    return ImportProblem(
        path,
        "it is encrypted in a way this installation of CouncilDesk cannot read",
        "Print it to a new PDF (or save a copy without security) and import that.",
    )


def _damaged(path: str) -> ImportProblem:
    return ImportProblem(
        path,
        "it is not a PDF that can be read, or it is damaged",
        "Export it again from the original document and import the new copy.",
    )


def _page_lines(page: PageObject) -> list[_PdfLine]:
    """The page's lines in the order the page draws them, each with its height on the page."""
    chunks: list[_Chunk] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4] if text.strip() else None
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5] if text.strip() else None
        if x is None or y is None or not (math.isfinite(x) and math.isfinite(y)):
            x = y = None  # a damaged matrix, or no text
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
        height = size * scale if math.isfinite(size * scale) else 0.0
        chunks.append(_Chunk(text, x, y, "bold" in name.lower(), height))

    page.extract_text(visitor_text=visit)
    lines: list[_PdfLine] = []
    current = _PdfLine("", 0.0, False)
    first: _Chunk | None = None
    bolds: list[bool] = []
    sizes: list[float] = []

    def finish() -> None:
        current.bold = bool(bolds) and all(bolds)
        current.size = max(sizes) if sizes else 0.0
        lines.append(current)

    for chunk in chunks:
        for index, piece in enumerate(chunk.text.split("\n")):
            if index:
                finish()
                current, first, bolds, sizes = _PdfLine("", 0.0, False), None, [], []
            if piece.strip() and first is not None and _tab_between(first, current.text, chunk):
                current.text = current.text.rstrip() + "\t"  # "a<TAB>Motions": a label's tab stop
            current.text += piece
            if piece.strip():
                if first is None:
                    first = chunk
                    current.y = chunk.y if chunk.y is not None else 0.0
                bolds.append(chunk.bold)
                sizes.append(chunk.size)
    finish()
    return [line for line in lines if line.text.strip()]


def _tab_between(first: _Chunk, so_far: str, chunk: _Chunk) -> bool:
    """Whether a short label drawn first on the line stands apart from its text, at a tab stop.

    Word and LibreOffice draw "a<TAB>Motions..." as the label, then the text further along; the
    text layer has no TAB, so the gap is the only sign that the label is one.
    """
    label = so_far.strip()
    if not label or len(label) > 6 or " " in label or first.x is None or chunk.x is None:
        return False
    if first.y is not None and chunk.y is not None and abs(first.y - chunk.y) > 1:
        return False
    em = first.size or 10.0
    return chunk.x - first.x > len(label) * em * 0.62 + em * 0.9


def _without_furniture(pages: list[list[_PdfLine]]) -> list[list[_PdfLine]]:
    """Pages without running headers and footers or page numbers.

    A running line is the same short line at the same height on most pages. The height
    matters: a policy's own heading ("Meetings" in each section) can fall near the top or
    bottom of several pages too, and a council's words are never dropped for where they fell.
    """
    heights: dict[str, list[list[float]]] = {}  # key -> the heights it has, page by page
    for page in pages:
        here: dict[str, list[float]] = {}
        for line in _zone(page):
            if could_be_furniture(line.text):
                here.setdefault(furniture_key(line.text), []).append(line.y)
        for key, ys in here.items():
            heights.setdefault(key, []).append(ys)
    needed = max(2, (len(pages) + 1) // 2)
    running: dict[str, list[float]] = {}
    for key, per_page in heights.items():
        for y in {y for ys in per_page for y in ys}:
            if (
                sum(any(abs(y - other) <= _SAME_HEIGHT for other in ys) for ys in per_page)
                >= needed
            ):
                running.setdefault(key, []).append(y)

    def is_running(line: _PdfLine) -> bool:
        places = running.get(furniture_key(line.text), [])
        return any(abs(line.y - y) <= _SAME_HEIGHT for y in places)

    kept: list[list[_PdfLine]] = []
    for page in pages:
        zone = {id(line) for line in _zone(page)}
        kept.append(
            [
                line
                for line in page
                if id(line) not in zone or not (is_page_number(line.text) or is_running(line))
            ]
        )
    return kept


def _zone(page: list[_PdfLine]) -> list[_PdfLine]:
    return page[:_ZONE] + page[_ZONE:][-_ZONE:]


def _starts_item(text: str) -> bool:
    labels, _, bullet = lex(text)
    return bool(labels) or bullet or bare_label(text) is not None  # "a<TAB>Motions"


def _tidy(text: str) -> str:
    """Spaces tidied, but the TAB after a label kept, as a text file keeps it."""
    label, tab, rest = text.strip().partition("\t")
    if tab and label and len(label) <= 6 and " " not in label:
        return f"{label}\t{' '.join(rest.split())}"
    return " ".join(text.split())


def _paragraphs(page: list[_PdfLine]) -> list[_Paragraph]:
    steps = [a.y - b.y for a, b in pairwise(page) if a.y - b.y > 0]
    # The usual line spacing: the lower quartile, since gaps between paragraphs are wider.
    pitch = statistics.quantiles(steps, n=4)[0] if len(steps) >= 2 else (steps[0] if steps else 0)
    body = _body(page)
    lengths = sorted(len(line.text.strip()) for line in page if line.size <= body * 1.05)
    full = lengths[int(len(lengths) * 0.9)] if lengths else 0  # a full line's characters
    paragraphs: list[_Paragraph] = []
    previous: _PdfLine | None = None
    for line in page:
        text = _tidy(line.text)
        step = previous.y - line.y if previous else 0.0
        # A title's lines are further apart than the body's, but no further than its own size.
        spacing = max(pitch * 1.35, line.size * 1.5 if line.size > 1.2 * body else 0)
        wide = previous is not None and (step > spacing or step < 0)
        resized = previous is not None and abs(line.size - previous.size) > 0.1 * line.size
        # A line that stops well short of the margin ended its paragraph, even with no space
        # after it (a text file printed to PDF has none).
        short = (
            previous is not None
            and len(previous.text.strip()) < 0.7 * full
            and previous.size <= body * 1.05  # a title's lines are short, and one title
        )
        if (
            previous is None
            or wide
            or resized
            or short
            or _starts_item(text)
            or line.bold != previous.bold
        ):
            paragraphs.append(_Paragraph(text, wide, line.bold, line.size))
        else:
            paragraphs[-1].text = _join(paragraphs[-1].text, text)
        previous = line
    return paragraphs


def _body(page: list[_PdfLine]) -> float:
    """The body text's font size on the page: the size most of its characters have."""
    weights: dict[float, int] = {}
    for line in page:
        weights[round(line.size, 1)] = weights.get(round(line.size, 1), 0) + len(line.text)
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


def _join(before: str, after: str) -> str:
    # "sub-" at a line's end then "committee": the hyphen is the word's own.
    if re.search(r"\w-$", before) and after[:1].islower():
        return before + after
    return f"{before} {after}"


def _join_pages(pages: list[list[_Paragraph]]) -> list[_Paragraph]:
    """All paragraphs in order, a paragraph broken by a page break joined up again."""
    joined: list[_Paragraph] = []
    for page in pages:
        for index, paragraph in enumerate(page):
            if index == 0 and joined and _continues(joined[-1].text, paragraph.text):
                joined[-1].text = _join(joined[-1].text, paragraph.text)
            else:
                paragraph.gap = paragraph.gap or index == 0  # a new page separates too
                joined.append(paragraph)
    return joined


def _continues(before: str, after: str) -> bool:
    if _starts_item(after):
        return False
    return after[:1].islower() or not before.rstrip().endswith(_TERMINAL)
