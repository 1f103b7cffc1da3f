"""A saved page whose canonical URL holds a user name and password
(`og:url` "https://ann:s3cret@intranet.example/p") gives a claim file with neither: the
URL without them, and a publisher made from its host, not "ann:s3cret@intranet.example",
which public reports and ClaimReview published (hostile tester 22, F6)."""

from __future__ import annotations

from pathlib import Path

from claimcheck import store
from tests.conftest import succeeds

PAGE = (
    '<html><head><title>Town news</title><meta property="og:url" '
    'content="https://ann:s3cret@intranet.example/p"></head><body><article>'
    "<p>The council closed twelve rooms on Monday in Leeds.</p>"
    "<p>The museum opened two galleries on Friday in York.</p></article></body></html>"
)


def test_the_page_url_and_publisher_keep_no_password(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE)
    succeeds("extract", "page.html", "-o", "claims.yaml")
    article = store.load(tmp_path / "claims.yaml").doc.article
    assert (article.url, article.publisher) == ("https://intranet.example/p", "intranet.example")
    assert "s3cret" not in (tmp_path / "claims.yaml").read_text()
