"""Evidence: `evidence add` (snapshots stored as WARC, the passage proven in them) and
`evidence check` (live links), against a web server on 127.0.0.1, never the internet."""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from claimcheck.evidence.fetch import LOOPBACK_FOR_TESTS
from tests.conftest import CASES, run
from tests.webserver import Route, Site, page, pdf, serve

PASSAGE = "the sky is blue on a clear day"
SKY = page(
    "Scientists agree: the sky is blue on a clear day, because sunlight scatters in the air.",
    "Sunsets are red for the same reason: the light travels further through the atmosphere.",
)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setenv(LOOPBACK_FOR_TESTS, "1")  # the server is on 127.0.0.1, refused else
    with serve() as s:
        yield s


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    """A claim file whose c001 is sourced, with a supporting passage."""
    target = tmp_path / "claims.yaml"
    shutil.copy(CASES / "claims" / "valid.yaml", target)
    tagged = run(
        "tag", "c001", "sourced", "-f", str(target), "--source", "https://example.org/sky",
        "--passage", PASSAGE,
    )  # fmt: skip
    assert tagged.exit_code == 0, tagged.output
    return target


def saved(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def state(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` and its bytes: to show nothing changed."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_saved_page_is_archived_as_warc_and_its_passage_proven(
    claims: Path, tmp_path: Path
) -> None:
    sha = hashlib.sha256(SKY).hexdigest()
    result = run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "sky.html", SKY)))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"c001: source 1 archived as evidence/{sha}.warc.gz (text/html, {len(SKY):,} bytes)",
        "c001: source 1: the passage is in the snapshot",
    ]
    with (tmp_path / "evidence" / f"{sha}.warc.gz").open("rb") as fh:
        records = [
            (r.rec_type, r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
            for r in ArchiveIterator(fh)
        ]
    assert records == [("resource", "https://example.org/sky", SKY)]
    text = (tmp_path / "evidence" / f"{sha}.txt").read_text()
    assert "the sky is blue on a clear day" in text
    yaml = claims.read_text()
    assert f"sha256: {sha}" in yaml
    assert "match: exact" in yaml
    shown = run("show", "c001", "-f", str(claims))
    assert "passage proven" in shown.stdout


def test_the_same_page_keeps_one_archive(claims: Path, tmp_path: Path) -> None:
    sky = saved(tmp_path, "sky.html", SKY)
    assert (
        run("evidence", "add", "c001", "https://example.org/sky", "--page", str(sky)).exit_code == 0
    )
    before = state(tmp_path / "evidence")
    assert run("evidence", "add", "c001", "1", "--page", str(sky)).exit_code == 0
    assert state(tmp_path / "evidence") == before


def test_a_passage_reworded_a_little_is_proven_approximately(claims: Path, tmp_path: Path) -> None:
    other = page("Scientists agree: the sky is so blue on a clear day, because sunlight scatters.")
    result = run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "p.html", other)))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith(
        "c001: source 1: the passage is in the snapshot approximately (score "
    )
    assert "match: approximate" in claims.read_text()


def test_a_passage_not_on_the_page_is_flagged_by_show_and_report_strict(
    claims: Path, tmp_path: Path
) -> None:
    other = page("Sunsets are red because the light travels further through the atmosphere.")
    result = run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "p.html", other)))
    assert result.exit_code == 0
    assert result.stderr.startswith(
        "Warning: c001: source 1: the passage is NOT in the snapshot (best match: score "
    )
    assert "PASSAGE NOT IN THE SNAPSHOT" in run("show", "c001", "-f", str(claims)).stdout
    strict = run("report", "-f", str(claims), "--strict", "--format", "md")
    assert strict.exit_code == 1
    assert (
        f"Not ready: {claims}: claim c001: the passage of source 1 is not in its snapshot\n"
        in strict.stderr
    )


def test_a_pdf_is_archived_with_its_text(claims: Path, tmp_path: Path) -> None:
    doc = pdf("Observers note that the sky is blue on a clear day in summer")
    result = run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "r.pdf", doc)))
    assert result.exit_code == 0, result.output
    assert "(application/pdf, " in result.stdout
    assert "c001: source 1: the passage is in the snapshot" in result.stdout


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4\n garbage \x00\x01", "not a readable PDF (PdfStreamError)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not HTML, PDF or text (binary data)"),
        (b"<html><body><script>alert(1)</script></body></html>", "no text found in the HTML page"),
    ],
)
def test_a_broken_page_gives_one_line_and_changes_nothing(
    claims: Path, tmp_path: Path, data: bytes, message: str
) -> None:
    bad = saved(tmp_path, "bad.bin", data)
    before = state(tmp_path)
    result = run("evidence", "add", "c001", "1", "--page", str(bad))
    assert result.exit_code == 1
    assert result.stderr == f"Error: {bad}: {message}\n"
    assert state(tmp_path) == before


def test_a_forged_snapshot_hash_is_refused(claims: Path, tmp_path: Path) -> None:
    assert (
        run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "s.html", SKY))).exit_code
        == 0
    )
    text = claims.read_text()
    sha = hashlib.sha256(SKY).hexdigest()
    claims.write_text(text.replace(f"sha256: {sha}", "sha256: ../../../etc/passwd"))
    line = next(n for n, ln in enumerate(claims.read_text().splitlines(), 1) if "passwd" in ln)
    result = run("show", "c001", "-f", str(claims))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {claims}:{line}: claims[0].reviews[0].sources[0].snapshot.sha256: "
        "a snapshot's sha256 is 64 lowercase hexadecimal digits\n"
    )


def test_usage_and_bad_sources(claims: Path, tmp_path: Path) -> None:
    sky = str(saved(tmp_path, "sky.html", SKY))
    assert run("evidence", "add", "c001", "1").exit_code == 2
    assert run("evidence", "add", "c001", "1", "--page", sky, "--fetch").exit_code == 2
    wrong = run("evidence", "add", "c001", "3", "-f", str(claims), "--page", sky)
    assert (wrong.exit_code, wrong.stderr) == (
        1,
        f"Error: {claims}: claim c001 has 1 source(s); no source 3\n",
    )
    none = run("evidence", "add", "c002", "1", "-f", str(claims), "--page", sky)
    assert (none.exit_code, none.stderr) == (1, f"Error: {claims}: claim c002 has no sources\n")
    unknown = run("evidence", "add", "c999", "1", "--page", sky)
    assert unknown.exit_code == 1
    assert not (tmp_path / "evidence").exists()


# ---------------------------------------------------------------- --fetch


@pytest.fixture
def fetched(tmp_path: Path, site: Site) -> Path:
    """A claim file whose c001 cites a page on the local server."""
    target = tmp_path / "claims.yaml"
    shutil.copy(CASES / "claims" / "valid.yaml", target)
    tagged = run(
        "tag", "c001", "sourced", "-f", str(target), "--source", site.url("/sky"),
        "--passage", PASSAGE,
    )  # fmt: skip
    assert tagged.exit_code == 0
    return target


def test_fetch_archives_the_http_response(fetched: Path, site: Site, tmp_path: Path) -> None:
    site.routes["/sky"] = Route(body=SKY)
    result = run("evidence", "add", "c001", "1", "--fetch")
    assert result.exit_code == 0, result.output
    assert site.hits[0][1].startswith("claimcheck/")
    sha = hashlib.sha256(SKY).hexdigest()
    with gzip.open(tmp_path / "evidence" / f"{sha}.warc.gz") as fh:
        assert b"WARC-Type: response" in fh.read()
    with (tmp_path / "evidence" / f"{sha}.warc.gz").open("rb") as fh:
        records = [
            (r.rec_type, r.http_headers.get_statuscode(), r.content_stream().read())
            for r in ArchiveIterator(fh)
        ]
    assert records == [("response", "200", SKY)]
    assert "status: 200" in fetched.read_text()


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (Route(status=404), "{url}: HTTP 404; nothing archived"),
        (
            Route(status=302, location="file:///etc/passwd"),
            "{url}: redirected to 'file:///etc/passwd', which is not an http(s) URL; not followed",
        ),
        (Route(stream=10 * 1024 * 1024), "{url}: larger than the limit of 8,388,608 bytes"),
        (
            Route(body=b"\x89PNG\r\n", content_type="image/png"),
            "{url}: served as 'image/png', not HTML, PDF or text",
        ),
        (Route(body=SKY, delay=3), "{url}: timed out"),
    ],
    ids=["gone", "redirect-to-file", "10-MB", "wrong-type", "stalls"],
)
def test_fetch_refuses_and_changes_nothing(
    fetched: Path, site: Site, tmp_path: Path, route: Route, message: str
) -> None:
    site.routes["/sky"] = route
    before = state(tmp_path)
    result = run("evidence", "add", "c001", "1", "--fetch", "--timeout", "1")
    assert result.exit_code == 1
    assert result.stderr == "Error: " + message.format(url=site.url("/sky")) + "\n"
    assert state(tmp_path) == before


def test_fetch_follows_an_http_redirect(fetched: Path, site: Site) -> None:
    site.routes["/sky"] = Route(status=301, location="/new-sky")
    site.routes["/new-sky"] = Route(body=SKY)
    result = run("evidence", "add", "c001", "1", "--fetch")
    assert result.exit_code == 0, result.output
    assert [h[0] for h in site.hits] == ["/sky", "/new-sky"]


# ---------------------------------------------------------------- evidence check


def _cite(site: Site, claim: str, path: str, passage: str | None = PASSAGE) -> None:
    args = ["tag", claim, "sourced", "-f", "claims.yaml", "--source", site.url(path)]
    result = run(*args, *(["--passage", passage] if passage else []))
    assert result.exit_code == 0, result.output


@pytest.fixture
def cited(tmp_path: Path, site: Site) -> Path:
    """c001 cites three archived pages; c002 cites pages that went wrong since."""
    target = tmp_path / "claims.yaml"
    shutil.copy(CASES / "claims" / "valid.yaml", target)
    for path in ("/same", "/edited", "/rewritten"):
        site.routes[path] = Route(body=SKY)
        _cite(site, "c001", path)
    for path in ("/gone", "/withdrawn", "/moved", "/to-file", "/slow", "/huge", "/image"):
        _cite(site, "c002", path)
    for n in ("1", "2", "3"):
        added = run("evidence", "add", "c001", n, "-f", "claims.yaml", "--fetch")
        assert added.exit_code == 0, added.output
    site.routes["/edited"] = Route(body=page("Update: the sky is blue on a clear day, still."))
    site.routes["/rewritten"] = Route(body=page("This article has been rewritten entirely."))
    site.routes["/withdrawn"] = Route(status=410)
    site.routes["/moved"] = Route(status=301, location="/new-home")
    site.routes["/new-home"] = Route(body=SKY)
    site.routes["/to-file"] = Route(status=302, location="file:///etc/passwd")
    site.routes["/slow"] = Route(body=SKY, delay=3)
    site.routes["/huge"] = Route(stream=10 * 1024 * 1024)
    site.routes["/image"] = Route(body=b"\x89PNG\r\n", content_type="image/png")
    site.hits.clear()
    return target


def test_check_reports_what_became_of_each_source(cited: Path, site: Site, tmp_path: Path) -> None:
    before = state(tmp_path)
    result = run("evidence", "check", "-f", "claims.yaml", "--timeout", "1", "--jobs", "4")
    assert result.exit_code == 0, result.output
    u = site.url
    assert result.stdout.splitlines() == [
        f"claims.yaml c001 source 1: unchanged {u('/same')}; passage still there",
        f"claims.yaml c001 source 2: changed {u('/edited')}; passage still there",
        f"claims.yaml c001 source 3: changed {u('/rewritten')}; PASSAGE GONE",
        f"claims.yaml c002 source 1: gone (HTTP 404) {u('/gone')}",
        f"claims.yaml c002 source 2: gone (HTTP 410) {u('/withdrawn')}",
        f"claims.yaml c002 source 3: moved {u('/moved')} -> {u('/new-home')}; passage still there",
        f"claims.yaml c002 source 4: failed {u('/to-file')}: redirected to 'file:///etc/passwd', which is not an http(s) URL; not followed",
        f"claims.yaml c002 source 5: failed {u('/slow')}: timed out",
        f"claims.yaml c002 source 6: failed {u('/huge')}: larger than the limit of 8,388,608 bytes",
        f"claims.yaml c002 source 7: alive {u('/image')}; {u('/image')}: served as 'image/png', not HTML, PDF or text",
    ]
    assert result.stderr == (
        "Checked 10 sources (10 URLs): 1 unchanged, 2 changed, 1 alive, 1 moved, 2 gone, "
        "3 failed, 1 lost the passage\n"
    )
    assert state(tmp_path) == before  # a check writes nothing
    assert all(agent.startswith("claimcheck/") for _, agent in site.hits)
    strict = run("evidence", "check", "-f", "claims.yaml", "--timeout", "1", "--strict")
    assert strict.exit_code == 1


def test_check_json_and_one_fetch_per_url(tmp_path: Path, site: Site) -> None:
    shutil.copy(CASES / "claims" / "valid.yaml", tmp_path / "claims.yaml")
    site.routes["/sky"] = Route(body=SKY)
    _cite(site, "c001", "/sky")
    _cite(site, "c002", "/sky", passage=None)
    result = run("evidence", "check", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [
        {
            "file": "claims.yaml",
            "claim": "c001",
            "source": 1,
            "url": site.url("/sky"),
            "state": "alive",
            "status": 200,
            "moved_to": None,
            "passage": "present",
            "detail": None,
        },
        {
            "file": "claims.yaml",
            "claim": "c002",
            "source": 1,
            "url": site.url("/sky"),
            "state": "alive",
            "status": 200,
            "moved_to": None,
            "passage": None,
            "detail": None,
        },
    ]
    assert len(site.hits) == 1


def test_no_other_command_fetches(cited: Path, site: Site) -> None:
    for args in (["show", "c001"], ["list"], ["report", "--format", "md"], ["validate"]):
        assert run(*args, "-f", "claims.yaml").exit_code == 0
    assert site.hits == []


def test_check_of_a_broken_claim_file_fetches_nothing(tmp_path: Path, site: Site) -> None:
    (tmp_path / "claims.yaml").write_text("claims: [\n")
    result = run("evidence", "check")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: claims.yaml:")
    assert site.hits == []


def test_the_html_report_marks_proven_and_unproven_sources(claims: Path, tmp_path: Path) -> None:
    assert (
        run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "s.html", SKY))).exit_code
        == 0
    )
    html = run("report", "-f", str(claims), "--format", "html").stdout
    sha = hashlib.sha256(SKY).hexdigest()
    assert '<span class="proven">Passage proven</span> in the archived copy.' in html
    assert f'<a href="evidence/{sha}.warc.gz" type="application/warc" download>' in html
    assert "<mark>the sky is blue on a clear day</mark>" in html
    other = page("Sunsets are red because the light travels further through the atmosphere.")
    assert (
        run(
            "evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "o.html", other))
        ).exit_code
        == 0
    )
    html = run("report", "-f", str(claims), "--format", "html").stdout
    assert '<strong class="unproven">The passage is not in the archived copy</strong>' in html
    assert "<mark>" not in html


def test_verify_finds_a_tampered_or_missing_snapshot(claims: Path, tmp_path: Path) -> None:
    assert (
        run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "s.html", SKY))).exit_code
        == 0
    )
    ok = run("evidence", "verify")
    assert (ok.exit_code, ok.stdout, ok.stderr) == (
        0,
        "claims.yaml c001 source 1: passage proven (exact)\n",
        "Verified 1 snapshot: 0 with a problem\n",
    )
    sha = hashlib.sha256(SKY).hexdigest()
    archived = tmp_path / "evidence" / f"{sha}.warc.gz"
    forged = gzip.decompress(archived.read_bytes()).replace(b"clear day", b"rainy day")
    archived.write_bytes(gzip.compress(forged))
    tampered = run("evidence", "verify")
    assert tampered.exit_code == 1
    assert tampered.stdout == (
        f"claims.yaml c001 source 1: evidence/{sha}.warc.gz: "
        "the page does not match its recorded sha256\n"
    )
    archived.unlink()
    missing = run("evidence", "verify")
    assert (
        missing.stdout == f"claims.yaml c001 source 1: evidence/{sha}.warc.gz: no such snapshot\n"
    )


def test_a_snapshot_folder_planted_as_a_link_is_not_followed(claims: Path, tmp_path: Path) -> None:
    assert (
        run("evidence", "add", "c001", "1", "--page", str(saved(tmp_path, "s.html", SKY))).exit_code
        == 0
    )
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    shutil.move(tmp_path / "evidence", elsewhere)
    (tmp_path / "evidence").symlink_to(elsewhere)  # its files would decide "proven"
    result = run("evidence", "verify", "-f", str(claims))
    assert result.exit_code == 1, result.output
    assert f"{tmp_path / 'evidence'}: a symbolic link; snapshots go in a plain folder" in (
        result.output
    )
    assert sorted(p.suffix for p in elsewhere.iterdir()) == [".gz", ".txt"]  # untouched


def _pdf_of(objects: list[bytes], pages: int) -> bytes:
    """A PDF of `objects` (1: catalog, 2: page tree, the pages right after it)."""
    out = b"%PDF-1.4\n"
    offsets = []
    for n, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
    return out + trailer % (len(objects) + 1, xref)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    packed = zlib.compress(data, 9)
    head = b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra)
    return head + packed + b"\nendstream"


FONT = b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >>"


def pdf_bomb(pages: int) -> bytes:
    """A few KB: every page draws one shared 1 MB content stream of `q Q` operators."""
    content = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n" + b"q Q\n" * (256 * 1024)
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        _stream(content),
        *[page + b"/Resources << " + FONT + b" >> >>"] * pages,
    ]
    return _pdf_of(objects, pages)


def form_bomb(draws: int) -> bytes:
    """One page that draws a form of eleven operators `draws` times."""
    form = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n" + b"q Q\n" * 3
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /XObject << /X 5 0 R >> " + FONT + b" >> >>",
        _stream(b"/X Do\n" * draws),
        _stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << "
                + FONT + b" >> "),
    ]  # fmt: skip
    return _pdf_of(objects, 1)


def cmap_bomb(pages: int) -> bytes:
    """A few KB: every page's font shares one character map of 60,000 lines, which
    pypdf reads again for each page (a second a page; hostile tester 16)."""
    lines = b"100 beginbfchar\n" + b"<0000> <0041>\n" * 100 + b"endbfchar\n"
    cmap = b"begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    font = (
        b"/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 4 0 R >> >>"
    )
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"),
        _stream(cmap + lines * 600 + b"endcmap\n"),
        *[page + b"/Resources << " + font + b" >> >>"] * pages,
    ]
    return _pdf_of(objects, pages)


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the pages whose text pypdf extracts."""
    from pypdf import PageObject

    calls: list[int] = []
    real = PageObject.extract_text

    def counted(self: PageObject, *args: Any, **kwargs: Any) -> str:
        calls.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", counted)
    return calls


def test_a_small_pdf_that_draws_megabytes_is_refused_before_its_pages_are_parsed(
    claims: Path, tmp_path: Path, parsed: list[int]
) -> None:
    bomb = saved(tmp_path, "bomb.pdf", pdf_bomb(12))
    assert len(bomb.read_bytes()) < 8000
    before = state(tmp_path)
    result = run("evidence", "add", "c001", "1", "--page", str(bomb))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {bomb}: the PDF is too costly to read (more than 4,194,304 bytes of page "
        "content); save the pages you need as a smaller PDF\n"
    )
    assert parsed == []  # refused before pypdf parsed a single page's operators
    assert state(tmp_path) == before


def test_each_page_that_draws_a_shared_stream_counts_and_operators_count_too(
    claims: Path, tmp_path: Path, parsed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.evidence import pdftext

    monkeypatch.setattr(pdftext, "MAX_PDF_CONTENT", 3 * 512 * 1024)  # 1.5 MB < 2 x 1 MB
    monkeypatch.setattr(pdftext, "MAX_PDF_OPERATORS", 1_000)
    two = saved(tmp_path, "two.pdf", pdf_bomb(2))
    assert "bytes of page content" in run("evidence", "add", "c001", "1", "--page", str(two)).stderr
    assert parsed == []
    monkeypatch.setattr(pdftext, "MAX_PDF_CONTENT", 4 * 1024 * 1024)
    result = run("evidence", "add", "c001", "1", "--page", str(two))
    assert result.exit_code == 1
    assert "(more than 1,000 drawing operators)" in result.stderr
    assert parsed == [1]  # stopped inside the first page, not after the whole stream


def test_a_form_drawn_many_times_counts_against_the_operator_budget(
    claims: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.evidence import archive, pdftext

    monkeypatch.setattr(pdftext, "MAX_PDF_OPERATORS", 5_000)
    ok = saved(tmp_path, "ok.pdf", form_bomb(100))  # 1,200 operators: read
    assert archive.extract_text(ok.read_bytes(), archive.PDF, "ok.pdf").count("Hello") == 100
    bomb = saved(tmp_path, "forms.pdf", form_bomb(1_000))  # 6 KB of content, 12,000 operators
    result = run("evidence", "add", "c001", "1", "--page", str(bomb))
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {bomb}: the PDF is too costly to read (more than 5,000 drawing operators); "
        "save the pages you need as a smaller PDF\n"
    )


def test_verify_and_the_html_report_refuse_a_costly_snapshot_in_one_line(
    claims: Path, tmp_path: Path, parsed: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A snapshot carried in a claim folder is read again by `verify` and `report -F html`."""
    from claimcheck.evidence import archive

    bomb = saved(tmp_path, "bomb.pdf", pdf_bomb(12))
    with monkeypatch.context() as m:  # as if archived by a claimcheck without the budget
        m.setattr(archive, "extract_text", lambda *_: "Hello " + PASSAGE)
        assert run("evidence", "add", "c001", "1", "--page", str(bomb)).exit_code == 0
    sha = hashlib.sha256(bomb.read_bytes()).hexdigest()
    snap = tmp_path / "evidence" / f"{sha}.warc.gz"
    verify = run("evidence", "verify", "-f", str(claims))
    assert verify.exit_code == 1
    assert verify.stdout.splitlines()[0] == (
        f"{claims} c001 source 1: {snap}: the PDF is too costly to read (more than 4,194,304 "
        "bytes of page content); save the pages you need as a smaller PDF"
    )
    report = run("report", "-f", str(claims), "-F", "html", "-o", str(tmp_path / "r.html"))
    assert report.exit_code == 0, report.output
    assert "its archived text cannot be read: evidence verify" in (tmp_path / "r.html").read_text()
    assert parsed == []


def test_a_character_map_shared_by_every_page_counts_once_a_page(
    claims: Path, tmp_path: Path, parsed: list[int]
) -> None:
    bomb = saved(tmp_path, "cmap.pdf", cmap_bomb(40))  # 40 pages of 840 KB of map each
    assert len(bomb.read_bytes()) < 16_000
    result = run("evidence", "add", "c001", "1", "--page", str(bomb))
    assert result.exit_code == 1
    assert "(more than 4,194,304 bytes of page content)" in result.stderr
    assert parsed == []


RANGE_MAP = _stream(
    b"begincmap\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    b"1 beginbfrange\n<00000000> <0001869F> <0041>\nendbfrange\nendcmap\n"
)  # one line of 25 bytes that defines 99,999 codes (pypdf allows 100,000)
RANGE_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 3 0 R >>"


def range_map_pages(pages: int) -> bytes:
    """A few KB: every page's own font has the map of `RANGE_MAP` (hostile tester 17)."""
    kids = b" ".join(b"%d 0 R" % (6 + i) for i in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        RANGE_MAP,
        _stream(b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"),
        RANGE_FONT,
        *[page + b"/Resources << /Font << /F1 5 0 R >> >> >>"] * pages,
    ]
    return _pdf_of(objects, pages)


def range_map_form(draws: int, draw: bytes = b"/X1 Do\n") -> bytes:
    """About 1 KB: one page draws `draws` times a form whose own font has the map of
    `RANGE_MAP`; pypdf builds the font again at every draw (hostile tester 17)."""
    form = b"BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        RANGE_MAP,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
        b"/Resources << /XObject << /X1 6 0 R >> >> >>",
        _stream(draw * draws),
        _stream(form, b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] "
                b"/Resources << /Font << /F1 7 0 R >> >> "),
        RANGE_FONT,
    ]  # fmt: skip
    return _pdf_of(objects, 1)


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the fonts pypdf builds."""
    from pypdf.generic._font import Font

    calls: list[int] = []
    real = Font.from_font_resource.__func__  # type: ignore[attr-defined]

    def counted(cls: type[Font], *args: Any, **kwargs: Any) -> Font:
        calls.append(1)
        return real(cls, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Font, "from_font_resource", classmethod(counted))
    return calls


def too_many_codes(where: Path) -> str:
    return (
        f"Error: {where}: the PDF is too costly to read (fonts of more than 2,000,000 "
        "character codes, counted each time a page or a drawn form uses them); save the "
        "pages you need as a smaller PDF\n"
    )


def test_a_character_map_counts_the_codes_of_its_ranges_not_its_bytes(
    claims: Path, tmp_path: Path, parsed: list[int]
) -> None:
    bomb = saved(tmp_path, "ranges.pdf", range_map_pages(25))  # 25 x 99,999 codes
    assert len(bomb.read_bytes()) < 8000
    before = state(tmp_path)
    result = run("evidence", "add", "c001", "1", "--page", str(bomb))
    assert result.exit_code == 1
    assert result.stderr == too_many_codes(bomb)
    assert parsed == []  # refused before pypdf parsed a page
    assert state(tmp_path) == before


def test_the_fonts_of_a_form_count_at_each_draw(
    claims: Path, tmp_path: Path, parsed: list[int], built: list[int]
) -> None:
    from claimcheck.evidence import archive

    ok = range_map_form(5)  # 5 x 99,999 codes: read
    assert archive.extract_text(ok, archive.PDF, "ok.pdf").count("Hello") == 5
    assert len(built) == 5
    built.clear()
    parsed.clear()
    bomb = saved(tmp_path, "forms.pdf", range_map_form(25))  # 1 KB, 25 draws
    assert len(bomb.read_bytes()) < 1200
    before = state(tmp_path)
    result = run("evidence", "add", "c001", "1", "--page", str(bomb))
    assert result.exit_code == 1
    assert result.stderr == too_many_codes(bomb)
    assert (parsed, built) == ([], [])  # refused before a page was parsed or a font built
    assert state(tmp_path) == before


def test_draws_hidden_from_the_early_count_are_counted_as_pypdf_makes_them(
    claims: Path, tmp_path: Path, parsed: list[int], built: list[int]
) -> None:
    """A comment between a form's name and `Do` hides the draw from the count made before
    the pages are parsed; the draws are then counted one by one, as pypdf makes them."""
    bomb = saved(tmp_path, "hidden.pdf", range_map_form(25, b"/X1 %\nDo\n"))
    before = state(tmp_path)
    result = run("evidence", "add", "c001", "1", "--page", str(bomb))
    assert result.exit_code == 1
    assert result.stderr == too_many_codes(bomb)
    assert parsed == [1]
    # a draw counts 100,000 codes and its font's few: the 20th passes 2,000,000, and is
    # refused before its font is built
    assert len(built) == 19
    assert state(tmp_path) == before
