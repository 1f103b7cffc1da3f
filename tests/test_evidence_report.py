"""Evidence in the HTML report: each source's archived copy linked, its passage shown in
the sentences around it, proven / approximate / not found / not archived; nothing of it in
a report for readers; and a hostile snapshot that can run nothing and request nothing."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.basics import Proof, Snapshot, Source
from claimcheck.decisions import apply_decision, decide
from claimcheck.evidence import archive
from claimcheck.evidence.proof import context, find
from claimcheck.models import Label
from tests.conftest import run
from tests.test_report import golden
from tests.test_report_browser import CHROMIUM, FLAGS, needs_chromium

ARTICLE = "The sky is blue. Grass is green. Snow is white. Cats are the best pets."
CLAIMS = """\
schema_version: 2
article:
  id: colours
  title: Colours
  text: The sky is blue. Grass is green. Snow is white. Cats are the best pets.
claims:
"""
AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
# A page that tries everything a hostile page can: a script, an event handler, a remote
# image, and markup spelled out as text right beside the passage, so it lands in the
# report's context quote.
SKY = (
    b"<html><head><title>Sky</title><script>window.pwned = 1</script>"
    b'<link rel="stylesheet" href="http://127.0.0.1:9/s.css"></head>'
    b'<body onload="window.pwned = 2"><article><h1>Why the sky is blue</h1>'
    b"<p>Light is made of colours. Blue light scatters most. Scientists agree: "
    b"the sky is blue on a clear day, because sunlight scatters in the air. "
    b"&lt;script&gt;window.pwned = 3&lt;/script&gt; &lt;img src=http://127.0.0.1:9/i.png&gt; "
    b'<img src="http://127.0.0.1:9/real.png"> Sunsets are red. Night is dark. Stars shine.</p>'
    b"</article></body></html>"
)
GRASS = b"Field notes.\n\nIn spring, grass is so green in the meadows. It fades in August.\n"
SNOW = b"Weather report.\n\nIt rained all week and the roads were wet.\n"


def claim(n: int, start: int, end: int) -> str:
    quote = ARTICLE[start:end]
    return (
        f"- id: c00{n}\n  text: {quote}\n  passage:\n    quote: {quote}\n"
        f"    start: {start}\n    end: {end}\n"
    )


def snapshot(
    folder: Path, body: bytes, url: str | None, passage: str | None, citation: str | None = None
) -> Source:
    claim_file = folder / "claims.yaml"
    page = archive.Page(body, url, status=200 if url else None)
    stored = archive.store(claim_file, page, AT, url or "page")
    snap = stored.snapshot
    if passage:
        snap.proof = find(passage, stored.text)
    return Source(
        url=url, citation=citation, passage=passage, accessed=date(2026, 11, 20), snapshot=snap
    )


def build(folder: Path) -> Path:
    """colours.yaml with every kind of evidence: proven exactly (c001, beside a citation
    with no copy), approximately (c002), not found (c003), archived with no passage to
    look for (c004), and an opinion whose sources are not shown (c005 has none)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "claims.yaml"
    target.write_text(CLAIMS + claim(1, 0, 16) + claim(2, 17, 32) + claim(3, 33, 47))
    target.write_text(target.read_text() + claim(4, 48, 71))
    loaded = store.load(target)
    claims = loaded.doc.index()
    sky = snapshot(folder, SKY, "https://sky.example/why", "the sky is blue on a clear day")
    book = Source(citation="Colour in Nature, p. 12", title="A book")
    grass = snapshot(
        folder, GRASS, "https://grass.example/", "in spring, grass is green in the meadows"
    )
    snow = snapshot(folder, SNOW, "https://snow.example/", "snow is white")
    bare = snapshot(folder, b"Cats: notes.\n", None, None, citation="Notes on cats")
    for n, (c, sources) in enumerate(
        (("c001", [sky, book]), ("c002", [grass]), ("c003", [snow]), ("c004", [bare]))
    ):
        at = datetime(2026, 11, 20, 10, n, tzinfo=UTC)
        apply_decision(claims[c], decide(claims[c], "ana", Label.SOURCED, sources, None, at))
    target.write_bytes(store.dump(loaded.doc, loaded.header))
    return target


@pytest.fixture
def colours(tmp_path: Path) -> Path:
    return build(tmp_path)


def evidence_of(html: str) -> list[str]:
    return re.findall(r'<div class="evidence [^"]+">.*?</div>', html, re.S)


def test_the_html_report_shows_each_source_s_evidence(colours: Path, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    result = run("report", "-f", "claims.yaml", "-o", "out/report.html")
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out" / "report.html").read_text()
    golden("evidence.html", html)
    shown = evidence_of(html)
    assert [re.search(r'class="evidence (\w+)"', e)[1] for e in shown] == [  # type: ignore[index]
        "exact",
        "none",
        "approximate",
        "absent",
        "archived",
    ]
    assert "Passage proven</span> in the archived copy." in shown[0]
    assert "<mark>the sky is blue on a clear day</mark>, because sunlight" in shown[0]
    assert "Blue light scatters most. Scientists agree: <mark>" in shown[0]
    assert "&lt;script&gt;window.pwned = 3&lt;/script&gt;" in shown[0]  # text, never markup
    assert "No archived copy." in shown[1]
    assert re.search(r"approximately</span> in the archived copy \(score 9\d(\.\d)?\)", shown[2])
    assert "<mark>In spring, grass is so green in the meadows</mark>" in shown[2]
    assert "The passage is not in the archived copy</strong> (best match: score" in shown[3]
    assert "<mark>" not in shown[3]
    # The links are relative to the report's folder and name files that are there.
    for href in re.findall(r'href="(\.\./evidence/[0-9a-f]{64}\.(?:warc\.gz|txt))"', html):
        assert (tmp_path / "out" / href).resolve().is_file()
    assert len(re.findall(r'href="\.\./evidence/', html)) == 4  # the archives; never a .txt


def test_links_follow_where_the_report_is_written(colours: Path, tmp_path: Path) -> None:
    sha = hashlib.sha256(SKY).hexdigest()
    here = run("report", "-f", "claims.yaml", "-F", "html")
    assert f'href="evidence/{sha}.warc.gz"' in here.stdout  # stdout: from the current folder
    os.chdir(tmp_path / "evidence")
    (tmp_path / "a b").mkdir()
    away = run("report", "-f", "../claims.yaml", "-o", "../a b/r.html")
    assert away.exit_code == 0, away.output
    assert f'href="../evidence/{sha}.warc.gz"' in (tmp_path / "a b" / "r.html").read_text()


def test_a_missing_snapshot_text_is_said_not_hidden(colours: Path, tmp_path: Path) -> None:
    for path in (tmp_path / "evidence").iterdir():
        path.unlink()
    result = run("report", "-f", "claims.yaml", "-F", "html")
    assert result.exit_code == 0, result.output
    assert (
        "The passage cannot be shown: its archived text cannot be read: evidence verify"
        in result.stdout
    )


def test_a_report_for_readers_carries_no_snapshot(colours: Path) -> None:
    for fmt in ("html", "json", "md"):
        result = run("report", "-f", "claims.yaml", "-F", fmt, "--public")
        assert result.exit_code == 0, result.output
        for internal in ("evidence/", "proof", "archived", "WARC", "Passage proven"):
            assert internal not in result.stdout, (fmt, internal)
    jsonld = run("report", "-f", "claims.yaml", "-F", "claimreview", "--url", "https://f.example/")
    assert jsonld.exit_code == 0, jsonld.output
    assert "evidence/" not in jsonld.stdout and "proof" not in jsonld.stdout


@pytest.mark.parametrize(
    ("text", "passage", "shown"),
    [
        ("One. Two. Three. The fact here. Four. Five. Six.", "the fact here",
         ("Two. Three. ", "The fact here", ". Four. Five.")),
        ("The fact here, at the start.", "the fact here", ("", "The fact here", ", at the start.")),
        ("Title\n\nPara one.\n\n  The   fact\nhere  \n\nEnd", "the fact here",
         ("Title Para one. ", "The fact here", " End")),
    ],
)  # fmt: skip
def test_the_context_is_the_sentences_around_the_passage(
    text: str, passage: str, shown: tuple[str, str, str]
) -> None:
    assert context(text, passage, find(passage, text)) == shown


def test_a_passage_in_one_endless_sentence_is_shown_with_a_bounded_context() -> None:
    text = "word " * 5000 + "the fact here" + " more" * 5000
    before, passage, after = context(text, "the fact here", find("the fact here", text)) or (
        "",
        "",
        "",
    )
    assert passage == "the fact here"
    assert before.startswith("…word ") and before.endswith("word ") and len(before) <= 362
    assert after.startswith(" more") and after.endswith("more…") and len(after) <= 362


def test_a_proof_that_does_not_fit_the_text_shows_no_context() -> None:
    assert context("short", "ort", Proof(match="exact", score=100, start=3, end=99)) is None
    assert context("short", "ort", Proof(match="absent", score=10)) is None


@needs_chromium
@pytest.mark.timeout(600)
def test_a_hostile_snapshot_runs_nothing_and_requests_nothing(
    colours: Path, tmp_path: Path
) -> None:
    from playwright.sync_api import sync_playwright

    assert run("report", "-f", "claims.yaml", "-o", "report.html").exit_code == 0
    report = tmp_path / "report.html"
    requests: list[str] = []
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(report.as_uri(), wait_until="load")
            page.wait_for_timeout(500)
            assert page.evaluate("typeof window.pwned") == "undefined"
            assert page.evaluate("document.scripts.length") == 0
            assert page.evaluate("document.images.length") == 0
            assert page.locator("div.evidence.exact mark").inner_text() == (
                "the sky is blue on a clear day"
            )
            assert (
                "<script>window.pwned = 3</script>"
                in page.locator("div.evidence.exact blockquote.context").inner_text()
            )
            archive_link = page.locator('div.evidence.exact a[type="application/warc"]')
            target = archive_link.evaluate("a => a.href")
        finally:
            browser.close()
    assert requests == [report.as_uri()]
    assert problems == []
    assert Path(target.removeprefix("file://")).is_file()


def everything(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    "target",
    [
        "data/claims.yaml",
        "data/article.txt",
        "./data/../data/article.txt",
        "link-to-article.txt",  # a symbolic link to the article text
        "data/evidence/{sha}.txt",
        "data/evidence/{sha}.warc.gz",
    ],
)
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_report_o_never_overwrites_the_article_the_claim_file_or_a_snapshot(
    tmp_path: Path, target: str, fmt: str
) -> None:
    from tests import reviewed

    data = tmp_path / "data"
    reviewed.make(data)
    stored = archive.store(data / "claims.yaml", archive.Page(SKY, None), AT, "page")
    (tmp_path / "link-to-article.txt").symlink_to(data / "article.txt")
    out = target.format(sha=stored.snapshot.sha256)
    before = everything(tmp_path)
    for cached in (True, False):  # the article text is found by the cache too
        result = run(
            "report", "-f", "data/claims.yaml", "-F", fmt, "-o", out,
            *([] if cached else ["--no-cache"]),
        )  # fmt: skip
        refusal = (
            f"Error: {out}: could not save (it is a symbolic link, and claimcheck does not "
            "write through a link it did not make (remove it, or choose another path)); the "
            "file on disk is unchanged\n"
            if out.startswith("link-")  # a link is refused before the inputs are read
            else f"Error: -o {Path(out)} would overwrite an input of the report; choose "
            "another file\n"
        )
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", refusal)
        assert everything(tmp_path) == before


def test_report_o_beside_the_inputs_is_written(colours: Path, tmp_path: Path) -> None:
    name = "0" * 64 + ".txt"  # a snapshot's name, but not in an evidence folder
    result = run("report", "-f", "claims.yaml", "-F", "md", "-o", name)
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text().startswith("# Verification report: Colours")


def test_a_source_for_readers_has_no_copy_of_any_age() -> None:
    from claimcheck.public import _source

    snap = Snapshot(sha256="a" * 64, at=AT, content_type="text/plain", size=1)
    source = Source(url="https://sky.example/", snapshot=snap, earlier=[snap])
    assert _source(source) == Source(url="https://sky.example/")


def test_show_says_what_each_source_s_copy_proves(colours: Path) -> None:
    """`show` and the review draw the same claim panel (cli/render.py)."""

    def panel(claim_id: str) -> str:
        result = run("show", claim_id, "-f", "claims.yaml")
        assert result.exit_code == 0, result.output
        return " ".join(result.stdout.replace("│", " ").split())

    sky = hashlib.sha256(SKY).hexdigest()[:12]
    one = panel("c001")
    assert f"archived 2026-11-20 as evidence/{sky}…; passage proven 2. Colour" in one
    assert "A book not archived" in one
    assert "passage proven approximately (score 92.5)" in panel("c002")
    assert "PASSAGE NOT IN THE SNAPSHOT" in panel("c003")
    assert re.search(r"archived 2026-11-20 as evidence/[0-9a-f]{12}… reviewed", panel("c004"))


def test_a_copy_whose_passage_was_not_looked_for_says_so() -> None:
    from claimcheck.evidence.proof import evidence_line

    snap = Snapshot(sha256="a" * 64, at=AT, content_type="text/plain", size=1)
    assert evidence_line(Source(url="https://sky.example/", passage="p", snapshot=snap)) == (
        "archived 2026-11-20 as evidence/aaaaaaaaaaaa…; passage not looked for yet "
        "(evidence verify)"
    )
    assert evidence_line(Source(url="https://sky.example/", snapshot=snap)) == (
        "archived 2026-11-20 as evidence/aaaaaaaaaaaa…"
    )
    assert evidence_line(Source(url="https://sky.example/")) == "not archived"


def test_a_planted_link_in_place_of_the_evidence_folder_is_named_not_followed(
    colours: Path, tmp_path: Path
) -> None:
    (tmp_path / "evidence").rename(tmp_path / "elsewhere")
    (tmp_path / "evidence").symlink_to(tmp_path / "elsewhere")
    result = run("report", "-f", "claims.yaml", "-F", "html")
    assert result.exit_code == 0, result.output
    assert "<mark>" not in result.stdout and 'href="evidence/' not in result.stdout
    assert (
        result.stdout.count(
            "The passage cannot be shown: evidence: a symbolic link; snapshots go in a plain folder"
        )
        == 4
    )


def test_every_report_format_says_what_each_copy_proves(colours: Path) -> None:
    """Not only HTML: a passage missing from its snapshot is flagged in md, csv and the
    terminal too, in the words `show` uses."""
    absent = re.compile(r"PASSAGE NOT IN THE SNAPSHOT \(best match: score [\d.]+\)")
    md = run("report", "-f", "claims.yaml", "-F", "md")
    assert "    - *Evidence:* archived 2026-" in md.stdout and absent.search(md.stdout)
    assert "passage proven approximately (score 9" in md.stdout
    term = " ".join(run("report", "-f", "claims.yaml", "-F", "term").stdout.split())
    assert absent.search(term) and "; passage proven" in term
    rows = list(csv.DictReader(io.StringIO(run("report", "-f", "claims.yaml", "-F", "csv").stdout)))
    by_id = {r["claim_id"]: r for r in rows}
    assert absent.search(by_id["c003"]["evidence"])
    assert by_id["c001"]["evidence"].endswith("; passage proven")  # the book has no copy
    assert " | " not in by_id["c001"]["evidence"]


def test_a_claim_changed_after_tagging_says_so_in_show_and_every_report(colours: Path) -> None:
    edited = run("edit", "c002", "-f", "claims.yaml", "--text", "Grass is very green.")
    assert edited.exit_code == 0, edited.output
    assert "needs a re-check" in edited.stdout
    words = "needs a re-check: its text or passage changed after it was tagged"
    assert words in " ".join(run("show", "c002", "-f", "claims.yaml").stdout.split())
    assert words not in run("show", "c001", "-f", "claims.yaml").stdout
    md = run("report", "-f", "claims.yaml", "-F", "md").stdout
    assert md.count("**Needs a re-check: its text or passage changed after it was tagged.**") == 1
    assert (
        " ".join(run("report", "-f", "claims.yaml", "-F", "term").stdout.split()).count(words) == 1
    )
    html = run("report", "-f", "claims.yaml", "-F", "html").stdout
    assert html.count(f'<strong class="recheck">{words}</strong>') == 1
    rows = csv.DictReader(io.StringIO(run("report", "-f", "claims.yaml", "-F", "csv").stdout))
    assert [r["claim_id"] for r in rows if r["needs_recheck"] == "yes"] == ["c002"]
