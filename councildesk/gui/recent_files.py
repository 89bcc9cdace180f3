"""The council files opened lately, newest first, kept in the application's settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentFiles"
MAX_FILES = 8


def _settings() -> QSettings:
    return QSettings("CouncilDesk", "CouncilDesk")


def recent_files() -> list[Path]:
    """The files opened lately that are still there, newest first."""
    stored = _settings().value(KEY, [])
    # QSettings hands back one name as a str, and several as a list.
    names = [stored] if isinstance(stored, str) else stored if isinstance(stored, list) else []
    return [Path(str(name)) for name in names if Path(str(name)).is_file()]


def remember(path: Path) -> None:
    files = [path.resolve(), *(p for p in recent_files() if p.resolve() != path.resolve())]
    _settings().setValue(KEY, [str(p) for p in files[:MAX_FILES]])
