"""When a file's own title names another policy: which policy is it a version of?"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from councildesk.services.protocols import TitleMismatch


def ask_which_policy(parent: QWidget, mismatch: TitleMismatch) -> str | None:
    """The policy's name to import under; None if the clerk cancels. The title's is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, "Which policy is this?", "", parent=parent)
    box.setText(f"This file's own title is “{mismatch.title}”.")
    own = (
        f"a new version of {mismatch.suggested}"
        if mismatch.suggested_exists
        else f"a new policy, {mismatch.suggested}"
    )
    box.setInformativeText(
        f"You are importing into the {mismatch.chosen}, but the title names another policy. "
        f"Keep it as {own}, or as a version of the {mismatch.chosen}?"
    )
    as_own = box.addButton(
        f"Version of {mismatch.suggested}" if mismatch.suggested_exists else "New policy",
        QMessageBox.ButtonRole.AcceptRole,
    )
    as_chosen = box.addButton(f"Version of {mismatch.chosen}", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(as_own)
    for button in box.buttons():
        button.setAccessibleName(button.text())
    box.exec()
    clicked = box.clickedButton()
    if clicked is as_own:
        return mismatch.suggested
    if clicked is as_chosen:
        return mismatch.chosen
    return None
