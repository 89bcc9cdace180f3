"""The first-run screen: set up my council, explore a sample, or open a file brought across."""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from councildesk.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from councildesk.gui.icons import icon


class FirstRunChoice(enum.Enum):
    SET_UP = "set up"
    SAMPLE = "sample"
    OPEN_COPY = "open copy"


class FirstRunDialog(QDialog):
    def __init__(self, data_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.choice: FirstRunChoice | None = None
        self.ui.whereLabel.setText(f"Your council's records will be kept in {data_file}.")
        close = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.Close)
        close.setAccessibleName("Close CouncilDesk")
        self.ui.buttonBox.rejected.connect(self.reject)
        for button, choice, icon_name in (
            (self.ui.setUpButton, FirstRunChoice.SET_UP, "council"),
            (self.ui.sampleButton, FirstRunChoice.SAMPLE, "dashboard"),
            (self.ui.openButton, FirstRunChoice.OPEN_COPY, "open-folder"),
        ):
            button.setIcon(icon(icon_name))
            button.clicked.connect(lambda _checked=False, chosen=choice: self._choose(chosen))
        self.ui.setUpButton.setFocus()

    def _choose(self, choice: FirstRunChoice) -> None:
        self.choice = choice
        self.accept()
