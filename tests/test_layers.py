"""The house's layers, read from the code's own imports (../shared/DESIGN.md, "Rules of the
house"): arrows point one way, and each heavy library has one owner."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "councildesk"
GENERATED = PACKAGE / "gui" / "forms"  # compiled from ui/*.ui

# What each part of the package may import of the rest of it. A top-level module (errors.py,
# paths.py, cli_reviews.py, ...) is a part of its own; every cli_*.py is "cli".
MAY_IMPORT: dict[str, frozenset[str]] = {
    "rules": frozenset(),
    "importers": frozenset({"errors", "rules"}),
    "reports": frozenset({"paths", "rules"}),
    "exports": frozenset({"rules"}),
    "db": frozenset({"errors", "paths", "rules"}),
    "services": frozenset({"db", "errors", "exports", "importers", "paths", "reports", "rules"}),
    "gui": frozenset({"errors", "paths", "rules", "services"}),
    "reminder_agent": frozenset({"errors", "gui", "paths", "rules", "services"}),
    "cli": frozenset(
        {"cli", "errors", "gui", "launch", "paths", "reminder_agent", "rules", "services"}
    ),
    "launch": frozenset({"cli", "reminder_agent"}),
    "__main__": frozenset({"launch"}),
    "errors": frozenset(),
    "paths": frozenset(),
}
# The one part that may import each library.
OWNERS = {
    "PySide6": {"gui"},
    "reportlab": {"reports"},
    "openpyxl": {"exports"},
    "sqlalchemy": {"db", "services"},
    "alembic": {"db"},
}


def _part(path: Path) -> str:
    inside = path.relative_to(PACKAGE).parts
    if len(inside) > 1:
        return inside[0]
    stem = path.stem
    return "cli" if stem == "cli" or stem.startswith("cli_") else stem


def _imports(path: Path) -> Iterator[str]:
    """Every absolute module name the file imports, at any depth (lazy imports too)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "councildesk":  # from councildesk import paths, __version__
                yield from (
                    f"councildesk.{alias.name}"
                    for alias in node.names
                    if (PACKAGE / f"{alias.name}.py").exists() or (PACKAGE / alias.name).is_dir()
                )
            else:
                yield node.module


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if GENERATED not in p.parents)


def _target(module: str) -> str:
    name = module.split(".")[1] if "." in module else ""
    return "cli" if name == "cli" or name.startswith("cli_") else name


def test_every_part_of_the_package_has_its_place_in_the_layers() -> None:
    assert {_part(p) for p in _sources()} - {"__init__"} <= set(MAY_IMPORT)


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_one_way(path: Path) -> None:
    part = _part(path)
    allowed = MAY_IMPORT.get(part, frozenset())
    wrong = sorted(
        module
        for module in _imports(path)
        if module.startswith("councildesk.")
        and (target := _target(module)) != part
        and target not in allowed
    )
    libraries = sorted(
        module
        for module in _imports(path)
        if module.split(".")[0] in OWNERS and part not in OWNERS[module.split(".")[0]]
    )
    assert not wrong, f"{part} may not import {wrong}"
    assert not libraries, f"only their owners import {libraries}"
