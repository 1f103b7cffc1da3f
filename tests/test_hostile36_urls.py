"""A hostile tester's findings (thirty-sixth round), through the real `claimcheck`
command: a URL the desk publishes in ClaimReview (its page, its address) never carries a
user name or password, and a base URL has no query or fragment to swallow the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.terminal import run

CLAIMS = """\
schema_version: 1
article:
  id: tram-fares
  title: Tram fares
  text: Tram fares rose by a tenth. The mayor called it fair.
claims:
- id: c001
  text: Tram fares rose by a tenth.
  passage:
    quote: Tram fares rose by a tenth.
    start: 0
    end: 27
  label: unverified
  reviewer: ann
  reviewed_at: '2026-01-05T10:00:00Z'
"""


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    (tmp_path / "claims.yaml").write_text(CLAIMS)
    return tmp_path


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            '[org]\nname = "Desk"\n[publish]\nbase_url = "https://ann:hunter2@news.example/checks"\n',
            "claimcheck.toml: [publish] base_url: a published URL cannot hold a user name or "
            "password; without them it is 'https://news.example/checks'",
        ),
        (
            '[org]\nname = "Desk"\nurl = "https://bot:tok3n@news.example"\n'
            '[publish]\nbase_url = "https://news.example/checks"\n',
            "claimcheck.toml: [org] url: a published URL cannot hold a user name or password; "
            "without them it is 'https://news.example'",
        ),
        (
            '[org]\nname = "Desk"\n[publish]\nbase_url = "https://news.example/checks?id="\n',
            "claimcheck.toml: [publish] base_url: a base URL cannot hold a query ('?'): each "
            "article's page is base_url/ARTICLE-ID",
        ),
        (
            '[org]\nname = "Desk"\n[publish]\nbase_url = "https://news.example/checks#top"\n',
            "claimcheck.toml: [publish] base_url: a base URL cannot hold a fragment ('#'): "
            "each article's page is base_url/ARTICLE-ID",
        ),
    ],
)
def test_a_desk_url_with_a_login_query_or_fragment_is_refused_at_load(
    desk: Path, toml: str, message: str
) -> None:
    (desk / "claimcheck.toml").write_text(toml)
    for args in (["report", "-F", "claimreview"], ["report"]):
        done = run(*args, cwd=desk)
        assert (done.returncode, done.stdout, done.stderr) == (1, "", f"Error: {message}\n")


def test_report_url_with_a_login_is_refused(desk: Path) -> None:
    done = run("report", "-F", "claimreview", "--url", "https://ann:hunter2@x.example/p", cwd=desk)
    assert (done.returncode, done.stdout) == (1, "")  # a bad value (parse.py): exit 1
    assert done.stderr == (
        "Error: --url: a published URL cannot hold a user name or password; without them it "
        "is 'https://x.example/p'\n"
    )
    assert "hunter2" not in done.stderr


def test_a_plain_desk_url_is_still_published(desk: Path) -> None:
    (desk / "claimcheck.toml").write_text(
        '[org]\nname = "Desk"\nurl = "https://news.example"\n'
        '[publish]\nbase_url = "https://news.example/checks/"\n'
    )
    done = run("report", "-F", "claimreview", cwd=desk)
    assert done.returncode == 0, done.stderr
    assert '"url": "https://news.example/checks/tram-fares#' in done.stdout
