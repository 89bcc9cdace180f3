"""A long session must not crash: shiboken6 6.12.0 drops a reference to None on every call of
a Qt method that returns nothing (see councildesk/gui/__init__.py)."""

from __future__ import annotations

import subprocess
import sys


def test_many_thousand_qt_calls_do_not_crash_python() -> None:
    script = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import councildesk.gui\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "for _ in range(200_000):\n"
        "    label.setText('x')\n"
        "print('still alive')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "still alive"
