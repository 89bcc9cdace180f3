"""The floor for start-up: a bare PySide6 window, shown, then the event loop quits.

It does what `councildesk gui --quit-when-ready` does with nothing of CouncilDesk in it: make
the QApplication, show a QMainWindow, and leave once the loop has run (bench_start.py times the
two side by side).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
