"""Start-up: `councildesk gui --quit-when-ready` on the large demo, beside a bare PySide6 window.

The floor (floor_window.py) makes the QApplication, shows a QMainWindow and quits once the loop
has run: what any PySide6 program pays to put a window on screen. CouncilDesk's goal: within
2.5 times the floor's time and twice its memory. A third figure is the start to the window
filled (the council's name and the current page, read from the database), which comes after
the window is shown. The commands run in turn, A B A B, and each ratio is taken pair by pair so
a machine that speeds up or slows down mid-run does not skew it.

    python tests/benchmarks/bench_start.py [RUNS]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from anywhere
from tests.benchmarks.as_installed import compile_package

FLOOR = Path(__file__).with_name("floor_window.py")
# The same start, quitting once the window has been filled rather than once it is shown.
FILLED = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from councildesk.gui import main_window
fill = main_window.MainWindow.fill
def fill_then_quit(self):
    fill(self)
    QTimer.singleShot(0, QApplication.quit)
main_window.MainWindow.fill = fill_then_quit
from councildesk.launch import main
sys.exit(main(sys.argv[1:]))
"""


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak memory (MiB) of one run of ``command``."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    took = time.perf_counter() - started
    if status != 0:
        raise SystemExit(
            f"{command} failed: {child.stderr.read().decode() if child.stderr else ''}"
        )
    return took, usage.ru_maxrss / 1024


def main() -> int:
    compile_package()
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.sqlite"
        # Made by a command of its own: this script stays small, as a child's peak memory
        # counts what it inherited from here.
        make = [sys.executable, "-m", "councildesk", "demo", "--size", "large", "--db", str(path)]
        subprocess.run(make, check=True, capture_output=True)
        shown = [sys.executable, "-m", "councildesk", "gui", "--quit-when-ready", "--db", str(path)]
        filled = [sys.executable, "-c", FILLED, "gui", "--db", str(path)]
        floor = [sys.executable, str(FLOOR)]
        for command in (shown, filled, floor):  # warm the disk cache
            timed(command)
        rounds = [(timed(shown), timed(filled), timed(floor)) for _ in range(runs)]
    rows = (("window shown", 0), ("window filled", 1), ("bare PySide6 window", 2))
    for label, column in rows:
        times = [r[column][0] for r in rounds]
        peaks = [r[column][1] for r in rounds]
        print(
            f"{label:20} median {statistics.median(times) * 1000:5.0f} ms "
            f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}), "
            f"peak {statistics.median(peaks):.0f} MiB"
        )
    for label, column in rows[:2]:
        time_ratios = [r[column][0] / r[2][0] for r in rounds]
        memory_ratios = [r[column][1] / r[2][1] for r in rounds]
        print(
            f"{label} / floor: time {statistics.median(time_ratios):.2f} "
            f"(min {min(time_ratios):.2f}, max {max(time_ratios):.2f}), "
            f"memory {statistics.median(memory_ratios):.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
