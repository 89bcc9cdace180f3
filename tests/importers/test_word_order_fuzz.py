"""Generated policies in every format: the tree's words, read in order, are the document's words.

Hypothesis writes documents of numbered and unnumbered sections, decimal clauses, lettered and
roman lists (punctuated or not), bullets, paragraphs after lists and stray short lines; each is
made into text, a .docx with typed numbers, a .docx with Word's automatic numbering and a PDF,
and every form must give back every word, none added, in order.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from councildesk.importers import blocks_from_bytes
from councildesk.rules.protocol_text import parse_blocks
from tests.fixtures.corpus.build_forms import Item, plain_text, typed_docx, word_docx
from tests.importers.corpus import tree_words, words
from tests.importers.test_pdf_import import Line, text_pdf

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
VOCABULARY = [
    "council", "clerk", "members", "meeting", "shall", "may", "the", "of", "any", "committee",
    "budget", "grant", "notice", "report", "motion", "minutes", "resolution", "public", "chair",
    "parish", "officer", "decision", "written", "within", "days", "twelve", "month", "order",
]  # fmt: skip
HEADINGS = ["Meetings", "Finance", "Membership", "Grants", "Conduct", "Delegation", "Reports"]
LETTERS = "abcdefghij"
ROMANS = ["i", "ii", "iii", "iv", "v", "vi"]

sentence = st.lists(st.sampled_from(VOCABULARY), min_size=3, max_size=14).map(
    lambda ws: " ".join(ws).capitalize()
)


@st.composite
def documents(draw: st.DrawFn) -> list[Item]:
    items = [Item("title", draw(st.sampled_from(["Standing Orders", "Grants Policy"])))]
    numbered = draw(st.booleans())
    letter_style = draw(st.sampled_from(["{}.", "{})", "({})", "{}"]))
    for number in range(1, draw(st.integers(1, 4)) + 1):
        name = draw(st.sampled_from(HEADINGS))
        items.append(Item("blank"))
        items.append(Item("heading", name, 0, f"{number}." if numbered else "", 1))
        clause = 0
        for _ in range(draw(st.integers(1, 4))):
            kind = draw(st.sampled_from(["clause", "list", "bullets", "paragraph"]))
            text = draw(sentence)
            if kind == "paragraph" or (kind == "clause" and not numbered):
                items.append(Item("paragraph", text + "."))
                continue
            clause += 1
            label = f"{number}.{clause}" if numbered else ""
            lead = (
                Item("labelled", text + ":", 0, label) if label else Item("paragraph", text + ":")
            )
            items.append(lead)
            if kind == "clause":
                lead.text = text + "."
                continue
            count = draw(st.integers(2, 5))
            romans = draw(st.booleans()) and letter_style != "{}"
            for index in range(count):
                end = "." if index == count - 1 else ";"
                item_text = draw(sentence).lower() + end
                if kind == "bullets":
                    items.append(Item("bullet", item_text, 1))
                else:
                    token = ROMANS[index] if romans else LETTERS[index]
                    items.append(Item("labelled", item_text, 1, letter_style.format(token)))
            if draw(st.booleans()):
                items.append(Item("paragraph", draw(sentence) + "."))  # after the list
    return items


def _pdf(items: list[Item]) -> bytes:
    pages: list[list[Line]] = [[]]
    y = 760.0
    for line in plain_text(items).splitlines():
        if not line.strip():
            y -= 10
            continue
        if y < 80:
            pages.append([])
            y = 760.0
        title = not pages[1:] and not pages[0]
        size = 20.0 if title else 14.0 if line in _headings(items) else 11.0
        pages[-1].append((y, line.replace("•", "·"), size))  # Helvetica has no "•"
        y -= size * 1.6
    return text_pdf(pages)


def _headings(items: list[Item]) -> set[str]:
    return {f"{item.label} {item.text}".strip() for item in items if item.kind == "heading"}


def _forms(items: list[Item]) -> dict[str, bytes]:
    with tempfile.TemporaryDirectory() as folder:
        typed, numbered = Path(folder) / "typed.docx", Path(folder) / "numbered.docx"
        typed_docx(items, typed)
        word_docx(items, numbered)
        return {
            "policy.txt": plain_text(items).encode("utf-8"),
            "typed.docx": typed.read_bytes(),
            "numbered.docx": numbered.read_bytes(),
            "policy.pdf": _pdf(items),
        }


@FUZZ
@given(items=documents())
def test_every_form_keeps_every_word_in_order(items: list[Item]) -> None:
    source = words(plain_text(items))
    for name, data in _forms(items).items():
        doc = parse_blocks(blocks_from_bytes(data, name))
        assert tree_words(doc) == source, name
