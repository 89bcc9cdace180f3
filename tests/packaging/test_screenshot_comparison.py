"""packaging/compare_screenshots.py tells the same window from a different one."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
compare_screenshots = importlib.import_module("compare_screenshots")


def _save(path: Path, changed_pixels: int = 0, size: int = 100) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    for index in range(changed_pixels):
        image.setPixelColor(index % size, index // size, QColor("black"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))


def test_identical_and_nearly_identical_screenshots_pass(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _save(tmp_path / "a" / "page.png")
    _save(tmp_path / "b" / "page.png")
    _save(tmp_path / "a" / "dialog.png")
    _save(tmp_path / "b" / "dialog.png", changed_pixels=20)  # a scroll bar a frame late
    assert compare_screenshots.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 0
    assert "2 of 2 screenshots the same" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("changed_pixels", "size", "what"),
    [(2000, 100, "DIFFERS  page.png: 20.00% of pixels"), (0, 90, "SIZE     page.png")],
)
def test_a_different_window_fails(
    qapp: QApplication,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    changed_pixels: int,
    size: int,
    what: str,
) -> None:
    _save(tmp_path / "a" / "page.png")
    _save(tmp_path / "b" / "page.png", changed_pixels=changed_pixels, size=size)
    assert compare_screenshots.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 1
    assert what in capsys.readouterr().out


def test_a_screenshot_missing_from_one_side_fails(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _save(tmp_path / "a" / "page.png")
    _save(tmp_path / "a" / "dialog.png")
    _save(tmp_path / "b" / "page.png")
    assert compare_screenshots.main([str(tmp_path / "a"), str(tmp_path / "b")]) == 1
    assert "MISSING  dialog.png" in capsys.readouterr().out
