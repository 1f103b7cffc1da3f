"""No module of the package binds a top-level name twice. The later binding hides the
earlier one from every function that uses it, wherever it was written for: rules merged
from two branches once gave one pattern's name to another and changed a third rule."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import claimcheck

PACKAGE = Path(claimcheck.__file__).parent


def _bound_twice(source: str) -> list[str]:
    names: collections.Counter[str] = collections.Counter()
    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
    return sorted(name for name, n in names.items() if n > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {
        str(path.relative_to(PACKAGE)): twice
        for path in sorted(PACKAGE.rglob("*.py"))
        if (twice := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_check_sees_a_name_bound_twice() -> None:
    assert _bound_twice("A = 1\ndef f(): return A\nA = 2\n") == ["A"]
    assert _bound_twice("def g(): pass\nclass g: pass\n") == ["g"]
