"""The crash test, quickly: kill every scenario at every 40th write (CI's .ci/run kills at every
write; see tests/crash/kill_at_every_write.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "crash" / "kill_at_every_write.py"


@pytest.mark.slow
# Its own limit: on a machine shared by many test runs, even a few dozen kills take a while.
@pytest.mark.timeout(600)
@pytest.mark.skipif(
    shutil.which("strace") is None or not sys.platform.startswith("linux"),
    reason="needs Linux and strace",
)
def test_a_kill_at_any_write_leaves_no_file_or_a_whole_one(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--step", "40"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=540,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problems" in result.stdout
