"""When Qt cannot start on Linux, the clerk gets one line naming the package to install."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from councildesk.gui import app, platform_check

LOADER = "libxcb-cursor.so.0: cannot open shared object file: No such file or directory"


def _bare_linux_desktop(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(platform_check, "_xcb_plugin", lambda: Path("libqxcb.so"))

    def cannot_load(_name: str) -> None:
        raise OSError(LOADER)

    monkeypatch.setattr(ctypes, "CDLL", cannot_load)


def test_a_missing_xcb_library_is_one_line_naming_its_package(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _bare_linux_desktop(monkeypatch)
    assert app.run(tmp_path / "c.sqlite") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "sudo apt install libxcb-cursor0" in err and "qt.qpa" not in err


def test_an_unknown_missing_library_is_named_with_the_usual_packages() -> None:
    line = platform_check.missing_library_line(
        "libfoo.so.7: cannot open shared object file: No such file or directory"
    )
    assert "libfoo.so.7" in line and "libxcb-cursor0" in line


def test_the_readme_names_the_same_packages() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"sudo apt install {platform_check.LINUX_PACKAGES}" in readme


def test_offscreen_and_other_systems_are_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_check.problem() is None
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert platform_check.problem() is None
