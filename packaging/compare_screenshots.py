"""Compare two folders of `councildesk gui --screenshots` PNGs: does the same window show?

    python packaging/compare_screenshots.py DIR_A DIR_B

Each PNG must exist in both folders at the same size, and differ in at most 0.5% of its pixels
(a scroll bar settling a frame later is a difference of a few dozen pixels; a missing font, icon,
style sheet or translation changes whole areas). Prints one line a screenshot; exit status 1 on
any real difference.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

TOLERANCE = 0.005


def differing_fraction(first: Path, second: Path) -> float | None:
    """The fraction of pixels that differ, or None when the two are not the same size."""
    from PySide6.QtGui import QImage

    a = QImage(str(first)).convertToFormat(QImage.Format.Format_ARGB32)
    b = QImage(str(second)).convertToFormat(QImage.Format.Format_ARGB32)
    if a.isNull() or b.isNull() or a.size() != b.size():
        return None
    if a == b:
        return 0.0
    width, height = a.width(), a.height()
    row_bytes = width * 4
    bytes_a, bytes_b = bytes(a.constBits()), bytes(b.constBits())
    line = a.bytesPerLine()
    differing = 0
    for y in range(height):
        start = y * line
        row_a = bytes_a[start : start + row_bytes]
        row_b = bytes_b[start : start + row_bytes]
        if row_a != row_b:
            differing += sum(row_a[x : x + 4] != row_b[x : x + 4] for x in range(0, row_bytes, 4))
    return differing / (width * height)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    first, second = Path(argv[0]), Path(argv[1])
    names = sorted({p.name for p in first.glob("*.png")} | {p.name for p in second.glob("*.png")})
    if not names:
        print(f"compare_screenshots: no PNGs in {first} or {second}", file=sys.stderr)
        return 1
    failures = 0
    for name in names:
        if not (first / name).exists() or not (second / name).exists():
            print(f"MISSING  {name}")
            failures += 1
            continue
        fraction = differing_fraction(first / name, second / name)
        if fraction is None:
            print(f"SIZE     {name}: the two are not the same size")
            failures += 1
        elif fraction > TOLERANCE:
            print(f"DIFFERS  {name}: {fraction:.2%} of pixels")
            failures += 1
        else:
            print(f"same     {name}" + (f" ({fraction:.3%} of pixels differ)" if fraction else ""))
    print(f"{len(names) - failures} of {len(names)} screenshots the same")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
