"""The main window's pages, in the navigation list's order, named without importing them.

The window lists every page from the start, but a page's module (its forms, its services, and
SQLAlchemy behind them) is imported only when the page is first shown, so the window is on
screen before any of that has loaded. Each entry repeats its page class's title, icon and area;
a test holds the two to each other.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from councildesk.gui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    module: str  # under councildesk.gui.pages
    class_name: str
    title: str
    icon_name: str
    area: str = ""  # the Action.area that leads to this page ("" if none does)

    def page_class(self) -> type[Page]:
        module = importlib.import_module(f"councildesk.gui.pages.{self.module}")
        page_class: type[Page] = getattr(module, self.class_name)
        return page_class


PAGES: tuple[PageEntry, ...] = (
    PageEntry("dashboard", "DashboardPage", "Dashboard", "dashboard"),
    PageEntry("protocol", "ProtocolPage", "Protocol", "protocol", "protocol"),
    PageEntry("reviews", "ReviewsPage", "Reviews", "reviews", "reviews"),
    PageEntry("search", "SearchPage", "Search", "search"),
    PageEntry("people", "PeoplePage", "People", "people", "people"),
    PageEntry("groups", "GroupsPage", "Political groups", "groups", "groups"),
    PageEntry("committees", "CommitteesPage", "Committees", "committee", "committees"),
    PageEntry("meetings", "MeetingsPage", "Meetings", "meetings", "meetings"),
    PageEntry("complaints", "ComplaintsPage", "Complaints", "complaints", "complaints"),
    PageEntry("disclosures", "DisclosuresPage", "Advice to groups", "disclosures", "disclosures"),
    PageEntry("audit", "AuditPage", "Audit trail", "audit", "audit"),
)


def row_of(module: str) -> int:
    return next(row for row, entry in enumerate(PAGES) if entry.module == module)
