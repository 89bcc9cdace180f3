"""The Protocol page: the council's policies clause by clause, with every version kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QInputDialog, QTreeWidgetItem, QWidget

from councildesk.errors import NotFoundError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.adopt_dialog import AdoptDialog
from councildesk.gui.forms.ui_protocol_page import Ui_ProtocolPage
from councildesk.gui.icons import icon
from councildesk.gui.pages.base import Page
from councildesk.gui.pages.protocol_actions import ProtocolActions
from councildesk.gui.pages.protocol_coverage import CoveragePanel
from councildesk.gui.pages.protocol_receipts import ReceiptsPanel
from councildesk.gui.protocol_html import anchor, render
from councildesk.services import protocols
from councildesk.services.protocol_tree import ClauseRow, clause_rows
from councildesk.services.protocols import VersionStatus, VersionSummary

NODE_ROLE = Qt.ItemDataRole.UserRole + 10
ANOTHER_POLICY = "Another policy…"


class ProtocolPage(Page):
    title = "Protocol"
    icon_name = "protocol"
    print_text = "&Print this version as a booklet…"
    area = "protocol"
    # The adopted version changed: the Dashboard's list of who has not yet received it too.
    version_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ProtocolPage()
        self.ui.setupUi(self)
        self.setAcceptDrops(True)
        self.versions: list[VersionSummary] = []
        self.rows: list[ClauseRow] = []
        # What the text tab was last laid out from, so coming back to the page does not lay
        # out a long protocol again; and the version the Coverage tab shows, worked out only
        # when that tab is opened (it reads every clause against every topic).
        self._laid_out: tuple[str, list[ClauseRow]] | None = None
        self._coverage_for: int | None = None
        self._coverage_shown = False
        self.commands = ProtocolActions(self, self)
        self.coverage = CoveragePanel(context)
        self.receipts = ReceiptsPanel(context)
        self.ui.coverageLayout.addWidget(self.coverage)
        self.ui.receiptsLayout.addWidget(self.receipts)
        self.coverage.status.connect(self.status.emit)
        self.receipts.status.connect(self.status.emit)
        self.receipts.data_changed.connect(self.data_changed.emit)
        self.receipts.print_sheet.connect(self.commands.print_signoff)
        self._setup_buttons()
        ui = self.ui
        ui.emptyTitle.setProperty("role", "sectionTitle")
        ui.infoLabel.setProperty("role", "hint")
        ui.textSplitter.setSizes([300, 700])
        ui.outline.itemSelectionChanged.connect(self._outline_selected)
        ui.policyCombo.currentIndexChanged.connect(self._policy_chosen)
        ui.versionCombo.currentIndexChanged.connect(self._version_chosen)
        ui.tabs.currentChanged.connect(self._show_coverage_if_open)

    def _setup_buttons(self) -> None:
        ui = self.ui
        actions = self.commands
        for button, name, tip, handler in (
            (
                ui.importButton,
                "open-folder",
                "Import a Word, text or PDF file (Ctrl+I)",
                actions.import_file,
            ),
            (
                ui.emptyImportButton,
                "open-folder",
                "Import a Word, text or PDF file",
                actions.import_file,
            ),
            (
                ui.starterButton,
                "protocol",
                "Start from CouncilDesk's own protocol",
                actions.start_from_starter,
            ),
            (
                ui.editButton,
                "edit",
                "Correct or change this version's clauses (Ctrl+E)",
                actions.edit_version,
            ),
            (ui.adoptButton, "check", "Record that the council adopted this draft", self.adopt),
            (
                ui.compareButton,
                "policies",
                "Compare two versions clause by clause",
                actions.compare,
            ),
            (
                ui.printButton,
                "print",
                "Print this version as a booklet (Ctrl+P)",
                actions.print_booklet,
            ),
            (ui.exportButton, "export", "Save this version as a Word or text file", actions.export),
            (ui.deleteDraftButton, "delete", "Delete this draft", actions.delete_draft),
        ):
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(handler)
        QShortcut(QKeySequence("Ctrl+I"), self, actions.import_file)
        QShortcut(QKeySequence("Ctrl+E"), self, actions.edit_version)

    # --- what is shown -----------------------------------------------------------------------
    def policy_name(self) -> str:
        name = self.ui.policyCombo.currentText()
        return protocols.PROTOCOL if not name or name == ANOTHER_POLICY else name

    def print_page(self) -> None:
        """Ctrl+P: the booklet of the version on screen, as the Print… button prints."""
        if self.current_version() is None:
            self.status.emit("There is no version to print yet: import the protocol first.")
            return
        self.commands.print_booklet()

    def current_version(self) -> VersionSummary | None:
        index = self.ui.versionCombo.currentIndex()
        return self.versions[index] if 0 <= index < len(self.versions) else None

    def refresh(self, select_version_id: int | None = None) -> None:
        current = self.current_version()
        wanted = select_version_id or (current.id if current else None)
        with self.context.db.session() as session:
            names = protocols.policy_names(session)
        combo = self.ui.policyCombo
        chosen = combo.currentText()
        if chosen and chosen not in names and chosen != ANOTHER_POLICY:
            names.append(chosen)  # named by the clerk, not imported yet
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(names)
        combo.insertSeparator(len(names))
        combo.addItem(ANOTHER_POLICY)
        combo.setCurrentText(chosen if chosen in names else names[0])
        combo.blockSignals(False)
        self._load_versions(wanted)

    def _policy_chosen(self) -> None:
        combo = self.ui.policyCombo
        if combo.currentText() == ANOTHER_POLICY:
            self._name_another_policy()
            return
        self._load_versions(None)

    def _name_another_policy(self) -> None:
        """Standing Orders, the Code of Conduct, ...: kept here the same way as the protocol."""
        combo = self.ui.policyCombo
        name, ok = QInputDialog.getText(
            self,
            "Another policy",
            "The policy's name, as the council calls it (e.g. Standing Orders):",
        )
        name = " ".join(name.split())
        combo.blockSignals(True)
        if ok and name and name != ANOTHER_POLICY:
            if combo.findText(name) < 0:
                combo.insertItem(combo.count() - 2, name)
            combo.setCurrentText(name)
            self.status.emit(f"Import the first version of {name} to keep it here.")
        else:
            combo.setCurrentIndex(0)
        combo.blockSignals(False)
        self._load_versions(None)

    def _load_versions(self, wanted: int | None) -> None:
        with self.context.db.session() as session:
            try:
                policy = protocols.find_policy(session, self.policy_name())
            except NotFoundError:
                self.versions = []
            else:
                self.versions = protocols.version_summaries(policy)
                if wanted is None and policy.versions:
                    wanted = protocols.current_version(policy).id
        combo = self.ui.versionCombo
        combo.blockSignals(True)
        combo.clear()
        for summary in self.versions:
            combo.addItem(summary.label, summary.id)
        index = next((i for i, v in enumerate(self.versions) if v.id == wanted), -1)
        combo.setCurrentIndex(index if index >= 0 else len(self.versions) - 1)
        combo.blockSignals(False)
        self._version_chosen()

    def _version_chosen(self) -> None:
        version = self.current_version()
        ui = self.ui
        has_version = version is not None
        ui.stack.setCurrentWidget(ui.tabs if has_version else ui.emptyPanel)
        self._explain_empty()
        for button in (ui.editButton, ui.compareButton, ui.printButton, ui.exportButton):
            button.setEnabled(has_version)
        draft = version is not None and version.status is VersionStatus.DRAFT
        ui.adoptButton.setEnabled(draft)
        ui.deleteDraftButton.setEnabled(draft)
        ui.compareButton.setEnabled(len(self.versions) > 1)
        if version is None:
            self.rows = []
            self._laid_out = None
            ui.infoLabel.setText("")
            self._set_coverage(None)
            self.receipts.show_version(None)
            return
        with self.context.db.session() as session:
            stored = protocols.get_version(session, version.id)
            self.rows = clause_rows(stored)
            title = stored.title or stored.policy.name
            ui.infoLabel.setText(protocols.describe(stored))
        if self._laid_out != (title, self.rows):
            self._laid_out = (title, self.rows)
            self._fill_outline()
            ui.document.setHtml(render(title, self.rows))
        self._set_coverage(version.id)
        self.receipts.show_version(version.id if version.status is VersionStatus.ADOPTED else None)

    def _set_coverage(self, version_id: int | None) -> None:
        self._coverage_for, self._coverage_shown = version_id, False
        self._show_coverage_if_open()

    def _show_coverage_if_open(self) -> None:
        if self.ui.tabs.currentWidget() is self.ui.coverageTab and not self._coverage_shown:
            self._coverage_shown = True
            self.coverage.show_version(self._coverage_for)

    def _explain_empty(self) -> None:
        """The empty page says what to do for the policy chosen."""
        ui = self.ui
        name = self.policy_name()
        is_protocol = name == protocols.PROTOCOL
        ui.starterButton.setVisible(is_protocol)
        ui.emptyTitle.setText("No protocol yet" if is_protocol else f"No version of {name} yet")
        ui.emptyImportButton.setText(
            "Import the council's protocol…" if is_protocol else f"Import {name}…"
        )
        ui.emptyText.setText(
            "Import the council's own protocol from a Word, text or PDF file, or start from "
            "the protocol that comes with CouncilDesk and adapt it."
            if is_protocol
            else f"Import the council's {name} from a Word, text or PDF file."
        )

    def _fill_outline(self) -> None:
        outline = self.ui.outline
        outline.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for row in self.rows:
            if row.kind in ("bullet", "paragraph") and not row.number:
                continue
            words = row.heading or _first_words(row.text, 6)
            label = " ".join(p for p in (row.number, words) if p)
            parent = items.get(row.parent_id) if row.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(outline)
            item.setText(0, label)
            item.setToolTip(0, row.text[:300])
            item.setData(0, NODE_ROLE, row.id)
            items[row.id] = item
        outline.expandToDepth(0)

    def _outline_selected(self) -> None:
        items = self.ui.outline.selectedItems()
        if items:
            self.ui.document.scrollToAnchor(anchor(int(items[0].data(0, NODE_ROLE))))

    def open_record(self, record_id: int | None) -> None:
        """A Dashboard action names a version: show it."""
        if record_id is not None:
            self.show_version(record_id)

    def show_version(self, version_id: int) -> None:
        with self.context.db.session() as session:
            version = protocols.get_version(session, version_id)
            self.ui.policyCombo.blockSignals(True)
            self.ui.policyCombo.setCurrentText(version.policy.name)
            self.ui.policyCombo.blockSignals(False)
        self._load_versions(version_id)
        self.ui.tabs.setCurrentWidget(self.ui.textTab)

    def show_clause(self, version_id: int, node_id: int) -> None:
        """Jump to one clause of one version (from the Search page)."""
        self.show_version(version_id)
        found = self.ui.outline.findItems(
            "*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        )
        for item in found:
            if item.data(0, NODE_ROLE) == node_id:
                self.ui.outline.setCurrentItem(item)
                break
        self.ui.document.scrollToAnchor(anchor(node_id))

    # --- actions kept here because they only need the page -----------------------------------
    def adopt(self) -> None:
        version = self.current_version()
        if version is None or version.status is not VersionStatus.DRAFT:
            return
        dialog = AdoptDialog(self.context, version.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh(version.id)
            self.version_changed.emit()
            self.data_changed.emit()
            self.status.emit(dialog.saved_message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.commands.import_path(path)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    # Any one file is taken; the importer says plainly if it cannot read it.
    path = Path(urls[0].toLocalFile())
    return path if not path.is_dir() else None


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")
