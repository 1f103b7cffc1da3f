from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimcheck.models import Source, check_http_url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,x",
        "/relative",
        "ftp://x.org",
        "https://",
        "https://exa mple.org",
        "http://x.org/\x1b[31m",
    ],
)
def test_only_http_urls(url: str) -> None:
    with pytest.raises(ValueError):
        check_http_url(url)


def test_source_needs_url_or_citation() -> None:
    assert Source(citation="Interview, 3 May").describe() == "Interview, 3 May"
    with pytest.raises(ValidationError, match="a source needs a url or a citation"):
        Source(title="only a title")
    with pytest.raises(ValidationError, match="extra"):
        Source.model_validate({"url": "https://a.org", "ur1": "x"})
