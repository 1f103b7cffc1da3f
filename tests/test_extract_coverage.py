"""Nothing is lost without a trace: every sentence of an article ends up in a claim's
passage or in the claim file's left-out list, with its reason. Articles written for
these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source
from claimcheck.models import json_schema
from tests.conftest import DATA, run

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """\
Harbour Board Approves New Ferry Terminal

The harbour board approved a new ferry terminal on Monday. It cost £40 million.

Share this article

The vote was close. Will it open on time?

The reasons for the choice are:

- the old pier is sinking
- the new site has deeper water
- the council owns the land

The terminal will open in 2027, the board said.

The harbour board approved a new ferry terminal on Monday. It cost £40 million.

Work starts in May, and the contractor employs 300 people in the town, according to the\
 company and its chief executive Mara Lind, who said the first ferries would run from
"""


def write(tmp_path: Path, text: str = ARTICLE, name: str = "ferry.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_sentence_is_a_claim_or_left_out_with_its_reason(tmp_path: Path) -> None:
    article = write(tmp_path)
    result = run("extract", str(article), "-o", "ferry.yaml", "--explain")
    assert result.exit_code == 0, result.stderr
    text = article.read_text()
    lines = result.stdout.splitlines()
    reasons = [line.split("\t")[1] for line in lines]
    assert reasons == ["heading", "chrome", "question", "lead-in", "repeat", "truncated"]
    for line in lines:  # offsets, reason and the passage itself
        span, _, quote = line.split("\t")
        start, end = (int(n) for n in span.split("-"))
        assert text[start:end] == quote
    assert "Left out 6 passages: 1 chrome, 1 heading, 1 lead-in, 1 question, 1 repeat, " in (
        result.stderr
    )
    doc = store.load(tmp_path / "ferry.yaml").doc
    covered = [(p.start, p.end) for c in doc.claims for p in (c.passage, *c.also_at)]
    covered += [(item.passage.start, item.passage.end) for item in doc.left_out]
    body = [
        "It cost £40 million.",
        "the old pier is sinking",
        "the council owns the land",
        "The terminal will open in 2027, the board said.",
        "The vote was close.",
        "the contractor employs 300 people in the town",
        "Work starts in May",
    ]
    for sentence in body:
        at = text.index(sentence)
        assert any(a <= at < b for a, b in covered), sentence
    # an attribution stays with the statement it attributes
    assert "The terminal will open in 2027, the board said." in [c.text for c in doc.claims]
    # the cut-off last clause is left out, the complete ones before it are claims
    assert any(c.passage.quote.startswith("the contractor employs 300") for c in doc.claims)
    truncated = [i.passage.quote for i in doc.left_out if i.reason == "truncated"]
    assert truncated and truncated[0].endswith("would run from")


def test_a_short_statement_alone_is_a_claim(tmp_path: Path) -> None:
    article = write(tmp_path, "The plan was tested in March.\n\nIt failed.\n")
    result = run("extract", str(article), "-o", "c.yaml")
    assert result.exit_code == 0, result.stderr
    texts = [c.text for c in store.load(tmp_path / "c.yaml").doc.claims]
    assert "It failed." in texts


def test_the_left_out_list_round_trips_and_validates(tmp_path: Path) -> None:
    article = write(tmp_path)
    assert run("extract", str(article), "-o", "ferry.yaml").exit_code == 0
    path = tmp_path / "ferry.yaml"
    loaded = store.load(path)
    assert loaded.doc.left_out
    again = store.dump(loaded.doc)
    assert store.dump(store.load(path).doc) == again
    result = run("validate", "-f", str(path))
    assert result.exit_code == 0, result.stderr
    # a left-out passage that no longer matches the text is reported with its place
    broken = path.read_text().replace("reason: question", "reason: guess", 1)
    path.write_text(broken)
    result = run("validate", "-f", str(path))
    assert result.exit_code == 1
    assert "left_out" in result.stderr and "reason" in result.stderr


def test_a_file_without_a_left_out_list_is_unchanged() -> None:
    raw = (DATA / "claims.yaml").read_bytes()
    loaded = store.load(DATA / "claims.yaml")
    assert loaded.doc.left_out == []
    assert b"left_out" not in store.dump(loaded.doc)
    assert raw.endswith(store.dump(loaded.doc)[-2000:])


def test_the_shipped_schema_is_the_generated_one() -> None:
    shipped = json.loads((ROOT / "src/claimcheck/schemas/claims-v1.json").read_text())
    assert shipped == json_schema(), (
        "run: claimcheck schema > src/claimcheck/schemas/claims-v1.json"
    )
    result = run("schema")
    assert json.loads(result.stdout) == shipped
    assert "LeftOut" in shipped["$defs"]
    assert "unclear" in shipped["$defs"]["Hint"]["properties"]["kind"]["enum"]


def test_list_shows_what_extract_left_out(tmp_path: Path) -> None:
    article = write(tmp_path)
    assert run("extract", str(article), "-o", "ferry.yaml").exit_code == 0
    result = run("list", "-f", str(tmp_path / "ferry.yaml"))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "left out by extract: 6 (1 chrome, 1 heading, 1 lead-in, 1 question, 1 repeat, 1 truncated)"
    )


@pytest.mark.parametrize(
    ("last", "kept", "cut"),
    [
        (
            "Rents are flat across the county with the expectation of further fa",
            "Rents are flat across the county",
            "with the expectation of further fa",
        ),
        (
            "The firm will drop plastic from all its shops, including the cafe",
            "The firm will drop plastic from all its shops",
            ", including the cafe",
        ),
    ],
)
def test_an_excerpt_cut_inside_a_closing_phrase_keeps_the_statement_before_it(
    tmp_path: Path, last: str, kept: str, cut: str
) -> None:
    article = write(tmp_path, f"The bridge opened in May after two years of work. {last}")
    assert run("extract", str(article), "-o", "c.yaml").exit_code == 0
    doc = store.load(tmp_path / "c.yaml").doc
    assert [c.passage.quote for c in doc.claims][-1] == kept
    assert [(i.reason, i.passage.quote) for i in doc.left_out] == [("truncated", cut.lstrip(", "))]


def test_an_excerpt_cut_inside_the_clause_itself_is_left_out() -> None:
    text = "The bridge opened in May after two years of work. Today the river is higher than at the start of"
    doc, _ = extract(Source(text=text, kind="text"), Meta(title="T"))
    assert [c.passage.quote for c in doc.claims] == [
        "The bridge opened in May after two years of work."
    ]
    assert [i.reason for i in doc.left_out] == ["truncated"]


@pytest.mark.parametrize(
    "statement",
    [
        "By 2030 the city will have 40% more cars.",
        "Published figures show that inflation rose to 4% in March.",
        "The firm unveiled a new logo.",
        "Updated rules came into force on Monday.",
        "Posted workers must be paid the local wage.",
        "Like us, the French have cut their rates.",
        "The court ruled that the copyright on the song had expired in 2019.",
    ],
)
def test_a_statement_shaped_like_page_chrome_is_a_claim(statement: str) -> None:
    # a byline, a time stamp, a logo or a copyright line by its first words, but a
    # sentence with a verb: the article's own statement
    doc, _ = extract(
        Source(f"Headline\n\n{statement}\n\nThe mayor backed the plan.\n", "text"), Meta()
    )
    assert [c.text for c in doc.claims] == [statement, "The mayor backed the plan."]


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Smith and Tom Lee",
        "Posted by admin on May 3.",
        "© 2024 Acme Media Ltd. All rights reserved.",
        "Copyright 2024 The Herald.",
        "Follow us on Twitter.",
        "Acme News logo",
    ],
)
def test_page_chrome_is_left_out_as_such(line: str) -> None:
    doc, _ = extract(Source(f"Headline\n\n{line}\n\nThe mayor backed the plan.\n", "text"), Meta())
    assert [c.text for c in doc.claims] == ["The mayor backed the plan."]
    assert [item.passage.quote for item in doc.left_out if item.reason != "heading"] == [line]


@pytest.mark.parametrize(
    "statement",
    [
        "Share prices fell 3% on Monday.",
        "Tap water was contaminated in 2019.",
        "Follow-up tests showed no trace of the virus.",
        "Download speeds doubled last year.",
        "Click-through rates fell by a fifth.",
    ],
)
def test_a_statement_opening_with_a_word_that_also_tells_the_reader_is_a_claim(
    statement: str,
) -> None:
    # "share", "tap", "follow", "download", "click" head a noun phrase here
    doc, _ = extract(Source(f"{statement}\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [statement]


@pytest.mark.parametrize(
    "line", ["Share this article with your friends.", "Follow us on Twitter.", "Watch the video."]
)
def test_a_line_telling_the_reader_what_to_do_is_left_out(line: str) -> None:
    doc, _ = extract(Source(f"{line}\n\nThe mayor backed the plan.\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == ["The mayor backed the plan."]
    # a line of its own may be the page's (chrome) or said to the reader in the text
    assert [item.passage.quote for item in doc.left_out] == [line]
    assert doc.left_out[0].reason in ("reader", "chrome")


@pytest.mark.parametrize(
    "line",
    [
        "For more information, visit www.harbourtrust.example.",
        "For further details about the scheme, call the council on 0800 123 456.",
    ],
)
def test_where_the_reader_can_find_more_is_said_to_the_reader(line: str) -> None:
    doc, _ = extract(Source(f"The mayor backed the plan.\n\n{line}\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == ["The mayor backed the plan."]
    assert [(item.passage.quote, item.reason) for item in doc.left_out] == [(line, "reader")]
