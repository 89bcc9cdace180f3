"""Importers: a protocol file (.txt, .md, .docx, .pdf) -> plain Blocks that rules/ can parse.

Only this package reads files. Every failure a clerk can meet is an ImportProblem naming the file
and saying what to do; no other exception escapes, whatever the file holds.
"""

from councildesk.importers.files import MAX_BYTES, SUPPORTED, blocks_from_bytes, read_blocks
from councildesk.importers.problems import ImportProblem

__all__ = ["MAX_BYTES", "SUPPORTED", "ImportProblem", "blocks_from_bytes", "read_blocks"]
