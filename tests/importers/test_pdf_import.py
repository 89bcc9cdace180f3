"""PDF import: running headers and footers out, paragraphs rebuilt, clear problems for bad files.

The real Sandhurst export is tested with the other samples; here small PDFs are written by hand
(a few objects and an xref table) so each behaviour has a document of its own.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pytest
from pypdf import PageObject, PdfWriter
from pypdf.errors import DependencyError

from councildesk.importers import ImportProblem, blocks_from_bytes
from councildesk.rules.protocol_text import iter_nodes, parse_blocks

Line = tuple[float, str] | tuple[float, str, float]  # height on the page, text (, font size)


def text_pdf(pages: Sequence[Sequence[Line]]) -> bytes:
    """A PDF with Helvetica text lines at the given heights, one list of lines a page.

    A TAB in a line draws what follows it half an inch further on, as at a tab stop.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree's number is known
    tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    kids = []
    for lines in pages:
        ops = []
        for y, text, *size in lines:
            for column, piece in enumerate(text.split("\t")):
                escaped = piece.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                # Each piece its own text object, as LibreOffice and Word draw a tab stop.
                ops.append(f"BT /F1 {size[0] if size else 11} Tf")
                ops.append(f"1 0 0 1 {72 + 36 * column} {y} Tm ({escaped}) Tj ET")
        stream = "\n".join(ops).encode("latin-1")
        contents = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (tree, contents, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, catalog))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def page(number: int, body: Sequence[Line]) -> list[Line]:
    header = (760.0, "Anytown Parish Council - Member/Officer Protocol (draft)")
    footer = (40.0, f"Page {number} of 2")
    return [header, *body, footer]


TWO_PAGES = [
    page(
        1,
        [
            (700, "Member/Officer Protocol"),
            (670, "1. Roles"),
            (640, "1.1 Councillors are responsible to the electorate and serve only so long"),
            (626, "as their term of office lasts."),
            (600, "1.2 Officers are responsible to the Council. Their job is to give advice to"),
            (
                586,
                "Councillors and to the Council, and to carry out the work of the Council under",
            ),
        ],
    ),
    page(
        2,
        [
            (700, "the direction and control of the Council and relevant committees."),
            (670, "2. Political Groups"),
            (640, "2.1 The Clerk should advise all other political groups that a report has"),
            (626, "been prepared."),
            (600, "Adopted: 14/03/2024"),
        ],
    ),
]


def test_running_header_footer_and_page_numbers_are_dropped() -> None:
    texts = [block.text for block in blocks_from_bytes(text_pdf(TWO_PAGES), "protocol.pdf")]
    assert not any("Anytown Parish Council" in text for text in texts)
    assert not any(text.startswith("Page ") for text in texts)
    assert "Member/Officer Protocol" in texts


def test_a_heading_near_the_top_of_several_pages_is_kept() -> None:
    # Found by the word-order fuzz test: "Meetings", heading a section near the top of both
    # pages, was taken for a running header and dropped. It is not at the same height.
    first: list[Line] = [(760.0, "Standing Orders", 20.0), (718.0, "Meetings", 14.0)]
    first += [(690.0 - 18 * n, f"The council meets on day {n}.") for n in range(30)]
    second: list[Line] = [(760.0, "The chair opens the meeting.", 14.0), (732.0, "Meetings", 14.0)]
    second += [(700.0 - 18 * n, f"The clerk takes minute {n}.") for n in range(3)]
    texts = [block.text for block in blocks_from_bytes(text_pdf([first, second]), "so.pdf")]
    assert texts.count("Meetings") == 2


def test_wrapped_lines_and_a_clause_over_a_page_break_are_joined() -> None:
    blocks = blocks_from_bytes(text_pdf(TWO_PAGES), "protocol.pdf")
    texts = [block.text for block in blocks if block.text]
    assert (
        "1.2 Officers are responsible to the Council. Their job is to give advice to "
        "Councillors and to the Council, and to carry out the work of the Council under "
        "the direction and control of the Council and relevant committees."
    ) in texts
    doc = parse_blocks(blocks)
    assert doc.title == "Member/Officer Protocol"
    assert [section.title for section in doc.sections] == ["1. Roles", "2. Political Groups"]
    assert [n.number for n in iter_nodes(doc.nodes) if n.kind == "clause"] == ["1.1", "1.2", "2.1"]
    assert doc.control.adopted is not None and doc.control.adopted.iso == "2024-03-14"


def test_lines_without_paragraph_spacing_split_at_each_label() -> None:
    tight = [[(700 - 14 * i, text) for i, text in enumerate(["1. Roles", "a) one;", "b) two."])]]
    texts = [b.text for b in blocks_from_bytes(text_pdf(tight), "tight.pdf") if b.text]
    assert texts == ["1. Roles", "a) one;", "b) two."]


def test_password_protected_pdf() -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ImportProblem, match="password"):
        blocks_from_bytes(buffer.getvalue(), "locked.pdf")


def test_pdf_with_only_an_owner_password_opens() -> None:
    writer = PdfWriter()
    writer.append(io.BytesIO(text_pdf(TWO_PAGES)))
    writer.encrypt(user_password="", owner_password="clerk", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    texts = [block.text for block in blocks_from_bytes(buffer.getvalue(), "owner.pdf")]
    assert "1. Roles" in texts


def test_scanned_pdf_needs_ocr() -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.add_blank_page(612, 792)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ImportProblem, match="OCR") as caught:
        blocks_from_bytes(buffer.getvalue(), "scan.pdf")
    assert "scan.pdf" in str(caught.value)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\nnot really a pdf", b"<html>not a pdf</html>", text_pdf(TWO_PAGES)[:300]],
    ids=["garbage", "html", "truncated"],
)
def test_damaged_pdf(data: bytes) -> None:
    with pytest.raises(ImportProblem, match="damaged"):
        blocks_from_bytes(data, "broken.pdf")


def test_encryption_pypdf_cannot_read_without_an_extra_library(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # AES needs the "cryptography" package; without it pypdf fails only when reading a page.
    def needs_aes(page: object, *args: object, **kwargs: object) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PageObject, "extract_text", needs_aes)
    with pytest.raises(ImportProblem, match="encrypted"):
        blocks_from_bytes(text_pdf(TWO_PAGES), "restricted.pdf")


@pytest.mark.parametrize("algorithm", ["AES-128", "AES-256"])
def test_aes_encrypted_pdf_that_opens_without_a_password_imports(algorithm: str) -> None:
    # "Restrict editing" in Word or Acrobat: an owner password only, AES encryption.
    writer = PdfWriter()
    writer.append(io.BytesIO(text_pdf(TWO_PAGES)))
    writer.encrypt(user_password="", owner_password="clerk", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    doc = parse_blocks(blocks_from_bytes(buffer.getvalue(), "restricted.pdf"))
    assert [section.title for section in doc.sections] == ["1. Roles", "2. Political Groups"]


def test_aes_encrypted_pdf_with_a_password_is_refused_as_locked() -> None:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    writer.encrypt(user_password="secret", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ImportProblem, match="password"):
        blocks_from_bytes(buffer.getvalue(), "locked.pdf")


def test_a_title_that_wraps_is_one_title() -> None:
    page: list[Line] = [
        (720, "Planning Committee - Terms of", 24),
        (692, "Reference", 24),
        (640, "1. Membership", 14),
        (620, "1.1 The committee shall consist of five councillors."),
        (590, "2. Meetings", 14),
        (570, "2.1 The committee shall meet as often as is necessary."),
    ]
    doc = parse_blocks(blocks_from_bytes(text_pdf([page]), "terms.pdf"))
    assert doc.title == "Planning Committee - Terms of Reference"
    assert [section.title for section in doc.sections] == ["1. Membership", "2. Meetings"]


def test_labels_at_a_tab_stop_and_numbered_headings_without_dots() -> None:
    page: list[Line] = [
        (720, "Standing Orders", 24),
        (680, "3 MEETINGS GENERALLY", 14),
        (660, "a\tMeetings shall not take place in licensed premises."),
        (640, "b\tA meeting needs three clear days' notice."),
        (620, "4 RESCISSION OF PREVIOUS RESOLUTIONS", 14),
        (600, "a\tA decision shall not be reversed within six months."),
        (580, "b\tA similar motion may not be moved again."),
        (560, "5 COMMITTEES", 14),
        (540, "a\tThe council may appoint committees."),
    ]
    doc = parse_blocks(blocks_from_bytes(text_pdf([page]), "orders.pdf"))
    assert [section.title for section in doc.sections] == [
        "3 MEETINGS GENERALLY",
        "4 RESCISSION OF PREVIOUS RESOLUTIONS",
        "5 COMMITTEES",
    ]
    assert [[child.number for child in s.children] for s in doc.sections] == [
        ["a", "b"],
        ["a", "b"],
        ["a"],
    ]
