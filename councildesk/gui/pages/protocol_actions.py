"""What the Protocol page's buttons do: import, edit, compare, print, export, delete a draft."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from councildesk.errors import CouncilDeskError
from councildesk.gui.context import AppContext
from councildesk.gui.dialogs.compare_dialog import CompareDialog
from councildesk.gui.dialogs.import_review import ImportReviewDialog
from councildesk.gui.dialogs.policy_choice import ask_which_policy
from councildesk.gui.messages import confirm, show_error
from councildesk.gui.pdf_preview import PdfPreviewDialog
from councildesk.gui.workers import Cancellation, run_with_progress
from councildesk.services import printouts, protocol_printouts, protocols
from councildesk.services.protocols import ImportPreview, VersionSummary

FILE_FILTER = "Protocol files (*.docx *.pdf *.txt *.md);;All files (*)"


class ProtocolView(Protocol):
    """What the actions need of the page (the Protocol page), without importing it."""

    context: AppContext
    versions: list[VersionSummary]
    ui: Any
    status: Any  # the page's Signal(str)
    data_changed: Any  # the page's Signal()

    def policy_name(self) -> str: ...

    def current_version(self) -> VersionSummary | None: ...

    def refresh(self, select_version_id: int | None = None) -> None: ...

    def show_version(self, version_id: int) -> None: ...


class ProtocolActions:
    def __init__(self, page: ProtocolView, widget: QWidget) -> None:
        self.page = page
        self.widget = widget  # the parent of the dialogs
        self.context = page.context

    # --- import and edit ---------------------------------------------------------------------
    def import_file(self) -> None:
        target, _ = QFileDialog.getOpenFileName(
            self.widget, "Import the protocol", str(Path.home()), FILE_FILTER
        )
        if target:
            self.import_path(Path(target))

    def import_path(self, path: Path) -> None:
        # Whether the file can be imported at all is the importer's to say, in its own words
        # (an old .doc is told to be saved as .docx): it is not checked again here.
        cancellation = Cancellation()
        preview = run_with_progress(
            self.widget,
            f"Reading {path.name}…",
            lambda: protocols.preview_file(path, stop=lambda: cancellation.requested),
            cancellation=cancellation,
            error_title="Cannot import",
        )
        if preview is not None:
            self._review(preview)

    def start_from_starter(self) -> None:
        self._review(protocols.preview_starter())

    def _review(self, preview: ImportPreview) -> None:
        policy_name = self._policy_for(preview)
        if policy_name is None:
            return
        with self.context.db.session() as session:
            same = protocols.same_as_existing(session, policy_name, preview.parsed.body)
            said = f"version {same.number} of {same.policy.name}" if same else ""
        if same is not None:
            show_error(
                self.widget,
                "Nothing new to import",
                f"{preview.source_name} is word for word the same as {said}, "
                "so there is nothing new to save.",
            )
            return
        dialog = ImportReviewDialog(
            self.context, preview, policy_name=policy_name, parent=self.widget
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(dialog.saved_version_id, dialog.saved_message)

    def _policy_for(self, preview: ImportPreview) -> str | None:
        """The policy to keep the import under: the one chosen, unless the file's own title
        names another, when the clerk is asked. None if the clerk cancels."""
        chosen = self.page.policy_name()
        with self.context.db.session() as session:
            mismatch = protocols.title_mismatch(session, preview.parsed.title, chosen)
        if mismatch is None:
            return chosen
        return ask_which_policy(self.widget, mismatch)

    def edit_version(self) -> None:
        version = self.page.current_version()
        if version is None:
            return
        dialog = ImportReviewDialog.for_version(self.context, version.id, parent=self.widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(dialog.saved_version_id, dialog.saved_message)

    def _saved(self, version_id: int | None, message: str) -> None:
        self.page.refresh(version_id)
        if version_id is not None:
            self.page.show_version(version_id)  # it may belong to another policy
        self.page.data_changed.emit()
        self.page.status.emit(message)

    def delete_draft(self) -> None:
        version = self.page.current_version()
        if version is None:
            return
        if not confirm(
            self.widget,
            "Delete draft",
            f"Delete draft version {version.number}? Its clauses will be gone for good.",
            "Delete draft",
        ):
            return
        try:
            with self.context.db.transaction() as session:
                protocols.delete_draft(session, version.id)
        except CouncilDeskError as error:
            show_error(self.widget, "Not deleted", str(error))
            return
        self.page.refresh()
        self.page.data_changed.emit()
        self.page.status.emit(f"Deleted draft version {version.number}.")

    # --- compare, print, export -------------------------------------------------------------
    def compare(self) -> None:
        version = self.page.current_version()
        if version is None or len(self.page.versions) < 2:
            return
        CompareDialog(self.context, self.page.versions, version.id, self.widget).exec()

    def _preview(self, title: str, name: str, write: object) -> None:
        with tempfile.TemporaryDirectory(prefix="councildesk-") as folder:
            pdf = Path(folder) / name

            replaced: set[str] = set()

            def make() -> Path:
                with self.context.db.session() as session, printouts.missing_glyphs() as found:
                    write(session, pdf)  # type: ignore[operator]
                replaced.update(found)
                return pdf

            made = run_with_progress(self.widget, f"Preparing {title.lower()}…", make)
            if made is None:
                return
            if replaced:
                self.page.status.emit(printouts.glyph_note(replaced))
            dialog = PdfPreviewDialog(made, title, name, self.widget)
            dialog.exec()
            if dialog.saved_to is not None:
                self.page.status.emit(f"Saved {dialog.saved_to}.")

    def print_booklet(self) -> None:
        version = self.page.current_version()
        if version is None:
            return
        today = self.context.today()
        self._preview(
            f"{self.page.policy_name()}, version {version.number}",
            f"{_slug(self.page.policy_name())}-v{version.number}.pdf",
            lambda session, out: protocol_printouts.write_booklet(session, version.id, out, today),
        )

    def print_signoff(self, outstanding: bool = False) -> None:
        """Preview the sign-off sheet: everyone serving, or only those yet to confirm."""
        version = self.page.current_version()
        if version is None:
            return
        today = self.context.today()
        self._preview(
            "Sign-off sheet (outstanding only)" if outstanding else "Sign-off sheet",
            f"signoff-v{version.number}{'-outstanding' if outstanding else ''}.pdf",
            lambda session, out: protocol_printouts.write_signoff(
                session, version.id, out, today, outstanding_only=outstanding
            ),
        )

    def export(self) -> None:
        version = self.page.current_version()
        if version is None:
            return
        menu = QMenu(self.widget)
        word = menu.addAction("As a Word document (.docx)…")
        text = menu.addAction("As plain text (.txt)…")
        button = self.page.ui.exportButton
        chosen = menu.exec(button.mapToGlobal(button.rect().bottomLeft()))
        if chosen is None:
            return
        suffix = ".docx" if chosen is word else ".txt"
        start = Path.home() / f"{_slug(self.page.policy_name())}-v{version.number}{suffix}"
        target, _ = QFileDialog.getSaveFileName(self.widget, "Export", str(start))
        if not target:
            return
        path = Path(target).with_suffix(suffix)
        try:
            with self.context.db.session() as session:
                if chosen is text:
                    words = protocol_printouts.text_of(session, version.id)
                    path.write_text(words, encoding="utf-8")
                else:
                    protocol_printouts.write_docx(session, version.id, path)
        except (OSError, CouncilDeskError) as error:
            show_error(self.widget, "Not exported", f"Could not save {path.name}: {error}")
            return
        self.page.status.emit(f"Exported version {version.number} to {path}.")


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")
