"""Word documents built here with python-docx, numbering definitions added as XML, to show that
Word's automatic numbering comes back as Word would show it."""

from __future__ import annotations

import io
from collections.abc import Sequence

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from councildesk.importers import blocks_from_bytes
from councildesk.importers.word_numbering import format_number, to_roman
from councildesk.rules.protocol_text import Block, iter_nodes, parse_blocks

W = nsdecls("w")


def level(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def define(document: Document, abstract: int, levels: Sequence[str], nums: Sequence[str]) -> None:
    """An abstract numbering definition and its numbering instances (w:num elements)."""
    numbering = document.part.numbering_part.element
    definition = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{abstract}">{"".join(levels)}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(definition)
    else:
        first_num.addprevious(definition)  # the schema wants every abstractNum before any num
    for num in nums:
        numbering.append(parse_xml(num))


def num(num_id: int, abstract: int, overrides: str = "") -> str:
    return f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>'


def num_pr(num_id: int | None = None, ilvl: int | None = None) -> str:
    inner = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
    inner += f'<w:numId w:val="{num_id}"/>' if num_id is not None else ""
    return f"<w:numPr {W}>{inner}</w:numPr>"


def add(
    document: Document,
    text: str,
    num_id: int | None = None,
    ilvl: int | None = None,
    style: str | None = None,
) -> None:
    paragraph = document.add_paragraph(text, style=style)
    if num_id is not None or ilvl is not None:
        paragraph._p.get_or_add_pPr().append(parse_xml(num_pr(num_id, ilvl)))


def read(document: Document) -> list[Block]:
    buffer = io.BytesIO()
    document.save(buffer)
    return blocks_from_bytes(buffer.getvalue(), "built.docx")


def numbers(blocks: Sequence[Block]) -> list[str | None]:
    return [block.number for block in blocks if block.text]


MULTILEVEL = [
    level(0, "decimal", "%1."),
    level(1, "decimal", "%1.%2"),
    level(2, "lowerLetter", "%3)"),
    level(3, "lowerRoman", "(%4)"),
]


def multilevel_document() -> Document:
    document = docx.Document()
    define(document, 90, MULTILEVEL, [num(90, 90)])
    for text, ilvl in [
        ("Background", 0),
        ("This protocol is intended to assist Councillors and the Clerk.", 1),
        ("The reputation and integrity of the Council matter.", 1),
        ("Roles of Councillors and Employees", 0),
        ("Councillors have four main areas of responsibility:", 1),
        ("to determine council policy;", 2),
        ("to monitor council performance, by:", 2),
        ("reports to each meeting;", 3),
        ("an annual review;", 3),
        ("to represent the council externally.", 2),
        ("All Councillors have the same rights and obligations.", 1),
    ]:
        add(document, text, 90, ilvl)
    return document


def test_multilevel_numbers_as_word_shows_them() -> None:
    blocks = read(multilevel_document())
    assert numbers(blocks) == [
        "1.",
        "1.1",
        "1.2",
        "2.",
        "2.1",
        "a)",
        "b)",
        "(i)",
        "(ii)",
        "c)",
        "2.2",  # a higher level restarts the ones below it
    ]


def test_multilevel_document_parses_into_the_tree() -> None:
    doc = parse_blocks(read(multilevel_document()))
    assert [section.title for section in doc.sections] == [
        "1. Background",
        "2. Roles of Councillors and Employees",
    ]
    clause = doc.sections[1].children[0]
    assert clause.number == "2.1"
    assert [child.number for child in clause.children] == ["a)", "b)", "c)"]
    assert [child.number for child in clause.children[1].children] == ["(i)", "(ii)"]
    assert doc.clause_count == 9


def test_start_override_restarts_and_lists_of_one_definition_share_a_counter() -> None:
    document = docx.Document()
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    define(document, 91, [level(0, "decimal", "%1.")], [num(91, 91), num(92, 91, restart)])
    for text, num_id in [("A", 91), ("B", 91), ("C", 92), ("D", 92), ("E", 91)]:
        add(document, text, num_id, 0)
    # Word keeps one count for the abstract definition: E carries on from D.
    assert numbers(read(document)) == ["1.", "2.", "1.", "2.", "3."]


def test_start_value_roman_parts_and_a_level_that_never_restarts() -> None:
    document = docx.Document()
    never = '<w:lvlRestart w:val="0"/>'
    define(
        document,
        93,
        [level(0, "upperRoman", "PART %1"), level(1, "decimal", "%2.", extra=never)],
        [num(93, 93)],
    )
    define(document, 94, [level(0, "decimal", "%1)", start=5)], [num(94, 94)])
    for text, num_id, ilvl in [
        ("General", 93, 0),
        ("One", 93, 1),
        ("Two", 93, 1),
        ("Interests", 93, 0),
        ("Three", 93, 1),
        ("Fifth", 94, 0),
        ("Sixth", 94, 0),
    ]:
        add(document, text, num_id, ilvl)
    assert numbers(read(document)) == ["PART I", "1.", "2.", "PART II", "3.", "5)", "6)"]


def test_legal_numbering_shows_every_level_in_decimal() -> None:
    document = docx.Document()
    legal = "<w:isLgl/>"
    define(
        document,
        95,
        [level(0, "upperRoman", "%1"), level(1, "decimal", "%1.%2", extra=legal)],
        [num(95, 95)],
    )
    add(document, "Heading", 95, 0)
    add(document, "Clause", 95, 1)
    assert numbers(read(document)) == ["I", "1.1"]


def test_numbering_inherited_from_paragraph_styles() -> None:
    document = docx.Document()
    define(
        document,
        96,
        [level(0, "decimal", "%1."), level(1, "decimal", "%1.%2")],
        [num(96, 96)],
    )
    clause = document.styles.add_style("Numbered Clause", WD_STYLE_TYPE.PARAGRAPH)
    clause.element.get_or_add_pPr().append(parse_xml(num_pr(96)))
    sub = document.styles.add_style("Numbered Sub", WD_STYLE_TYPE.PARAGRAPH)
    sub.base_style = clause
    sub.element.get_or_add_pPr().append(parse_xml(num_pr(ilvl=1)))  # numId from its base
    add(document, "Background", style="Numbered Clause")
    add(document, "First", style="Numbered Sub")
    add(document, "Second", style="Numbered Sub")
    add(document, "Roles", style="Numbered Clause")
    add(document, "Not numbered here", num_id=0, style="Numbered Clause")
    assert numbers(read(document)) == ["1.", "1.1", "1.2", "2.", None]


def test_heading_styles_linked_to_list_levels() -> None:
    document = docx.Document()
    linked = [
        level(0, "decimal", "%1", extra='<w:pStyle w:val="Heading1"/>'),
        level(1, "decimal", "%1.%2", extra='<w:pStyle w:val="Heading2"/>'),
    ]
    define(document, 97, linked, [num(97, 97)])
    for name in ("Heading 1", "Heading 2"):
        # Word's "link level to style": the style names the list, the level names the style.
        document.styles[name].element.get_or_add_pPr().append(parse_xml(num_pr(97)))
    document.add_heading("Member/Officer Protocol", 0)
    document.add_heading("Introduction", 1)
    document.add_heading("Purpose", 2)
    document.add_heading("Scope", 2)
    document.add_heading("Roles", 1)
    blocks = [block for block in read(document) if block.text]
    assert [(b.number, b.heading_level) for b in blocks] == [
        (None, 0),
        ("1", 1),
        ("1.1", 2),
        ("1.2", 2),
        ("2", 1),
    ]
    doc = parse_blocks(blocks)
    assert doc.title == "Member/Officer Protocol"
    assert [section.title for section in doc.sections] == ["1 Introduction", "2 Roles"]


def test_bullets_and_paragraphs_in_tables() -> None:
    document = docx.Document()
    define(document, 98, [level(0, "bullet", "•")], [num(98, 98)])
    define(document, 99, [level(0, "lowerLetter", "(%1)")], [num(99, 99)])
    add(document, "Officers can expect:")
    add(document, "a working partnership;", 98, 0)
    add(document, "leadership and direction.", 98, 0)
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = "In a table"
    cell.paragraphs[0]._p.get_or_add_pPr().append(parse_xml(num_pr(99, 0)))
    blocks = [block for block in read(document) if block.text]
    assert [(b.text, b.number, b.bullet) for b in blocks] == [
        ("Officers can expect:", None, False),
        ("a working partnership;", None, True),
        ("leadership and direction.", None, True),
        ("In a table", "(a)", False),
    ]


def test_tabs_breaks_and_tracked_insertions_in_paragraph_text() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("1.")
    paragraph.add_run().add_tab()
    paragraph.add_run("Background")
    paragraph.add_run().add_break()
    paragraph.add_run("Adopted: 28/07/2022")
    inserted = parse_xml(
        f"<w:ins {W} w:id='1' w:author='Clerk'><w:r><w:t> (as amended)</w:t></w:r></w:ins>"
    )
    paragraph._p.append(inserted)
    texts = [block.text for block in read(document) if block.text]
    assert texts == ["1.\tBackground", "Adopted: 28/07/2022 (as amended)"]


def test_number_formats() -> None:
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert format_number(4, "upperRoman") == "IV" and to_roman(1994) == "MCMXCIV"
    assert format_number(3, "decimalZero") == "03"
    assert [format_number(n, "ordinal") for n in (1, 2, 3, 11, 22)] == [
        "1st",
        "2nd",
        "3rd",
        "11th",
        "22nd",
    ]
    assert format_number(10**12, "lowerLetter") == str(10**12)  # damaged start values


def test_word_numbered_clause_counts_in_the_tree() -> None:
    blocks = read(multilevel_document())
    labelled = [node for node in iter_nodes(parse_blocks(blocks).nodes) if node.number]
    assert labelled[0].number == "1." and labelled[0].kind == "section"


def test_text_box_text_comes_once() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Before")
    box = "<w:txbxContent><w:p><w:r><w:t>In the box</w:t></w:r></w:p></w:txbxContent>"
    paragraph._p.append(
        parse_xml(
            f'<w:r {W} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
            ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}'
            f"</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>{box}</w:pict>"
            "</mc:Fallback></mc:AlternateContent></w:r>"
        )
    )
    document.add_paragraph("After")
    assert [block.text for block in read(document)] == ["Before", "In the box", "After"]


def _without_numbering_part(data: bytes) -> bytes:
    """The same .docx as LibreOffice writes it: no word/numbering.xml, nothing pointing at it."""
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename == "word/numbering.xml":
                continue
            content = source.read(item.filename)
            if item.filename in ("[Content_Types].xml", "word/_rels/document.xml.rels"):
                content = re.sub(rb"<(Override|Relationship)[^>]*numbering[^>]*/>", b"", content)
            target.writestr(item, content)
    return out.getvalue()


def test_docx_without_a_numbering_part_imports_as_its_text_does() -> None:
    lines = ["Member/Officer Protocol", "1. Roles", "1.1 Councillors lead.", "a) one;", "b) two."]
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    data = _without_numbering_part(buffer.getvalue())
    assert b"numbering.xml" not in data
    from_word = parse_blocks(blocks_from_bytes(data, "libreoffice.docx"))
    from_text = parse_blocks([Block(line) for line in lines])
    assert from_word.nodes == from_text.nodes
    assert from_word.title == from_text.title


def test_numbering_through_a_list_style_is_followed() -> None:
    """Word writes a "List Style" as a definition that only links to a numbering style, whose
    own numbering names the definition with the levels (numStyleLink -> style -> numId)."""
    document = docx.Document()
    linked_levels = [level(0, "decimal", "%1."), level(1, "decimal", "%1.%2")]
    define(document, 70, ['<w:styleLink w:val="ClauseList"/>', *linked_levels], [num(70, 70)])
    define(document, 71, ['<w:numStyleLink w:val="ClauseList"/>'], [num(71, 71)])
    document.styles.element.append(
        parse_xml(
            f'<w:style {W} w:type="numbering" w:styleId="ClauseList">'
            '<w:name w:val="Clause List"/><w:pPr><w:numPr><w:numId w:val="70"/></w:numPr></w:pPr>'
            "</w:style>"
        )
    )
    for text, ilvl in [
        ("Political groups", 0),
        ("Groups cannot require the Clerk to attend their meetings.", 1),
        ("Advice to one group is made known to the others.", 1),
        ("When things go wrong", 0),
    ]:
        add(document, text, 71, ilvl)
    assert numbers(read(document)) == ["1.", "1.1", "1.2", "2."]


def test_word_list_level_decides_depth_not_the_look_of_the_number() -> None:
    # Sections numbered "1." at level 0; under clause 1.1 a list Word numbers "1.", "2." at its
    # own level 2, although clause 1.1 does not end with ":".
    document = docx.Document()
    define(
        document,
        91,
        [level(0, "decimal", "%1."), level(1, "decimal", "%1.%2"), level(2, "decimal", "%3.")],
        [num(91, 91)],
    )
    for text, ilvl in [
        ("Roles", 0),
        ("Councillors set policy", 1),
        ("the budget;", 2),
        ("the plan.", 2),
        ("Groups", 0),
        ("Groups meet.", 1),
    ]:
        add(document, text, 91, ilvl)
    blocks = read(document)
    assert [block.list_level for block in blocks if block.text] == [0, 1, 2, 2, 0, 1]
    doc = parse_blocks(blocks)
    assert [section.title for section in doc.sections] == ["1. Roles", "2. Groups"]
    assert [child.number for child in doc.nodes[0].children[0].children] == ["1.", "2."]
