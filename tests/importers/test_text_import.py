"""Plain text and Markdown: encodings, blank lines, running lines, Markdown marks."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from councildesk.importers import ImportProblem, blocks_from_bytes, read_blocks
from councildesk.rules.protocol_text import Block, parse_blocks

TEXT = "Member/Officer Protocol\n\n1. Roles\n1.1 The Council’s officers – and councillors.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("cp1252"),
        TEXT.encode("utf-16"),  # Notepad's "Unicode", with its byte-order mark
        TEXT.replace("\n", "\r\n").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1252", "utf-16", "windows line ends"],
)
def test_encodings(data: bytes) -> None:
    blocks = blocks_from_bytes(data, "protocol.txt")
    assert [block.text for block in blocks] == [
        "Member/Officer Protocol",
        "",
        "1. Roles",
        "1.1 The Council’s officers – and councillors.",
    ]


def test_windows_1252_bytes_with_no_character_do_not_fail() -> None:
    blocks = blocks_from_bytes(b"1. Roles \x81\x8d\x8f\x90\x9d and \x92duties\x92", "odd.txt")
    assert blocks == [Block("1. Roles \ufffd\ufffd\ufffd\ufffd\ufffd and ’duties’")]


def test_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "protocol.TXT"
    path.write_bytes(TEXT.encode("utf-8"))
    assert read_blocks(path)[0] == Block("Member/Officer Protocol")


def test_markdown_headings_bullets_and_emphasis() -> None:
    markdown = (
        "# Member/Officer Protocol\n\n## 1. Roles\n\n**Councillors**\n\n"
        "1.1 Councillors have *four* main areas:\n\n* to determine policy;\n+ to monitor\\.\n"
    )
    blocks = blocks_from_bytes(markdown.encode(), "protocol.md")
    assert [(b.text, b.heading_level, b.bold) for b in blocks if b.text] == [
        ("Member/Officer Protocol", 0, False),  # the one "#" heading, at the top: the title
        ("1. Roles", 2, False),
        ("Councillors", None, True),
        ("1.1 Councillors have four main areas:", None, False),
        ("• to determine policy;", None, False),
        ("• to monitor.", None, False),
    ]
    doc = parse_blocks(blocks)
    assert doc.title == "Member/Officer Protocol"
    assert [section.title for section in doc.sections] == ["1. Roles"]
    assert doc.sections[0].children[0].heading == "Councillors"


def test_running_lines_copied_out_of_a_pdf_are_dropped() -> None:
    pages = []
    for number in range(1, 5):
        body = [f"{number}.{clause} Clause text for page {number}." for clause in range(1, 16)]
        pages.append("\n".join(["Anytown Parish Council", "", *body, "", "Protocol", f" {number}"]))
    blocks = blocks_from_bytes("\n".join(pages).encode(), "copied.txt")
    texts = [block.text for block in blocks]
    assert "Anytown Parish Council" not in texts and "Protocol" not in texts
    assert not any(text.strip().isdigit() for text in texts)
    assert len([text for text in texts if text]) == 60


def test_a_heading_repeated_down_the_document_is_kept() -> None:
    # Found by the word-order fuzz test: "Grants" heading three sections, evenly apart, was
    # taken for a running header and dropped. With no page number beside it, it is the text.
    sections = []
    for number in range(1, 5):
        body = [f"The council may award grant {number}.{line}." for line in range(1, 17)]
        sections.append("\n".join(["", "Procedure", *body]))
    blocks = blocks_from_bytes("\n".join(sections).encode(), "policy.txt")
    assert [block.text for block in blocks].count("Procedure") == 4


def test_a_running_line_with_its_own_page_number_is_dropped() -> None:
    pages = []
    for number in range(1, 5):
        body = [f"{number}.{clause} Clause text for page {number}." for clause in range(1, 16)]
        pages.append("\n".join([*body, "", f"Standing Orders - Page {number} of 4"]))
    texts = [block.text for block in blocks_from_bytes("\n".join(pages).encode(), "so.txt")]
    assert not any("Standing Orders" in text for text in texts)
    assert len([text for text in texts if text]) == 60


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4 ...", "PDF"),
        (b"PK\x03\x04 zipped", "Word"),
        (b"{\\rtf1\\ansi hello}", "Rich Text"),
        (b"text\x00with\x00nul\x00bytes", "plain text"),
        (bytes(range(1, 32)) * 20, "plain text"),
        (b"   \n\t\r\n  ", "empty"),
        (codecs.BOM_UTF8 + b"\n\n", "no text"),
    ],
    ids=["pdf", "zip", "rtf", "nul bytes", "control characters", "blank", "bom only"],
)
def test_not_plain_text(data: bytes, message: str) -> None:
    with pytest.raises(ImportProblem, match=message) as caught:
        blocks_from_bytes(data, "protocol.txt")
    assert "protocol.txt" in str(caught.value)


def test_markdown_soft_line_breaks_stay_inside_the_paragraph() -> None:
    markdown = (
        "# Grants Policy\n\n## Who can apply\nVoluntary groups\nbased in the parish may apply.\n"
        "Schools may apply\ntoo.\n\n- a bullet that\n  wraps\n- another\n\n"
        "1. A numbered item\n2. The next item\n\nSigned  \nThe Clerk\n"
    )
    blocks = blocks_from_bytes(markdown.encode(), "policy.md")
    texts = [block.text for block in blocks if block.text]
    assert texts == [
        "Grants Policy",
        "Who can apply",
        "Voluntary groups based in the parish may apply. Schools may apply too.",
        "- a bullet that wraps",
        "- another",
        "1. A numbered item",
        "2. The next item",
        "Signed",  # two spaces: Markdown's own hard break
        "The Clerk",
    ]
    doc = parse_blocks(blocks)
    # "Voluntary groups" is the start of a paragraph, never a heading of its own.
    assert doc.sections[0].heading == "Who can apply"
    assert doc.sections[0].text.startswith("Voluntary groups based in the parish may apply.")


def test_markdown_underlined_headings() -> None:
    blocks = blocks_from_bytes(
        b"Roles\n=====\nCouncillors lead.\n\nOfficers\n--------\nThey advise.\n", "p.md"
    )
    assert [(b.text, b.heading_level) for b in blocks if b.text] == [
        ("Roles", 0),  # the one top-level heading, first: the title
        ("Councillors lead.", None),
        ("Officers", 2),
        ("They advise.", None),
    ]
