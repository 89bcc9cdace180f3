"""The log-in reminder entry: the real file on Linux, the contents on macOS and Windows."""

from __future__ import annotations

import configparser
import os
import plistlib
from pathlib import Path

import pytest

from councildesk.errors import CouncilDeskError
from councildesk.services import login_agent

DB = Path("/home/clerk/My Council/councildesk.sqlite")
WINDOWS_DB = Path(r"C:\Users\Clerk\AppData\Roaming\CouncilDesk\councildesk.sqlite")


def test_linux_autostart_file_is_created_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    made = login_agent.install(DB, platform="linux")
    path = tmp_path / "config" / "autostart" / "councildesk-reminders.desktop"
    assert made.location == str(path) and path.exists()
    assert login_agent.is_installed("linux")
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Terminal"] == "false"
    assert "reminders --notify --db" in desktop["Exec"]
    assert '"/home/clerk/My Council/councildesk.sqlite"' in desktop["Exec"]  # quoted: a space
    login_agent.remove(platform="linux")
    assert not path.exists() and not login_agent.is_installed("linux")
    login_agent.remove(platform="linux")  # removing twice is harmless


def test_macos_launch_agent_runs_the_agent_at_load() -> None:
    command = login_agent.agent_command(DB, "/Applications/CouncilDesk.app/Contents/MacOS/x", True)
    plist = plistlib.loads(login_agent.launch_agent_plist(command))
    assert plist["Label"] == "uk.councildesk.reminders" and plist["RunAtLoad"] is True
    assert plist["ProgramArguments"] == [
        "/Applications/CouncilDesk.app/Contents/MacOS/x",
        "reminders",
        "--notify",
        "--db",
        str(DB),
    ]


def test_windows_run_value_quotes_paths_with_spaces_and_opens_no_console() -> None:
    command = login_agent.agent_command(
        WINDOWS_DB, r"C:\Program Files\Python312\python.exe", False, platform="win32"
    )
    value = login_agent.windows_run_value(command)
    assert value.startswith('"C:\\Program Files\\Python312\\pythonw.exe" -m councildesk ')
    assert value.endswith("reminders --notify --db " + str(WINDOWS_DB))
    bundled = login_agent.agent_command(WINDOWS_DB, r"C:\Apps\CouncilDesk.exe", True, "win32")
    assert login_agent.windows_run_value(bundled).startswith(r"C:\Apps\CouncilDesk.exe reminders")


def test_a_folder_that_cannot_be_written_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file, not a folder")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    with pytest.raises(CouncilDeskError, match="Could not set up the log-in reminder"):
        login_agent.install(DB, platform="linux")
    assert os.path.isfile(blocked)
