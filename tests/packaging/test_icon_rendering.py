"""packaging/render_icons.py: the one SVG becomes every size each system asks for."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
render_icons = importlib.import_module("render_icons")


def test_icons_are_rendered_at_every_size_from_the_svg(qapp: QApplication, tmp_path: Path) -> None:
    assert render_icons.main([str(tmp_path)]) == 0
    for size in render_icons.PNG_SIZES:
        with Image.open(tmp_path / f"councildesk-{size}.png") as png:
            assert png.size == (size, size)
            # Drawn, not blank: the teal tile fills the middle of every size.
            pixel = png.convert("RGBA").getpixel((size // 2, size // 4))
            assert isinstance(pixel, tuple)
            red, green, blue, alpha = pixel
            assert alpha == 255 and (red, green, blue) != (0, 0, 0)
    with Image.open(tmp_path / "councildesk.ico") as ico:
        # Explorer, the taskbar and the Start menu pick 16 to 256 pixels by screen scaling.
        wanted = {(size, size) for size in (16, 24, 32, 48, 64, 128, 256)}
        assert set(ico.info["sizes"]) == wanted
    with Image.open(tmp_path / "councildesk.icns") as icns:
        # What Finder and the Dock draw, at 1x and on Retina (2x) screens, up to 1024 pixels.
        for size in (128, 256, 512):
            assert {(size, size, 1), (size, size, 2)} <= set(icns.info["sizes"])
    assert (tmp_path / "councildesk.svg").read_bytes() == render_icons.SOURCE.read_bytes()
