""" "Remind me even when CouncilDesk is closed": a log-in entry that runs the reminder agent.

Linux: an XDG autostart .desktop file. macOS: a LaunchAgent plist. Windows: a value under the
current user's Run key. Each runs `councildesk reminders --notify` for the open database; the
same setting removes it. The contents are built by plain functions so that each platform's
entry can be checked on any platform.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from councildesk.errors import CouncilDeskError

ENTRY_NAME = "councildesk-reminders"
MAC_LABEL = "uk.councildesk.reminders"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
WINDOWS_VALUE = "CouncilDesk reminders"


def agent_command(
    db_path: Path,
    executable: str | None = None,
    frozen: bool | None = None,
    platform: str = sys.platform,
) -> list[str]:
    """The command the log-in entry runs: this CouncilDesk, for this database."""
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if frozen:
        return [executable, "reminders", "--notify", "--db", str(db_path)]
    if platform.startswith("win"):
        # pythonw.exe, which Windows' Python (and every venv of it) has beside python.exe:
        # no console window flashing up at each log-in.
        program = PureWindowsPath(executable)
        if program.name.lower() == "python.exe":
            executable = str(program.with_name("pythonw.exe"))
    return [executable, "-m", "councildesk", "reminders", "--notify", "--db", str(db_path)]


def desktop_entry(command: list[str]) -> str:
    exec_line = " ".join(_desktop_quote(part) for part in command)
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=CouncilDesk reminders\n"
        "Comment=Shows the policy reviews that need you, then closes\n"
        f"Exec={exec_line}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _desktop_quote(part: str) -> str:
    # The Desktop Entry spec: quote arguments holding reserved characters; escape \ " ` $.
    if not any(ch in part for ch in " \t\n\"'\\><~|&;$*?#()`"):
        return part
    escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    return '"' + escaped.replace("$", "\\$") + '"'


def launch_agent_plist(command: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": MAC_LABEL,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def windows_run_value(command: list[str]) -> str:
    return subprocess.list2cmdline(command)


@dataclass(frozen=True)
class LoginEntry:
    """Where this platform's entry lives, and what is written there."""

    platform: str
    location: str


def _xdg_autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def linux_entry_path() -> Path:
    return _xdg_autostart_dir() / f"{ENTRY_NAME}.desktop"


def mac_entry_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"


def is_installed(platform: str = sys.platform) -> bool:
    if platform.startswith("win"):
        return _windows_value() is not None
    return _file_path(platform).exists()


def _file_path(platform: str) -> Path:
    return mac_entry_path() if platform == "darwin" else linux_entry_path()


def install(db_path: Path, platform: str = sys.platform) -> LoginEntry:
    command = agent_command(db_path, platform=platform)
    try:
        if platform.startswith("win"):
            _set_windows_value(windows_run_value(command))
            return LoginEntry("Windows", f"HKEY_CURRENT_USER\\{WINDOWS_RUN_KEY}")
        path = _file_path(platform)
        path.parent.mkdir(parents=True, exist_ok=True)
        if platform == "darwin":
            path.write_bytes(launch_agent_plist(command))
        else:
            path.write_text(desktop_entry(command), encoding="utf-8")
        return LoginEntry(platform, str(path))
    except OSError as error:
        raise CouncilDeskError(
            f"Could not set up the log-in reminder: {error.strerror or error}."
        ) from None


def remove(platform: str = sys.platform) -> None:
    try:
        if platform.startswith("win"):
            _delete_windows_value()
            return
        _file_path(platform).unlink(missing_ok=True)
    except OSError as error:
        raise CouncilDeskError(
            f"Could not remove the log-in reminder: {error.strerror or error}."
        ) from None


def describe_command(command: list[str]) -> str:
    return shlex.join(command)


# --- the Windows registry ----------------------------------------------------------------------

if sys.platform == "win32":
    import winreg

    def _windows_value() -> str | None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, WINDOWS_VALUE)
                return str(value)
        except OSError:
            return None

    def _set_windows_value(value: str) -> None:
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            winreg.SetValueEx(key, WINDOWS_VALUE, 0, winreg.REG_SZ, value)

    def _delete_windows_value() -> None:
        try:
            with winreg.OpenKey(
                winreg.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, winreg.KEY_SET_VALUE
            ) as key:
                winreg.DeleteValue(key, WINDOWS_VALUE)
        except FileNotFoundError:
            pass

else:

    def _windows_value() -> str | None:
        return None

    def _set_windows_value(value: str) -> None:
        raise OSError("the Windows registry exists only on Windows")

    def _delete_windows_value() -> None:
        return None
