"""The window is shown first and filled after: what the clerk sees in between, and after."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from councildesk.gui.app import make_application
from councildesk.gui.context import AppContext
from councildesk.gui.main_window import MainWindow
from councildesk.gui.page_list import PAGES
from councildesk.services.database import Database

TODAY = dt.date(2026, 11, 24)


def test_the_window_lists_every_page_before_it_is_filled_and_shows_them_after(
    qtbot: QtBot, demo_db: Database
) -> None:
    make_application()
    window = MainWindow(AppContext(demo_db, today=lambda: TODAY), fill_now=False)
    qtbot.addWidget(window)
    window.go_to(2)  # the clerk's last page, restored before the window shows
    window.show()
    navigation = window.ui.navigation
    assert [navigation.item(row).text() for row in range(navigation.count())] == [
        entry.title for entry in PAGES
    ]
    assert window.ui.councilNameLabel.text() == ""  # nothing read from the file yet
    assert window.windowTitle() == "Reviews — CouncilDesk"

    window.fill()
    assert window.ui.councilNameLabel.text() == "Ashcombe Parva Parish Council"
    assert window.windowTitle() == "SAMPLE COUNCIL (made-up data) — Reviews — CouncilDesk"
    reviews = window.ui.pages.currentWidget()
    assert reviews is window.page_at(2)
    assert reviews.model.rowCount() > 0  # type: ignore[attr-defined]

    window.go_to(4)
    assert window.ui.pages.currentWidget() is window.page_at(4)
    assert window.page_at(4).title == "People"


@pytest.mark.parametrize("entry", PAGES, ids=[entry.module for entry in PAGES])
def test_each_page_is_listed_as_its_class_names_itself(entry: object) -> None:
    assert isinstance(entry, type(PAGES[0]))
    page = entry.page_class()
    assert (page.title, page.icon_name, page.area) == (entry.title, entry.icon_name, entry.area)
