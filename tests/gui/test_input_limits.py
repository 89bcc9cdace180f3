"""A name longer than its column gets a message beside the field in the form, and nothing is
saved."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.group_dialog import GroupDialog
from councildesk.services import groups
from councildesk.services.database import Database


def test_an_over_long_group_name_is_refused_beside_the_field(qtbot: QtBot, db: Database) -> None:
    context = AppContext(db, today=lambda: dt.date(2026, 12, 1))
    dialog = GroupDialog(context, None)
    try:
        dialog.show()
        dialog.ui.nameEdit.setText("Independents " * 40)
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        qtbot.wait(1)
        assert dialog.isVisible()
        assert dialog.errors is not None
        assert dialog.errors.message_for("name") == (
            "Name can be at most 200 characters; this one has 519."
        )
        with db.session() as session:
            assert groups.list_groups(session) == []
    finally:
        dialog.close()
        shiboken6.delete(dialog)
        QApplication.processEvents()
