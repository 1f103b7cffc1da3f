"""The bundled article partly reviewed, deterministically: the input of the golden reports.

Two reviewers, fixed instants, sources of every kind, and notes that carry hostile text
(HTML, rich markup, a spreadsheet formula, a terminal escape) so that every golden file also
freezes how that text is escaped.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

from claimcheck import store
from claimcheck.decisions import apply_decision, decide
from claimcheck.models import Label, Source

DATA = Path(__file__).resolve().parent.parent / "data"
ARTICLE_URL = "https://shows.example/legion"
HOSTILE = "<script>alert(1)</script> [red]red[/red] \x1b[31mescape\x1b[0m & more"
FORMULA = '=HYPERLINK("https://evil.example","click")'

_S = Label.SOURCED
_U = Label.UNVERIFIED
_O = Label.OPINION
DECISIONS: list[tuple[str, str, Label, list[Source], str | None]] = [
    (
        "alice",
        "c037",
        _S,
        [
            Source(
                url="https://www.example.org/sabotage-report?id=1&lang=en",
                title="Sabotage inside Russia, 2023",
                publisher="Example Institute",
                passage="nearly 100 acts of sabotage",
                accessed=date(2026, 11, 20),
            )
        ],
        None,
    ),
    (
        "alice",
        "c010",
        _U,
        [],
        "Searched the legion's channels and two news archives; no founding date found.",
    ),
    ("alice", "c002", _O, [], None),
    (
        "alice",
        "c060",
        _S,
        [
            Source(citation="Interview with a legion spokesman, 12 May 2023", title="Notes"),
            Source(url="https://news.example/bakhmut", accessed=date(2026, 11, 20)),
        ],
        None,
    ),
    ("alice", "c050", _O, [], "Evaluative: 'a cut above'."),
    ("bob", "c080", _S, [Source(url="https://news.example/casualties", title="Casualties")], None),
    ("bob", "c090", _O, [], HOSTILE),
    ("bob", "c095", _U, [], FORMULA),
    ("bob", "c110", _U, [], None),
    ("bob", "c100", _O, [], None),
]

# Public explanations (what readers see), apart from the internal notes above; one is
# hostile too, so the published formats freeze how it is escaped.
EXPLANATIONS = {
    "c010": "No public record of the legion's founding date was found.",
    "c090": "Public: " + HOSTILE,
}
DESK_TOML = """\
[org]
name = "Example Fact Desk"
url = "https://factcheck.example"
logo = "https://factcheck.example/logo.png"
"""


def make(folder: Path, name: str = "claims.yaml") -> Path:
    """Write the reviewed claim file (and the article text) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "article.txt", folder / "article.txt")
    loaded = store.load(DATA / "claims.yaml")
    doc = loaded.doc
    doc.article.url = ARTICLE_URL
    doc.article.published = date(2023, 6, 30)
    claims = doc.index()
    for minute, (by, claim_id, label, sources, note) in enumerate(DECISIONS):
        at = datetime(2026, 11, 20, 9, minute, tzinfo=UTC)
        claim = claims[claim_id]
        decision = decide(claim, by, label, sources, note, at)
        public = EXPLANATIONS.get(claim_id)
        apply_decision(claim, decision.model_copy(update={"explanation": public}))
    target = folder / name
    target.write_bytes(store.dump(doc, loaded.header))
    return target
