"""The layering, enforced: the core never imports the CLI, typer or rich; persistence
(claimfile/) imports no report, format or review code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "claimcheck"
CORE_FREE_OF = ("typer", "rich", "claimcheck.cli")
PERSISTENCE_FREE_OF = (
    *CORE_FREE_OF,
    "claimcheck.report",
    "claimcheck.formats",
    "claimcheck.flat",
    "claimcheck.cache",
    "claimcheck.review",
    "claimcheck.decisions",
    "claimcheck.store",
    "claimcheck.query",
    "claimcheck.extract",
)
# The terminal report (and its table of articles) is rich by nature; only the CLI
# imports it.
RICH_FORMATS = {"formats/term.py", "formats/termrows.py"}
ENTRY = "__main__.py"  # `python -m claimcheck` runs the CLI: that is its job
# The full-screen review is a front end like cli/: only `review` imports it.
FRONT_ENDS = {
    *("tui/app.py", "tui/view.py", "tui/claimview.py", "tui/article.py"),
    *("tui/claimlist.py", "tui/widgets.py", "tui/quiet.py"),
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _modules(where: Path) -> list[Path]:
    return sorted(p for p in where.rglob("*.py"))


def _hits(path: Path, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        name
        for name in _imports(path)
        for bad in forbidden
        if name == bad or name.startswith(bad + ".")
    )


@pytest.mark.parametrize(
    "path",
    [
        p
        for p in _modules(SRC)
        if "cli" not in p.relative_to(SRC).parts
        and str(p.relative_to(SRC)) not in {*RICH_FORMATS, ENTRY, *FRONT_ENDS}
    ],
    ids=lambda p: str(p.relative_to(SRC)),
)
def test_the_core_imports_neither_the_cli_nor_typer_nor_rich(path: Path) -> None:
    assert _hits(path, CORE_FREE_OF) == []


@pytest.mark.parametrize("path", _modules(SRC / "claimfile"), ids=lambda p: str(p.relative_to(SRC)))
def test_persistence_imports_no_report_review_or_domain_rules(path: Path) -> None:
    assert _hits(path, PERSISTENCE_FREE_OF) == []


def test_no_module_is_over_400_lines_outside_the_extractor() -> None:
    long = {
        str(p.relative_to(SRC)): n
        for p in _modules(SRC)
        if "extract" not in p.relative_to(SRC).parts
        and (n := len(p.read_text().splitlines())) > 400
    }
    assert long == {}
