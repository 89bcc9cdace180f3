"""The typeface every printout is set in: Liberation Sans, embedded in the PDF.

reportlab's built-in Helvetica has no ŵ or ŷ, which Welsh names need ("Tŷ Cymuned"), so the
printouts embed Liberation Sans (SIL Open Font License), which has the widths of Arial and
covers all of Latin Extended-A. The font files are in ``resources/fonts`` (see its README).

Reading the four font files takes a few hundredths of a second, and every command of the
command line imports this package, so the files are read on first use, not at import:
``template.build_pdf`` reads them before it lays out a page, and ``string_width`` before it
measures text. Only the family's names are made known at import (a few dictionary entries),
because a Paragraph looks up the bold and italic faces as soon as it is made.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from councildesk.paths import resources_dir

FAMILY: Final = "LiberationSans"
REGULAR: Final = "LiberationSans"
BOLD: Final = "LiberationSans-Bold"
ITALIC: Final = "LiberationSans-Italic"
BOLD_ITALIC: Final = "LiberationSans-BoldItalic"

_FILES: Final = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def _map_family() -> None:
    """Tell reportlab which face is the bold, italic and bold italic of which, so <b> and <i>
    in Paragraph markup find them."""
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def register_fonts() -> None:
    """Read the font files and register them with reportlab. Safe to call any number of
    times, from any thread; only the first call does anything."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = fonts_dir()
        for name, file_name in _FILES.items():
            path = folder / file_name
            if not path.is_file():
                raise FileNotFoundError(
                    f"The printout font {file_name} is missing from {folder}; "
                    "reinstall CouncilDesk."
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # Registering a TrueType font maps its name as a family of one; map ours again.
        _map_family()
        _registered = True


def string_width(text: str, font_name: str, font_size: float) -> float:
    """The width of ``text`` in points, as reportlab will set it; use this, not
    ``pdfmetrics.stringWidth``, so the embedded fonts are registered first."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font_name, font_size))


_map_family()
