"""Drawing a search snippet with its matching words highlighted, in one or two lines.

The model gives the snippet, with ``MARK_START``/``MARK_END`` around the matching words, under
``SNIPPET_ROLE``; the display role keeps the plain text for sorting, tool tips and screen readers.
The delegate turns the snippet into rich text (marked words bold on soft yellow, everything else
HTML-escaped), wraps it to the column and elides it with "…" where it would need more lines.
"""

from __future__ import annotations

import html
from itertools import groupby
from operator import itemgetter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from councildesk.services.protocol_search import MARK_END, MARK_START

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 10
HIGHLIGHT_COLOUR = "#fef08a"
MARK_STYLE = f"background-color:{HIGHLIGHT_COLOUR}; font-weight:bold"
ELLIPSIS = "…"
CELL_PADDING = 6  # above and below the text, in pixels

AnyIndex = QModelIndex | QPersistentModelIndex
Piece = tuple[str, bool]  # one character of the snippet, and whether it is a matching word's

_CACHE_LIMIT = 2000


def pieces(snippet: str) -> list[Piece]:
    """The snippet's characters with their marks, white space collapsed to single spaces."""
    out: list[Piece] = []
    marked = False
    for char in snippet:
        if char == MARK_START:
            marked = True
        elif char == MARK_END:
            marked = False
        elif char.isspace():
            if out and out[-1][0] != " ":
                out.append((" ", False))
        else:
            out.append((char, marked))
    while out and out[-1][0] == " ":
        out.pop()
    return out


def pieces_html(chars: list[Piece]) -> str:
    """Rich text for the pieces: each run of marked characters bold on soft yellow."""
    parts: list[str] = []
    for marked, run in groupby(chars, key=itemgetter(1)):
        escaped = html.escape("".join(char for char, _marked in run), quote=False)
        if marked:
            escaped = f'<span style="{MARK_STYLE}">{escaped}</span>'
        parts.append(escaped)
    return "".join(parts)


def snippet_html(snippet: str) -> str:
    """The whole snippet as rich text: marked words bold on soft yellow, the rest escaped."""
    return pieces_html(pieces(snippet))


def _document(rich_text: str, font: QFont, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(font)
    document.setTextWidth(max(width, 1.0))
    document.setHtml(rich_text)
    document.size()  # lays the text out
    return document


def _line_count(document: QTextDocument) -> int:
    block = document.firstBlock()
    count = 0
    while block.isValid():
        count += block.layout().lineCount()
        block = block.next()
    return count


def elided_html(snippet: str, font: QFont, width: float, max_lines: int = 2) -> str:
    """Rich text for the snippet that fits in ``max_lines`` lines of ``width`` pixels.

    What does not fit is cut at a word boundary and ends with "…".
    """
    chars = pieces(snippet)
    full = pieces_html(chars)
    document = _document(full, font, width)
    if _line_count(document) <= max_lines:
        return full
    last = document.firstBlock().layout().lineAt(max_lines - 1)
    cut = last.textStart() + last.textLength()
    text = "".join(char for char, _marked in chars)
    for _attempt in range(50):
        space = text.rfind(" ", 0, cut)
        cut = space if space > 0 else cut - 1
        if cut <= 0:
            break
        kept = chars[:cut]
        while kept and (kept[-1][0] == " " or kept[-1][0] in ",;:."):
            kept.pop()
        candidate = pieces_html([*kept, (ELLIPSIS, False)])
        if _line_count(_document(candidate, font, width)) <= max_lines:
            return candidate
    return html.escape(ELLIPSIS)


class HighlightDelegate(QStyledItemDelegate):
    """Paints ``SNIPPET_ROLE`` (or the display text) as highlighted rich text.

    ``max_lines`` is how many wrapped lines a cell may take; ``row_height()`` is the height a
    row needs for them, which the view should use as its default section size.
    """

    def __init__(self, parent: QWidget | None = None, max_lines: int = 2) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._cache: dict[tuple[str, str, int, int], str] = {}

    def snippet(self, index: AnyIndex) -> str:
        value = index.data(SNIPPET_ROLE)
        if value is None:
            value = index.data(Qt.ItemDataRole.DisplayRole)
        return str(value or "")

    def html_for(self, index: AnyIndex) -> str:
        """The cell's whole snippet as rich text, before eliding."""
        return snippet_html(self.snippet(index))

    def fitted_html(self, index: AnyIndex, font: QFont, width: int) -> str:
        """The cell's rich text as painted in ``width`` pixels: elided to ``max_lines``."""
        snippet = self.snippet(index)
        key = (snippet, font.key(), width, self.max_lines)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            found = elided_html(snippet, font, width, self.max_lines)
            self._cache[key] = found
        return found

    def row_height(self, font: QFont) -> int:
        document = _document("X", font, 1000)
        line = document.firstBlock().layout().lineAt(0).height()
        return int(line * self.max_lines + 0.999) + 2 * CELL_PADDING

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), self.row_height(option.font)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        text_rect = opt.rect
        if style is not None:
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        opt.text = ""
        if style is not None:
            # Background, selection and focus as the style draws them, without the text.
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = 3
        if style is not None:  # the text margin Qt's own item delegate uses
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        width = max(text_rect.width() - 2 * margin, 1)
        document = _document(self.fitted_html(index, opt.font, width), opt.font, width)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, role))
        height = document.size().height()
        top = text_rect.top() + max((text_rect.height() - height) / 2, 0)
        painter.save()
        painter.translate(text_rect.left() + margin, top)
        context.clip = QRectF(0, 0, width, min(height, text_rect.height()))
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()
