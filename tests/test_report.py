"""`claimcheck report`: golden files for every format, the schema, safety, --strict, -o."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from claimcheck import __version__
from claimcheck.report import Report, json_schema
from tests import reviewed
from tests.conftest import ROOT, run

GOLDEN = Path(__file__).resolve().parent / "golden"
URL = "https://factcheck.example/legion"
FORMATS = {
    "term": "report.txt",
    "md": "report.md",
    "html": "report.html",
    "json": "report.json",
    "csv": "report.csv",
    "claimreview": "report.jsonld",
}
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    return reviewed.make(tmp_path)


def report(fmt: str, *files: str) -> str:
    args = ["report", *files, "--format", fmt]
    if fmt == "claimreview":
        args += ["--url", URL]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites it (review the diff!)."""
    path = GOLDEN / name
    text = text.replace(__version__, "VERSION")
    if UPDATE:
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_matches_its_golden_file(claims: Path, fmt: str) -> None:
    golden(FORMATS[fmt], report(fmt, "claims.yaml"))


def test_a_report_across_articles_has_totals_and_a_part_per_article(tmp_path: Path) -> None:
    reviewed.make(tmp_path / "desk", "one.yaml")
    (tmp_path / "desk" / "two.yaml").write_bytes((tmp_path / "desk" / "one.yaml").read_bytes())
    out = report("md", "desk")  # a folder stands for the claim files in it
    golden("two-articles.md", out)
    assert out.startswith("# Verification report: 2 articles\n")
    assert "| **total** | **228** | |" in out
    assert out.count("## Verification report: What is the Freedom") == 2


def test_an_html_report_across_articles_is_the_page_it_was(tmp_path: Path) -> None:
    # written an article at a time (formats.spool): the same bytes as the page built whole
    reviewed.make(tmp_path / "desk", "one.yaml")
    (tmp_path / "desk" / "two.yaml").write_bytes((tmp_path / "desk" / "one.yaml").read_bytes())
    out = report("html", "desk")
    golden("two-articles.html", out)
    assert out.count('<article id="a') == 2


def test_the_term_report_reads_at_a_glance(claims: Path) -> None:
    out = report("term", "claims.yaml")
    assert "⚠ 104 of 114 claims are still pending: this report is not final." in out
    assert "Sourcing rate: 50.0% (3 sourced of 6 factual claims tagged)" in out
    assert "Reviewed by  alice (5 decisions), bob (5 decisions)" in out
    assert "Decisions    2026-11-20 09:00 UTC to 2026-11-20 09:09 UTC" in out
    assert "\x1b" not in out


def test_the_term_report_is_coloured_by_label_on_a_terminal(
    claims: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rich.console import Console

    monkeypatch.delenv("NO_COLOR")
    from claimcheck import store
    from claimcheck.formats import term
    from claimcheck.report import article_report, build

    loaded = store.load(claims)
    parts = term.render(build([article_report("claims.yaml", loaded.doc, loaded.text)]))
    console = Console(file=io.StringIO(), force_terminal=True, color_system="standard", width=100)
    for part in parts:
        console.print(part)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b[32m" in out and "\x1b[33m" in out and "\x1b[34m" in out  # green, yellow, blue
    assert "\x1b[31mescape" not in out  # the claim's own escape sequence was stripped


# --------------------------------------------------------------------------- json


def test_the_json_report_validates_against_the_shipped_schema(claims: Path) -> None:
    shipped = json.loads((ROOT / "src/claimcheck/schemas/report-v1.json").read_text())
    assert shipped == json_schema(), "run: claimcheck schema report > src/claimcheck/schemas/..."
    data = json.loads(report("json", "claims.yaml"))
    jsonschema.Draft202012Validator(shipped).validate(data)
    parsed = Report.model_validate(data)
    assert parsed.report_version == 1
    assert parsed.totals.claims == 114 and parsed.totals.pending == 104
    article = parsed.articles[0]
    assert [r.name for r in article.reviewers] == ["alice", "bob"]
    assert article.claims[36].sources[0].passage == "nearly 100 acts of sabotage"
    assert article.claims[36].history[0].by == "alice"  # every field, history included


def test_schema_report_prints_the_shipped_schema() -> None:
    result = run("schema", "report")
    assert result.exit_code == 0
    shipped = (ROOT / "src/claimcheck/schemas/report-v1.json").read_text()
    assert json.loads(result.stdout) == json.loads(shipped)


def test_a_streamed_archive_report_is_one_valid_document(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml", "c.yaml"):
        reviewed.make(tmp_path / "desk", name)
    data = json.loads(report("json", "desk"))
    jsonschema.Draft202012Validator(json_schema()).validate(data)
    assert [a["file"] for a in data["articles"]] == [f"desk/{n}.yaml" for n in "abc"]
    assert data["totals"]["claims"] == 342 and data["totals"]["sourced"] == 9


# --------------------------------------------------------------------------- claimreview


def test_claimreview_has_every_field_google_lists(claims: Path) -> None:
    doc = json.loads(report("claimreview", "claims.yaml"))
    schema = json.loads((ROOT / "tests/cases/claimreview.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(doc, schema)  # required and recommended fields, nothing else
    reviews = doc["@graph"]
    assert len(reviews) == 10  # one per tagged claim; pending claims have no review yet
    for review in reviews:
        assert review["author"] == {
            "@type": "Organization",
            "name": "Example Fact Desk",
            "url": "https://factcheck.example",
            "logo": {"@type": "ImageObject", "url": "https://factcheck.example/logo.png"},
        }
        assert review["datePublished"] == "2026-11-20"
        assert review["itemReviewed"]["appearance"]["url"] == reviewed.ARTICLE_URL
        assert review["itemReviewed"]["datePublished"] == "2023-06-30"
    by_id = {r["url"].rsplit("-", 1)[1]: r for r in reviews}
    assert by_id["c037"]["citation"][0]["url"].startswith("https://www.example.org/")
    # the public explanation, or the state's own when there is none; never the note
    assert by_id["c010"]["reviewRating"]["ratingExplanation"] == reviewed.EXPLANATIONS["c010"]
    assert by_id["c002"]["reviewRating"]["ratingExplanation"] == (
        "A judgement, not checkable as fact."
    )


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.ids.update(v for k, v in attrs if k == "id" and v)


@pytest.mark.parametrize("files", [["claims.yaml"], ["desk"]])
def test_claimreview_urls_land_on_the_html_reports_entries(
    claims: Path, tmp_path: Path, files: list[str]
) -> None:
    for name in ("one.yaml", "two.yaml"):
        reviewed.make(tmp_path / "desk", name)
    html = _Ids()
    html.feed(report("html", *files))
    doc = json.loads(report("claimreview", *files))
    fragments = [r["url"].split("#", 1)[1] for r in doc["@graph"]]
    assert len(fragments) == (10 if files == ["claims.yaml"] else 20)
    assert set(fragments) <= html.ids, sorted(set(fragments) - html.ids)
    assert len(set(fragments)) == len(fragments)


def test_claimreview_publishes_only_current_sources(claims: Path) -> None:
    assert run("tag", "c037", "unverified", "-r", "alice").exit_code == 0  # it was sourced
    doc = json.loads(report("claimreview", "claims.yaml"))
    c037 = next(r for r in doc["@graph"] if r["url"].endswith("-c037"))
    assert c037["reviewRating"]["alternateName"] == "Unverified"
    assert "citation" not in c037
    assert "sabotage-report" not in json.dumps(doc)


def test_claimreview_warns_when_reviews_share_a_page(claims: Path) -> None:
    result = run("report", "-F", "claimreview", "--url", URL)
    assert result.exit_code == 0, result.stderr
    assert (
        f"Warning: 10 ClaimReviews share the page {URL}; search engines read one "
        "ClaimReview per page, so expect only one of them to be shown\n"
    ) in result.stderr


def test_claimreview_pages_from_the_desks_base_url(claims: Path, tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text(
        reviewed.DESK_TOML + '[publish]\nbase_url = "https://factcheck.example/checks/"\n'
    )
    result = run("report", "-F", "claimreview")
    assert result.exit_code == 0, result.stderr
    urls = {r["url"] for r in json.loads(result.stdout)["@graph"]}
    assert "https://factcheck.example/checks/freedom-of-russia-legion#a-c037" in urls


def test_org_option_names_the_author(claims: Path) -> None:
    result = run("report", "-F", "claimreview", "--url", URL, "--org", "Other Desk")
    assert result.exit_code == 0, result.stderr
    authors = {r["author"]["name"] for r in json.loads(result.stdout)["@graph"]}
    assert authors == {"Other Desk"}


def test_the_reviewer_is_a_person_only_when_the_desk_says_so(claims: Path, tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text(
        reviewed.DESK_TOML
        + "[publish]\nreviewer_as_author = true\n"
        + '[people.alice]\nname = "Alice Martin"\n'
    )
    doc = json.loads(report("claimreview", "claims.yaml"))
    by_id = {r["url"].rsplit("-", 1)[1]: r for r in doc["@graph"]}
    assert by_id["c037"]["author"][1] == {"@type": "Person", "name": "Alice Martin"}
    # bob is not on the roster: his login name is never published
    assert by_id["c080"]["author"]["@type"] == "Organization"
    assert '"bob"' not in json.dumps(doc)


def test_claimreview_needs_a_url(claims: Path) -> None:
    (claims.parent / "claimcheck.toml").unlink()
    result = run("report", "-F", "claimreview")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: --format claimreview needs --url, the page the fact-check is on "
        "(or [publish] base_url in claimcheck.toml)\n"
    )
    result = run("report", "-F", "claimreview", "--url", "javascript:alert(1)")
    assert result.exit_code == 1  # a bad value, not a mistake of usage
    assert result.stderr == "Error: --url: not an http(s) URL: 'javascript:alert(1)'\n"


def test_claimreview_without_an_organisation_says_so(claims: Path) -> None:
    (claims.parent / "claimcheck.toml").unlink()
    result = run("report", "-F", "claimreview", "--url", URL)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(
        "Warning: no organisation to publish as: set [org] name in claimcheck.toml or give --org\n"
    )
    assert all("author" not in r for r in json.loads(result.stdout)["@graph"])


# --------------------------------------------------------------------------- safety


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_is_self_contained_and_runs_nothing_from_the_file(claims: Path) -> None:
    page = report("html", "claims.yaml")
    parser = _Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "iframe", "object", "embed", "img", "link", "form", "base"}
    for tag, attrs in parser.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://")), href
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [red]red[/red] escape &amp; more" in page
    assert "\x1b" not in page
    marks = [a for tag, a in parser.tags if tag == "a" and "hl" in (a.get("class") or "")]
    entries = {a["id"] for tag, a in parser.tags if tag == "li" and (a.get("id") or "")}
    assert {
        (m["href"] or "").lstrip("#") for m in marks
    } == entries  # every mark links to its claim
    assert len(entries) == 114


def test_markdown_renders_hostile_text_literally(claims: Path) -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").enable("table").render(report("md", "claims.yaml"))
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; [red]red[/red] escape &amp; more" in html
    assert '<a href="https://www.example.org/sabotage-report?id=1&amp;lang=en">' in html
    assert html.count("<table>") == 3  # metadata, summary, sections: no cell broke a table
    assert "\x1b" not in html


def test_csv_neutralises_formulas_and_has_a_row_per_claim(claims: Path) -> None:
    text = report("csv", "claims.yaml")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 114
    row = next(r for r in rows if r["claim_id"] == "c095")
    assert row["note"] == "'" + reviewed.FORMULA
    for r in rows:
        for key, value in r.items():
            if key not in ("start", "end"):
                assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), (key, value)
    assert "\x1b" not in text


# --------------------------------------------------------------------------- --strict, -o


def test_dash_as_the_output_is_standard_output(claims: Path) -> None:
    result = run("report", "-F", "json", "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["report_version"] == 1
    assert not (claims.parent / "-").exists()  # it wrote a file named "-"


@pytest.mark.parametrize("command", ["report", "extract"])
def test_an_output_that_ends_in_a_slash_names_a_folder_not_a_file(
    claims: Path, command: str
) -> None:
    Path("a.txt").write_text("The council met on Monday.\n", encoding="utf-8")
    before = sorted(p.name for p in claims.parent.iterdir())
    args = ["report", "-F", "html"] if command == "report" else ["extract", "a.txt"]
    result = run(*args, "-o", "out.html/")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--output' / '-o': out.html/ ends in '/', so it names a "
        "folder: give a file name"
    )
    assert sorted(p.name for p in claims.parent.iterdir()) == before  # no out.html


@pytest.mark.parametrize("fmt", ["json", "md", "csv", "term"])
def test_a_file_that_fails_half_way_leaves_no_half_report_on_stdout(claims: Path, fmt: str) -> None:
    shutil.copy(claims, claims.parent / "b.yaml")
    (claims.parent / ".b.yaml.journal").write_text("not json\n", encoding="utf-8")
    result = run("report", "claims.yaml", "b.yaml", "-F", fmt)
    assert result.exit_code == 1
    assert result.stdout == ""  # never the first file's report cut off
    assert "bad journal entry" in result.stderr


def test_strict_fails_while_claims_are_pending(claims: Path) -> None:
    result = run("report", "--strict", "-F", "json", "-o", "out.json")
    assert result.exit_code == 1
    assert result.stderr == (
        "Wrote the json report on 1 claim file to out.json\n"
        "Not ready: claims.yaml: 104 of 114 claims are still pending\n"
    )
    assert json.loads(Path("out.json").read_text())["problems"] == [
        "claims.yaml: 104 of 114 claims are still pending"
    ]


def test_strict_passes_when_every_claim_is_tagged(mini: Path) -> None:
    assert run("tag", "c001", "opinion", "-f", "mini.yaml").exit_code == 0
    assert run("tag", "c002", "sourced", "-f", "mini.yaml", "--source", "A book").exit_code == 0
    result = run("report", "--strict", "-f", "mini.yaml")
    assert result.exit_code == 0, result.stderr
    assert "Every claim is tagged" not in result.stdout  # that is the html wording
    assert "pending" not in result.stdout.split("Summary")[0]


def test_strict_never_sees_a_sourced_claim_without_a_source(mini: Path) -> None:
    # A hand-written journal line that would mark a claim sourced with no source is set
    # aside (hostile 10): the claim stays pending, and the report says why.
    journal = mini.with_name(".mini.yaml.journal")
    journal.write_text(
        '{"claim": "c001", "by": "x", "at": "2026-11-20T09:00:00Z", "label": "sourced"}\n'
        '{"claim": "c002", "by": "x", "at": "2026-11-20T09:00:00Z", "label": "opinion"}\n'
    )
    result = run("report", "--strict", "-f", "mini.yaml", "-F", "md")
    assert result.exit_code == 1
    assert result.stderr == (
        "Note: mini.yaml: 1 review decision is only in .mini.yaml.journal, not yet in the "
        "file (a git commit of it lacks them); save them into it with: claimcheck validate "
        "--fold mini.yaml\n"  # c002's; c001's is set aside, not counted
        "Not ready: mini.yaml: 1 of 2 claims is still pending\n"
        "Warning: mini.yaml: .mini.yaml.journal:1: c001: a sourced claim needs at least one "
        "source: this journaled decision would make its claim invalid; not applied, kept in "
        ".mini.yaml.journal until the next save, then in .mini.yaml.journal.stale\n"
    )


def test_the_format_follows_the_output_suffix(claims: Path) -> None:
    for name, start in (("r.html", "{#"), ("r.md", "# "), ("r.json", "{"), ("r.csv", "file,")):
        result = run("report", "-o", name)
        assert result.exit_code == 0, result.stderr
        text = Path(name).read_text()
        assert text.startswith("<!DOCTYPE html>" if name.endswith("html") else start)


@pytest.mark.parametrize("target", ["claims.yaml", "article.txt", "./claims.yaml"])
def test_output_never_overwrites_an_input(claims: Path, target: str) -> None:
    before = {p.name: p.read_bytes() for p in claims.parent.iterdir() if p.is_file()}
    result = run("report", "-f", "claims.yaml", "-F", "md", "-o", target)
    assert result.exit_code == 1
    name = Path(target).name
    assert result.stderr == (
        f"Error: -o {name} would overwrite an input of the report; choose another file\n"
    )
    after = {p.name: p.read_bytes() for p in claims.parent.iterdir() if p.is_file()}
    assert after == before


def test_a_broken_file_among_several_writes_nothing(claims: Path, tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("schema_version: 1\narticle: [\n")
    result = run("report", "claims.yaml", "broken.yaml", "-F", "json", "-o", "out.json")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: broken.yaml:3: not valid YAML:")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "article.txt",
        "broken.yaml",
        "claimcheck.toml",
        "claims.yaml",
    ]


def test_an_unknown_format_is_a_usage_error(claims: Path) -> None:
    result = run("report", "-F", "pdf")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: --format: unknown format 'pdf'; "
        "choose one of term, md, html, json, csv, claimreview\n"
    )


def test_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("report", "empty")
    assert result.exit_code == 2
    assert result.stderr == "Error: no claim files (*.yaml) found in empty\n"


def test_many_files_piped_show_no_progress_bar(tmp_path: Path) -> None:
    for i in range(25):
        reviewed.make(tmp_path / "desk", f"a{i:02d}.yaml")
    result = run("report", "desk", "-F", "csv", "-o", "all.csv")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == "Wrote the csv report on 25 claim files to all.csv"
    assert "reading claim files" not in result.stderr


def test_every_format_is_registered_once_with_one_writer_and_in_the_readme() -> None:
    from claimcheck.formats.registry import for_suffix, formats

    found = formats()
    assert list(found) == ["term", "md", "html", "json", "csv", "claimreview"]
    suffixes = [s for f in found.values() for s in f.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert all(for_suffix(s).name == f.name for f in found.values() for s in f.suffixes)
    readme = (ROOT / "README.md").read_text()
    assert all(f"| `{name}` |" in readme for name in found)


def test_a_format_named_is_found_by_importing_its_module_alone() -> None:
    """`--format md` imports the Markdown writer only; the table that makes this possible
    names the module of every format the package scan finds, and no other."""
    import importlib

    from claimcheck.formats.registry import MODULES, formats, named

    assert set(MODULES) == set(formats())
    for name, module in MODULES.items():
        assert importlib.import_module(f"claimcheck.formats.{module}").FORMAT is named(name)
    code = (
        "import json, sys; from claimcheck.formats.registry import named; named('md'); "
        "print(json.dumps([m for m in sys.modules if m.startswith('claimcheck.formats.')]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)  # fmt: skip
    imported = {m.removeprefix("claimcheck.formats.") for m in json.loads(done.stdout)}
    assert imported & set(MODULES.values()) == {"markdown"}


def test_a_format_chosen_by_its_suffix_is_found_by_importing_its_module_alone() -> None:
    """`-o report.md` imports the Markdown writer only: the table of suffixes is every
    format's own, and no other."""
    from claimcheck.formats.registry import SUFFIXES, formats

    assert {s: f.name for f in formats().values() for s in f.suffixes} == SUFFIXES
    code = (
        "import json, sys; from claimcheck.formats.registry import choose; "
        "choose(None, 'out/report.MD'); choose('md', 'report.txt'); "
        "print(json.dumps([m for m in sys.modules if m.startswith('claimcheck.formats.')]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)  # fmt: skip
    imported = {m.removeprefix("claimcheck.formats.") for m in json.loads(done.stdout)}
    assert imported - {"registry", "spool"} == {"markdown", "term"}
