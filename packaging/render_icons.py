"""Render the one source icon, resources/icons/app-icon.svg, into what each installer wants.

    python packaging/render_icons.py [OUT_DIR]        (default: packaging/icons, not committed)

Qt's own SVG renderer draws each PNG at its exact size (small sizes drawn from the vector, not
shrunk from a large bitmap); Pillow packs them into the Windows .ico and the macOS .icns. The
build scripts run this before PyInstaller, so the icons always match the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app-icon.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(out_dir: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SOURCE}")
    written: dict[int, Path] = {}
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"councildesk-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"render_icons: cannot write {path}")
        written[size] = path
    return written


def pack(pngs: dict[int, Path], out_dir: Path) -> None:
    from PIL import Image

    images = {size: Image.open(path) for size, path in pngs.items()}
    largest = images[max(ICO_SIZES)]
    largest.save(
        out_dir / "councildesk.ico",
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    images[1024].save(
        out_dir / "councildesk.icns",
        format="ICNS",
        append_images=[images[size] for size in (16, 32, 64, 128, 256, 512)],
    )


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else ROOT / "packaging" / "icons"
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out_dir)
    pack(pngs, out_dir)
    (out_dir / "councildesk.svg").write_bytes(SOURCE.read_bytes())
    print(f"icons: {len(pngs)} PNGs, councildesk.ico and councildesk.icns in {out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
