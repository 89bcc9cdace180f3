"""Word (.docx) files: paragraphs in reading order, with Word's automatic numbers put back."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from councildesk.importers.cleanup import repeated_lines
from councildesk.importers.problems import ImportProblem
from councildesk.importers.word_numbering import Element, Numbering, Styles
from councildesk.rules.protocol_text import Block

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UNPACKED_LIMIT = 200 * 1024 * 1024  # a zip that swells past this is not a protocol
_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
_RUN_TEXT[qn("w:noBreakHyphen")] = "-"
_SKIP = {qn("w:txbxContent"), qn("w:pPr"), qn("w:rPr")}
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def word_blocks(data: bytes, path: str) -> list[Block]:
    """The document body as Blocks: one a line, empty paragraphs as blank lines."""
    _check_container(data, path)
    try:
        document = docx.Document(io.BytesIO(data))
        styles = Styles(document.styles.element)
        numbering = Numbering(_numbering_element(document), styles)
        blocks: list[Block] = []
        for paragraph in _paragraphs(document.element.body):
            blocks.extend(_blocks(paragraph, styles, numbering))
    except ImportProblem:
        raise
    except Exception as error:  # python-docx and lxml raise many kinds on a damaged file
        raise _damaged(path) from error
    if not any(block.text.strip() or block.number for block in blocks):
        raise ImportProblem(path, "it has no text in it", "Check that you chose the right file.")
    # A document converted from a PDF carries the pages' running lines in its body.
    running = repeated_lines([block.text for block in blocks])
    return [block for index, block in enumerate(blocks) if index not in running]


def _numbering_element(document: DocxDocument) -> Element | None:
    """numbering.xml, or None for a document with no automatic lists (every LibreOffice file)."""
    try:
        return document.part.numbering_part.element
    except NotImplementedError:  # python-docx's way of saying the part is not there
        return None


def _check_container(data: bytes, path: str) -> None:
    if data.startswith(_OLE):
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ImportProblem(
                path,
                "it is protected by a password",
                "Open it in Word, remove the password (File > Info > Protect Document) "
                "and save it again.",
            )
        raise ImportProblem(
            path,
            "it is an old Word 97–2003 document (.doc), not .docx",
            "Open it in Word, choose Save As > Word Document (.docx) and import the new file.",
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as error:
        raise _damaged(path) from error
    if "word/document.xml" not in names:
        raise _damaged(path)
    if unpacked > _UNPACKED_LIMIT:
        raise ImportProblem(
            path,
            "it is far larger once unpacked than a protocol can be",
            "Save the protocol on its own as a new .docx and import that.",
        )


def _damaged(path: str) -> ImportProblem:
    return ImportProblem(
        path,
        "it is not a Word document that can be read, or it is damaged",
        "Open it in Word, save it again as .docx and import the new copy.",
    )


def _paragraphs(body: Element) -> Iterator[Element]:
    """Body, table and text-box paragraphs in reading order.

    Word stores a text box twice (for new and for old readers); the old reader's copy, under
    mc:Fallback, is left out so its text does not come twice.
    """
    for paragraph in body.iter(qn("w:p")):
        if not any(ancestor.tag == _FALLBACK for ancestor in paragraph.iterancestors()):
            yield paragraph


def _text(paragraph: Element) -> str:
    parts: list[str] = []
    for element in paragraph.iter(*_RUN_TEXT):
        run = element.getparent()
        if run is None or run.tag != qn("w:r") or _outside(run, paragraph):
            continue
        fixed = _RUN_TEXT[element.tag]
        parts.append(fixed if fixed is not None else (element.text or ""))
    return "".join(parts)


def _outside(run: Element, paragraph: Element) -> bool:
    """True for a run that belongs to a paragraph nested inside this one (a text box)."""
    for ancestor in run.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in _SKIP or ancestor.tag == qn("w:p"):
            return True
    return True


def _bold(paragraph: Element) -> bool:
    runs = [r for r in paragraph.iter(qn("w:r")) if "".join(r.itertext()).strip()]
    return bool(runs) and all(_run_bold(run) for run in runs)


def _run_bold(run: Element) -> bool:
    rpr = run.find(qn("w:rPr"))
    bold = rpr.find(qn("w:b")) if rpr is not None else None
    return bold is not None and bold.get(qn("w:val")) not in ("0", "false")


def _blocks(paragraph: Element, styles: Styles, numbering: Numbering) -> list[Block]:
    number, bullet = numbering.number(paragraph)
    level = styles.heading_level(paragraph)
    bold = _bold(paragraph)
    pieces = _text(paragraph).split("\n")
    if not "".join(pieces).strip() and not number:
        return [Block("")]
    # A manual line break starts a new line, as it would in a text file.
    depth = numbering.last_level if number else None  # Word's own list level decides depth
    first = Block(
        pieces[0], number=number, bullet=bullet, heading_level=level, bold=bold, list_level=depth
    )
    return [first, *(Block(piece, heading_level=level, bold=bold) for piece in pieces[1:])]
