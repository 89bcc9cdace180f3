"""Printouts run on reportlab's C accelerator, not its pure-Python fallbacks.

reportlab's text measuring and number formatting are in a separate package (rl_accel, its
"accel" extra); without it reportlab quietly falls back to Python versions several times
slower, and the clerk waits longer for every printout. Nothing else would notice it missing.
"""

from __future__ import annotations

from reportlab.lib import rl_accel
from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph


def test_no_pure_python_fallback_is_in_use() -> None:
    assert rl_accel._py_funcs == {}


def test_the_layout_and_the_embedded_font_use_the_c_functions() -> None:
    # What a printout calls most: measuring text in a TrueType font, comparing text
    # fragments while breaking lines, and writing coordinates into the page.
    for function in (
        ttfonts.instanceStringWidthTTF,
        paragraph.sameFrag,
        rl_accel.fp_str,
        rl_accel.escapePDF,
    ):
        assert function.__module__ == "_rl_accel", function
