"""Compile CouncilDesk's bytecode before a whole-process benchmark, as installing it does.

An installed CouncilDesk (pip's wheel install, the desktop bundle) runs from compiled bytecode,
and so do reportlab and PySide6 beside it. A checkout run with PYTHONDONTWRITEBYTECODE set (as
on the development machine) would instead compile every CouncilDesk module from source on
every start, timing work a clerk's machine never does; the floors' libraries are compiled.
"""

from __future__ import annotations

import compileall
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "councildesk"


def compile_package() -> None:
    # Written whatever PYTHONDONTWRITEBYTECODE says: it stops only the import system writing.
    if not compileall.compile_dir(PACKAGE, quiet=1):
        raise SystemExit(f"could not compile {PACKAGE}")
