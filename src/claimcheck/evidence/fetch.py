"""The one way claimcheck reaches the network, and only when a command asks for it.

http(s) only, every redirect followed by hand and checked (never to another scheme), a
polite user agent, a timeout on the whole fetch, and a size limit read, never trusted.
Public addresses only: the URLs come from claim files, which may be a stranger's, and a
URL naming a loopback, private, link-local, multicast or unspecified address (the
machine itself, the office network, a cloud's metadata service) is refused. The address
checked is the one the connection reached, after the host was resolved, before a byte
of the request is sent: for the first request and every redirect, and a name that
resolves to a public address when checked and to a private one when used (DNS rebinding)
is refused all the same.
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import os
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from claimcheck import __version__
from claimcheck.basics import check_http_url
from claimcheck.errors import ClaimcheckError
from claimcheck.urls import without_user

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


# Set by the tests alone, whose web server is on 127.0.0.1: loopback addresses (only
# those) may be fetched. Never set it for real work.
LOOPBACK_FOR_TESTS = "CLAIMCHECK_TEST_LOOPBACK"


def refused_address(address: str) -> str | None:
    """What kind of address `address` is when it is not a public one (None: public)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return None if os.environ.get(LOOPBACK_FOR_TESTS) == "1" else "loopback"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if not ip.is_global:
        return "private"
    return None


class _Guard:
    """The hop being fetched: its URL and host; `check` is told each connection made."""

    def __init__(self) -> None:
        self.url = ""
        self.host = ""

    def refuse(self, address: str) -> None:
        """FetchFailed when `address`, which the host resolved to, is not public."""
        kind = refused_address(address)
        if kind is not None:
            raise FetchFailed(
                f"{self.url}: {self.host} is a {kind} address ({address.split('%')[0]}); "
                "claimcheck fetches only from public addresses"
            )

    def vet(self, scheme: str) -> None:
        """Before connecting: every address the host resolves to must be public. A host
        reached through a proxy is the proxy's to resolve; one that does not resolve is
        left to the fetch, which says so."""
        proxies = urllib.request.getproxies()
        if scheme in proxies and not urllib.request.proxy_bypass(self.host):
            return
        try:
            found = socket.getaddrinfo(self.host, None, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return
        for info in found:
            self.refuse(str(info[4][0]))

    def create_connection(
        self, address: tuple[str, int], *args: object, **kwargs: object
    ) -> socket.socket:
        sock = socket.create_connection(address, *args, **kwargs)  # type: ignore[arg-type]
        # a connection to a proxy is the proxy's (it reaches the host): the host's own is checked
        if address[0].strip("[]").lower() == self.host:
            try:
                self.refuse(str(sock.getpeername()[0]))
            except FetchFailed:
                sock.close()
                raise
        return sock


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guard.create_connection


class _HTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = guard.create_connection


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(functools.partial(_HTTPConnection, guard=self.guard), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = functools.partial(_HTTPSConnection, guard=self.guard)
        return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]


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
    if without_user(url) != url:
        # "https://ann:secret@intranet/…": the password is the desk's, and urllib would
        # take "secret@intranet" for a port; shown without it, never sent anywhere
        raise FetchFailed(
            f"{without_user(url)}: the URL holds a user name or password; not fetched "
            "(claimcheck never sends them: give the page's own address, or check it by hand)"
        )
    guard = _Guard()
    opener = urllib.request.build_opener(_NoRedirect, _HTTPHandler(guard), _HTTPSHandler(guard))
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
        guard.url = url if current == url else f"{url}: redirected to {current}"
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
            guard.host = (urlsplit(current).hostname or "").lower()
        except ValueError as exc:  # http://[::1 and the like
            raise FetchFailed(f"{url}: cannot fetch: {exc}") from None
        guard.vet(request.type)
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
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as exc:
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
        except (OSError, ValueError, http.client.HTTPException) as exc:
            raise FetchFailed(f"{url}: cannot fetch: {exc}") from None
    raise FetchFailed(f"{url}: more than {MAX_REDIRECTS} redirects")


def _type(headers: object) -> str:
    value = headers.get("Content-Type", "") if headers is not None else ""  # type: ignore[attr-defined]
    return str(value or "").split(";")[0].strip().lower()
