"""Everything Qt. Nothing outside this package imports PySide6."""

from __future__ import annotations

import ctypes
import sys


def _pin_none_true_false() -> None:
    """Work around a reference-count bug in shiboken6 6.12.0 on Python 3.11.

    Each call of a Qt method that returns nothing (QLabel.setText, ...) releases one reference
    to None that it never took. After some thousands of calls None's count reaches zero and
    Python aborts ("Fatal Python error: none_dealloc"), so a long session in the window would
    crash. Python 3.12 made None, True and False immortal (PEP 683), which makes the bug
    harmless there; on 3.11 we give them a reference count no session can use up.
    """
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < 1 << 40:
            count.value += 1 << 40


_pin_none_true_false()
