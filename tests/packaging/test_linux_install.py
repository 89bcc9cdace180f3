"""packaging/linux/install.sh, run on a stand-in bundle in an empty home, as a clerk runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


@pytest.fixture
def download(tmp_path: Path) -> Path:
    """The unpacked tarball's shape, with a shell script standing in for the frozen program."""
    folder = tmp_path / "CouncilDesk-0.1.0-linux-x86_64"
    program = folder / "CouncilDesk" / "councildesk"
    program.parent.mkdir(parents=True)
    program.write_text('#!/bin/sh\necho "CouncilDesk 0.1.0"\n', encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(PACKAGING / "linux" / "qt-runtime-debs.txt", program.parent)
    shutil.copy(PACKAGING / "linux" / "install.sh", folder / "install.sh")
    shutil.copy(PACKAGING / "councildesk.desktop", folder / "councildesk.desktop")
    icons = folder / "icons"
    icons.mkdir()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        (icons / f"councildesk-{size}.png").write_bytes(b"png")
    (icons / "councildesk.svg").write_text("<svg/>", encoding="utf-8")
    return folder


def _run(download: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    return subprocess.run(
        ["sh", str(download / "install.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_install_puts_councildesk_in_the_menu_with_its_icon(download: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(download, home)
    assert result.returncode == 0, result.stderr
    app = home / ".local" / "opt" / "councildesk" / "councildesk"
    assert app.exists()
    entry_path = home / ".local/share/applications/councildesk.desktop"
    entry = entry_path.read_text(encoding="utf-8")
    # The menu starts the program by its full path, since ~/.local/bin is not always on PATH.
    assert f'Exec="{app}"' in entry.splitlines()
    assert f"TryExec={app}" in entry.splitlines()
    assert "Icon=councildesk" in entry.splitlines()
    assert (home / ".local/share/icons/hicolor/48x48/apps/councildesk.png").exists()
    assert (home / ".local/share/icons/hicolor/scalable/apps/councildesk.svg").exists()
    link = home / ".local" / "bin" / "councildesk"
    assert link.is_symlink() and link.resolve() == app.resolve()
    assert "CouncilDesk 0.1.0 is installed" in result.stdout
    validator = shutil.which("desktop-file-validate")
    if validator:
        checked = subprocess.run([validator, str(entry_path)], capture_output=True, text=True)
        assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_reinstalling_replaces_the_old_program(download: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    _run(download, home)
    stale = home / ".local" / "opt" / "councildesk" / "left-from-an-old-version"
    stale.write_text("old", encoding="utf-8")
    assert _run(download, home).returncode == 0
    assert not stale.exists()


def test_uninstall_removes_the_program_and_keeps_the_councils_data(
    download: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    _run(download, home)
    data = home / ".local" / "share" / "CouncilDesk" / "councildesk.sqlite"
    data.parent.mkdir(parents=True)
    data.write_bytes(b"the council's records")
    result = _run(download, home, "--uninstall")
    assert result.returncode == 0, result.stderr
    assert not (home / ".local" / "opt" / "councildesk").exists()
    assert not (home / ".local/share/applications/councildesk.desktop").exists()
    assert not (home / ".local" / "bin" / "councildesk").exists()
    assert not (home / ".local/share/icons/hicolor/48x48/apps/councildesk.png").exists()
    assert data.read_bytes() == b"the council's records"
    assert "data is still in" in result.stdout


def test_an_unknown_option_is_refused_and_installs_nothing(download: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run(download, home, "--everywhere")
    assert result.returncode == 2
    assert "unknown option '--everywhere'" in result.stderr
    assert not (home / ".local").exists()
