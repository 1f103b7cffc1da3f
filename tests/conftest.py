from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from typer.testing import CliRunner, Result

from claimcheck.cli import app

# No time limit per example: on a busy shared machine one example of a loader test took
# 340 ms against hypothesis's default 200 ms deadline; speed lives in bench/, not here.
settings.register_profile("claimcheck", deadline=None)
settings.load_profile("claimcheck")

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CASES = Path(__file__).resolve().parent / "cases"


@pytest.fixture(autouse=True)
def env_setup(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """Every test runs in its own folder with a known reviewer and a fixed terminal, and
    a report cache of its own outside that folder."""
    for name in (
        "CLAIMCHECK_FILE",
        "CLAIMCHECK_REVIEWER",
        "CLAIMCHECK_CACHE",
        "FORCE_COLOR",
        "CLICOLOR_FORCE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "tester")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))  # cache key
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.chdir(tmp_path)
    yield


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    """A copy of the bundled article and its claims; returns the claim file."""
    for name in ("article.txt", "claims.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path / "claims.yaml"


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    target = tmp_path / "mini.yaml"
    shutil.copy(CASES / "claims" / "valid.yaml", target)
    return target


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input, catch_exceptions=False)


def succeeds(*args: str) -> str:
    """The standard output of a command that must succeed."""
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def refuses(path: Path, message: str, *args: str) -> None:
    """A command that must fail with exactly `Error: message`, leaving `path` unchanged."""
    before = path.read_bytes()
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {message}\n"
    assert path.read_bytes() == before


def sentence_claims(article_id: str, title: str, article: str, sentences: list[str]) -> str:
    """A claim file (YAML) of `article` whose claims are its `sentences`, one each, with
    their passages: a small file a claim-list test can correct."""
    lines = ["schema_version: 1", "article:", f"  id: {article_id}", f"  title: {title}"]
    lines += ["  text: |-", f"    {article}", "claims:"]
    for i, sentence in enumerate(sentences, 1):
        start = article.index(sentence)
        lines += [
            f"- id: c00{i}",
            f"  text: {json.dumps(sentence, ensure_ascii=False)}",
            "  passage:",
            f"    quote: {json.dumps(sentence, ensure_ascii=False)}",
            f"    start: {start}",
            f"    end: {start + len(sentence)}",
        ]
    return "\n".join(lines) + "\n"
