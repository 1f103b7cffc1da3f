"""Every format renders the same bytes from views of the report's JSON (`reportview`, what a
report reads from the cache) as from the report's records."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.formats.registry import Options, formats
from claimcheck.models import ClaimFile
from claimcheck.report import ArticleReport, article_report
from claimcheck.reportdata import Rendered, article_json
from tests import reviewed
from tests.test_hypothesis import claim_files
from tests.test_reportdata import disputed_file

CASES = Path(__file__).parent / "cases" / "claims"


def both(file: str, doc: ClaimFile, text: str) -> tuple[ArticleReport, Rendered]:
    made = article_json(doc, text)
    rendered = Rendered(file, made.counts(), made.problems, made.body.decode())
    return article_report(file, doc, text), rendered


def assert_same_output(pairs: list[tuple[ArticleReport, Rendered]]) -> None:
    records = [r for r, _ in pairs]
    rendered = [j for _, j in pairs]
    for name, fmt in formats().items():
        for public in (False, True):
            options = Options(url="https://example.org/check", public=public)
            from_records = "".join(fmt.write(iter(records), options))
            from_views = "".join(fmt.write(iter(rendered), options))
            assert from_views == from_records, (name, public)


def test_every_valid_claim_file_of_the_tests(tmp_path: Path) -> None:
    files = [CASES / "valid.yaml", reviewed.DATA / "claims.yaml", reviewed.make(tmp_path)]
    pairs = []
    for path in files:
        loaded = store.load(path)
        pairs.append(both(str(path), loaded.doc, loaded.text))
        assert_same_output(pairs[-1:])  # one article
    assert_same_output(pairs)  # several: the totals, the spooled articles


def test_disputes_rulings_rechecks_and_sources() -> None:
    doc, text = disputed_file()
    pair = both("data/claims.yaml", doc, text)
    assert_same_output([pair])
    assert_same_output([pair, pair])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_files(), st.sampled_from([None, "https://example.org/article"]))
def test_any_claim_file(doc: ClaimFile, url: str | None) -> None:
    doc.article.url = url
    pair = both("a.yaml", doc, doc.article.text or "")
    assert_same_output([pair])
    assert_same_output([pair, pair])


def test_a_report_from_the_cache_builds_no_pydantic_model(tmp_path: Path) -> None:
    """The point of the views: a report read from the cache needs none of pydantic's model
    machinery, in any format."""
    import os
    import subprocess
    import sys

    path = reviewed.make(tmp_path)
    env = {**os.environ, "CLAIMCHECK_CACHE_DIR": str(tmp_path / "cache")}
    heavy = {"pydantic.main", "hashlib", "claimcheck.models", "jinja2"}
    for fmt in ("json", "md", "csv", "html", "term", "claimreview"):
        args = ["report", str(path), "-F", fmt, "-o", str(tmp_path / f"out.{fmt}")]
        args += ["--url", "https://example.org/c"] if fmt == "claimreview" else []
        for _ in range(2):  # the first run fills the cache (and the fast path's table)
            done = subprocess.run(
                [sys.executable, "-X", "importtime", "-m", "claimcheck", *args],
                env=env,
                capture_output=True,
                text=True,
            )
        assert done.returncode == 0, done.stderr
        imported = {
            line.split("|")[-1].strip()
            for line in done.stderr.splitlines()
            if line.startswith("import time:")
        }
        assert not imported & heavy, fmt
