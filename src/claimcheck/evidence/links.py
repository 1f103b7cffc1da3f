"""`evidence check`: each cited URL fetched live and compared with what was archived.

Every URL is fetched once per run however many claims cite it, by a pool of threads
(fetching is waiting on the network, not computing). Nothing is written.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from claimcheck.basics import Snapshot
from claimcheck.errors import ClaimcheckError
from claimcheck.evidence.fetch import MAX_BYTES, TIMEOUT, FetchFailed, Response, fetch
from claimcheck.models import ClaimFile
from claimcheck.safe import shown_path

State = Literal["unchanged", "changed", "alive", "moved", "gone", "failed"]
STATES: tuple[State, ...] = ("unchanged", "changed", "alive", "moved", "gone", "failed")
# unchanged / changed: the page is the archived snapshot (same bytes) / it is not;
# alive: there, with no snapshot to compare; moved: redirected to another URL;
# gone: 404 or 410; failed: a timeout, a network error, another HTTP error, a refusal.


@dataclass(frozen=True)
class Target:
    file: Path
    claim: str
    number: int  # the source's number in `show`
    url: str
    passage: str | None
    snapshot: Snapshot | None


@dataclass(frozen=True)
class Outcome:
    file: str
    claim: str
    source: int
    url: str
    state: State
    status: int | None = None
    moved_to: str | None = None
    passage: Literal["present", "absent"] | None = None  # None: no passage, or not known
    detail: str | None = None

    def as_json(self) -> dict[str, object]:
        return asdict(self)

    @property
    def bad(self) -> bool:
        return self.state in ("gone", "failed") or self.passage == "absent"


def targets(path: Path, doc: ClaimFile) -> list[Target]:
    """Every source with a URL, of every claim."""
    return [
        Target(path, claim.id, n, source.url, source.passage, source.snapshot)
        for claim in doc.claims
        for n, source in enumerate(claim.sources, 1)
        if source.url
    ]


def _passage(
    target: Target, got: Response
) -> tuple[Literal["present", "absent"] | None, str | None]:
    from claimcheck.evidence.archive import extract_text, kind_of
    from claimcheck.evidence.proof import find

    if not target.passage:
        return None, None
    try:
        text = extract_text(got.body, kind_of(got.body, got.content_type, got.url), got.url)
    except ClaimcheckError as exc:
        return None, str(exc)
    return ("absent" if find(target.passage, text).match == "absent" else "present"), None


def judge(target: Target, got: Response | FetchFailed) -> Outcome:
    """What became of one source, from its page fetched now."""
    base = functools.partial(Outcome, str(target.file), target.claim, target.number, target.url)
    if isinstance(got, FetchFailed):
        return base(state="failed", detail=str(got))
    if got.status in (404, 410):
        return base(state="gone", status=got.status)
    if got.status >= 400 or got.status < 200:
        return base(state="failed", status=got.status, detail=f"HTTP {got.status}")
    snap = target.snapshot
    same = snap is not None and hashlib.sha256(got.body).hexdigest() == snap.sha256
    moved = got.url if got.redirects and got.url != target.url else None
    state: State = "moved" if moved else "unchanged" if same else "changed" if snap else "alive"
    if same and snap is not None and snap.proof is not None:
        passage: Literal["present", "absent"] | None = (
            "absent" if snap.proof.match == "absent" else "present"
        )
        detail = None
    else:
        passage, detail = _passage(target, got)
    return base(state=state, status=got.status, moved_to=moved, passage=passage, detail=detail)


def check(
    items: Iterable[Target],
    *,
    jobs: int = 8,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    advance: Callable[[], None] = lambda: None,
) -> list[Outcome]:
    """The outcome of every target, in their order; each URL fetched once."""
    todo = list(items)
    urls = list(dict.fromkeys(t.url for t in todo))

    def one(url: str) -> Response | FetchFailed:
        try:
            return fetch(url, timeout=timeout, max_bytes=max_bytes)
        except FetchFailed as exc:
            return exc
        finally:
            advance()

    with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(urls) or 1))) as pool:
        fetched = dict(zip(urls, pool.map(one, urls), strict=True))
    return [judge(t, fetched[t.url]) for t in todo]


def line(outcome: Outcome) -> str:
    """One outcome for the terminal."""
    out = f"{shown_path(outcome.file)} {outcome.claim} source {outcome.source}: {outcome.state}"
    if outcome.status is not None and outcome.state in ("gone", "failed"):
        out += f" (HTTP {outcome.status})"
    out += f" {outcome.url}"
    if outcome.moved_to:
        out += f" -> {outcome.moved_to}"
    if outcome.passage:
        out += "; passage still there" if outcome.passage == "present" else "; PASSAGE GONE"
    if outcome.detail and outcome.state != "failed":
        out += f"; {outcome.detail}"
    elif outcome.detail and outcome.status is None:
        out += f": {outcome.detail.removeprefix(outcome.url + ': ')}"
    return out
