"""Keyboard and screen-reader access, and British English, on every page and dialog.

Each page of the main window and each dialog that ``councildesk gui --screenshots`` builds is
shown (never exec'd) on the demo council and checked for:

1. an accessible name on every control that takes keyboard focus: its accessibleName, its own
   text (buttons, check boxes, radio buttons) or a QLabel whose buddy it is;
2. a focus policy that lets Tab reach it;
3. a place in the window's Tab order, following nextInFocusChain() round from the first focus
   widget as Qt does when Tab is pressed;
4. no American spellings in any string the clerk can see;
5. and, pressing the Tab key itself, focus going round every control and back to the first, with
   no control keeping it (a table stepping from cell to cell, an empty date field).

Qt's own helpers (scroll bars, the line edit inside a combo or spin box, anything in an item
view's viewport, objects named qt_*) are left out: they are named and reached through their
control. The tab bar of a tab widget is kept, named by its tabs' texts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QPainter, QPdfWriter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from councildesk.gui import screenshots
from councildesk.gui.app import make_application
from councildesk.gui.context import AppContext
from councildesk.gui.main_window import MainWindow
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.services.database import Database

TODAY = dt.date(2026, 11, 24)

# Controls a keyboard user moves to with Tab and a screen reader announces by name.
CONTROLS: tuple[type[QWidget], ...] = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,  # QDateEdit, QTimeEdit, QDateTimeEdit and the app's OptionalDateEdit too
    QPlainTextEdit,
    QTextEdit,  # QTextBrowser too
    QAbstractItemView,
    QAbstractSlider,
    QTabBar,
)
# Composite controls: whatever they hold (the line edit in a combo box or spin box, an item
# view's viewport, header and editors, a line edit's clear button) is Qt's own, and named and
# reached through the control itself.
COMPOSITES: tuple[type[QWidget], ...] = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit)

# American spellings, as whole words in any case. Not checked: "program" (right for a computer
# program) and "judgment" (used in British legal writing).
AMERICAN_WORDS = re.compile(
    r"\b("
    r"colors?|colored|coloring|colorful"
    r"|centers?|centered|centering"
    r"|organiz\w*"
    r"|licenses?"
    r"|favorites?"
    r"|behaviors?|behavioral"
    r"|catalogs?|cataloged|cataloging"
    r"|analyz\w*"
    r"|grays?|grayed"
    r"|canceled|canceling"
    r"|modeled|modeling"
    r"|fulfills?|fulfillment"
    r"|enrolls?|enrollment"
    r"|zip codes?"
    r")\b"
    r"|\bmm/dd\b",
    re.IGNORECASE,
)

# A date field takes three presses to leave (day, month, year); everything else takes one.
MOST_PRESSES_IN_ONE_CONTROL = 3


# --- what is on screen --------------------------------------------------------------------------
def _window(qtbot: QtBot, db: Database) -> MainWindow:
    make_application()
    window = MainWindow(AppContext(db, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _scenes(window: MainWindow, pdf: Path) -> Iterator[tuple[str, QWidget]]:
    """Every page (and the page states the screenshots show), then every dialog, shown."""
    app = QApplication.instance()
    for row, page in enumerate(window.pages):
        window.go_to(row)
        _settle(app)
        yield f"Page {page.title}", window
    for name, arrange in screenshots.page_states(window):
        arrange()
        _settle(app)
        yield f"Page {name}", window
    window.protocol.ui.tabs.setCurrentIndex(0)
    for name, make in screenshots.dialogs(window.context, window):
        dialog = make()
        dialog.show()
        _settle(app)
        yield f"Dialog {name}", dialog
        dialog.close()
        dialog.deleteLater()
    preview = PdfPreviewDialog(pdf, "Council directory", "directory.pdf", window)
    preview.show()
    _settle(app)
    yield "Dialog print-preview-directory", preview
    preview.close()
    preview.deleteLater()


def _settle(app: object) -> None:
    assert isinstance(app, QApplication)
    for _ in range(3):
        app.processEvents()


# --- which widgets count ------------------------------------------------------------------------
def _internal(widget: QWidget, root: QWidget) -> bool:
    """Qt's own helpers: scroll bars, qt_* children, and anything inside a composite control.
    A tab widget's bar (qt_tabwidget_tabbar) is kept: Tab stops on it to choose a tab."""
    if isinstance(widget, QScrollBar):
        return True
    if widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, (*COMPOSITES, QScrollBar)):
            return True
        parent = parent.parentWidget()
    return False


def _is_control(widget: QWidget) -> bool:
    if isinstance(widget, CONTROLS):
        return True
    # Anything else Tab would stop on (a PDF view, a custom widget), but not a selectable label.
    takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return takes_tab and widget.focusProxy() is None and not isinstance(widget, QLabel)


def _controls(root: QWidget) -> list[QWidget]:
    """The visible controls of ``root``'s window that a keyboard user should be able to reach."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.window() is root
        and widget.isVisible()
        and not _internal(widget, root)
        and _is_control(widget)
    ]


def _describe(scene: str, widget: QWidget) -> str:
    name = widget.objectName()
    if not name:
        parent = widget.parentWidget()
        while parent is not None and not parent.objectName():
            parent = parent.parentWidget()
        name = f"<unnamed in {parent.objectName() if parent else '?'}>"
    return f"{scene}: {name} ({type(widget).__name__})"


def _buddies(root: QWidget) -> set[QWidget]:
    return {
        label.buddy()
        for label in root.findChildren(QLabel)
        if label.buddy() is not None and label.text().strip()
    }


def _has_name(widget: QWidget, buddies: set[QWidget]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if isinstance(widget, QTabBar) and widget.count():  # each tab is announced by its text
        return all(widget.tabText(i).replace("&", "").strip() for i in range(widget.count()))
    return widget in buddies


def _tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets Tab lands on, in order, going round the focus chain from the first focus
    widget, by the rule QWidget::focusNextPrevChild() uses."""
    start = root.focusWidget() or root
    stops: list[QWidget] = [] if start is root else [start]
    widget = _next(start)
    steps = 0
    while widget is not start:
        steps += 1
        assert steps < 10_000, "the focus chain does not come round again"
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.window() is root
        ):
            stops.append(widget)
        widget = _next(widget)
    return stops


def _next(widget: QWidget) -> QWidget:
    following = widget.nextInFocusChain()
    assert following is not None, "the focus chain is broken"
    return following


def _focus_target(widget: QWidget) -> QWidget:
    proxy = widget.focusProxy()
    while proxy is not None:
        widget, proxy = proxy, proxy.focusProxy()
    return widget


# --- what the clerk reads -----------------------------------------------------------------------
def _column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    # A list model's columnCount() is private in PySide6: it has the one column.
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)


def _model_strings(model: QAbstractItemModel | None, parent: QModelIndex) -> Iterator[str]:
    if model is None:
        return
    columns = _column_count(model, parent)
    if not parent.isValid():
        for section in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.headerData(section, Qt.Orientation.Horizontal, role) or "")
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield value
        first = model.index(row, 0, parent)
        if not isinstance(model, QAbstractListModel | QAbstractTableModel) and model.hasChildren(
            first
        ):
            yield from _model_strings(model, first)


def _action_strings(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        yield from (action.text(), action.toolTip(), action.statusTip(), action.whatsThis())
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield menu.title()
            yield from _action_strings(menu.actions())


def _strings(root: QWidget) -> Iterator[str]:
    yield root.windowTitle()
    if isinstance(root, QMainWindow):
        yield from _action_strings(root.menuBar().actions())
    if isinstance(root, QWizard):
        page = root.currentPage()
        if page is not None:
            yield from (page.title(), page.subTitle())
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not root or not widget.isVisible():
            continue
        yield from (widget.toolTip(), widget.statusTip(), widget.whatsThis())
        yield from (widget.accessibleName(), widget.accessibleDescription())
        yield from _action_strings(widget.actions())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            yield widget.text()
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            yield widget.placeholderText()
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            yield widget.toPlainText()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield from (widget.tabText(i), widget.tabToolTip(i))
        if isinstance(widget, QAbstractItemView) and not isinstance(
            widget.parentWidget(), QComboBox
        ):
            yield from _model_strings(widget.model(), QModelIndex())


# --- the tests ----------------------------------------------------------------------------------
@pytest.fixture
def scenes(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> Iterator[tuple[str, QWidget]]:
    window = _window(qtbot, demo_db)
    return _scenes(window, _one_page_pdf(tmp_path / "directory.pdf"))


def _one_page_pdf(path: Path) -> Path:
    """Any PDF will do for the preview's controls; Qt writes one without the report code."""
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Council directory")
    painter.end()
    return path


def test_every_control_has_an_accessible_name(scenes: Iterator[tuple[str, QWidget]]) -> None:
    offenders: list[str] = []
    checked = 0
    for scene, root in scenes:
        buddies = _buddies(root)
        for widget in _controls(root):
            checked += 1
            if not _has_name(widget, buddies):
                offenders.append(_describe(scene, widget))
    assert checked > 100, "the walk found too few controls to mean anything"
    assert not offenders, "controls with no accessible name:\n" + "\n".join(
        dict.fromkeys(offenders)
    )


def test_every_control_takes_tab_focus(scenes: Iterator[tuple[str, QWidget]]) -> None:
    offenders = [
        _describe(scene, widget)
        for scene, root in scenes
        for widget in _controls(root)
        if not _focus_target(widget).focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    assert not offenders, "controls Tab cannot reach (focus policy):\n" + "\n".join(
        dict.fromkeys(offenders)
    )


def test_tab_order_reaches_every_control(scenes: Iterator[tuple[str, QWidget]]) -> None:
    offenders: list[str] = []
    for scene, root in scenes:
        stops = set(_tab_stops(root))
        for widget in _controls(root):
            if widget.isEnabled() and _focus_target(widget) not in stops:
                offenders.append(_describe(scene, widget))
    assert not offenders, "controls missing from the Tab order:\n" + "\n".join(
        dict.fromkeys(offenders)
    )


def test_visible_text_is_in_british_english(scenes: Iterator[tuple[str, QWidget]]) -> None:
    offenders: list[str] = []
    for scene, root in scenes:
        for text in _strings(root):
            for match in AMERICAN_WORDS.finditer(text or ""):
                offenders.append(f"{scene}: '{match.group(0)}' in {text[:80]!r}")
    assert not offenders, "American spellings:\n" + "\n".join(dict.fromkeys(offenders))


def test_pressing_tab_goes_round_every_control(scenes: Iterator[tuple[str, QWidget]]) -> None:
    """As a keyboard user does it: the Tab key itself, pressed in whatever has the focus, once
    round the window back to where it started. A control that swallows Tab (a table moving from
    cell to cell and round again, an empty date field) would leave the rest out of reach."""
    offenders: list[str] = []
    for scene, root in scenes:
        # Enabled before the walk: focus moving can enable more (a table selects its first row).
        expected = [w for w in _controls(root) if w.isEnabled()]
        targets = {_focus_target(w) for w in expected}
        stops = _tab_stops(root)
        if not stops:
            continue
        if root.focusWidget() is None:
            stops[0].setFocus(Qt.FocusReason.TabFocusReason)
        start = root.focusWidget()
        reached: set[QWidget | None] = {_owner(start, targets, root)}
        held, previous = 0, start
        for _ in range(MOST_PRESSES_IN_ONE_CONTROL * len(targets) + 8):
            QTest.keyClick(root.focusWidget(), Qt.Key.Key_Tab)
            focus = root.focusWidget()
            if focus is start and previous is not start:
                break  # round once
            reached.add(_owner(focus, targets, root))
            held = held + 1 if focus is previous else 0
            previous = focus
            if held >= MOST_PRESSES_IN_ONE_CONTROL:
                offenders.append(_describe(scene, focus) + " keeps the focus when Tab is pressed")
                break
        offenders += [
            _describe(scene, widget) + " is not reached"
            for widget in expected
            if not reached & _stand_ins(widget)
        ]
    assert not offenders, "pressing Tab from the first control round to it again:\n" + "\n".join(
        dict.fromkeys(offenders)
    )


def _stand_ins(widget: QWidget) -> set[QWidget]:
    """Where the focus goes for this control. Radio buttons that exclude each other are one Tab
    stop, the checked one (the arrow keys choose between them), so any of them will do."""
    parent = widget.parentWidget()
    if isinstance(widget, QRadioButton) and widget.autoExclusive() and parent is not None:
        return {
            sibling
            for sibling in parent.findChildren(QRadioButton)
            if sibling.parentWidget() is parent and sibling.autoExclusive()
        }
    return {_focus_target(widget)}


def _owner(focus: QWidget | None, targets: set[QWidget], root: QWidget) -> QWidget | None:
    """The control the focus is in: the focus widget itself, or the control it belongs to."""
    widget = focus
    while widget is not None and widget is not root:
        if widget in targets:
            return widget
        widget = widget.parentWidget()
    return focus


@pytest.mark.parametrize(
    "text",
    ["Favorite color", "Organization", "Gray", "CANCELED", "dates as mm/dd/yyyy", "Zip code"],
)
def test_the_spelling_check_catches_american_words(text: str) -> None:
    assert AMERICAN_WORDS.search(text)


@pytest.mark.parametrize(
    "text",
    ["Favourite colour", "Organisation", "Grey", "Cancelled", "dd/mm/yyyy", "Postcode", "fulfil"],
)
def test_the_spelling_check_passes_british_words(text: str) -> None:
    assert not AMERICAN_WORDS.search(text)
