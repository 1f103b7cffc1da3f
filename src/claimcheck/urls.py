"""The one check of a URL a claim file or a command gives: without the records (`basics`),
so that `report --url` does not build pydantic's model machinery for it."""

from __future__ import annotations

import re

# An http(s) scheme and a non-empty host: what urlsplit would give, without its cost
# (every source of every claim is checked on every load).
_HTTP_URL = re.compile(r"(?i:https?)://[^/?#]")
_URL_BAD = re.compile(r"[\s\x00-\x1f\x7f]")
_HOST = re.compile(r"[^:]+://(?:[^/?#@]*@)?([^/?#]*)")  # the host and port, after any user


def check_http_url(value: str) -> str:
    """Accept only absolute http(s) URLs: no javascript:, file:, data: or relative links."""
    if not _HTTP_URL.match(value):
        raise ValueError(f"not an http(s) URL: {value!r}")
    if _URL_BAD.search(value):
        raise ValueError(f"URL contains spaces or control characters: {value!r}")
    host = _HOST.match(value)
    if host is not None and any(c in host.group(1) for c in "[]:"):
        # a bracket or a port: what urlsplit alone can judge (`http://[::1`, `:99999`,
        # `:http`), and only then, so that a plain URL costs no more than before
        from urllib.parse import urlsplit

        try:
            urlsplit(value).port  # noqa: B018 - read to be checked
        except ValueError as exc:
            raise ValueError(f"not a valid URL: {value!r} ({exc})") from None
    return value


_USER = re.compile(r"([^:/?#]+://)[^/?#@]*@")  # a user name and password before the host


def without_user(url: str) -> str:
    """The URL as readers may see it: without a user name or password before its host
    (`https://ann:secret@host/x` is `https://host/x`), which a claim file may hold and a
    published report must not."""
    return _USER.sub(r"\1", url, count=1)


def check_published_url(value: str) -> str:
    """`check_http_url`, and no user name or password before the host: a URL the desk
    publishes (its page, its address, its logo) is read by everyone, and what it holds
    there is a login. The error shows the URL without them."""
    check_http_url(value)
    if (bare := without_user(value)) != value:
        raise ValueError(
            f"a published URL cannot hold a user name or password; without them it is {bare!r}"
        )
    return value


def check_base_url(value: str) -> str:
    """`check_published_url`, and no query or fragment: an article's page is
    base_url/ARTICLE-ID, which a query would put in its query and a fragment would drop."""
    check_published_url(value)
    if "?" in value or "#" in value:
        mark = "a query ('?')" if "?" in value else "a fragment ('#')"
        raise ValueError(
            f"a base URL cannot hold {mark}: each article's page is base_url/ARTICLE-ID"
        )
    return value
