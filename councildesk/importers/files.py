"""Reading a protocol file of any kind supported into Blocks, or saying clearly why not."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from councildesk.importers.problems import ImportProblem

if TYPE_CHECKING:
    from councildesk.rules.protocol_text import Block

MAX_BYTES = 20 * 1024 * 1024
SUPPORTED = (".txt", ".md", ".docx", ".pdf")


def read_blocks(path: str | os.PathLike[str]) -> list[Block]:
    """The file's text as Blocks for the protocol parser.

    Raises ImportProblem, and nothing else, when the file cannot be read: it is missing, empty,
    too big, damaged, password-protected, a scan without text, an old .doc, or not supported.
    """
    file = Path(path)
    _check_kind(file)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            raise _too_big(file, size)
        data = file.read_bytes()
    except ImportProblem:
        raise
    except OSError as error:
        reason = error.strerror or "it could not be opened"
        raise ImportProblem(
            file,
            f"it could not be opened ({reason.lower()})",
            "Check the file is still there and that you may open it.",
        ) from error
    return blocks_from_bytes(data, file)


def blocks_from_bytes(data: bytes, path: str | os.PathLike[str]) -> list[Block]:
    """As read_blocks, for a file already read; ``path`` names it and gives its kind."""
    file = Path(path)
    kind = _check_kind(file)
    if len(data) > MAX_BYTES:
        raise _too_big(file, len(data))
    if not data.strip():
        raise ImportProblem(file, "the file is empty", "Check that you chose the right file.")
    name = str(file)
    # Each reader (pypdf, python-docx) loads when a file of its kind is read, not at start-up.
    if kind == ".pdf":
        from councildesk.importers.pdf import pdf_blocks

        return pdf_blocks(data, name)
    if kind == ".docx":
        from councildesk.importers.word import word_blocks

        return word_blocks(data, name)
    from councildesk.importers.text import decode_text, text_blocks

    return text_blocks(decode_text(data, name), markdown=kind == ".md")


def _check_kind(file: Path) -> str:
    kind = file.suffix.lower()
    if kind == ".doc":
        raise ImportProblem(
            file,
            "it is an old Word 97–2003 document (.doc)",
            "Open it in Word, choose Save As > Word Document (.docx) and import the new file.",
        )
    if kind not in SUPPORTED:
        shown = kind or "files without an extension"
        raise ImportProblem(
            file,
            f"{shown} cannot be imported",
            "Save the protocol as a Word document (.docx), a PDF or plain text (.txt) "
            "and import that.",
        )
    return kind


def _too_big(file: Path, size: int) -> ImportProblem:
    return ImportProblem(
        file,
        f"it is {size / (1024 * 1024):.1f} MB, more than the "
        f"{MAX_BYTES // (1024 * 1024)} MB a protocol file may be",
        "Save the protocol on its own, without pictures, and import that.",
    )
