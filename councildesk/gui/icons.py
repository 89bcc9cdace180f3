"""The one icon set, from resources/icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from councildesk import paths


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(paths.icon_path(name)))
