"""What an import left out of the clauses (a contents list, the closing lines, page numbers),
said above the tree and shaded in the file's text, so nothing disappears unseen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QTextEdit

from councildesk.gui.dialogs.review_text import describe_set_aside, set_aside_spans, utf16_length
from councildesk.gui.forms.ui_import_review import Ui_ImportReviewDialog
from councildesk.rules.protocol_text import SetAside

SHADE = QColor("#e2e8f0")


def show_source(
    ui: Ui_ImportReviewDialog, text: str, parts: Sequence[SetAside]
) -> list[QTextEdit.ExtraSelection]:
    """Show the file's text and say what was left out (the notice is hidden when nothing was);
    return the shading of those lines, to keep under any other highlight."""
    source = ui.sourceEdit
    source.setPlainText(text)
    words = describe_set_aside(parts)
    ui.setAsideLabel.setText(words)
    ui.setAsideLabel.setVisible(bool(words))
    shading: list[QTextEdit.ExtraSelection] = []
    for start, end in set_aside_spans(text, parts):
        cursor = QTextCursor(source.document())
        cursor.setPosition(utf16_length(text[:start]))
        cursor.setPosition(utf16_length(text[:end]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format.setBackground(SHADE)
        shading.append(selection)
    return shading
