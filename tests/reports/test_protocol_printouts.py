"""The protocol printouts and exports, read back as a clerk or councillor would meet them."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import io
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from councildesk.importers.word import word_blocks
from councildesk.reports.protocol_booklet import ProtocolBookletData, render_protocol_booklet
from councildesk.reports.protocol_compare import ComparisonData, render_comparison
from councildesk.reports.protocol_export import export_docx, export_text
from councildesk.reports.signoff_sheet import (
    SignoffCouncillor,
    SignoffSheetData,
    render_signoff_sheet,
    signoff_story,
)
from councildesk.rules.protocol_diff import diff_protocols
from councildesk.rules.protocol_text import Node, parse_blocks, parse_text
from tests.reports.pdf_lines import lines_as_seen, runs

FIXTURES = Path(__file__).parent.parent / "fixtures" / "protocols"
PRINTED = dt.date(2025, 3, 4)
A4_POINTS = (595.27, 841.89)
SAMPLES = ["lowestoft-town-council", "sandhurst-town-council", "unnamed-community-council"]
FOOTER = "Member/Officer Protocol · Version 3"


def nodes(sample: str) -> list[Node]:
    return parse_text((FIXTURES / f"{sample}.txt").read_text(encoding="utf-8")).nodes


def booklet(sample: str = "lowestoft-town-council", status: str = "Adopted") -> ProtocolBookletData:
    return ProtocolBookletData(
        council_name="Lowestoft Town Council",
        title="Member/Officer Protocol",
        version_label="Version 3",
        status=status,
        adopted_on=None if status == "Draft" else dt.date(2022, 7, 28),
        minute_reference="" if status == "Draft" else "45/22",
        next_review_text="July 2027",
        nodes=nodes(sample),
    )


def pdf_bytes(render: object, data: object) -> bytes:
    buffer = io.BytesIO()
    render(data, buffer, PRINTED)  # type: ignore[operator]
    return buffer.getvalue()


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def outline(tree: list[Node], depth: int = 0) -> list[tuple[int, str, str, str, str]]:
    out: list[tuple[int, str, str, str, str]] = []
    for node in tree:
        out.append((depth, node.kind, node.number, node.heading, node.text))
        out.extend(outline(node.children, depth + 1))
    return out


# The booklet


@pytest.fixture(scope="module")
def adopted_pages() -> list[str]:
    return page_texts(pdf_bytes(render_protocol_booklet, booklet()))


def test_cover_names_the_council_title_version_and_adoption(adopted_pages: list[str]) -> None:
    cover = adopted_pages[0]
    for words in (
        "Lowestoft Town Council",
        "Member/Officer Protocol",
        "Version 3",
        "Adopted 28/07/2022, minute 45/22",
        "Next review: July 2027",
    ):
        assert words in cover
    assert "Page 1 of" not in cover  # the cover is bare
    assert "DRAFT" not in cover


def test_contents_lists_each_section_at_the_page_it_starts(adopted_pages: list[str]) -> None:
    reader = PdfReader(io.BytesIO(pdf_bytes(render_protocol_booklet, booklet())))
    contents = "\n".join(lines_as_seen(reader.pages[1]))
    assert "\nContents\n" in contents
    sections = [
        "Background",
        "2. Roles of Councillors and Employees",
        "3. Expectations",
        "4. Political Groups",
        "5. When things go wrong",
    ]
    for title in sections:
        page = next(n for n, text in enumerate(adopted_pages[2:], start=3) if title in text)
        assert re.search(rf"^{re.escape(title)}[ .]*{page}$", contents, re.MULTILINE), title


def test_every_page_after_the_cover_has_the_footer(adopted_pages: list[str]) -> None:
    total = len(adopted_pages)
    assert total == 5
    for number, text in enumerate(adopted_pages[1:], start=2):
        assert f"Page {number} of {total}" in text
        assert FOOTER in text
        assert "Printed 04/03/2025" in text


def test_every_clause_is_printed_in_order(adopted_pages: list[str]) -> None:
    body = flat(" ".join(adopted_pages[2:]))
    numbers = [n.number for n in _walk(nodes("lowestoft-town-council")) if n.kind == "clause"]
    positions = [body.find(f"{number} ") for number in numbers]
    assert -1 not in positions
    assert positions == sorted(positions)
    assert "Committee Chairs and Vice-Chairs have additional responsibilities" in body


def _walk(tree: list[Node]) -> list[Node]:
    return [n for node in tree for n in (node, *_walk(node.children))]


def test_a_draft_is_marked_on_the_cover_and_every_page() -> None:
    pages = page_texts(pdf_bytes(render_protocol_booklet, booklet(status="Draft")))
    assert "DRAFT — not yet adopted" in pages[0]
    assert "Adopted" not in pages[0]
    for text in pages[1:]:
        assert "DRAFT" in text


def test_a_superseded_version_says_so() -> None:
    pages = page_texts(pdf_bytes(render_protocol_booklet, booklet(status="Superseded")))
    assert "Superseded — adopted 28/07/2022, minute 45/22" in pages[0]
    assert all("SUPERSEDED" in text for text in pages[1:])


def test_booklet_pages_are_a4() -> None:
    reader = PdfReader(io.BytesIO(pdf_bytes(render_protocol_booklet, booklet())))
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(A4_POINTS[0], abs=0.01)
        assert float(page.mediabox.height) == pytest.approx(A4_POINTS[1], abs=0.01)
    assert [item.title for item in reader.outline if not isinstance(item, list)][:2] == [
        "Background",
        "2. Roles of Councillors and Employees",
    ]


@pytest.mark.parametrize("sample", SAMPLES)
def test_hanging_numbers_line_their_text_up(sample: str) -> None:
    """Beside every number in one column, the text starts at one and the same place."""
    reader = PdfReader(io.BytesIO(pdf_bytes(render_protocol_booklet, booklet(sample))))
    text_starts: dict[float, set[float]] = defaultdict(set)
    for page in reader.pages[2:]:
        found = runs(page)
        for x, y, text in found:
            if re.fullmatch(r"\d+(\.\d+)*\.?|\([a-z]+\)|[a-z]\)", text):
                beside = [rx for rx, ry, _ in found if ry == y and rx > x]
                text_starts[x].add(min(beside))
    assert text_starts
    for number_x, starts in text_starts.items():
        assert len(starts) == 1, (number_x, starts)


def test_markup_characters_print_as_written() -> None:
    data = booklet()
    media = Node("6.", "Media & <Press> Relations", "", "section")
    media.children.append(Node("6.1", "", "Officers & councillors use <b> as typed.", "clause"))
    data = dataclasses.replace(data, nodes=[*data.nodes, media])
    pages = page_texts(pdf_bytes(render_protocol_booklet, data))
    assert "Media & <Press> Relations" in pages[1]  # listed in the contents
    assert "Officers & councillors use <b> as typed." in flat(" ".join(pages))


def test_a_protocol_without_sections_has_no_contents_page() -> None:
    clauses = [Node("1.", "", "Councillors and officers treat each other with respect.", "clause")]
    data = dataclasses.replace(booklet(status="Draft"), nodes=clauses)
    pages = page_texts(pdf_bytes(render_protocol_booklet, data))
    assert len(pages) == 2
    assert "Contents" not in pages[1]
    assert "Placeholder" not in pages[1]
    assert "1. Councillors and officers treat each other with respect." in pages[1]


def test_a_booklet_renders_to_a_path(tmp_path: Path) -> None:
    out = tmp_path / "protocol.pdf"
    render_protocol_booklet(booklet("sandhurst-town-council", "Draft"), out, PRINTED)
    assert out.read_bytes().startswith(b"%PDF")


# The comparison


def amended() -> list[Node]:
    """Lowestoft's protocol with one word changed, one clause added and another removed."""
    new = copy.deepcopy(nodes("lowestoft-town-council"))
    roles = new[1].children[0]
    roles.text = roles.text.replace("summarised as follows", "described as follows")
    groups = new[3].children
    del groups[2]  # 4.3, on reports to groups
    added = "The Clerk will keep a register of reports given to political groups."
    groups.insert(1, Node("4.2", "", added, "clause"))
    for index, clause in enumerate(groups, start=1):
        clause.number = f"4.{index}"
    return new


def comparison(new: list[Node]) -> ComparisonData:
    return ComparisonData(
        council_name="Lowestoft Town Council",
        title="Member/Officer Protocol",
        old_label="Version 2 (adopted 28/07/2022)",
        new_label="Version 3 (draft)",
        changes=diff_protocols(nodes("lowestoft-town-council"), new),
    )


def test_comparison_summary_and_changed_words() -> None:
    pages = page_texts(pdf_bytes(render_comparison, comparison(amended())))
    text = flat(" ".join(pages))
    assert "Member/Officer Protocol: comparison of versions" in text
    assert "Version 2 (adopted 28/07/2022) compared with Version 3 (draft)" in text
    for count in ("1 clause changed", "1 clause added", "1 clause removed", "1 clause renumbered"):
        assert count in text
    assert "summarised as follows" in text and "described as follows" in text
    assert "The Clerk will keep a register of reports given to political groups." in text
    assert "Not in Version 3 (draft)" in text  # the removed clause's empty side
    # Unchanged clauses are left out; the renumbered one is listed, not printed in full.
    assert "This protocol is intended to assist" not in text
    assert "Renumbered or moved" in text
    assert re.search(r"4\.2 4\.3 Party political groups have no power", text)


def test_comparison_of_a_version_with_itself() -> None:
    text = flat(" ".join(page_texts(pdf_bytes(render_comparison, comparison(amended()[:0])))))
    assert "clauses removed" in text
    same = comparison(nodes("lowestoft-town-council"))
    text = flat(" ".join(page_texts(pdf_bytes(render_comparison, same))))
    assert "The two versions say the same" in text
    assert "Changes to the wording" not in text


def test_a_clause_longer_than_a_page_runs_on_to_the_next() -> None:
    new = amended()
    new[3].children[-1].text += " Further words of an unusually long clause." * 300
    pages = page_texts(pdf_bytes(render_comparison, comparison(new)))
    assert len(pages) == 10
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))


# The sign-off sheet


def signoff(count: int = 30) -> SignoffSheetData:
    people = [
        SignoffCouncillor(
            name=f"Councillor {chr(65 + n % 26)}. Example-{n}",
            received_on=dt.date(2025, 2, 3) if n % 5 == 1 else None,
        )
        for n in range(count)
    ]
    return SignoffSheetData(
        council_name="Ashworth Valley Parish Council",
        version_label="Version 3",
        adopted_on=dt.date(2025, 1, 14),
        minute_reference="112/24",
        meeting="Full Council",
        meeting_on=dt.date(2025, 3, 11),
        councillors=people,
    )


def test_signoff_sheet_lists_every_councillor_with_room_to_sign() -> None:
    pages = page_texts(pdf_bytes(render_signoff_sheet, signoff()))
    text = flat(" ".join(pages))
    assert "Receipt of the Member/Officer Protocol" in pages[0]
    assert "Full Council · 11/03/2025" in pages[0]
    assert "14/01/2025 (minute 112/24)" in text
    assert (
        "each councillor confirms that they have received and read Version 3 of the "
        "Ashworth Valley Parish Council Member/Officer Protocol, adopted on 14/01/2025." in text
    )
    for n in range(30):
        assert f"Example-{n} " in text
    # Rows tall enough to sign: thirty councillors take more than one page.
    assert len(pages) == 2
    for number, page in enumerate(pages, start=1):
        assert "Councillor Date received Signature" in flat(page)
        assert f"Page {number} of {len(pages)}" in page
        assert "Member/Officer Protocol · Version 3" in page  # which version, on a loose page


@pytest.mark.parametrize("count", [1, 8, 11, 15, 20])
def test_signoff_sheet_for_up_to_twenty_councillors_is_one_page(count: int) -> None:
    pages = page_texts(pdf_bytes(render_signoff_sheet, signoff(count)))
    assert len(pages) == 1
    text = flat(pages[0])
    assert all(f"Example-{n} " in text for n in range(count))


def test_signoff_rows_are_tall_enough_to_sign() -> None:
    few = signoff_story(signoff(4), title_height=60)
    many = signoff_story(signoff(20), title_height=60)
    (few_table,) = [f for f in few if getattr(f, "_cellvalues", None) and len(f._cellvalues) > 2]
    (many_table,) = [f for f in many if getattr(f, "_cellvalues", None) and len(f._cellvalues) > 2]
    assert few_table._argH[1] == pytest.approx(15 * mm)  # a small council gets roomy rows
    assert 8.5 * mm <= many_table._argH[1] < 15 * mm


def test_signoff_sheet_can_list_only_those_still_to_confirm() -> None:
    data = dataclasses.replace(signoff(11), outstanding_only=True)
    text = flat(" ".join(page_texts(pdf_bytes(render_signoff_sheet, data))))
    waiting = [n for n in range(11) if n % 5 != 1]
    assert all(f"Example-{n} " in text for n in waiting)
    assert "Example-1 " not in text and "Example-6 " not in text
    assert "already recorded" not in text
    assert f"Listed: {len(waiting)} councillors still to confirm receipt" in text


def test_signoff_sheet_shows_receipts_already_recorded() -> None:
    text = flat(" ".join(page_texts(pdf_bytes(render_signoff_sheet, signoff(6)))))
    assert "Example-1 03/02/2025 already recorded" in text
    assert "Example-2 Councillor" in text  # no date: left for the councillor to write
    assert text.count("03/02/2025") == 1


def test_signoff_sheet_for_a_draft_has_no_adoption_date() -> None:
    data = SignoffSheetData(council_name="Little Snoring Parish Council", version_label="Draft 2")
    text = flat(" ".join(page_texts(pdf_bytes(render_signoff_sheet, data))))
    assert "Not yet adopted" in text
    assert "read Draft 2 of the Little Snoring Parish Council Member/Officer Protocol." in text


# Exports


@pytest.mark.parametrize("sample", SAMPLES)
def test_text_export_reads_back_to_the_same_clauses(sample: str) -> None:
    data = booklet(sample)
    reread = parse_text(export_text(data))
    assert outline(reread.nodes) == outline(list(data.nodes))


def test_text_export_carries_title_version_and_adoption() -> None:
    text = export_text(booklet())
    assert text.startswith("Lowestoft Town Council\nMember/Officer Protocol\n")
    assert "Version 3. Adopted 28/07/2022, minute 45/22" in text
    assert "\n2.1 The respective roles" in text
    assert "\n- To determine Council policy" in text
    control = parse_text(text).control
    assert control.adopted is not None and control.adopted.iso == "2022-07-28"
    assert "DRAFT — not yet adopted" in export_text(booklet(status="Draft"))


def _docx(data: ProtocolBookletData) -> bytes:
    buffer = io.BytesIO()
    export_docx(data, buffer)
    return buffer.getvalue()


def _style(paragraph: Any) -> str:
    return str(paragraph.style.name)


def test_docx_export_has_headings_and_hanging_numbers() -> None:
    document = docx.Document(io.BytesIO(_docx(booklet())))
    paragraphs = document.paragraphs
    assert paragraphs[0].text == "Lowestoft Town Council"
    assert (_style(paragraphs[1]), paragraphs[1].text) == ("Title", "Member/Officer Protocol")
    assert paragraphs[2].text == "Version 3. Adopted 28/07/2022, minute 45/22"
    headings = [p.text for p in paragraphs if _style(p) == "Heading 1"]
    assert headings == [
        "Background",
        "2. Roles of Councillors and Employees",
        "3. Expectations",
        "4. Political Groups",
        "5. When things go wrong",
    ]
    assert [p.text for p in paragraphs if _style(p) == "Heading 2"][:2] == [
        "Councillors",
        "Chair and Vice-Chair of Committees",
    ]
    clause = next(p for p in paragraphs if p.text.startswith("2.1\t"))
    bullet = next(p for p in paragraphs if p.text.startswith("•\tTo determine"))
    for item in (clause, bullet):
        fmt = item.paragraph_format
        assert fmt.first_line_indent < 0 < fmt.left_indent
        assert fmt.left_indent + fmt.first_line_indent >= 0  # the number stays on the page
    assert bullet.paragraph_format.left_indent > clause.paragraph_format.left_indent
    section = document.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert section.footer.paragraphs[0].text == FOOTER


@pytest.mark.parametrize("sample", ["lowestoft-town-council", "sandhurst-town-council"])
def test_docx_export_imports_back_to_the_same_clauses(sample: str) -> None:
    data = booklet(sample)
    reread = parse_blocks(word_blocks(_docx(data), f"{sample}.docx"))

    def spaced(tree: list[Node]) -> list[tuple[int, str, str, str, str]]:
        # Word keeps paragraphs apart by spacing, not blank lines, so compare the words.
        return [(d, k, n, h, " ".join(t.split())) for d, k, n, h, t in outline(tree)]

    assert spaced(reread.nodes) == spaced(list(data.nodes))


def test_docx_export_writes_to_a_path(tmp_path: Path) -> None:
    out = tmp_path / "protocol.docx"
    export_docx(booklet("unnamed-community-council", "Draft"), out)
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "Version 3. DRAFT — not yet adopted" in paragraphs
    assert "2.2.2\tCouncillors have four main areas of responsibility:" in paragraphs
