"""The Search page: typing searches after a pause, highlighted snippets, the superseded filter,
and opening a result."""

# pytest-qt's key and mouse helpers carry no annotations.
# mypy: disable-error-code="no-untyped-call"

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from pytestqt.qtbot import QtBot

from councildesk.gui.context import AppContext
from councildesk.gui.pages.search import (
    BEST_FIRST,
    CLAUSE_ORDER,
    DEBOUNCE_MS,
    SearchPage,
    clause_label,
)
from councildesk.gui.widgets.highlight_delegate import (
    HIGHLIGHT_COLOUR,
    HighlightDelegate,
    elided_html,
    snippet_html,
)
from councildesk.services import protocols
from councildesk.services.database import Database
from councildesk.services.protocol_search import MARK_END, MARK_START, SearchHit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "protocols"
LOWESTOFT = FIXTURES / "lowestoft-town-council.txt"
SANDHURST = FIXTURES / "sandhurst-town-council.txt"
TEXT = 3  # the Text column
MARKED = re.compile(
    rf'<span style="background-color:{HIGHLIGHT_COLOUR}; font-weight:bold">(.*?)</span>'
)

TODAY = dt.date(2026, 11, 24)


def _import_both(db: Database) -> tuple[int, int]:
    with db.transaction() as s:
        first = protocols.import_file(s, LOWESTOFT).id
        second = protocols.import_file(s, SANDHURST).id
    return first, second


def _node_id(db: Database, version_id: int, number: str) -> int:
    with db.session() as s:
        (node,) = [n for n in protocols.get_version(s, version_id).nodes if n.number == number]
        return node.id


def _page(qtbot: QtBot, db: Database) -> SearchPage:
    page = SearchPage(AppContext(db, today=lambda: dt.date(2026, 11, 24)))
    qtbot.addWidget(page)
    page.resize(1000, 640)
    return page


def _type_and_wait(qtbot: QtBot, page: SearchPage, words: str) -> None:
    qtbot.keyClicks(page.ui.searchEdit, words)
    qtbot.waitUntil(lambda: page.searched_text == words, timeout=DEBOUNCE_MS * 8)


def _row_of(page: SearchPage, version_id: int, clause: str) -> int:
    rows = page.results()
    (found,) = [
        i for i, r in enumerate(rows) if r.hit.version_id == version_id and r.clause == clause
    ]
    return found


def test_typing_searches_after_a_pause_and_marks_the_matching_words(
    qtbot: QtBot, db: Database
) -> None:
    lowestoft, sandhurst = _import_both(db)
    page = _page(qtbot, db)
    qtbot.keyClicks(page.ui.searchEdit, "political group")
    # Nothing runs while the clerk is still typing.
    assert page.debounce.isActive()
    assert page.proxy.rowCount() == 0
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0, timeout=DEBOUNCE_MS * 8)

    rows = page.results()
    assert {r.hit.version_id for r in rows} == {lowestoft, sandhurst}
    for result in rows:
        words = result.text.lower()
        assert "political" in words and "group" in words, result.text
    assert page.ui.countLabel.text() == f"{len(rows)} matches in 2 versions"

    clauses = {(r.hit.version_id, r.clause) for r in rows}
    assert (lowestoft, "4.4 · Political Groups") in clauses
    assert (sandhurst, "31 · Political Groups") in clauses
    assert (lowestoft, "in 3.3 · Expectations") in clauses  # a bullet says which clause it is in
    versions = {page.proxy.index(i, 1).data() for i in range(page.proxy.rowCount())}
    assert versions == {"1 (draft)", "2 (draft)"}
    assert {page.proxy.index(i, 0).data() for i in range(len(rows))} == {protocols.PROTOCOL}

    # The Text column's delegate renders the snippet with the matching words marked.
    delegate = page.ui.resultsTable.itemDelegateForColumn(TEXT)
    assert isinstance(delegate, HighlightDelegate)
    row = _row_of(page, lowestoft, "4.4 · Political Groups")
    html = delegate.html_for(page.proxy.index(row, TEXT))
    assert [m.lower() for m in MARKED.findall(html)] == [
        "political",
        "group",
        "political",
        "groups",
    ]
    unmarked = MARKED.sub("", html)
    assert "political" not in unmarked.lower()
    assert "the Clerk should advise all other" in unmarked
    # Screen readers and tool tips get the plain words, without the markers.
    shown = page.proxy.index(row, TEXT).data()
    assert MARK_START not in shown and MARK_END not in shown
    assert shown.startswith("If a report is prepared for one political group")


def test_enter_searches_at_once_and_a_miss_says_so(qtbot: QtBot, db: Database) -> None:
    _import_both(db)
    page = _page(qtbot, db)
    qtbot.keyClicks(page.ui.searchEdit, "monitoring officer")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert not page.debounce.isActive()
    assert page.proxy.rowCount() == 2
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "xyzzy")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert page.proxy.rowCount() == 0
    assert page.ui.countLabel.text() == "No matches for 'xyzzy'."


def test_superseded_versions_are_hidden_until_asked_for(qtbot: QtBot, db: Database) -> None:
    first, second = _import_both(db)
    with db.transaction() as s:
        protocols.adopt(s, first, dt.date(2022, 2, 1), "22/010", today=TODAY)
        protocols.adopt(s, second, dt.date(2025, 1, 7), "25/003", today=TODAY)
    page = _page(qtbot, db)
    assert not page.ui.supersededCheck.isChecked()
    _type_and_wait(qtbot, page, "political group")
    current = page.results()
    assert current and {r.hit.version_id for r in current} == {second}
    old = page.hits_found - len(current)
    assert old == 8
    assert page.ui.countLabel.text() == (
        f"{len(current)} matches in 1 version · {old} more in superseded versions, not shown"
    )

    qtbot.mouseClick(page.ui.supersededCheck, Qt.MouseButton.LeftButton)
    assert page.ui.supersededCheck.isChecked()
    everything = page.results()
    assert {r.hit.version_id for r in everything} == {first, second}
    assert {page.proxy.index(i, 1).data() for i in range(page.proxy.rowCount())} == {
        "1 (superseded)",
        "2 (adopted)",
    }
    # Best matches first: the adopted version's matches come first.
    assert everything[0].hit.version_id == second

    page.ui.supersededCheck.setChecked(False)
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "side-tracked")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert page.proxy.rowCount() == 0
    assert page.ui.countLabel.text().startswith(
        "No matches for 'side-tracked' in current versions;"
    )
    page.ui.supersededCheck.setChecked(True)
    assert page.proxy.rowCount() == 1
    assert {r.hit.version_id for r in page.results()} == {first}


def test_half_typed_words_find_clauses_as_the_clerk_pauses(qtbot: QtBot, db: Database) -> None:
    _import_both(db)
    page = _page(qtbot, db)
    for typed in ("politica", "mediatio"):
        page.ui.searchEdit.clear()
        _type_and_wait(qtbot, page, typed)
        assert page.results(), f"'{typed}' found nothing"
        assert not page.ui.countLabel.text().startswith("No matches")


def test_results_can_be_shown_in_clause_order(qtbot: QtBot, db: Database) -> None:
    _import_both(db)
    page = _page(qtbot, db)
    _type_and_wait(qtbot, page, "political")
    best_first = [r.hit.node_id for r in page.results()]
    page.ui.orderCombo.setCurrentIndex(CLAUSE_ORDER)
    shown = [(r.hit.policy, r.hit.version, r.hit.seq) for r in page.results()]
    assert shown == sorted(shown)
    assert [r.hit.node_id for r in page.results()] != best_first
    # A heading click that sorts otherwise leaves neither choice claimed; going back restores.
    page.ui.resultsTable.sortByColumn(TEXT, Qt.SortOrder.AscendingOrder)
    assert page.ui.orderCombo.currentIndex() == -1
    page.ui.orderCombo.setCurrentIndex(BEST_FIRST)
    assert [r.hit.node_id for r in page.results()] == best_first


def test_an_empty_database_says_there_is_nothing_to_search_yet(qtbot: QtBot, db: Database) -> None:
    page = _page(qtbot, db)
    assert page.ui.countLabel.text().startswith("There is nothing to search yet")
    _type_and_wait(qtbot, page, "political")
    assert page.ui.countLabel.text().startswith("There is nothing to search yet")
    _import_both(db)
    page.refresh()
    assert page.results()
    assert not page.ui.countLabel.text().startswith("There is nothing")


def test_double_click_and_enter_open_the_clause(qtbot: QtBot, db: Database) -> None:
    lowestoft, sandhurst = _import_both(db)
    page = _page(qtbot, db)
    page.show()
    qtbot.waitExposed(page)
    _type_and_wait(qtbot, page, "political group")
    table = page.ui.resultsTable

    row = _row_of(page, lowestoft, "4.4 · Political Groups")
    table.scrollTo(page.proxy.index(row, 0))
    where = table.visualRect(page.proxy.index(row, 2)).center()
    emitted: list[tuple[int, int]] = []
    page.open_clause.connect(lambda version_id, node_id: emitted.append((version_id, node_id)))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert emitted == []  # a single click only selects
    with qtbot.waitSignal(page.open_clause, timeout=1000) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened.args == [lowestoft, _node_id(db, lowestoft, "4.4")]

    row = _row_of(page, sandhurst, "31 · Political Groups")
    table.setFocus()
    table.selectRow(row)
    with qtbot.waitSignal(page.open_clause, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [sandhurst, _node_id(db, sandhurst, "31.")]


def test_ctrl_f_focuses_the_search_field_and_refresh_searches_again(
    qtbot: QtBot, db: Database
) -> None:
    with db.transaction() as s:
        protocols.import_file(s, LOWESTOFT)
    page = _page(qtbot, db)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    _type_and_wait(qtbot, page, "political group")
    before = page.proxy.rowCount()
    page.ui.resultsTable.setFocus()
    qtbot.waitUntil(page.ui.resultsTable.hasFocus)
    qtbot.keyClick(page.ui.resultsTable, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.searchEdit.hasFocus()
    assert page.ui.searchEdit.selectedText() == "political group"

    with db.transaction() as s:
        protocols.import_file(s, SANDHURST)
    page.refresh()
    assert page.proxy.rowCount() > before


def test_columns_sort_and_return_to_relevance(qtbot: QtBot, db: Database) -> None:
    _import_both(db)
    page = _page(qtbot, db)
    _type_and_wait(qtbot, page, "political group")
    relevance = [r.hit.node_id for r in page.results()]
    page.ui.resultsTable.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    clauses = [(r.hit.version, r.clause) for r in page.results()]
    assert clauses == sorted(clauses, key=lambda c: c[0])  # version 1's clauses first
    numbered = [c for v, c in clauses if v == 1 and c[0].isdigit()]
    assert numbered == sorted(numbered, key=lambda c: [int(p) for p in re.findall(r"\d+", c)])
    page.ui.resultsTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert [r.hit.node_id for r in page.results()] == relevance


def test_snippet_html_escapes_everything_but_the_marks() -> None:
    snippet = f"Use <b>&amp; {MARK_START}group{MARK_END}s   of\n{MARK_START}R&D{MARK_END}"
    html = snippet_html(snippet)
    assert "<b>" not in html
    assert html.startswith("Use &lt;b&gt;&amp;amp; ")
    assert MARKED.findall(html) == ["group", "R&amp;D"]
    assert "s of " in html  # white space collapsed, as it is drawn


@pytest.mark.parametrize("width", [120, 260, 400])
def test_long_snippets_are_elided_to_two_lines_keeping_the_marks(qtbot: QtBot, width: int) -> None:
    words = " ".join(f"word{n}" for n in range(60))
    snippet = f"{MARK_START}Political{MARK_END} {words} {MARK_START}end{MARK_END}"
    font = QFont()
    font.setPointSizeF(10)
    html = elided_html(snippet, font, width, max_lines=2)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setTextWidth(width)
    document.setHtml(html)
    document.size()
    assert document.firstBlock().layout().lineCount() == 2
    assert document.toPlainText().endswith("…")
    assert MARKED.findall(html) == ["Political"]
    short = f"{MARK_START}Political{MARK_END} groups"
    assert elided_html(short, font, width) == snippet_html(short)


def test_clause_label_says_where_a_hit_sits() -> None:
    def hit(number: str, heading: str) -> SearchHit:
        return SearchHit(1, 1, "Member/Officer Protocol", 1, "draft", number, heading, "")

    assert clause_label(hit("4.", "Political Groups"), ("4.", "Political Groups")) == (
        "4. Political Groups"
    )
    assert clause_label(hit("4.4", ""), ("4.4", "Political Groups")) == "4.4 · Political Groups"
    assert clause_label(hit("31.", ""), ("31.", "Political Groups")) == "31 · Political Groups"
    assert clause_label(hit("", ""), ("3.3", "Expectations")) == "in 3.3 · Expectations"
    assert clause_label(hit("a.", ""), ("a.", "")) == "a."
    assert clause_label(hit("", ""), ("", "")) == ""
