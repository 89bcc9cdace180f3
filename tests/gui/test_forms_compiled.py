"""Every Designer form in ui/ has a compiled module that matches it exactly."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
compile_forms = importlib.import_module("compile_forms")

UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def _code(text: str) -> list[str]:
    # The generated header names the uic version; what matters is the code below it.
    return [line for line in text.splitlines() if not line.startswith("##")]


@pytest.mark.parametrize("ui_file", UI_FILES, ids=[f.name for f in UI_FILES])
def test_compiled_form_matches_its_ui_file(ui_file: Path) -> None:
    compiled = compile_forms.compiled_name(ui_file)
    assert compiled.exists(), f"run: python packaging/compile_forms.py ({compiled.name} missing)"
    fresh = compile_forms.compile_form(ui_file)
    assert _code(compiled.read_text(encoding="utf-8")) == _code(fresh), (
        f"{compiled.name} is stale: run python packaging/compile_forms.py"
    )


def test_every_compiled_form_has_a_ui_file() -> None:
    forms = {p.stem for p in (ROOT / "councildesk" / "gui" / "forms").glob("ui_*.py")}
    assert forms == {f"ui_{f.stem}" for f in UI_FILES}


def test_forms_are_importable() -> None:
    assert importlib.util.find_spec("councildesk.gui.forms.ui_main_window") is not None


# A small widget repeated many times (a Dashboard card) may lay itself out in code.
BUILT_IN_CODE = {"councildesk/gui/pages/dashboard.py"}


def test_pages_and_dialogs_are_laid_out_in_designer_forms() -> None:
    """No page, panel or dialog builds its layout in code: each has its form in ui/."""
    package = ROOT / "councildesk" / "gui"
    laid_out = [
        path.relative_to(ROOT).as_posix()
        for folder in ("pages", "dialogs")
        for path in sorted((package / folder).glob("*.py"))
        if re.search(r"\bQ(?:VBox|HBox|Grid|Form)Layout\(", path.read_text(encoding="utf-8"))
    ]
    assert set(laid_out) <= BUILT_IN_CODE, laid_out
