"""Records cannot be lost by one click: each removal asks first, naming what will go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from councildesk.db.models import Acknowledgement, Person
from councildesk.gui.app import make_application
from councildesk.gui.context import AppContext
from councildesk.gui.pages.people import PeoplePage
from councildesk.gui.pages.protocol import ProtocolPage
from councildesk.rules.dates import uk_date
from councildesk.services import acknowledgements, people
from councildesk.services.database import Database

TODAY = dt.date(2026, 11, 24)
WhenModal = Callable[[Callable[[Any], None]], None]


def _press(box: QMessageBox, label: str) -> None:
    (button,) = [b for b in box.buttons() if b.text().replace("&", "") == label]
    button.click()


def _received(page: ProtocolPage) -> list[int]:
    return [i for i, row in enumerate(page.receipts.rows) if row.received_on is not None]


def _select_receipts(page: ProtocolPage, rows: list[int]) -> None:
    selection = page.receipts.ui.receiptsTable.selectionModel()
    for row in rows:
        selection.select(
            page.receipts.ui.receiptsTable.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_clearing_receipts_asks_naming_each_councillor_and_date(
    qtbot: QtBot, when_modal: WhenModal, demo_db: Database
) -> None:
    make_application()
    page = ProtocolPage(AppContext(demo_db, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.refresh()
    chosen = _received(page)[:2]
    rows = [page.receipts.rows[i] for i in chosen]
    _select_receipts(page, chosen)
    asked: list[str] = []

    def cancel(box: QMessageBox) -> None:
        asked.append(box.text())
        _press(box, "Cancel")

    when_modal(cancel)
    qtbot.mouseClick(page.receipts.ui.clearButton, Qt.MouseButton.LeftButton)
    for row in rows:
        assert f"{row.name}: received {uk_date(row.received_on)}" in asked[0]
    version = page.current_version()
    assert version is not None
    with demo_db.session() as session:
        assert len(acknowledgements.outstanding(session, version.id, TODAY)) == 3  # unchanged

    _select_receipts(page, chosen)
    when_modal(lambda box: _press(box, "Clear receipts"))
    qtbot.mouseClick(page.receipts.ui.clearButton, Qt.MouseButton.LeftButton)
    with demo_db.session() as session:
        assert len(acknowledgements.outstanding(session, version.id, TODAY)) == 5


def _people_page(qtbot: QtBot, db: Database) -> PeoplePage:
    make_application()
    page = PeoplePage(AppContext(db, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.ui.scopeCombo.setCurrentIndex(page.ui.scopeCombo.count() - 1)  # former people too
    page.refresh()
    return page


def _select_person(page: PeoplePage, name: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data() == name:
            page.ui.table.selectRow(row)
            return
    raise AssertionError(f"{name} is not listed")


def _chair(db: Database) -> tuple[int, str]:
    with db.session() as session:
        (chair,) = [p for p in people.list_people(session) if "Chair" in [r.title for r in p.roles]]
        return chair.id, chair.name


def test_deleting_a_councillor_says_what_goes_and_offers_ending_their_term(
    qtbot: QtBot, when_modal: WhenModal, demo_db: Database
) -> None:
    person_id, name = _chair(demo_db)
    page = _people_page(qtbot, demo_db)
    _select_person(page, name)
    seen: dict[str, Any] = {}

    def look(box: QMessageBox) -> None:
        seen["text"] = f"{box.text()}\n{box.informativeText()}"
        seen["default"] = box.defaultButton().text()
        _press(box, "End their term")

    when_modal(look)
    page.delete_selected()
    assert seen["default"] == "End their term"
    for words in ("receipts of policies", "Member/Officer Protocol version 1", "committees",
                  "Chair", "political group"):  # fmt: skip
        assert words in seen["text"]
    with demo_db.session() as session:
        person = people.get_person(session, person_id)
        assert person.end_on == TODAY
        assert person.roles and person.committee_seats  # everything kept
        assert all(m.end_on == TODAY for m in person.group_memberships)
        kept = session.scalars(
            select(Acknowledgement).where(Acknowledgement.person_id == person_id)
        ).all()
        assert kept


def test_delete_for_good_removes_the_person_and_what_went_with_them(
    qtbot: QtBot, when_modal: WhenModal, demo_db: Database
) -> None:
    person_id, name = _chair(demo_db)
    page = _people_page(qtbot, demo_db)
    _select_person(page, name)
    when_modal(lambda box: _press(box, "Delete for good"))
    page.delete_selected()
    with demo_db.session() as session:
        assert session.get(Person, person_id) is None


def test_someone_whose_term_has_ended_is_offered_only_delete_or_cancel(
    qtbot: QtBot, when_modal: WhenModal, demo_db: Database
) -> None:
    person_id, name = _chair(demo_db)
    with demo_db.transaction() as session:
        people.end_term(session, person_id, TODAY - dt.timedelta(days=30))
    page = _people_page(qtbot, demo_db)
    _select_person(page, name)
    labels: list[str] = []

    def look(box: QMessageBox) -> None:
        labels.extend(b.text().replace("&", "") for b in box.buttons())
        _press(box, "Cancel")

    when_modal(look)
    page.delete_selected()
    assert sorted(labels) == ["Cancel", "Delete for good"]
    with demo_db.session() as session:
        assert session.get(Person, person_id) is not None
