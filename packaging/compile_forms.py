"""Compile the Qt Designer forms in ui/ into councildesk/gui/forms/.

Run after editing a .ui file:  python packaging/compile_forms.py
tests/gui/test_forms_compiled.py fails while a compiled form differs from its .ui.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "councildesk" / "gui" / "forms"


def uic_command() -> list[str]:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6-Essentials in this environment")
    return [found]


def compiled_name(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [*uic_command(), str(ui_file)], capture_output=True, text=True, check=True
    )
    return result.stdout


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by packaging/compile_forms.py; never edit."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        compiled_name(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
