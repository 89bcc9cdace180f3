"""The desktop bundle keeps ui/, resources/ and migrations/ exactly where an installed wheel does,
so councildesk/paths.py finds them in both without knowing which it runs from."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _spec_datas() -> dict[str, str]:
    """The (source folder -> place in the bundle) pairs of the spec's Analysis(datas=...)."""
    tree = ast.parse((ROOT / "packaging" / "councildesk.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Analysis":
            datas = next(k.value for k in node.keywords if k.arg == "datas")
            if isinstance(datas, ast.BinOp):  # [the bundled folders] + collect_data_files(...)
                datas = datas.left
            assert isinstance(datas, ast.List)
            pairs: dict[str, str] = {}
            for item in datas.elts:
                assert isinstance(item, ast.Tuple)
                source, target = item.elts
                # source is str(root / "ui"): the last operand of the path is the folder's name.
                assert isinstance(source, ast.Call) and isinstance(source.args[0], ast.BinOp)
                folder = source.args[0].right
                assert isinstance(folder, ast.Constant) and isinstance(target, ast.Constant)
                pairs[str(folder.value)] = str(target.value)
            return pairs
    raise AssertionError("the spec has no Analysis(...)")


def test_bundle_and_wheel_keep_the_bundled_folders_in_the_same_place() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert _spec_datas() == wheel
    assert set(wheel) == {"ui", "resources", "migrations"}
    for folder in wheel.values():
        assert folder.startswith("councildesk/_bundled/")
