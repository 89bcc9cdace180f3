"""Success is reported only after the commit, everywhere: no command prints and no window shows
a status message from inside a ``with db.transaction()`` block, where the change is not yet
saved (a kill or a full disk at the commit would make the message a lie)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "councildesk"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if "forms" not in p.parts and p.parts[-2] != "db")


def _opens_transaction(node: ast.With) -> bool:
    return any(
        isinstance(item.context_expr, ast.Call)
        and isinstance(item.context_expr.func, ast.Attribute)
        and item.context_expr.func.attr == "transaction"
        for item in node.items
    )


def _reports_success(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id == "print":
        return "print"
    if isinstance(func, ast.Attribute):
        if func.attr in {"show_status", "showMessage"}:
            return func.attr
        if (
            func.attr == "emit"
            and isinstance(func.value, ast.Attribute)
            and func.value.attr == "status"
        ):
            return "status.emit"
    return None


def _premature_reports(path: Path) -> list[str]:
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.With) and _opens_transaction(node):
            for statement in node.body:
                for inner in ast.walk(statement):
                    if isinstance(inner, ast.Call) and (what := _reports_success(inner)):
                        found.append(f"{path.name}:{inner.lineno} {what}")
    return found


def test_the_scan_finds_a_report_inside_a_transaction(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f(db):\n    with db.transaction() as s:\n        s.add(1)\n        print('Added')\n",
        encoding="utf-8",
    )
    assert _premature_reports(bad) == ["bad.py:4 print"]


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_success_is_reported_before_the_commit(path: Path) -> None:
    assert _premature_reports(path) == []
