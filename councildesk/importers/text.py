"""Plain text and Markdown files: decode them and hand over one Block a line."""

from __future__ import annotations

import codecs
import re

from councildesk.importers.cleanup import drop_repeated_lines
from councildesk.importers.problems import ImportProblem
from councildesk.rules.protocol_text import Block

_MAGIC = [
    (
        b"%PDF",
        "it is a PDF file, not plain text",
        "Give it the .pdf extension and import it again.",
    ),
    (
        b"PK\x03\x04",
        "it is a Word (or other zipped) file, not plain text",
        "Give it the .docx extension and import it again.",
    ),
    (
        b"\xd0\xcf\x11\xe0",
        "it is an old Word (.doc) file, not plain text",
        "Open it in Word, save it as .docx and import that.",
    ),
    (
        b"{\\rtf",
        "it is a Rich Text (.rtf) file",
        "Open it in Word, save it as .docx and import that.",
    ),
]
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_BULLET = re.compile(r"^(\s*)[*+]\s+")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-{2,})\s*$")
# A line that starts a new block rather than continuing a paragraph: a heading, a list item, a
# quotation, a rule or a typed clause number ("1.", "2.3", "a)", "(iv)").
_STARTS_BLOCK = re.compile(
    r"^\s*(?:#{1,6}\s|[*+•-]\s|>|\d+(?:\.\d+)*[.)]?\s|\(?[a-zA-Z]{1,4}[.)]\s|\([0-9a-z]{1,4}\)\s)"
)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


def decode_text(data: bytes, path: str) -> str:
    """The text of the file: UTF-8 with or without a byte-order mark, else Windows-1252."""
    for magic, problem, advice in _MAGIC:
        if data.startswith(magic):
            raise ImportProblem(path, problem, advice)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # Notepad's "Unicode" is UTF-16 with a byte-order mark.
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        raise _not_text(path)
    elif data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Windows-1252 leaves five bytes unassigned; they become U+FFFD, not an error.
            text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f\v")
    if controls > max(2, len(text) // 100) or text.count("\ufffd") > max(8, len(text) // 20):
        raise _not_text(path)
    if not text.strip():
        raise ImportProblem(path, "it has no text in it", "Check that you chose the right file.")
    return text


def _not_text(path: str) -> ImportProblem:
    return ImportProblem(
        path,
        "it does not contain plain text (it may be damaged, or a different kind of file)",
        "Open it in the program that made it and save it as .docx, .pdf or .txt.",
    )


def text_blocks(text: str, markdown: bool = False) -> list[Block]:
    """One Block a line; blank lines become empty Blocks. Running headers are dropped."""
    lines = [line.replace("\f", "") for line in text.splitlines()]
    kept = drop_repeated_lines(lines)
    blocks = _markdown_blocks(kept) if markdown else [Block(line.rstrip()) for line in kept]
    top = [index for index, block in enumerate(blocks) if block.heading_level == 1]
    first = next((index for index, block in enumerate(blocks) if block.text.strip()), None)
    if len(top) == 1 and top[0] == first:
        # Markdown's single "# Heading" at the top is the document's title.
        blocks[top[0]] = Block(blocks[top[0]].text, heading_level=0)
    return blocks


def _markdown_blocks(lines: list[str]) -> list[Block]:
    """One Block a Markdown paragraph, heading or list item.

    A line break inside a paragraph is only a soft break (Markdown joins the lines), so the
    first words of a paragraph are never left on a line of their own to be taken for a heading.
    Two spaces or a backslash at a line's end is Markdown's hard break and is kept.
    """
    blocks: list[Block] = []
    hard_break = True
    for line in lines:
        if _SETEXT.match(line) and blocks and blocks[-1].text and not hard_break:
            level = 1 if line.strip().startswith("=") else 2
            blocks[-1] = Block(blocks[-1].text, heading_level=level)  # "Title" over "====="
            hard_break = True
            continue
        block = _markdown_block(line)
        previous = blocks[-1] if blocks else None
        soft = (
            previous is not None
            and previous.text
            and previous.heading_level is None
            and not hard_break
            and block.text
            and block.heading_level is None
            and not _STARTS_BLOCK.match(line)
        )
        if soft and previous is not None:
            joined = f"{previous.text} {block.text.strip()}"
            blocks[-1] = Block(joined, bold=previous.bold and block.bold)
        else:
            blocks.append(block)
        hard_break = (
            not line.strip() or line.endswith(("  ", "\\")) or block.heading_level is not None
        )
    return [Block(b.text.removesuffix("\\").rstrip(), heading_level=b.heading_level, bold=b.bold)
            for b in blocks]  # fmt: skip


def _markdown_block(line: str) -> Block:
    heading = _MD_HEADING.match(line)
    if heading:
        return Block(_plain(heading.group(2)), heading_level=len(heading.group(1)))
    line = _MD_BULLET.sub(r"\1• ", line)
    stripped = line.strip()
    bold = len(stripped) > 4 and stripped[:2] in ("**", "__") and stripped[-2:] == stripped[:2]
    return Block(_plain(line).rstrip(), bold=bold)


def _plain(text: str) -> str:
    """Markdown's emphasis marks and escapes taken out; the words are left alone."""
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    return _MD_ESCAPE.sub(r"\1", text)
