"""Welsh names print as written: the printouts embed a font that has ŵ and ŷ.

reportlab's built-in Helvetica has no ŵ or ŷ (they printed as black boxes), so the printouts
embed Liberation Sans from resources/fonts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from councildesk.reports import fonts, glyph_notes, styles
from councildesk.reports.directory import DirectoryData, render_directory
from councildesk.reports.protocol_booklet import ProtocolBookletData, render_protocol_booklet
from councildesk.reports.protocol_compare import ComparisonData, render_comparison
from councildesk.reports.signoff_sheet import (
    SignoffCouncillor,
    SignoffSheetData,
    render_signoff_sheet,
)
from councildesk.reports.template import ReportHeader, build_pdf
from councildesk.rules.protocol_diff import diff_protocols
from councildesk.rules.protocol_text import parse_text

PRINTED = dt.date(2025, 3, 4)
COUNCIL = "Cyngor Cymuned Tŷ Ddewi"
COUNCILLOR = "Ŵyr ap Dafydd"
WARD = "Cae'r Ŷd"
ROLE = "Cadeirydd, Pwyllgor Tŵr y Cloc"

MakeDirectory = Callable[..., DirectoryData]

PROTOCOL = """1. Cyflwyniad / Introduction
1.1 This protocol applies to the members of Cyngor Cymuned Tŷ Ddewi and to its Clerk.
1.2 Meetings are held at Tŷ Cymuned, Heol yr Ŵyr.
2. Roles
2.1 The Clerk advises the council at Neuadd Cae'r Ŷd.
"""


@pytest.fixture
def welsh_directory(make_directory: MakeDirectory) -> bytes:
    """The directory of a Welsh community council, long enough to run over two pages."""
    data = make_directory(council_name=COUNCIL, councillor_count=12)
    first = dataclasses.replace(data.councillors[0], name=COUNCILLOR, ward=WARD, roles=[ROLE])
    data = dataclasses.replace(data, councillors=[first, *data.councillors[1:]])
    buffer = io.BytesIO()
    render_directory(data, buffer, PRINTED)
    return buffer.getvalue()


def _page_fonts(pdf: bytes) -> Iterator[tuple[int, Any]]:
    """Each font each page uses, as (page number, font dictionary)."""
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            yield number, ref.get_object()


def _face(font: Any) -> str:
    """The font's name without the "/" and without the "AAAAAA+" of a subset."""
    return str(font["/BaseFont"]).lstrip("/").split("+")[-1]


def _text(pdf: bytes) -> list[str]:
    """Each page's text, with a table cell's wrapped lines run together again."""
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_welsh_letters_are_printed_as_written(welsh_directory: bytes) -> None:
    text = "\n".join(_text(welsh_directory))
    for words in (COUNCIL, COUNCILLOR, WARD, ROLE):
        assert words in text
    for letter in "ŵŷŴŶ":
        assert letter in text


def test_the_header_of_every_page_names_the_welsh_council(welsh_directory: bytes) -> None:
    pages = _text(welsh_directory)
    assert len(pages) == 2
    for page in pages:
        assert COUNCIL in page


def test_the_printout_embeds_liberation_sans_and_nothing_else(welsh_directory: bytes) -> None:
    seen = set()
    for number, font in _page_fonts(welsh_directory):
        base = _face(font)
        seen.add(base)
        assert "Liberation" in base, f"page {number} uses {base}"
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"page {number}: {base} is not embedded"
    assert {"LiberationSans", "LiberationSans-Bold"} <= seen


def _protocol_printout(kind: str) -> bytes:
    nodes = parse_text(PROTOCOL).nodes
    buffer = io.BytesIO()
    if kind == "booklet":
        booklet = ProtocolBookletData(
            council_name=COUNCIL,
            title="Protocol Aelodau/Swyddogion",
            version_label="Fersiwn 2",
            status="Draft",
            nodes=nodes,
        )
        render_protocol_booklet(booklet, buffer, PRINTED)
    elif kind == "comparison":
        amended = parse_text(PROTOCOL.replace("Heol yr Ŵyr", "Stryd y Tŵr")).nodes
        comparison = ComparisonData(
            council_name=COUNCIL,
            title="Protocol",
            old_label="Fersiwn 1",
            new_label="Fersiwn 2",
            changes=diff_protocols(nodes, amended),
        )
        render_comparison(comparison, buffer, PRINTED)
    else:
        sheet = SignoffSheetData(
            council_name=COUNCIL,
            version_label="Fersiwn 2",
            councillors=[SignoffCouncillor(name=COUNCILLOR, received_on=PRINTED)],
        )
        render_signoff_sheet(sheet, buffer, PRINTED)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["booklet", "comparison", "signoff sheet"])
def test_every_printout_prints_welsh_in_the_embedded_font(kind: str) -> None:
    pdf = _protocol_printout(kind)
    text = " ".join(_text(pdf))
    assert COUNCIL in text
    assert ("Stryd y Tŵr" if kind == "comparison" else "Ŵyr") in text
    for number, font in _page_fonts(pdf):
        assert "Liberation" in _face(font), f"page {number} uses {_face(font)}"


def test_bold_and_italic_markup_use_the_embedded_faces() -> None:
    buffer = io.BytesIO()
    header = ReportHeader(council_name=COUNCIL, title="Cofrestr", printed_on=PRINTED)
    story = [
        Paragraph("Plain Tŷ, <b>bold Tŷ</b>, <i>italic Ŵyr</i>, <b><i>both ŵ</i></b>", styles.BODY)
    ]
    build_pdf(buffer, header, story)
    pdf = buffer.getvalue()
    faces = {_face(font) for _, font in _page_fonts(pdf)}
    assert faces == {
        "LiberationSans",
        "LiberationSans-Bold",
        "LiberationSans-Italic",
        "LiberationSans-BoldItalic",
    }
    assert "Plain Tŷ, bold Tŷ, italic Ŵyr, both ŵ" in _text(pdf)[0]


def test_the_font_covers_latin_1_and_latin_extended_a() -> None:
    fonts.register_fonts()
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        widths = pdfmetrics.getFont(name).face.charWidths
        missing = [chr(c) for c in range(0xA0, 0x180) if c not in widths]
        assert not missing, f"{name} has no glyph for {''.join(missing)}"


def test_registering_again_changes_nothing() -> None:
    fonts.register_fonts()
    before = pdfmetrics.getFont(styles.FONT)
    fonts.register_fonts()
    assert pdfmetrics.getFont(styles.FONT) is before
    assert styles.FONT == fonts.REGULAR
    assert styles.FONT_BOLD == fonts.BOLD
    assert styles.FONT_ITALIC == fonts.ITALIC


def test_widths_match_helvetica_closely_so_layouts_still_fit() -> None:
    sample = "Ashworth Valley Parish Council — clerk@ashworthvalleyparishcouncil.gov.uk"
    for ours, helvetica in ((styles.FONT, "Helvetica"), (styles.FONT_BOLD, "Helvetica-Bold")):
        width = fonts.string_width(sample, ours, 10)
        assert width == pytest.approx(pdfmetrics.stringWidth(sample, helvetica, 10), rel=0.01)
    # ŷ is as wide as y: a Welsh name takes the room its English spelling would.
    assert fonts.string_width("Tŷ", styles.FONT, 10) == fonts.string_width("Ty", styles.FONT, 10)


def test_importing_the_printouts_does_not_read_the_font_files() -> None:
    probe = (
        "import councildesk.reports.directory, councildesk.reports.protocol_booklet\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "assert 'LiberationSans' not in pdfmetrics.getRegisteredFontNames()\n"
        "from councildesk.reports import fonts\n"
        "assert fonts.string_width('Tŷ', 'LiberationSans', 10) > 0\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_the_font_files_are_read_once_however_many_printouts_are_made() -> None:
    # A fresh process, so no earlier test has registered the fonts already.
    probe = (
        "import datetime as dt, io\n"
        "from reportlab.pdfbase import ttfonts\n"
        "opened = []\n"
        "parse = ttfonts.TTFontFile.extractInfo\n"
        "def counted(self, *args, **kwargs):\n"
        "    opened.append(self.filename)\n"
        "    return parse(self, *args, **kwargs)\n"
        "ttfonts.TTFontFile.extractInfo = counted\n"
        "from councildesk.reports.protocol_booklet import ProtocolBookletData, "
        "render_protocol_booklet\n"
        "from councildesk.rules.protocol_text import Node\n"
        "data = ProtocolBookletData(council_name='Tŷ Council', title='Protocol', "
        "version_label='Version 1', status='Adopted', "
        "nodes=[Node('1.', 'Roles', '', 'section', [Node('1.1', '', 'Text.', 'clause')])])\n"
        "for _ in range(3):\n"
        "    render_protocol_booklet(data, io.BytesIO(), dt.date(2025, 3, 4))\n"
        "assert len(opened) == 4, opened\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True)


def test_ligatures_the_font_lacks_are_printed_as_their_letters() -> None:
    # PDF text layers bring ligatures in (Tintern's financial regulations have "eﬀective").
    text = "The eﬀective date, in oﬃce, the ﬁnal ﬂoor and the ﬀ, ﬃ and ﬄ ligatures"
    data = ProtocolBookletData(
        council_name="Tintern Community Council",
        title="Financial Regulations",
        version_label="Version 1",
        status="Adopted",
        nodes=parse_text(f"1. Ligatures\n1.1 {text}\n").nodes,
    )
    buffer = io.BytesIO()
    with glyph_notes.tracking() as replaced:
        render_protocol_booklet(data, buffer, PRINTED)
    printed = " ".join(_text(buffer.getvalue()))
    assert "The effective date, in office, the" in printed
    assert "ff, ffi and ffl ligatures" in printed
    assert "?" not in printed
    assert not replaced  # nothing was lost, so the clerk is told nothing
