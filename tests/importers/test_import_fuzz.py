"""Whatever a file holds, the importers return Blocks or raise ImportProblem: nothing else."""

from __future__ import annotations

import contextlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councildesk.importers import ImportProblem, blocks_from_bytes, read_blocks
from councildesk.rules.protocol_text import Block, parse_blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PDF = (FIXTURES / "protocols" / "sandhurst-town-council.pdf").read_bytes()
DOCX = (FIXTURES / "policies" / "newbiggin-parish-council-privacy-policy.docx").read_bytes()
KINDS = st.sampled_from([".txt", ".md", ".docx", ".pdf"])
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def import_or_problem(data: bytes, name: str) -> list[Block] | None:
    """The Blocks, or None when the importer said clearly why it could not."""
    try:
        blocks = blocks_from_bytes(data, name)
    except ImportProblem as problem:
        assert name in str(problem)
        return None
    assert all(isinstance(block, Block) for block in blocks)
    parse_blocks(blocks)
    return blocks


@FUZZ
@given(data=st.binary(max_size=4096), kind=KINDS)
def test_random_bytes(data: bytes, kind: str) -> None:
    import_or_problem(data, f"random{kind}")


@FUZZ
@given(text=st.text(max_size=2000), kind=st.sampled_from([".txt", ".md"]))
def test_random_text(text: str, kind: str) -> None:
    import_or_problem(text.encode("utf-8"), f"random{kind}")


@FUZZ
@given(
    base=st.sampled_from([(PDF, ".pdf"), (DOCX, ".docx")]),
    edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=12),
    cut=st.none() | st.floats(0, 1),
)
def test_damaged_real_files(
    base: tuple[bytes, str], edits: list[tuple[float, int]], cut: float | None
) -> None:
    original, kind = base
    data = bytearray(original)
    for where, value in edits:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    import_or_problem(bytes(data), f"damaged{kind}")


WEIRD_VALUES = [
    "-1",
    "0",
    "99",
    "abc",
    "",
    "%9",
    "%1.%2.%3",
    "9" * 30,
    "bullet",
    "lowerRoman",
    "none",
]
_ATTRIBUTE = re.compile(r'(w:(?:val|ilvl|numId|abstractNumId|styleId)=)"([^"]*)"')


@FUZZ
@given(choices=st.lists(st.tuples(st.booleans(), st.sampled_from(WEIRD_VALUES)), min_size=1))
def test_word_files_with_strange_numbering(choices: list[tuple[bool, str]]) -> None:
    """A well-formed .docx whose numbering and style values are nonsense."""
    source = zipfile.ZipFile(io.BytesIO(DOCX))
    parts = {name: source.read(name) for name in source.namelist()}
    picks = iter(choices * 200)

    def swap(match: re.Match[str]) -> str:
        change, value = next(picks, (False, ""))
        return f'{match.group(1)}"{value if change else match.group(2)}"'

    for name in ("word/numbering.xml", "word/styles.xml", "word/document.xml"):
        parts[name] = _ATTRIBUTE.sub(swap, parts[name].decode("utf-8")).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    import_or_problem(out.getvalue(), "strange.docx")


@settings(max_examples=15, deadline=None)
@given(data=st.binary(max_size=512), kind=KINDS)
def test_from_disk(tmp_path_factory: pytest.TempPathFactory, data: bytes, kind: str) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"file{kind}"
    path.write_bytes(data)
    with contextlib.suppress(ImportProblem):
        read_blocks(path)
