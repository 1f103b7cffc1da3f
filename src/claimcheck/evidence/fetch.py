"""The one way claimcheck reaches the network, and only when a command asks for it.

http(s) only, every redirect followed by hand and checked (never to another scheme), a
polite user agent, a timeout on the whole fetch, and a size limit read, never trusted.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urljoin

from claimcheck import __version__
from claimcheck.basics import check_http_url
from claimcheck.errors import ClaimcheckError

USER_AGENT = f"claimcheck/{__version__} (a fact-checker archiving a cited page)"
TIMEOUT = 20.0  # seconds for the whole fetch, redirects included
MAX_BYTES = 8 * 1024 * 1024  # a page larger than this is refused, read no further
MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


class FetchFailed(ClaimcheckError):
    """The page could not be fetched; the message says why, on one line."""


@dataclass(frozen=True)
class Response:
    url: str  # the URL the body came from, after redirects
    status: int
    content_type: str
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    redirects: list[tuple[int, str]] = field(default_factory=list)  # (status, to) per hop


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as errors, so each hop is checked before it is followed."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _read(resp: urllib.response.addinfourl, url: str, limit: int, deadline: float) -> bytes:
    declared = resp.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchFailed(f"{url}: larger than the limit of {limit:,} bytes")
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise FetchFailed(f"{url}: timed out")
        chunk = resp.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise FetchFailed(f"{url}: larger than the limit of {limit:,} bytes")
        chunks.append(chunk)


def fetch(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> Response:
    """GET `url`. An HTTP error status is a Response (404 is an answer); a network error,
    a timeout, a page over `max_bytes` or a redirect to a non-http(s) URL is FetchFailed."""
    opener = urllib.request.build_opener(_NoRedirect)
    deadline = time.monotonic() + timeout
    hops: list[tuple[int, str]] = []
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        try:
            check_http_url(current)
        except ValueError:
            raise FetchFailed(
                f"{url}: redirected to {current!r}, which is not an http(s) URL; not followed"
            ) from None
        request = urllib.request.Request(
            current,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,"
                "*/*;q=0.1",
            },
        )
        left = deadline - time.monotonic()
        if left <= 0:
            raise FetchFailed(f"{url}: timed out")
        try:
            resp = opener.open(request, timeout=left)
        except urllib.error.HTTPError as exc:
            with exc:
                location = exc.headers.get("Location") if exc.headers else None
                if exc.code in _REDIRECTS and location:
                    current = urljoin(current, location.strip())
                    hops.append((exc.code, current))
                    continue
                return Response(current, exc.code, _type(exc.headers), b"", [], hops)
        except (urllib.error.URLError, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", None) or exc
            if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                raise FetchFailed(f"{url}: timed out") from None
            raise FetchFailed(f"{url}: cannot fetch: {reason}") from None
        try:
            with resp:
                body = _read(resp, url, max_bytes, deadline)
                headers = list(resp.headers.items())
                return Response(current, resp.status, _type(resp.headers), body, headers, hops)
        except TimeoutError:
            raise FetchFailed(f"{url}: timed out") from None
        except (OSError, ValueError) as exc:
            raise FetchFailed(f"{url}: cannot fetch: {exc}") from None
    raise FetchFailed(f"{url}: more than {MAX_REDIRECTS} redirects")


def _type(headers: object) -> str:
    value = headers.get("Content-Type", "") if headers is not None else ""  # type: ignore[attr-defined]
    return str(value or "").split(";")[0].strip().lower()
