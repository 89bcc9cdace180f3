"""Before Qt opens a window on Linux: are the system libraries its X11 plugin needs there?

Without them Qt prints a page of plugin text and aborts. A clerk needs one line naming what
to install, so the plugin is loaded here first (loading it reports the first library missing)
and the library is translated into the Debian/Ubuntu package that provides it.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

# The libraries Qt's xcb plugin needs that a bare Linux desktop may lack, by package.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}
LINUX_PACKAGES = (
    "libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 "
    "libxcb-render-util0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
)
_MISSING = re.compile(r"([\w.+-]+\.so[\w.]*): cannot open shared object file")


def _xcb_plugin() -> Path | None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def _wants_xcb() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return not os.environ.get("WAYLAND_DISPLAY")


def problem() -> str | None:
    """One line saying what to install, or None when Qt can be expected to start."""
    if not sys.platform.startswith("linux") or not _wants_xcb():
        return None
    if not os.environ.get("DISPLAY"):
        return (
            "There is no desktop to open the window on (DISPLAY is not set). Start CouncilDesk "
            "from your desktop, or use 'councildesk gui --screenshots DIR' with "
            "QT_QPA_PLATFORM=offscreen."
        )
    plugin = _xcb_plugin()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return missing_library_line(str(error))
    return None


def missing_library_line(loader_message: str) -> str:
    """The clerk's line for the loader's "libX.so.N: cannot open shared object file"."""
    found = _MISSING.search(loader_message)
    library = found.group(1) if found else ""
    package = PACKAGES.get(library)
    wanted = f"the system package {package}" if package else f"the system library {library}"
    return (
        f"CouncilDesk cannot open its window: {wanted or 'a system library'} is missing. "
        f"On Debian or Ubuntu: sudo apt install {package or LINUX_PACKAGES}"
    )
