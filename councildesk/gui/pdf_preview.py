"""Previewing a printout inside the app, printing it, or saving it as a PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from councildesk.gui.forms.ui_pdf_preview import Ui_PdfPreview
from councildesk.gui.icons import icon
from councildesk.gui.messages import show_error

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0)


class PdfPreviewDialog(QDialog):
    """Shows one PDF: a file the caller made for this preview (and owns), or the PDF's bytes.

    A confidential printout is passed as bytes and read from memory, so no copy of it is ever
    written to a temporary file, where a crash or a cloud-synced folder could keep it.
    """

    def __init__(
        self,
        pdf: Path | bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.ui = Ui_PdfPreview()
        self.ui.setupUi(self)
        self.setWindowTitle(f"{title} — preview")
        self.document = QPdfDocument(self)
        if isinstance(pdf, bytes):
            # The document reads from the buffer for as long as it is shown: keep both.
            self._bytes = QByteArray(pdf)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
        else:
            self.document.load(str(pdf))
        view = self.ui.pdfView
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.fitWidthButton.setChecked(True)
        self.ui.zoomLabel.setText("Fit")
        pages = self.document.pageCount()
        self.ui.pageCountLabel.setText(f"{pages} page{'s' if pages != 1 else ''}")
        ui = self.ui
        for button, name, tip in (
            (ui.printButton, "print", "Print (Ctrl+P)"),
            (ui.saveButton, "pdf", "Save as PDF (Ctrl+S)"),
            (ui.zoomOutButton, "zoom-out", "Zoom out (Ctrl+-)"),
            (ui.zoomInButton, "zoom-in", "Zoom in (Ctrl++)"),
        ):
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0])
        ui.fitWidthButton.setAccessibleName("Fit width")
        ui.zoomOutButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        ui.zoomInButton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        ui.printButton.clicked.connect(self.print_document)
        ui.saveButton.clicked.connect(self.save_as)
        ui.zoomInButton.clicked.connect(lambda: self._zoom(+1))
        ui.zoomOutButton.clicked.connect(lambda: self._zoom(-1))
        ui.fitWidthButton.toggled.connect(self._fit_width)
        ui.buttonBox.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom(+1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom(-1))
        self.resize(860, 900)
        self.saved_to: Path | None = None

    def _zoom(self, step: int) -> None:
        view = self.ui.pdfView
        current = view.zoomFactor()
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - current))
        index = max(0, min(len(ZOOM_STEPS) - 1, index + step))
        self.ui.fitWidthButton.setChecked(False)
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(ZOOM_STEPS[index])
        self.ui.zoomLabel.setText(f"{round(ZOOM_STEPS[index] * 100)}%")

    def _fit_width(self, on: bool) -> None:
        view = self.ui.pdfView
        if on:
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.ui.zoomLabel.setText("Fit")
        else:
            view.setZoomMode(QPdfView.ZoomMode.Custom)

    def save_as(self) -> None:
        start = str(Path.home() / self.suggested_name)
        target, _ = QFileDialog.getSaveFileName(self, "Save as PDF", start, "PDF files (*.pdf)")
        if not target:
            return
        path = Path(target)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            if isinstance(self.pdf, bytes):
                path.write_bytes(self.pdf)
            else:
                shutil.copyfile(self.pdf, path)
        except OSError as error:
            show_error(self, "Not saved", f"Could not save {path.name}: {error.strerror}.")
            return
        self.saved_to = path

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_pdf(self.document, printer)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Send each page to the printer as an image at the printer's resolution."""
    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        first, last = printer.fromPage(), printer.toPage()
        pages = range(document.pageCount())
        if first > 0:
            pages = range(first - 1, min(last, document.pageCount()))
        for position, page in enumerate(pages):
            if position > 0:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(page)
            scale = min(target.width() / size.width(), target.height() / size.height())
            pixels = QSize(int(size.width() * scale), int(size.height() * scale))
            image = document.render(page, pixels)
            painter.drawImage(QPointF(0, 0), image)
    finally:
        painter.end()
