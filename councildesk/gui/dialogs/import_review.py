"""Checking an import before it is saved: the structure found, beside the file's own text.

The clerk corrects what the importer got wrong (a level, the order, clauses run together or cut
in two, a number, heading or text) and saves the whole version as a draft in one go. The same
dialog edits a version already saved: a draft is changed in place, an adopted or superseded
version gets a new draft beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.review_set_aside import show_source
from councildesk.gui.dialogs.review_text import (
    describe_found,
    first_words,
    locate_in_source,
    plural,
    python_offset,
    utf16_length,
)
from councildesk.gui.dialogs.review_tree import KINDS, add_items, fill_item
from councildesk.gui.forms.ui_import_review import Ui_ImportReviewDialog
from councildesk.gui.icons import icon
from councildesk.gui.messages import confirm, show_error
from councildesk.rules.protocol_edit import (
    Edited,
    EditError,
    NodePath,
    allowed,
    copy_tree,
    count_nodes,
    delete,
    indent,
    merge_with_next,
    move_down,
    move_up,
    node_at,
    outdent,
    set_fields,
    split,
)
from councildesk.rules.protocol_text import Node
from councildesk.services import protocol_preview, protocols
from councildesk.services.protocols import ImportPreview, VersionStatus

HIGHLIGHT = QColor("#99f6e4")


class ImportReviewDialog(QDialog):
    """The structure found in a file, to check and correct before it is saved as a draft.

    ``version_id`` None: a new import, saved with ``protocols.save_preview``. Otherwise the
    version being edited, saved with ``protocols.save_edit`` (a new draft when that version is
    adopted or superseded). After Save, ``saved_version_id`` and ``saved_message`` say what was
    saved.
    """

    def __init__(
        self,
        context: AppContext,
        preview: ImportPreview,
        *,
        policy_name: str,
        version_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preview = preview
        self.policy_name = policy_name
        self.version_id = version_id
        self.nodes: list[Node] = copy_tree(preview.parsed.body)
        self.changed = False
        self.saved_version_id: int | None = None
        self.saved_message = ""
        self._current: NodePath = ()
        self._source = preview.source_text.replace("\r\n", "\n").replace("\r", "\n")
        self._located: tuple[list[Node] | None, dict[NodePath, tuple[int, int]]] = (None, {})
        self.ui = Ui_ImportReviewDialog()
        self.ui.setupUi(self)
        self._setup_header()
        self._setup_tree()
        self._setup_editor()
        self._setup_buttons()
        self._shading = show_source(self.ui, self._source, preview.parsed.set_aside)
        self.ui.splitter.setStretchFactor(0, 4)
        self.ui.splitter.setStretchFactor(1, 5)
        self.ui.splitter.setSizes([460, 580])
        self.ui.rightSplitter.setSizes([250, 330])
        self._fit_to_screen(1100, 720)
        self._rebuild((0,) if self.nodes else ())
        self._fit_columns()
        self.ui.treeWidget.setFocus()

    @classmethod
    def for_version(
        cls, context: AppContext, version_id: int, *, parent: QWidget | None = None
    ) -> ImportReviewDialog:
        """The dialog on a version already saved, to correct its structure or text."""
        with context.db.session() as session:
            policy_name = protocols.get_version(session, version_id).policy.name
            preview = protocol_preview.edit_preview(session, version_id)
        return cls(context, preview, policy_name=policy_name, version_id=version_id, parent=parent)

    # --- building ------------------------------------------------------------------------------
    def _setup_header(self) -> None:
        ui = self.ui
        if self.version_id is None:
            self.setWindowTitle("Check the import[*]")
            ui.headerLabel.setText(f"Check the import of {self.preview.source_name}")
            note = (
                f"Nothing is saved until you choose Save as draft: it adds a draft version of "
                f"{self.policy_name}. Select an item to correct it; the buttons change its "
                "level, its order and how the text is divided."
            )
        else:
            with self.context.db.session() as session:
                version = protocols.get_version(session, self.version_id)
                number, status = version.number, version.status
                self.policy_name = version.policy.name
            self.setWindowTitle(f"Edit version {number}[*]")
            ui.headerLabel.setText(f"Edit version {number} of {self.policy_name}")
            if status is VersionStatus.DRAFT:
                note = f"Version {number} is a draft: Save as draft saves your changes to it."
            else:
                note = (
                    f"Version {number} is {status.value} and stays as it is: Save as draft "
                    "saves your changes as a new draft version."
                )
        ui.noteLabel.setText(note)
        self._update_summary()

    def _update_summary(self) -> None:
        title = self.preview.parsed.title
        found = describe_found(self.nodes, self.preview.parsed.control)
        self.ui.summaryLabel.setText(f"{title}: {found}." if title else f"Found {found}.")

    def _setup_tree(self) -> None:
        tree = self.ui.treeWidget
        tree.setTreePosition(1)  # numbers stay in line; the headings show the levels
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        tree.currentItemChanged.connect(self._selection_changed)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), tree, self._delete)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _setup_editor(self) -> None:
        ui = self.ui
        for kind, label in KINDS:
            ui.kindCombo.addItem(label, kind)
        ui.numberEdit.textEdited.connect(lambda text: self._set_field(number=text))
        ui.headingEdit.textEdited.connect(lambda text: self._set_field(heading=text))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.textEdit.textChanged.connect(self._text_changed)
        ui.textEdit.cursorPositionChanged.connect(self._update_buttons)

    def _setup_buttons(self) -> None:
        ui = self.ui
        actions: list[tuple[QPushButton, str, str, Callable[[], None], str]] = [
            (ui.indentButton, "indent", "Ctrl+]", lambda: self._apply(indent),
             "Put the item under the one before it"),
            (ui.outdentButton, "outdent", "Ctrl+[", lambda: self._apply(outdent),
             "Take the item out to the level of its parent"),
            (ui.moveUpButton, "move-up", "Ctrl+Up", lambda: self._apply(move_up),
             "Move the item before the one above it"),
            (ui.moveDownButton, "move-down", "Ctrl+Down", lambda: self._apply(move_down),
             "Move the item after the one below it"),
            (ui.mergeButton, "merge", "Ctrl+M", lambda: self._apply(merge_with_next),
             "Add the next item's text to this one"),
            (ui.splitButton, "split", "Ctrl+Shift+S", self._split,
             "Make the text after the cursor a new item"),
        ]  # fmt: skip
        self.shortcuts: dict[str, QShortcut] = {}
        for button, name, keys, slot, tip in actions:
            sequence = QKeySequence(keys)
            button.setIcon(icon(name))
            # A QShortcut rather than the button's own: it acts at once and on auto-repeat.
            shortcut = QShortcut(sequence, self)
            shortcut.activated.connect(partial(self._press, button))
            self.shortcuts[keys] = shortcut
            shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({shown})")
            button.setAccessibleDescription(f"{tip}. Shortcut {shown}")
            button.clicked.connect(slot)
        ui.deleteButton.setIcon(icon("delete"))
        ui.deleteButton.setToolTip("Delete the item; anything under it moves up (Delete key)")
        ui.deleteButton.setAccessibleDescription("Delete the selected item. Shortcut Delete")
        ui.deleteButton.clicked.connect(self._delete)
        self.save_button = ui.buttonBox.addButton(
            "Save as &draft", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setIcon(icon("save"))
        self.save_button.setDefault(True)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for button in ui.buttonBox.buttons():
            button.setAccessibleName(button.text().replace("&", ""))

    def _press(self, button: QPushButton) -> None:
        if button.isEnabled():
            button.click()
        else:
            QApplication.beep()

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    # --- the tree ------------------------------------------------------------------------------
    def _rebuild(self, select: NodePath) -> None:
        tree = self.ui.treeWidget
        with QSignalBlocker(tree):
            tree.clear()
            add_items(tree.invisibleRootItem(), self.nodes)
            tree.expandAll()
        item = self._item_at(select)
        if item is None:
            self._show_node(())
            return
        tree.setCurrentItem(item)  # -> _selection_changed
        tree.scrollToItem(item)
        self._show_node(select)

    def _fit_columns(self) -> None:
        tree = self.ui.treeWidget
        for column in (0, 2):
            tree.resizeColumnToContents(column)
            tree.header().resizeSection(column, tree.header().sectionSize(column) + 8)

    @property
    def current_path(self) -> NodePath:
        """Where the selected clause is in the tree: (section, clause, ...) indexes."""
        return self._current

    @property
    def source_text(self) -> str:
        """The document's text as the source pane shows it."""
        return self._source

    def item_at(self, path: NodePath) -> QTreeWidgetItem | None:
        """The tree row that shows the clause at ``path``."""
        return self._item_at(path)

    def _item_at(self, path: NodePath) -> QTreeWidgetItem | None:
        if not path:
            return None
        item: QTreeWidgetItem | None = self.ui.treeWidget.topLevelItem(path[0])
        for index in path[1:]:
            if item is None:
                return None
            item = item.child(index)
        return item

    def _path_of(self, item: QTreeWidgetItem | None) -> NodePath:
        tree = self.ui.treeWidget
        path: list[int] = []
        while item is not None:
            parent = item.parent()
            path.append(
                parent.indexOfChild(item) if parent is not None else tree.indexOfTopLevelItem(item)
            )
            item = parent
        return tuple(reversed(path))

    def _selection_changed(self, current: QTreeWidgetItem | None, *_: object) -> None:
        self._show_node(self._path_of(current))

    # --- the editor ----------------------------------------------------------------------------
    def _show_node(self, path: NodePath) -> None:
        ui = self.ui
        self._current = path
        node = node_at(self.nodes, path) if path else None
        editors: list[QWidget] = [ui.numberEdit, ui.headingEdit, ui.kindCombo, ui.textEdit]
        blockers = [QSignalBlocker(widget) for widget in editors]
        ui.numberEdit.setText(node.number if node else "")
        ui.headingEdit.setText(node.heading if node else "")
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(node.kind) if node else -1)
        ui.textEdit.setPlainText(node.text if node else "")
        del blockers
        for widget in editors:
            widget.setEnabled(node is not None)
        ui.editorLabel.setText(
            f"Selected item: {node.title}" if node and node.title else "Selected item"
        )
        self._update_buttons()
        self._highlight_source()

    def _set_field(self, **fields: str) -> None:
        if not self._current:
            return
        edited = set_fields(self.nodes, self._current, **fields)
        self.nodes = edited.nodes
        self._mark_changed()
        item = self._item_at(self._current)
        node = node_at(self.nodes, self._current)
        if item is not None:
            fill_item(item, node)
        self.ui.editorLabel.setText(
            f"Selected item: {node.title}" if node.title else "Selected item"
        )

    def _kind_changed(self) -> None:
        kind = self.ui.kindCombo.currentData()
        if isinstance(kind, str):
            self._set_field(kind=kind)
            self._update_summary()

    def _text_changed(self) -> None:
        self._set_field(text=self.ui.textEdit.toPlainText())

    def _mark_changed(self) -> None:
        self.changed = True
        self.setWindowModified(True)

    # --- structural edits ----------------------------------------------------------------------
    def _update_buttons(self) -> None:
        ui = self.ui
        can = allowed(self.nodes, self._current)
        ui.indentButton.setEnabled(can.indent)
        ui.outdentButton.setEnabled(can.outdent)
        ui.moveUpButton.setEnabled(can.move_up)
        ui.moveDownButton.setEnabled(can.move_down)
        ui.mergeButton.setEnabled(can.merge_with_next)
        ui.deleteButton.setEnabled(can.delete)
        ui.splitButton.setEnabled(can.delete and self._split_offset() is not None)

    def _apply(self, operation: Callable[[list[Node], NodePath], Edited]) -> None:
        if not self._current:
            return
        try:
            edited = operation(self.nodes, self._current)
        except EditError as error:
            show_error(self, "That cannot be done here", str(error))
            return
        self._replace(edited)

    def _replace(self, edited: Edited) -> None:
        had_focus = self.focusWidget()
        self.nodes = edited.nodes
        self._mark_changed()
        self._rebuild(edited.path)
        self._update_summary()
        if had_focus is not None and had_focus.isEnabled():
            had_focus.setFocus()

    def _split_offset(self) -> int | None:
        """Where the text editor's cursor is, when it is inside the text (not at an end)."""
        text = self.ui.textEdit.toPlainText()
        offset = python_offset(text, self.ui.textEdit.textCursor().position())
        if not text[:offset].strip() or not text[offset:].strip():
            return None
        return offset

    def _split(self) -> None:
        offset = self._split_offset()
        if not self._current or offset is None:
            show_error(
                self,
                "Split at cursor",
                "Click in the item's text where the new item should start, then split.",
            )
            return
        try:
            edited = split(self.nodes, self._current, offset)
        except EditError as error:
            show_error(self, "Split at cursor", str(error))
            return
        self._replace(edited)

    def _delete(self) -> None:
        if not self._current:
            return
        node = node_at(self.nodes, self._current)
        if node.children:
            under = count_nodes(node.children)
            name = f"'{first_words(node)}'" if first_words(node) else "this item"
            if node.number:
                name = f"{node.number} {name}"
            question = (
                f"Delete {name}? The {plural(under, 'item')} under it will stay and move up "
                "into its place."
            )
            if not confirm(self, "Delete item", question, "Delete"):
                return
        self._replace(delete(self.nodes, self._current))

    # --- the source text -----------------------------------------------------------------------
    def _highlight_source(self) -> None:
        ui = self.ui
        if self._located[0] is not self.nodes:  # the tree changed since the last look
            self._located = (self.nodes, locate_in_source(self._source, self.nodes))
        found = self._located[1].get(self._current)
        if found is None:
            ui.sourceEdit.setExtraSelections(self._shading)
            ui.sourceHint.setText(
                "The selected item's words were not found here." if self._current else ""
            )
            return
        start, end = (utf16_length(self._source[:index]) for index in found)
        cursor = QTextCursor(ui.sourceEdit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format.setBackground(HIGHLIGHT)
        ui.sourceEdit.setExtraSelections([*self._shading, selection])
        place = QTextCursor(ui.sourceEdit.document())
        place.setPosition(start)
        ui.sourceEdit.setTextCursor(place)
        ui.sourceEdit.centerCursor()
        ui.sourceHint.setText("The selected item is highlighted.")

    # --- closing -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter never saves by accident: it moves on from the structure to the fields instead."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            following = {
                self.ui.treeWidget: self.ui.textEdit,
                self.ui.numberEdit: self.ui.headingEdit,
                self.ui.headingEdit: self.ui.textEdit,
            }
            if focus is self.save_button:
                self.accept()
            elif focus in following and self._current:
                following[focus].setFocus()
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        try:
            with self.context.db.transaction() as session:
                if self.version_id is None:
                    version = protocols.save_preview(
                        session, self.preview, self.nodes, self.policy_name
                    )
                else:
                    version = protocols.save_edit(session, self.version_id, self.nodes)
                saved_id = version.id
                message = f"Saved version {version.number} of {version.policy.name} as a draft."
        except CouncilDeskError as error:
            show_error(self, "Not saved", str(error))
            return
        self.saved_version_id, self.saved_message = saved_id, message
        self.changed = False
        super().accept()

    def reject(self) -> None:
        if self.changed:
            what = "this import" if self.version_id is None else "this version"
            if not confirm(
                self, "Discard changes", f"Discard your changes to {what}?", "Discard changes"
            ):
                return
        super().reject()
