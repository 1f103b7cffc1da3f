"""`claimcheck extract` and `claimcheck reanchor`, through the real command."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import store
from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.hints import hint
from claimcheck.extract.ingest import Source
from claimcheck.models import check
from claimcheck.segment import sentences
from tests.conftest import CASES, DATA, run

COUNCIL = CASES / "articles" / "council.html"


def claims_of(path: str | Path) -> list[str]:
    return [c.text for c in store.load(Path(path)).doc.claims]


def pieces(sentence: str) -> list[str]:
    return [sentence[p.start : p.end] for p in atomize.pieces(sentence, 0, len(sentence))]


# --------------------------------------------------------------------------- the seed


def test_the_seed_article_becomes_a_claim_file_ready_for_review(tmp_path: Path) -> None:
    result = run("extract", str(DATA / "article.txt"), "-o", "out.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "Next: claimcheck review -f out.yaml"
    loaded = store.load(tmp_path / "out.yaml")  # validates: every passage matches the text
    assert loaded.text == (DATA / "article.txt").read_text()
    claims = loaded.doc.claims
    assert 100 <= len(claims) <= 130
    assert all(c.label is None and c.hint and c.hint.reasons for c in claims)
    assert loaded.doc.article.title.startswith("What is the Freedom of Russia Legion")
    text = loaded.text
    # the standfirst is printed twice: claims come from the first copy only
    second = text.index("Putin may have survived", text.index("Putin may have survived") + 1)
    assert all(not second <= c.passage.start < second + 500 for c in claims)
    chrome = ("min read", "Sign in", "©", "Like", "Find us", "SOURCES", "Reader insights")
    assert not [c.text for c in claims if any(word in c.text for word in chrome)]
    assert not [c.text for c in claims if c.text.endswith("?")]
    sections = {c.section for c in claims}
    assert "Who are the Freedom of Russia Legion?" in sections  # the heading, without emoji
    assert not any("🤬" in (s or "") for s in sections)


def test_a_coordinated_sentence_becomes_one_claim_per_clause() -> None:
    assert pieces("Putin may have survived the uprising, but he is not out of the woods yet.") == [
        "Putin may have survived the uprising",
        "he is not out of the woods yet.",
    ]
    assert pieces("The vote passed; the mayor signed it the same day.") == [
        "The vote passed",
        "the mayor signed it the same day.",
    ]


def test_a_list_of_nouns_is_not_cut() -> None:
    assert pieces("Russia, Ukraine and Belarus signed the grain deal in May.") == [
        "Russia, Ukraine and Belarus signed the grain deal in May."
    ]
    assert pieces("Officials said bridges, roads, and schools were damaged.") == [
        "Officials said bridges, roads, and schools were damaged."
    ]


def test_a_leading_while_clause_is_its_own_claim() -> None:
    assert pieces("While the rebellion did not topple him, another group is determined to.") == [
        "the rebellion did not topple him",
        "another group is determined to.",
    ]


def test_claim_text_is_cleaned_but_the_passage_is_exact() -> None:
    sentence = "The council met, and **the mayor** signed the [bill](https://x.example)"
    found = list(atomize.pieces(sentence, 0, len(sentence)))
    assert [atomize.claim_text(sentence, p) for p in found] == [
        "The council met.",
        "The mayor signed the bill.",
    ]
    assert sentence[found[1].start : found[1].end].startswith("**the mayor**")


def test_sentences_keep_abbreviations_initials_and_numbers_together() -> None:
    text = "Dr. J. R. Smith arrived at 5 p.m. on Jan. 5. The U.S. economy grew 2.5% in 2023. Why?"
    found = [text[a:b] for a, b in sentences(text, 0, len(text))]
    assert found == [
        "Dr. J. R. Smith arrived at 5 p.m. on Jan. 5.",
        "The U.S. economy grew 2.5% in 2023.",
        "Why?",
    ]


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        ("The minister's plan is a foolish waste of money.", "opinion", "evaluative: foolish"),
        ("It's rumored that the army may retreat.", "opinion", "hedge: rumored"),
        ("We believe the policy should change.", "opinion", "first person"),
        ("According to the ministry, 40 people died on Monday.", "factual", "number: 40"),
        ("The agency reported 1,200 cases in 2023.", "factual", "attribution: reported"),
    ],
)
def test_hints_give_a_kind_and_the_reasons(text: str, kind: str, reason: str) -> None:
    found = hint(text)
    assert found.kind == kind
    assert reason in found.reasons


def test_a_hint_names_the_source_a_claim_is_attributed_to() -> None:
    assert hint("According to the finance ministry, debt rose.").attributed_to == (
        "the finance ministry"
    )
    assert hint("Ukrainian intelligence reported nearly 100 attacks.").attributed_to == (
        "Ukrainian intelligence"
    )
    assert hint("The sky was grey.").attributed_to is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"We will not wait," said council leader Priya Nandra.', "Priya Nandra"),
        ("“The tide is high,” said Dr Hanna Berg, Oslo's head of flood defence.", "Dr Hanna Berg"),
        (
            '"Buses are empty," added Sam Ode of Transport for London.',
            "Sam Ode of Transport for London",
        ),
        ('"It is late," says The Times.', "The Times"),
        ("“We did not play well,” said the coach.", None),  # described, not named
        ('"It is late," said Dr.', None),
        ("The council said the consultation would open in February.", None),
    ],
)
def test_a_hint_names_the_speaker_after_a_quotation(text: str, source: str | None) -> None:
    """The quotation, then the verb, then who: the name the claim gives its speaker (which
    ClaimReview publishes as the claim's author), never a title alone."""
    assert hint(text).attributed_to == source


def test_the_same_statement_twice_is_one_claim_with_both_passages() -> None:
    text = (
        "The river flooded the town in March.\n\nOfficials met on Friday.\n\n"
        "In March the river flooded the town.\n"
    )
    doc, stats = extract(Source(text=text, kind="text"), Meta(title="Floods"))
    assert [c.text for c in doc.claims] == [
        "The river flooded the town in March.",
        "Officials met on Friday.",
    ]
    assert [p.quote for p in doc.claims[0].also_at] == ["In March the river flooded the town."]
    assert stats.merged == 1


def test_a_pull_quote_the_article_says_in_full_is_left_out_as_a_repeat() -> None:
    text = (
        "The mayor resigned on Friday. “I have let the city down, and I am sorry,” she told"
        " reporters at the town hall.\n\n“I have let the city down, and I am sorry.”\n\n"
        "“Nobody in this town will forget the floods.”\n\nShe had led the council since 2019.\n"
    )
    doc, _ = extract(Source(text=text, kind="text"), Meta(title="Mayor"))
    texts = [c.text for c in doc.claims]
    assert "“I have let the city down, and I am sorry.”" not in texts
    assert [(o.reason, o.passage.quote) for o in doc.left_out] == [
        ("repeat", "“I have let the city down, and I am sorry.”")
    ]
    # a quotation said once is the article's only record of it: a claim, and (a paragraph
    # of quotation alone after her attributed words) hers by the newspaper convention
    assert "She said: “Nobody in this town will forget the floods.”" in texts


@pytest.mark.parametrize(
    ("pulled", "said", "repeat"),
    [
        # the words of the quotation in another paragraph, in order, among others
        (
            "“The bridge will reopen in May.”",
            "He said the bridge will reopen in May at last.",
            True,
        ),
        # the same words in another order, or only some of them: said once
        ("“The bridge will reopen in May.”", "In May, he said, the bridge will reopen.", False),
        ("“The bridge will reopen in May.”", "He said the bridge will reopen.", False),
        # a quotation of one long word, said in another paragraph
        ("“Unprecedented.”", "The chair called the vote unprecedented on Monday.", True),
    ],
)
def test_a_pull_quote_is_a_repeat_only_when_its_words_run_together_elsewhere(
    pulled: str, said: str, repeat: bool
) -> None:
    text = f"The council met on Monday. {said}\n\n{pulled}\n\nThe vote was close.\n"
    doc, _ = extract(Source(text=text, kind="text"), Meta(title="Bridge"))
    assert [(o.reason, o.passage.quote) for o in doc.left_out if o.reason == "repeat"] == (
        [("repeat", pulled)] if repeat else []
    )


@pytest.mark.parametrize(
    "repeated", ["It refused to comment.", "They were freed on bail.", "Both were freed on bail."]
)
def test_the_same_words_about_someone_named_elsewhere_are_two_claims(repeated: str) -> None:
    """A pronoun's meaning is outside the claim: the same words after two different
    subjects are two statements, each to be checked on its own."""
    # (subjects the pronoun cannot mean, so that it stays a pronoun)
    text = (
        f"Reporters asked the port authority about the fees. {repeated}\n\n"
        f"Police questioned two ferry captains about the crash. {repeated}\n"
    )
    doc, stats = extract(Source(text=text, kind="text"), Meta(title="Ferries"))
    assert [c.text for c in doc.claims].count(repeated) == 2
    assert stats.merged == 0 and all(not c.also_at for c in doc.claims)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=400))
def test_no_text_crashes_extract_and_every_passage_is_exact(text: str) -> None:
    doc, _ = extract(Source(text=text + "\n", kind="text"), Meta(title="Fuzz"))
    assert list(check(doc, doc.article.text or "")) == []
    store.parse(store.dump(doc), Path("fuzz.yaml"))  # and it saves as a valid claim file


# --------------------------------------------------------------------------- HTML, Markdown, stdin


def test_an_html_page_keeps_the_article_and_drops_the_page(tmp_path: Path) -> None:
    result = run("extract", str(COUNCIL), "-o", "council.yaml")
    assert result.exit_code == 0, result.stderr
    doc = store.load(tmp_path / "council.yaml").doc
    article = doc.article
    assert article.title == "Riverton council approves new bridge"
    assert article.author == "Maria Okafor"
    assert article.url == "https://ledger.example/2024/03/riverton-bridge"
    assert article.publisher == "The Riverton Ledger"
    assert str(article.published) == "2024-03-05"
    texts = [c.text for c in doc.claims]
    assert texts[0] == (
        "The Riverton city council voted 7 to 2 on Monday to build a new bridge over the "
        "Alder River."
    )
    assert "The mayor signed the measure the same evening." in texts
    page = ("Sign in", "Subscribe", "Share", "Related", "comment", "©", "newsletter", "Don't")
    assert not [t for t in texts if any(word in t for word in page)]
    assert {c.section for c in doc.claims} == {None, "Why does Riverton need a bridge?"}
    assert (
        "The plan includes three elements: flood barriers along 800 metres of the south bank."
        in texts
    )


PAGE = (
    "<html><head><title>Ferry sailings resume</title></head><body><article>"
    "<h1>Ferry sailings resume</h1>{byline}<p>The ferry service between the two islands "
    "resumed on Tuesday after a week of repairs to the harbour wall.</p><p>The harbour "
    "wall was built in 1998 and last repaired in 2019, the operator said.</p>"
    "<p>About 400 passengers use the crossing each day in winter, and twice as many in "
    "summer.</p><p>The operator said the next inspection of the wall is due in the "
    "spring.</p><p>Copyright 2023 The Island Times</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("byline", "published"),
    [
        ("<p>By Jo Marsh | Published 3 June 2025</p>", "2025-06-03"),  # a date in the text
        ("", "None"),  # years in the text ("built in 1998", "Copyright 2023") are no date
        ("<p class='byline'>By Jo Marsh | 4 June 2025</p>", "2025-06-04"),
        ("<time datetime='2025-06-04T09:00'>Wednesday</time>", "2025-06-04"),
        # a month alone or an impossible day is no day: never one filled in by a parser
        ("<time datetime='2025-02'>February</time>", "None"),
        ("<p class='date'>Posted 02/2025</p>", "None"),
        ("<p class='byline'>By Jo Marsh | 31/02/2025</p>", "None"),
    ],
)
def test_a_page_without_a_date_in_its_markup_takes_one_from_its_text_never_a_bare_year(
    tmp_path: Path, byline: str, published: str
) -> None:
    (tmp_path / "ferry.html").write_text(PAGE.format(byline=byline), encoding="utf-8")
    result = run("extract", "ferry.html", "-o", "ferry.yaml")
    assert result.exit_code == 0, result.stderr
    assert str(store.load(tmp_path / "ferry.yaml").doc.article.published) == published


def test_a_photo_caption_the_page_extractor_drops_is_recorded_as_left_out(
    tmp_path: Path,
) -> None:
    caption = "The repaired harbour wall at low tide on Monday. Photo: J. Marsh"
    figure = f"<figure><img src='wall.jpg'><figcaption>{caption}</figcaption></figure>"
    page = PAGE.format(byline="").replace("<p>The harbour wall", figure + "<p>The harbour wall")
    (tmp_path / "ferry.html").write_text(page, encoding="utf-8")
    result = run("extract", "ferry.html", "-o", "ferry.yaml")
    assert result.exit_code == 0, result.stderr
    assert "1 caption" in result.stderr
    doc = store.load(tmp_path / "ferry.yaml").doc
    captions = [item.passage.quote for item in doc.left_out if item.reason == "caption"]
    assert captions == [caption]  # a statement of the page, never lost without a trace
    assert not [c for c in doc.claims if "low tide" in c.text]
    assert (doc.article.text or "").endswith(caption + "\n")  # after the body, where it is anchored


def test_options_override_what_the_page_says(tmp_path: Path) -> None:
    result = run(
        "extract", str(COUNCIL), "-o", "c.yaml", "--title", "Bridge vote", "--publisher",
        "Ledger", "--published", "2024-03-04", "--id", "bridge-vote",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    article = store.load(tmp_path / "c.yaml").doc.article
    assert (article.id, article.title, article.publisher, str(article.published)) == (
        "bridge-vote",
        "Bridge vote",
        "Ledger",
        "2024-03-04",
    )


@pytest.mark.parametrize(
    ("title", "article_id"),
    [
        (  # 61 characters joined: the id had been cut to "…-after-record-winte"
            "Riverside council approves £12m flood wall after record winter",
            "riverside-council-approves-12m-flood-wall-after-record-winter",
        ),
        (  # 61 characters joined: a width of 60 had cut "bridge" off (desk6 L3)
            "Kelby council approves £4.2m repair plan for Marsh Lane bridge",
            "kelby-council-approves-4-2m-repair-plan-for-marsh-lane-bridge",
        ),
        (  # cut at 80 characters, at a word, and not after the joining word "for"
            "Residents of the old harbour district object to the plans drawn up last year "
            "for the redevelopment of the pier",
            "residents-of-the-old-harbour-district-object-to-the-plans-drawn-up-last-year",
        ),
        ("Bridge vote", "bridge-vote"),
        ("A" * 90 + " bridge", "a" * 80),  # one word longer than an id: nowhere else to cut
        ("£ — !", "article"),
    ],
)
def test_an_article_id_made_from_the_title_ends_at_a_word(
    tmp_path: Path, title: str, article_id: str
) -> None:
    """The id goes into every published URL (ClaimReview's `url`, the CSV's
    `article_id`): it never ends inside a word of the title."""
    result = run("extract", str(COUNCIL), "-o", "c.yaml", "--title", title)
    assert result.exit_code == 0, result.stderr
    assert store.load(tmp_path / "c.yaml").doc.article.id == article_id


def test_markdown_headings_become_sections(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "# Rail strike ends\n\nShare\n\n## The deal\n\nThe union accepted a *4%* raise on "
        "Tuesday, and trains will run again on Friday.\n\n## What next\n\n- Talks resume "
        "in June.\n"
    )
    assert run("extract", "a.md", "-o", "a.yaml").exit_code == 0
    doc = store.load(tmp_path / "a.yaml").doc
    assert doc.article.title == "Rail strike ends"
    assert [(c.section, c.text) for c in doc.claims] == [
        ("The deal", "The union accepted a 4% raise on Tuesday."),
        ("The deal", "Trains will run again on Friday."),
        ("What next", "Talks resume in June."),
    ]


def test_stdin_is_read_with_a_dash(tmp_path: Path) -> None:
    result = run("extract", "-", "-o", "s.yaml", "--title", "Piped", input="Prices rose 3%.\n")
    assert result.exit_code == 0, result.stderr
    assert claims_of(tmp_path / "s.yaml") == ["Prices rose 3%."]


# --------------------------------------------------------------------------- refusals


def test_an_existing_claim_file_is_never_replaced_without_force(seed: Path) -> None:
    before = seed.read_bytes()
    result = run("extract", "article.txt", "-o", "claims.yaml")
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: claims.yaml already exists and may hold a review; "
        "choose another -o or add --force to replace it\n"
    )
    assert seed.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "args", "code", "message"),
    [
        (b"", (), 1, "Error: a.txt: the article is empty"),
        (b"  \n\n", (), 1, "Error: a.txt: the article is empty"),
        (b"abc\x00def", (), 1, "Error: a.txt: binary data (NUL byte); not an article"),
        (
            b"caf\xe9\n",
            (),
            1,
            "Error: a.txt:1: not UTF-8 text (byte 0xe9); convert it first, e.g. iconv -f"
            " latin1 -t utf-8",
        ),
        (b"What?\n", (), 1, "Error: a.txt: no checkable statements found; nothing was written"),
        (
            b"Ok.\n",
            ("--url", "javascript:x"),
            1,
            "Error: --url: not an http(s) URL: 'javascript:x'",
        ),
        (
            b"Ok.\n",
            ("--published", "May 5"),
            1,
            "Error: --published: not a date (YYYY-MM-DD): 'May 5'",
        ),
        (
            b"The bridge opened.\n",
            ("--published", "2999-01-01"),
            1,
            "Error: --published: 2999-01-01 is in the future",
        ),
    ],
)
def test_bad_articles_and_options_get_one_line_and_write_nothing(
    tmp_path: Path, content: bytes, args: tuple[str, ...], code: int, message: str
) -> None:
    (tmp_path / "a.txt").write_bytes(content)
    result = run("extract", "a.txt", "-o", "out.yaml", *args)
    assert result.exit_code == code
    assert result.stderr == message + "\n"
    assert not (tmp_path / "out.yaml").exists()


def test_a_missing_article_or_a_folder_is_refused(tmp_path: Path) -> None:
    result = run("extract", "nope.txt", "-o", "out.yaml")
    assert (result.exit_code, result.stderr) == (1, "Error: nope.txt: no such article\n")
    (tmp_path / "dir").mkdir()
    result = run("extract", "dir", "-o", "out.yaml")
    assert (result.exit_code, result.stderr) == (1, "Error: dir: is a folder, not an article\n")
    assert not (tmp_path / "out.yaml").exists()


# --------------------------------------------------------------------------- reanchor


def test_reanchor_follows_a_corrected_article(tmp_path: Path) -> None:
    shutil.copy(COUNCIL, tmp_path / "v1.html")
    assert run("extract", "v1.html", "-o", "c.yaml").exit_code == 0
    assert run("tag", "c002", "sourced", "-f", "c.yaml", "--source", "Minutes").exit_code == 0
    before = store.load(tmp_path / "c.yaml").doc
    page = COUNCIL.read_text()
    page = page.replace(
        "<p>The Riverton city council",
        "<p>Updated: a correction below.</p>\n<p>The Riverton city council",
    )
    page = page.replace("the same evening", "the same night")
    (tmp_path / "v2.html").write_text(page)
    result = run("reanchor", "v2.html", "-f", "c.yaml")
    assert result.exit_code == 0, result.stderr
    after = store.load(tmp_path / "c.yaml").doc  # validates against the new text
    added = "Updated: a correction below."  # the one sentence the new version adds
    at = (after.article.text or "").index(added)
    assert result.stderr == (
        "Approximately: c002 (sourced, needs a re-check): the mayor signed the measure the "
        "same night.\n"
        f"New: {at}-{at + len(added)}: {added}\n"
        f"Re-anchored c.yaml: {len(before.claims)} claims kept; {len(before.claims)} passages "
        f"placed in the new text, {len(before.claims) - 1} exactly and 1 approximately\n"
        "The new text adds 1 sentence no claim covers, left out as 'new': "
        "'claimcheck add --left-out START-END' makes one a claim\n"
    )
    assert [i.reason for i in after.left_out if i.passage.quote == added] == ["new"]
    moved = after.claim("c002")
    assert moved is not None and moved.label is not None and moved.sources
    assert moved.passage.quote == "the mayor signed the measure the same night."
    assert moved.needs_recheck  # a word changed: the label keeps, to be checked again
    assert [(c.field, c.by) for c in moved.history][-1] == ("reanchored", "tester")
    assert after.claims[0].passage.start > before.claims[0].passage.start
    assert after.claims[0].history[-1].field == "moved"
    assert after.claims[0].history[-1].old == before.claims[0].passage
    listed = run("list", "-f", "c.yaml", "--label", "needs-recheck", "--json")
    assert [c["id"] for c in json.loads(listed.stdout)] == ["c002"]


def test_reanchor_saves_nothing_while_a_claim_cannot_be_placed(tmp_path: Path) -> None:
    shutil.copy(COUNCIL, tmp_path / "v1.html")
    assert run("extract", "v1.html", "-o", "c.yaml").exit_code == 0
    saved = (tmp_path / "c.yaml").read_bytes()
    gone = "<p>Local businesses say the detour has cost them customers; the chamber of commerce estimated losses at $3 million a year.</p>"
    (tmp_path / "v2.html").write_text(COUNCIL.read_text().replace(gone, ""))
    result = run("reanchor", "v2.html", "-f", "c.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Not found: c012: Local businesses say the detour has cost them customers",
        "Not found: c013: the chamber of commerce estimated losses at $3 million a year.",
        "Error: 2 claims could not be placed in v2.html; nothing was saved (fix the text,"
        " or add --drop-unplaced to remove them)",
    ]
    assert (tmp_path / "c.yaml").read_bytes() == saved
    result = run("reanchor", "v2.html", "-f", "c.yaml", "--drop-unplaced")
    assert result.exit_code == 0
    assert result.stderr.splitlines()[:2] == [
        "Removed c012: Local businesses say the detour has cost them customers",
        "Removed c013: the chamber of commerce estimated losses at $3 million a year.",
    ]
    assert re.fullmatch(
        r"Re-anchored c\.yaml: (\d+) of \d+ claims kept, 2 removed; \d+ passages placed in "
        r"the new text, \d+ exactly and \d+ approximately",
        result.stderr.splitlines()[-1],
    )
    doc = store.load(tmp_path / "c.yaml").doc
    assert [c.id for c in doc.claims if c.id in ("c012", "c013")] == []
    assert [(c.id, c.history[-1].field) for c in doc.deleted] == [
        ("c012", "removed"),
        ("c013", "removed"),
    ]  # tombstones: the ids are never given again, and history says what happened


def test_reanchor_an_article_edited_in_place(seed: Path) -> None:
    article = seed.with_name("article.txt")
    article.chmod(0o644)
    article.write_text("Editor's note: corrected on 2 July.\n\n" + article.read_text())
    result = run("list", "-f", "claims.yaml")
    assert result.exit_code == 1
    assert "the article text has changed since the claims were anchored" in result.stderr
    result = run("reanchor", "article.txt", "-f", "claims.yaml")
    assert result.exit_code == 0, result.stderr
    assert (
        result.stderr
        == "Re-anchored claims.yaml: 114 claims kept; 119 passages placed in the new text, "
        "119 exactly and 0 approximately\n"
    )
    loaded = store.load(seed)
    assert loaded.doc.article.text_path == "article.txt"  # still points at the file
    assert run("validate", "-f", "claims.yaml").exit_code == 0


def test_extract_counts_in_words_at_one(tmp_path: Path) -> None:
    article = tmp_path / "one.txt"
    article.write_text("Headline\n\nThe council said on Tuesday it will spend $5m on buses.\n")
    result = run("extract", str(article), "-o", str(tmp_path / "one.yaml"))
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[:2] == [
        "Extracted 1 claim (1 look factual, 0 look like opinion, 0 unclear) from 1 sentence "
        f"into {tmp_path / 'one.yaml'}",
        "Left out 1 passage: 1 heading.",
    ]


@pytest.mark.parametrize(
    ("day", "why"), [("2999-05-01", "is in the future"), ("1066-10-14", "is not plausible")]
)
def test_a_future_or_absurd_page_date_is_ignored_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, day: str, why: str
) -> None:
    import trafilatura

    original = trafilatura.extract_metadata

    def with_date(html: str, *args: object, **kwargs: object) -> object:
        meta = original(html, *args, **kwargs)  # type: ignore[arg-type]
        meta.date = day
        return meta

    # trafilatura bounds the dates it finds itself; a page it misreads must not crash
    # extract nor make a claim file that no command can load
    monkeypatch.setattr(trafilatura, "extract_metadata", with_date)
    shutil.copy(COUNCIL, tmp_path / "council.html")
    result = run("extract", "council.html", "-o", "council.yaml")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == f"council.html: the page's date {day} {why}; ignored"
    doc = store.load(tmp_path / "council.yaml").doc
    assert doc.article.published is None
    assert run("validate", "-f", "council.yaml").exit_code == 0


def test_a_byline_s_job_title_and_date_words_are_no_authors(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Harbour wall repaired</title></head><body><article>"
        "<h1>Harbour wall repaired</h1>"
        '<p class="byline">By Ines Duarte, Senior Reporter | Published 3 June 2025</p>'
        "<p>The harbour wall at Porthcove was repaired in May after storms damaged it in "
        "January. The council paid £40,000 for the work, which took six weeks.</p>"
        "<p>Fishing boats returned to the harbour on Monday, the harbour master said.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    result = run("extract", str(page), "-o", "page.yaml")
    assert result.exit_code == 0, result.stderr
    assert store.load(tmp_path / "page.yaml").doc.article.author == "Ines Duarte"


def test_a_quotation_followed_by_punctuation_alone_is_extracted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\n“Fares rose 4% in 2023 in Leeds,” — .\n", "utf-8")
    result = run("extract", "a.txt", "-o", "a.yaml")
    assert result.exit_code == 0, result.stderr
    assert [c.text for c in store.load(tmp_path / "a.yaml").doc.claims] == [
        "“Fares rose 4% in 2023 in Leeds,” — ."
    ]


def test_a_page_that_opens_like_a_web_address_is_read_never_fetched(tmp_path: Path) -> None:
    # a date parser given this text as a string would download it (port 9: discard)
    page = "http://127.0.0.1:9/x\n" + PAGE.format(byline="").replace(" ", "\t")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    result = run("extract", "a.html", "-o", "a.yaml")
    assert result.exit_code == 0, result.stderr
    assert store.load(tmp_path / "a.yaml").doc.article.published is None


def test_a_dateline_in_the_future_is_ignored_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Ferry returns\n\nPublished 3 March 2999\n\nThe ferry service resumed on Tuesday "
        "after repairs to the harbour wall.\n",
        encoding="utf-8",
    )
    result = run("extract", "a.txt", "-o", "a.yaml")
    assert result.exit_code == 0, result.stderr  # it crashed: the record refused the date
    assert result.stderr.splitlines()[0] == (
        "a.txt: the dateline's date 2999-03-03 is in the future; ignored"
    )
    assert store.load(tmp_path / "a.yaml").doc.article.published is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation that never ends a sentence, before a number or a word
        ("It employs approx. 4,000 people. It was founded in 1990.", 2),
        ("It employs approx. four thousand people.", 1),
        ("Sales were $3.5bn in 2023 vs. $2.9bn in 2022.", 1),
        # a short word and a full stop, then lower case: the sentence goes on
        ("The firm, est. in 1850, makes rope.", 1),
        # "iPhone" starts a sentence in lower case; "EST." may end one
        ("He went home. iPhone sales rose.", 2),
        ("The launch is at 9pm EST. Officials expect a crowd.", 2),
        # a name's own question or exclamation mark, then its verb in lower case
        ("Consumer group Which? said the recall was late.", 1),
        ("Is it safe? Experts are not sure.", 2),
        # a clock time, then the day or the date it falls on
        ("The pool stays shut until 7 a.m. Saturday. Lessons resume then.", 2),
        ("Voting closes at 10 p.m. Wednesday, the council said.", 1),
        ("The ferry leaves at 6 a.m. Aug. 14 from the north pier.", 1),
        ("Tickets go on sale at 9 a.m. March 3.", 1),
        # but a new sentence may start with a day's possessive or a word like a month's
        ("The pool shut at 7 p.m. Saturday's lessons were cancelled.", 2),
        ("Doors opened at 9 a.m. Marching bands played.", 2),
        ("The game ended at 4 p.m. May the better side win next time.", 2),
    ],
)
def test_a_sentence_goes_on_after_an_abbreviation(text: str, expected: int) -> None:
    assert len(list(sentences(text, 0, len(text)))) == expected
