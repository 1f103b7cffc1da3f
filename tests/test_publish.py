"""Publishing: public text apart from internal notes, output choices, filters, pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from claimcheck.formats.registry import formats
from tests import reviewed
from tests.conftest import CASES, run, succeeds

URL = "https://factcheck.example/legion"
NOTE = "INTERNAL-zq81-searched-reuters-ap"
LOGIN = "loginname-kx3"
PUBLIC = "PUBLIC-expl-7w2: the ministry's own register confirms it."


@pytest.fixture
def claims(tmp_path: Path) -> Path:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    path = reviewed.make(tmp_path)
    for claim_id, label, extra in (
        ("c005", "sourced", ["--source", "https://gov.example/register", "--title", "Register"]),
        ("c006", "unverified", []),
        ("c007", "opinion", []),
    ):
        result = run(
            "tag", claim_id, label, *extra, "--note", NOTE, "--explanation", PUBLIC, "-r", LOGIN
        )
        assert result.exit_code == 0, result.stderr
    return path


def test_tag_explain_is_kept_apart_from_the_note(claims: Path) -> None:
    shown = json.loads(run("show", "c005", "--json").stdout)
    assert shown["note"] == NOTE
    assert shown["explanation"] == PUBLIC
    # a later decision keeps the explanation unless it is given again; '' clears it
    assert run("tag", "c005", "sourced", "--note", "more", "-r", LOGIN).exit_code == 0
    assert json.loads(run("show", "c005", "--json").stdout)["explanation"] == PUBLIC
    result = run("tag", "c005", "sourced", "--explanation", "", "-r", LOGIN)
    assert result.exit_code == 0, result.stderr
    assert json.loads(run("show", "c005", "--json").stdout)["explanation"] is None
    history = json.loads(run("history", "c005", "--json").stdout)
    assert history[0]["field"] == "explanation" and history[0]["old"] == PUBLIC


@pytest.mark.parametrize("fmt", [*formats()])
def test_no_internal_text_reaches_any_public_output(claims: Path, tmp_path: Path, fmt: str) -> None:
    args = ["report", "-F", fmt, "--url", URL, "-o", f"out.{fmt}.txt"]
    args += [] if fmt == "claimreview" else ["--public"]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    published = (tmp_path / f"out.{fmt}.txt").read_bytes()
    for secret in (NOTE, LOGIN, "alice", "bob", "Searched the legion", "claims.yaml.journal"):
        assert secret.encode() not in published, (fmt, secret)
    if fmt != "claimreview":  # ClaimReview: only what a reviewed claim's rating says
        assert b"PUBLIC-expl-7w2" in published
    else:
        doc = json.loads(published)
        ratings = [r["reviewRating"]["ratingExplanation"] for r in doc["@graph"]]
        assert ratings.count(PUBLIC) == 3


@pytest.mark.parametrize("fmt", [*formats()])
def test_no_user_name_or_password_in_a_url_reaches_a_public_output(
    claims: Path, tmp_path: Path, fmt: str
) -> None:
    """A claim file may hold URLs with a login before the host (`https://ann:pw@host/`):
    readers see the page's address without it."""
    text = claims.read_text(encoding="utf-8")
    host = reviewed.ARTICLE_URL.split("://", 1)[1]
    claims.write_text(text.replace(f"://{host}", f"://editor:pw-article-55@{host}", 1))
    source = ["--source", "https://clerk:pw-source-77@gov.example/list", "--title", "List"]
    assert run("tag", "c008", "sourced", *source, "-r", LOGIN).exit_code == 0
    args = ["report", "-F", fmt, "--url", URL, "-o", f"out.{fmt}.txt"]
    result = run(*args, *([] if fmt == "claimreview" else ["--public"]))
    assert result.exit_code == 0, result.stderr
    published = (tmp_path / f"out.{fmt}.txt").read_text(encoding="utf-8")
    assert "pw-article-55" not in published and "pw-source-77" not in published
    assert "gov.example/list" in published.replace("\\/", "/")
    internal = run("report", "-F", "json").stdout  # the desk's own report keeps them
    assert "pw-article-55" in internal and "pw-source-77" in internal


def test_the_internal_report_still_has_the_notes(claims: Path) -> None:
    result = run("report", "-F", "md")
    assert NOTE in result.stdout and LOGIN in result.stdout


def test_a_desk_can_make_public_the_default(claims: Path, tmp_path: Path) -> None:
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML + "[report]\npublic = true\n")
    public = run("report", "-F", "md").stdout
    assert NOTE not in public
    # the desk, not logins, nor the count of its decisions (desk4 H5)
    assert "| Reviewed by | Example Fact Desk |" in public
    assert NOTE in run("report", "-F", "md", "--internal").stdout


def test_report_filters_by_label_section_and_reviewer(claims: Path) -> None:
    doc = json.loads(run("report", "-F", "json", "--label", "opinion").stdout)
    article = doc["articles"][0]
    assert {c["label"] for c in article["claims"]} == {"opinion"}
    assert article["summary"]["claims"] == article["summary"]["opinion"] == 5
    doc = json.loads(run("report", "-F", "json", "--reviewer", LOGIN).stdout)
    assert [c["id"] for c in doc["articles"][0]["claims"]] == ["c005", "c006", "c007"]
    section = doc["articles"][0]["claims"][0]["section"]
    doc = json.loads(run("report", "-F", "json", "--section", section, "-l", "pending").stdout)
    claims_ = doc["articles"][0]["claims"]
    assert claims_ and all(c["section"] == section and c["label"] is None for c in claims_)
    none = run("report", "-F", "json", "--reviewer", "nobody-here")
    assert none.exit_code == 0, none.output
    assert "Warning: no claim matches --label, --section and --reviewer as given\n" in (none.stderr)
    result = run("report", "--label", "maybe")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unknown label 'maybe'; choose one of sourced, unverified, opinion, disputed, "
        "pending, needs-recheck\n"
    )


# ------------------------------------------------------------------- output choices


@pytest.mark.parametrize("target", ["report.pdf", "x.docx", "report"])
def test_an_unknown_output_suffix_is_a_usage_error(claims: Path, target: str) -> None:
    result = run("report", "-o", target)
    assert result.exit_code == 2
    suffix = Path(target).suffix
    what = f"unknown suffix {suffix!r}" if suffix else "no suffix"
    assert result.stderr == (
        f"Error: -o {target}: {what}; give --format (term, md, html, json, csv, claimreview) "
        "or a known suffix (.txt, .md, .markdown, .html, .htm, .json, .csv, .jsonld)\n"
    )
    assert not Path(target).exists()


def test_a_format_that_contradicts_the_suffix_is_refused(claims: Path) -> None:
    result = run("report", "--format", "md", "-o", "x.html")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: --format md contradicts -o x.html, whose suffix means html; change one of them\n"
    )
    assert not Path("x.html").exists()


def test_an_explicit_format_may_write_any_other_suffix(claims: Path) -> None:
    assert run("report", "--format", "md", "-o", "notes.txt").exit_code == 0
    assert Path("notes.txt").read_text().startswith("# ")
    assert run("report", "--format", "html", "-o", "report.pdf.bak").exit_code == 0
    assert run("report", "-o", "x.markdown").exit_code == 0
    assert Path("x.markdown").read_text().startswith("# ")


@pytest.mark.parametrize("fmt", ["term", "json", "md"])
def test_a_pipe_closed_early_ends_quietly_with_141(claims: Path, tmp_path: Path, fmt: str) -> None:
    # Enough claim files that the report cannot fit in the pipe's buffer.
    first = reviewed.make(tmp_path / "many", "a00.yaml")
    for i in range(1, 60):
        (first.parent / f"a{i:02d}.yaml").write_bytes(first.read_bytes())
    env = {**os.environ, "COLUMNS": "100"}
    claimcheck = [sys.executable, "-m", "claimcheck", "report", "many", "-F", fmt]
    with subprocess.Popen(
        claimcheck, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()  # what `| head -1` does
        err = proc.stderr.read()
        status = proc.wait()
    assert status == 141, err
    assert b"Error" not in err and b"Traceback" not in err and b"Broken pipe" not in err


@pytest.mark.parametrize(
    ("given", "published"),
    [
        ("https://ann:pw@host.example/x", "https://host.example/x"),
        ("http://ann@host.example:8080/", "http://host.example:8080/"),
        (
            "https://host.example/x?by=ann@mail.example",
            "https://host.example/x?by=ann@mail.example",
        ),
        ("https://host.example/@ann", "https://host.example/@ann"),
        ("https://host.example/#ann@b", "https://host.example/#ann@b"),
    ],
)
def test_a_published_url_loses_only_the_login_before_its_host(given: str, published: str) -> None:
    from claimcheck.urls import without_user

    assert without_user(given) == published


@pytest.fixture
def rechecked(tmp_path: Path) -> Path:
    """Both claims of a two-claim file tagged, then the sourced one's text changed."""
    path = tmp_path / "claims.yaml"
    shutil.copy(CASES / "claims" / "valid.yaml", path)
    for args in (
        ("tag", "c001", "sourced", "-s", "https://sky.example/colour"),
        ("tag", "c002", "opinion"),
        ("edit", "c001", "--text", "The sky is always blue."),
    ):
        result = run(*args, "-f", str(path))
        assert result.exit_code == 0, result.stderr
    return path


RECHECK_WARNING = (
    "1 claim needs a re-check (text or passage changed after tagging): this report is not final."
)
PENDING_WARNING = "1 of 2 claims is still pending: this report is not final."


def test_a_public_report_counts_a_claim_needing_a_recheck_where_it_lists_it(
    rechecked: Path,
) -> None:
    """Published as pending (its decision was about other words), so counted as pending
    by every summary, and the page says it is not final: never "Every claim is tagged"."""
    f = str(rechecked)
    data = json.loads(succeeds("report", "-f", f, "-F", "json", "--public"))
    (article,) = data["articles"]
    assert [c["label"] for c in article["claims"]] == [None, "opinion"]
    for tally in (article["summary"], article["sections"][0], data["totals"]):
        assert (tally["sourced"], tally["opinion"], tally["pending"]) == (0, 1, 1)
        assert tally["percent"]["pending"] == 50.0 and tally["sourcing_rate"] is None
    assert article["reviewers"][0]["claims"] == 1  # the claims published with a label
    md = succeeds("report", "-f", f, "-F", "md", "--public")
    assert f"> **{PENDING_WARNING}**" in md
    assert "| sourced | 0 | 0.0% |" in md and "| pending | 1 | 50.0% |" in md
    assert "## Pending (1)" in md and "## Sourced" not in md
    html = succeeds("report", "-f", f, "-F", "html", "--public")
    assert "Every claim is tagged" not in html
    assert f'<p class="warning" role="alert">{PENDING_WARNING}</p>' in html
    assert PENDING_WARNING in succeeds("report", "-f", f, "--public")  # term, piped


def test_an_internal_report_with_a_claim_needing_a_recheck_says_it_is_not_final(
    rechecked: Path,
) -> None:
    """The desk's own report lists the claim under its label, marked, and counts it
    there; its banner says a re-check is due rather than that every claim is tagged."""
    f = str(rechecked)
    data = json.loads(succeeds("report", "-f", f, "-F", "json"))
    assert (data["totals"]["sourced"], data["totals"]["pending"]) == (1, 0)
    html = succeeds("report", "-f", f, "-F", "html")
    assert "Every claim is tagged" not in html
    assert f'<p class="warning" role="alert">{RECHECK_WARNING}</p>' in html
    assert f"> **{RECHECK_WARNING}**" in succeeds("report", "-f", f, "-F", "md")
    assert RECHECK_WARNING in " ".join(succeeds("report", "-f", f).split())  # term, piped
    # several articles: the totals say so too
    other = rechecked.parent / "other.yaml"
    shutil.copy(CASES / "claims" / "valid.yaml", other)
    both = succeeds("report", f, str(other), "-F", "md")
    assert "> **2 of 4 claims are still pending and 1 needs a re-check (text or passage " in both
    # a new decision clears it
    assert run("tag", "c001", "sourced", "-f", f).exit_code == 0
    assert '<p class="ok">Every claim is tagged.</p>' in succeeds("report", "-f", f, "-F", "html")


SPEECH_ARTICLE = """Harbour wall approved

By Lena Moss

The harbour board approved a £4 million sea wall on Monday.

"This wall will protect every home on the quay," said board chair Ruth Okafor.

The board said work would start in March.

Others said the wall would spoil the view.
"""


def test_claimreview_names_who_said_a_claim_never_the_byline_for_someone_else_s_words(
    tmp_path: Path,
) -> None:
    """`itemReviewed.author` is who makes the claim: the speaker named after a quotation
    ('"…," said board chair Ruth Okafor.'), nobody when the words are someone's the text
    does not name ("The board said …", "Others said …"), and the byline only for the
    paper's own statement."""
    (tmp_path / "claimcheck.toml").write_text(reviewed.DESK_TOML)
    (tmp_path / "a.txt").write_text(SPEECH_ARTICLE)
    made = run(
        "extract", "a.txt", "-o", "c.yaml", "--url", "https://paper.example/news/wall",
        "--published", "2026-11-02",
    )  # fmt: skip
    assert made.exit_code == 0, made.stderr
    listed = json.loads(succeeds("list", "-f", "c.yaml", "--json"))
    by_text = {c["text"]: c["id"] for c in listed}
    assert by_text == {
        "The harbour board approved a £4 million sea wall on Monday.": "c001",
        '"This wall will protect every home on the quay," said board chair Ruth Okafor.': "c002",
        "The board said work would start in March.": "c003",
        "Others said the wall would spoil the view.": "c004",
    }
    assert [c["hint"]["attributed_to"] for c in listed] == [None, "Ruth Okafor", None, None]
    for claim_id in by_text.values():
        assert run("tag", claim_id, "unverified", "-f", "c.yaml").exit_code == 0
    doc = json.loads(succeeds("report", "-f", "c.yaml", "-F", "claimreview", "--url", URL))
    authors = {r["url"].rsplit("-", 1)[1]: r["itemReviewed"].get("author") for r in doc["@graph"]}
    assert authors == {
        "c001": {"@type": "Person", "name": "Lena Moss"},
        "c002": {"@type": "Person", "name": "Ruth Okafor"},  # a person's name (desk4 C7)
        "c003": None,
        "c004": None,
    }
    schema = json.loads((CASES / "claimreview.schema.json").read_text())
    jsonschema.validate(doc, schema)
    rows = csv.DictReader(io.StringIO(succeeds("report", "-f", "c.yaml", "-F", "csv")))
    assert [r["attributed_to"] for r in rows] == ["", "Ruth Okafor", "", ""]


def test_a_report_with_a_disputed_claim_never_says_every_claim_is_tagged(tmp_path: Path) -> None:
    """Two reviewers disagree and nobody has settled it: the claim has no label, and the
    report is not final (the public one lists and counts it as pending)."""
    path = tmp_path / "claims.yaml"
    shutil.copy(CASES / "claims" / "valid.yaml", path)
    for args in (
        ("tag", "c001", "sourced", "-s", "https://sky.example/colour", "-r", "ann"),
        ("tag", "c001", "unverified", "-r", "bob"),
        ("tag", "c002", "opinion", "-r", "ann"),
    ):
        result = run(*args, "-f", str(path))
        assert result.exit_code == 0, result.stderr
    warning = "1 of 2 claims is disputed: this report is not final."
    html = succeeds("report", "-f", str(path), "-F", "html")
    assert "Every claim is tagged" not in html
    assert f'<p class="warning" role="alert">{warning}</p>' in html
    assert f"> **{warning}**" in succeeds("report", "-f", str(path), "-F", "md")
    public = succeeds("report", "-f", str(path), "-F", "md", "--public")
    assert f"> **{PENDING_WARNING}**" in public and "| pending | 1 | 50.0% |" in public
    # the page's legend names the states its claims are in: the public page shows the
    # disputed claim as pending, so no DISPUTED badge there (desk2 C3)
    badge = '<span class="badge disputed">disputed</span>'
    assert badge in html
    public_html = succeeds("report", "-f", str(path), "-F", "html", "--public")
    assert badge not in public_html and '<span class="badge pending">pending</span>' in public_html


def test_public_json_problems_are_what_readers_see_and_agree_with_its_totals(
    claims: Path,
) -> None:
    disputed = run("tag", "c005", "unverified", "-r", "second-reviewer")
    assert disputed.exit_code == 0, disputed.stderr
    internal = json.loads(succeeds("report", "-f", str(claims), "-F", "json"))
    assert any("disputed" in p for p in internal["problems"])
    data = json.loads(succeeds("report", "-f", str(claims), "-F", "json", "--public"))
    totals = data["totals"]
    expected = f"{totals['pending']} of {totals['claims']} claims are still pending"
    assert data["articles"][0]["problems"] == [expected]
    # prefixed by the article's title: a public report names no claim file (desk4 H5)
    title = data["articles"][0]["article"]["title"]
    assert data["problems"] == [f"{title}: {expected}"]
    assert totals["disputed"] == 0
    assert "claimcheck" not in json.dumps(data["problems"])
