"""A Paragraph that breaks its lines once for each width it is laid out at.

A booklet with a contents list is laid out twice (once to measure its pages, once to draw
them), and a heading kept with its first clause is wrapped with it before the group is split
back into paragraphs for the frame; reportlab breaks a paragraph's lines again on every wrap,
though nothing has changed. Where the lines fall depends only on the width, the text and the
style, and none of those change once a story is made (missing characters are substituted
before the first layout), so a wrap at the width of the last one returns that one's result.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class KeptParagraph(Paragraph):  # type: ignore[misc]
    _kept_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Paragraph.wrap ignores the height; it breaks lines for the width alone. A split
        # that moves the whole paragraph on (widow and orphan control) drops the lines.
        if availWidth == self._kept_width and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._kept_width = availWidth
        return size
