"""Importing in the window: the file's own title, a second copy, a file no policy could be."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from councildesk.gui.app import make_application
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.import_review import ImportReviewDialog
from councildesk.gui.pages.protocol import ProtocolPage
from councildesk.gui.workers import Cancellation
from councildesk.services import protocols
from councildesk.services.database import Database

TODAY = dt.date(2026, 11, 24)
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PRIVACY = FIXTURES / "policies" / "newbiggin-parish-council-privacy-policy.docx"
LOWESTOFT = FIXTURES / "protocols" / "lowestoft-town-council.txt"
WhenModal = Callable[[Callable[[Any], None]], None]


def _page(qtbot: QtBot, db: Database) -> ProtocolPage:
    make_application()
    page = ProtocolPage(AppContext(db, today=lambda: TODAY))
    qtbot.addWidget(page)
    page.refresh()
    return page


def _names(db: Database) -> list[str]:
    with db.session() as session:
        return [p.name for p in protocols.list_policies(session)]


def _answer_then_save(qtbot: QtBot, when_modal: WhenModal, answer: str, asked: list[str]) -> None:
    def save(dialog: ImportReviewDialog) -> None:
        assert isinstance(dialog, ImportReviewDialog)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    def choose(box: QMessageBox) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(f"{box.text()} {box.informativeText()}")
        asked.append(box.defaultButton().text())
        (button,) = [b for b in box.buttons() if b.text() == answer]
        button.click()
        if answer != "Cancel":
            when_modal(save)

    when_modal(choose)


@pytest.mark.parametrize(
    ("answer", "kept_as"),
    [
        ("New policy", ["Privacy Policy"]),
        ("Version of Member/Officer Protocol", [protocols.PROTOCOL]),
    ],
)
def test_a_file_titled_as_another_policy_asks_where_it_belongs(
    qtbot: QtBot, when_modal: WhenModal, db: Database, answer: str, kept_as: list[str]
) -> None:
    page = _page(qtbot, db)
    asked: list[str] = []
    _answer_then_save(qtbot, when_modal, answer, asked)
    page.commands.import_path(PRIVACY)
    assert "“Privacy Policy”" in asked[0] and "Member/Officer Protocol" in asked[0]
    assert asked[1] == "New policy"  # the title's own policy is the usual answer
    assert _names(db) == kept_as
    assert page.policy_name() == kept_as[0]


def test_cancelling_the_question_saves_nothing(
    qtbot: QtBot, when_modal: WhenModal, db: Database
) -> None:
    page = _page(qtbot, db)
    _answer_then_save(qtbot, when_modal, "Cancel", [])
    page.commands.import_path(PRIVACY)
    assert _names(db) == []


def test_a_file_the_same_as_a_kept_version_says_so_and_makes_nothing(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.transaction() as session:
        protocols.import_file(session, LOWESTOFT)
    shown: list[str] = []
    monkeypatch.setattr(
        "councildesk.gui.pages.protocol_actions.show_error",
        lambda _parent, _title, text: shown.append(text),
    )
    page = _page(qtbot, db)
    page.commands.import_path(LOWESTOFT)
    assert shown == [
        "lowestoft-town-council.txt is word for word the same as version 1 of "
        "Member/Officer Protocol, so there is nothing new to save."
    ]
    with db.session() as session:
        assert len(protocols.find_policy(session).versions) == 1


def test_a_file_no_policy_could_be_is_refused_in_the_importers_words(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "server.log.txt"
    huge.write_text("\n".join(f"{n}. A line of a log file." for n in range(1, 12_001)))
    shown: list[str] = []
    monkeypatch.setattr(
        "councildesk.gui.workers.show_error", lambda _parent, _title, text: shown.append(text)
    )
    page = _page(qtbot, db)
    page.commands.import_path(huge)
    assert len(shown) == 1 and "12,000 paragraphs" in shown[0]
    assert _names(db) == []


def test_cancel_stops_a_long_import_before_it_is_parsed(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed while the file is read: the parsing never starts and nothing opens."""
    made: list[Cancellation] = []
    real = Cancellation.__init__

    def pressed_at_once(self: Cancellation) -> None:
        real(self)
        self.request()
        made.append(self)

    monkeypatch.setattr(Cancellation, "__init__", pressed_at_once)
    parsed: list[object] = []
    monkeypatch.setattr(protocols, "parse_blocks", lambda blocks: parsed.append(blocks))
    page = _page(qtbot, db)
    page.commands.import_path(LOWESTOFT)
    assert made and parsed == []
    assert _names(db) == []
