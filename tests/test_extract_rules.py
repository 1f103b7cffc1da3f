"""General extraction rules, each on sentences written for these tests."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.extract import Meta, atomize, blocks, extract, lexicon
from claimcheck.extract.atomize import Piece
from claimcheck.extract.hints import hint
from claimcheck.extract.ingest import Source
from tests.conftest import run


def pieces(sentence: str) -> list[str]:
    return [sentence[p.start : p.end] for p in atomize.pieces(sentence, 0, len(sentence))]


def texts(sentence: str) -> list[str]:
    """The claim texts of a sentence, as extract builds them."""
    found = list(atomize.pieces(sentence, 0, len(sentence)))
    first = sentence[found[0].start : found[0].end]
    subject, past = atomize.subject_of(first), atomize.is_past(first)
    out, before, antecedent = [], "", None
    for piece in found:
        if piece.kind == "relative":
            who = sentence[piece.start : piece.end].casefold().startswith("who")
            antecedent = atomize.antecedent_of(before, who)
        out.append(atomize.claim_text(sentence, piece, antecedent, subject, past))
        before = sentence[piece.start : piece.end]
    return out


@pytest.mark.parametrize(
    "sentence",
    [
        "The bakery employs forty people.",
        "Rainfall in the valley stands at half its usual level.",
        "A cold front crept across the plains overnight.",
        "The founder died in 1987.",
        "Every report matters.",
        "It failed.",
    ],
)
def test_verbs_come_from_the_lexicon_not_a_word_list(sentence: str) -> None:
    assert atomize.has_verb(sentence)


@pytest.mark.parametrize(
    "phrase",
    [
        "the annual report",
        "Norway",
        "a row over wages, hours, pensions and working conditions",
        "Killing three sheep.",
        "4,000 jobs",
    ],
)
def test_a_noun_phrase_has_no_verb(phrase: str) -> None:
    assert not atomize.has_verb(phrase)


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff over 50 work fewer hours.",
        "Those under 16 pay nothing.",
        "Children under 5 ride for free.",
    ],
)
def test_a_verb_after_a_number_that_ends_the_subject_is_kept(sentence: str) -> None:
    """The number's word is no subject-like word, so the verb after it is not read as
    one; the sentence must still be a claim, not a fragment left out."""
    doc, _ = extract(Source(f"Title\n\n{sentence}\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [sentence]
    assert [item.reason for item in doc.left_out] == ["heading"]  # the title only


@pytest.mark.parametrize("phrase", ["Growth of 3.5 percent.", "Up 12 places on the day."])
def test_a_noun_after_a_number_is_still_no_verb(phrase: str) -> None:
    assert not atomize.has_verb(phrase)
    assert not atomize.verb_after_number(phrase)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ticket sales rose by a third, the theatre said.",
            ["Ticket sales rose by a third, the theatre said."],
        ),
        (
            "According to the museum, the vase is 3,000 years old.",
            ["According to the museum, the vase is 3,000 years old."],
        ),
        (
            "The river burst its banks on Sunday, a council spokesman told reporters.",
            ["The river burst its banks on Sunday, a council spokesman told reporters."],
        ),
    ],
)
def test_an_attribution_stays_with_what_it_attributes(sentence: str, expected: list[str]) -> None:
    assert pieces(sentence) == expected


@pytest.mark.parametrize(
    "piece",
    [
        "the ministry said.",
        "according to local officials",
        "Police reported.",
        "as the study notes",
    ],
)
def test_bare_attributions(piece: str) -> None:
    assert atomize.is_bare_attribution(piece)


@pytest.mark.parametrize(
    "piece", ["the ministry said that fares would rise", "said the audit never happened"]
)
def test_an_attribution_with_its_statement_is_not_bare(piece: str) -> None:
    assert not atomize.is_bare_attribution(piece)


def test_a_relative_clause_takes_its_antecedent_as_subject() -> None:
    assert texts("The council closed the library, which opened in 1962.") == [
        "The council closed the library.",
        "The library opened in 1962.",
    ]


def test_who_after_a_copula_is_about_the_subject() -> None:
    assert texts("Ada Ruiz is a veteran sailor, who crossed the Atlantic twice.")[1] == (
        "Ada Ruiz crossed the Atlantic twice."
    )


def test_a_participle_phrase_gets_the_subject_and_a_finite_verb() -> None:
    assert texts("The striker scored twice on Saturday, taking his tally to nine goals.") == [
        "The striker scored twice on Saturday.",
        "The striker took his tally to nine goals.",
    ]


def test_a_shared_subject_predicate_gets_the_subject() -> None:
    found = texts("The mayor opened the bridge in June and has promised two more by 2030.")
    assert found == [
        "The mayor opened the bridge in June.",
        "The mayor has promised two more by 2030.",
    ]


def test_an_absolute_phrase_loses_its_with() -> None:
    # its participle takes the tense of the clause it hangs on: "dropping" alone was a
    # fragment (h36e)
    found = texts("Shares fell sharply on Friday, with the bank's value dropping by a fifth.")
    assert found[1] == "The bank's value dropped by a fifth."


@pytest.mark.parametrize(
    "sentence",
    [
        "If you bought one of these kettles, you can return it to the shop.",
        "The full timetable can be found here.",
        "Here are the main changes:",
        "Anyone with information should call the police on 101.",
        "Anyone worried about their pension can ring the helpline.",
        "Tell us what you think in the comments below.",
        "Let us know your views by emailing the newsroom.",
        "Email us at news@example.com with your stories.",
    ],
)
def test_lines_addressed_to_the_reader(sentence: str) -> None:
    assert atomize.speaks_to_reader(sentence)


@pytest.mark.parametrize(
    ("sentence", "cut"),
    [("The museum reopened in 2021 after the flood of", True), ("It reopened.", False)],
)
def test_a_sentence_cut_off_by_the_excerpt(sentence: str, cut: bool) -> None:
    assert atomize.is_truncated(sentence) is cut


def test_claim_text_of_a_plain_clause_is_unchanged() -> None:
    sentence = "the tide turned"
    assert atomize.claim_text(sentence, Piece(0, len(sentence), "clause")) == "The tide turned."


# --------------------------------------------------------------------------- hints


def test_a_hint_with_no_cue_is_unclear() -> None:
    found = hint("The ferry leaves the harbour.")
    assert found.kind == "unclear"
    assert found.reasons == ["no cue of fact or opinion"]


def test_a_past_event_is_a_cue_of_fact() -> None:
    found = hint("The ferry left the harbour.")
    assert found.kind == "factual"
    assert found.reasons == ["past event: left"]


def test_a_tie_is_unclear() -> None:
    found = hint("Sadly, 40 ferries were sold.")
    assert found.kind == "unclear"
    assert found.reasons == ["stance: sadly", "number: 40"]


def test_first_person_inside_quoted_speech_is_not_the_author() -> None:
    found = hint("The mayor said: “We will rebuild the pier in 2026.”")
    assert "first person" not in found.reasons
    assert found.kind == "factual"


@pytest.mark.parametrize(
    "text",
    [
        "The agency said the ferry would resume sailing in June.",
        "The firm did not say when the factory would reopen.",
        "Analysts expected that profits will halve.",
    ],
)
def test_a_forecast_in_reported_speech_is_not_the_author_s(text: str) -> None:
    assert not any(r.startswith("prediction") for r in hint(text).reasons)


def test_the_author_s_own_forecast_is_still_one() -> None:
    assert "prediction: would" in hint("Fares would double under the plan.").reasons


def test_evaluative_words_inside_quotes_are_someone_elses() -> None:
    assert not any(
        r.startswith("evaluative") for r in hint("He called it “a disgraceful mess”.").reasons
    )


def test_a_capitalised_name_is_not_a_judgement() -> None:
    assert not any(
        r.startswith("evaluative") for r in hint("Exports from Great Britain rose.").reasons
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The second plan is even worse.", "evaluative: worse"),
        ("The rules were laughably vague.", "evaluative: laughably"),
        ("The council has, of course, ignored the warnings.", "stance: of course"),
        ("The town needs to rethink its approach.", "normative: needs to"),
    ],
)
def test_opinion_cues_in_any_inflection(text: str, reason: str) -> None:
    found = hint(text)
    assert found.kind == "opinion", found.reasons
    assert reason in found.reasons


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Maria Lopez argued that 300 jobs were at risk.", "Maria Lopez"),
        ("The Harbour Trust tweeted that the quay reopened on Friday.", "The Harbour Trust"),
    ],
)
def test_reporting_verbs_name_the_source(text: str, source: str) -> None:
    found = hint(text)
    assert found.attributed_to == source
    assert found.kind == "factual"


def test_a_quotation_the_text_begins_inside_is_not_the_author_s_voice() -> None:
    found = hint("“We will never sell the old pier, and our members agree")
    assert not any(r.startswith(("first person", "generalisation")) for r in found.reasons)
    assert "quoted speech" in found.reasons
    assert found.kind == "factual"
    ended = hint("and the pier is ours for good,” the harbour master told our reporter.")
    assert ended.reasons.count("first person") == 1  # "our", outside the quotation
    # "told us": the paper as listener, no view of the writer's (user 18, D23)
    assert "first person" not in hint("and it is ours,” the harbour master told us.").reasons


def test_quoted_speech_is_reporting_but_a_word_in_quotes_is_not() -> None:
    found = hint("The mayor told reporters: “The new bridge has changed the whole town.”")
    assert "quoted speech" in found.reasons
    assert found.kind == "factual"
    assert "quoted speech" not in hint("The council called the plan “bold” and “brave”.").reasons


def test_a_forecast_weighs_half() -> None:
    alone = hint("The bridge would cost far more than the tunnel.")
    assert alone.kind == "opinion"
    assert "prediction: would" in alone.reasons
    # (a forecast: "will open on 4 May" is an event in a calendar, no forecast at all)
    with_a_date = hint("Traffic on the bridge will ease after 4 May.")
    assert with_a_date.kind == "factual"
    assert "prediction: will" in with_a_date.reasons


def test_a_hedge_after_a_reporting_verb_is_the_source_s() -> None:
    found = hint("The agency said the delays may last until spring.")
    assert not any(r.startswith("hedge") for r in found.reasons)
    assert found.kind == "factual"
    assert "hedge: may" in hint("The delays may last until spring.").reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Nobody in the valley trusts the new timetable.", "generalisation: nobody"),
        ("The ferry never leaves on time.", "generalisation: never"),
        ("Arguably, the ferry is the town's finest asset.", "stance: arguably"),
        ("Unsurprisingly, the council looked the other way.", "stance: unsurprisingly"),
        ("Fares on the line are ridiculously high.", "intensifier: ridiculously"),
        ("The timetable is ludicrous.", "evaluative: ludicrous"),
        ("The rollout was a fiasco from start to finish.", "evaluative: fiasco"),
        ("Our roads are a disgrace.", "first person"),
    ],
)
def test_more_opinion_cues(text: str, reason: str) -> None:
    found = hint(text)
    assert reason in found.reasons, found.reasons
    assert found.kind == "opinion"


@pytest.mark.parametrize(
    "text",
    ["Nobody was injured in the collision.", "The founder never planned to sell the firm."],
)
def test_a_past_event_told_with_nobody_or_never_is_no_generalisation(text: str) -> None:
    found = hint(text)
    assert not any(r.startswith("generalisation") for r in found.reasons), found.reasons
    assert found.kind == "factual"


def test_arguably_counts_once() -> None:
    reasons = hint("Arguably, the ferry is the town's finest asset.").reasons
    assert [r for r in reasons if r.endswith("arguably")] == ["stance: arguably"]


def test_a_superlative_is_not_an_intensifier() -> None:
    found = hint("The most common complaint concerned late trains.")
    assert not any(r.startswith("intensifier") for r in found.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers at Feed Our Town handed out 200 meals.",
        "The I-95 was closed for six hours after the crash.",
    ],
)
def test_a_name_is_not_the_first_person(text: str) -> None:
    assert "first person" not in hint(text).reasons


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The A12 was closed after the crash.", "identifier: A12"),
        ("Cases of COVID-19 rose by 12% in a week.", "number: 12"),
        ("The strain BA.4.6 spread in the north.", "identifier: BA.4.6"),
    ],
)
def test_digits_in_a_designation_are_not_a_quantity(text: str, reason: str) -> None:
    found = hint(text)
    assert reason in found.reasons, found.reasons
    assert found.kind == "factual"


def test_a_compound_or_a_name_is_not_a_past_event() -> None:
    from claimcheck.extract.hints import past_event

    assert past_event("The state-owned operator runs the line.") is None
    assert past_event("The Left wants a vote on the bridge.") is None
    assert past_event("The state-owned operator closed the line.") == "closed"


# --------------------------------------------------------------------------- page metadata


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Fri 3 Mar 2023", "dateline"),
        ("Published: 7:15 AM June 2, 2022 Updated: 8:40 AM June 2, 2022", "dateline"),
        (" date 2022-06-02 Updated", "dateline"),
        ("Dock workers unload a container ship at the port. - Credit: Harbour Photos", "caption"),
        ("Crowds gather outside the town hall (Picture: Sam Reed/Agency)", "caption"),
        (
            "The mayor opens the new bridge in Exeter, England, 4 May 2023. CITYWIRE/Ann Lee",
            "caption",
        ),
        ("A cyclist rides past the closed factory in Leeds, Britain, 12 October 2021", "caption"),
        ("Photo: Sam Reed", "credit"),
        ("**JANE DOE IS THE PAPER'S CHIEF POLITICAL CORRESPONDENT**", "byline"),
        ("The council approved the budget on 4 May 2023.", None),
        ("Prices rose 3% in March.", None),
    ],
)
def test_page_metadata_by_its_shape(line: str, kind: str | None) -> None:
    assert blocks.metadata(line) == kind


def run_extract(text: str) -> tuple[str, list[tuple[str, str]], list[str]]:
    doc, _ = extract(Source(text, "text"), Meta())
    left = [(str(i.reason), i.passage.quote) for i in doc.left_out]
    return doc.article.title, left, [c.text for c in doc.claims]


def test_a_caption_and_its_credit_above_the_headline_are_left_out() -> None:
    text = (
        "A ferry leaves the harbour at dawn.\n\nJo Marsh\n\n"
        "Island ferry service to double next year\n\n"
        "The island's ferry service will run twice a day from April, the operator said on "
        "Monday. The change follows a petition signed by 3,000 residents.\n"
    )
    title, left, claims = run_extract(text)
    assert title == "Island ferry service to double next year"
    assert ("caption", "A ferry leaves the harbour at dawn.") in left
    assert ("credit", "Jo Marsh") in left
    assert not any("dawn" in c for c in claims)


def test_a_headline_on_the_line_above_its_paragraph_is_the_title() -> None:
    text = (
        "Island ferry service to double next year\n"
        "The island's ferry service will run twice a day from April, the operator said. "
        "The change follows a petition signed by 3,000 residents.\n"
    )
    title, _, claims = run_extract(text)
    assert title == "Island ferry service to double next year"
    assert claims[0].startswith("The island's ferry service will run twice a day")


def test_without_a_headline_the_title_is_the_lead_statement() -> None:
    text = (
        "The island's ferry service will run twice a day from April under a plan agreed by "
        "the harbour board and the operator on Monday.\n\nThe change follows a petition.\n"
    )
    title, _, _ = run_extract(text)
    assert title.startswith("The island's ferry service will run twice a day")
    assert title.endswith("…") and len(title) <= 80


def test_a_list_of_other_columns_ends_the_article() -> None:
    filler = "The harbour board met on Monday and approved the plan. " * 12
    text = f"{filler}\n\n## Other Opinion Columns\n\nA teaser about a different topic here.\n"
    doc, _ = extract(Source(text, "markdown"), Meta(title="T"))
    assert not any("teaser" in c.text for c in doc.claims)
    assert any(
        i.passage.quote.startswith("## Other") or "Other" in i.passage.quote for i in doc.left_out
    )


# --------------------------------------------------------------------------- the lexicon


def test_the_lexicon_cache_is_data_and_a_bad_one_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CLAIMCHECK_CACHE", raising=False)
    lexicon.load.cache_clear()
    try:
        found = lexicon._cache_file()
        assert found is not None and found[0].parent == tmp_path
        path = found[0]
        path.write_bytes(b"\x80not zlib, maybe planted")
        built = lexicon.load()  # unreadable: built from lemminflect and written again
        assert "VERB" in lexicon.readings("employs")
        assert lexicon.verb_form("take", "VBD") == "took"
        lexicon.load.cache_clear()
        again = lexicon.load()  # now read from the file
        assert again is not built and again.verbs == built.verbs
        assert again.lemmas["worse"]["ADJ"] == built.lemmas["worse"]["ADJ"]
    finally:
        lexicon.load.cache_clear()


def test_a_lexicon_cache_not_signed_with_the_user_s_key_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A well-formed lexicon with every verb made a noun, planted in the cache folder (a
    desk with CLAIMCHECK_CACHE_DIR=., a restored cache): it would change what extraction
    cuts. Unsigned, or signed with another key, it is rebuilt over."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLAIMCHECK_CACHE", raising=False)
    lexicon.load.cache_clear()
    try:
        real = lexicon.load()
        found = lexicon._cache_file()
        assert found is not None
        path, key = found
        nouns: dict[str, dict[str, tuple[str, ...]]] = {w: {"NOUN": (w,)} for w in real.lemmas}
        forged = lexicon._dump(lexicon.Lexicon(nouns, real.verbs))
        for signed_with in (None, b"someone else's key"):
            mac = (
                b"0" * 64
                if signed_with is None
                else lexicon._signature(signed_with, path.name, forged)
            )
            path.write_bytes(mac + b"\n" + forged)
            lexicon.load.cache_clear()
            assert "VERB" in lexicon.readings("employs"), signed_with
            assert path.read_bytes() != mac + b"\n" + forged  # rebuilt over
        # signed with the user's own key it is read as it is: the signature is the check
        path.write_bytes(lexicon._signature(key, path.name, forged) + b"\n" + forged)
        lexicon.load.cache_clear()
        assert "VERB" not in lexicon.readings("employs")
    finally:
        lexicon.load.cache_clear()


@pytest.mark.parametrize("plant", ["bomb", "link"])
def test_a_planted_lexicon_cache_is_neither_inflated_nor_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, plant: str
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CLAIMCHECK_CACHE", raising=False)
    lexicon.load.cache_clear()
    try:
        found = lexicon._cache_file()
        assert found is not None
        path = found[0]
        path.parent.mkdir(exist_ok=True)
        if plant == "bomb":  # 200 MB of one line, 200 KB on disk
            path.write_bytes(zlib.compress(b"L\tx\t" + b"a" * (200 << 20), 9))
        else:  # a link to a file that never ends
            path.symlink_to("/dev/zero")
        lexicon.load()
        assert "VERB" in lexicon.readings("employs")
        assert not path.is_symlink()  # rebuilt over, as a regular file
    finally:
        lexicon.load.cache_clear()


# --------------------------------------------------------------------------- appositives


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Unite, the country's largest union, called the strike.",
            ["Unite is the country's largest union."],
        ),
        (
            "The ferry stops at Arran, an island in the Firth of Clyde, twice a day.",
            ["Arran is an island in the Firth of Clyde."],
        ),
        (
            "The Herald, part of Newsquest Media, printed it.",
            ["The Herald is part of Newsquest Media."],
        ),
        (  # a title in capitals after a name, before the reporting verb
            "“Stocks are low,” Ada Ruiz, UNHCR Field Director, said.",
            ["Ada Ruiz is UNHCR Field Director."],
        ),
        (  # set off by dashes
            "More closures are planned \u2013 Norrail, the regional rail operator \u2013 said Monday.",
            ["Norrail is the regional rail operator."],
        ),
        ("The trip took them to Lyon, France.", []),  # a place, not a title
        ("The panel heard Omar Haddad, Priya Nair, who chairs it, and others.", []),  # names
        ("Buses ran in Leeds, York, Hull and Bath.", []),
        ("Buses ran in Leeds, York and Bath.", []),
        ("Drivers, guards, even cleaners walked out.", []),
        ("In March, prices rose.", []),
    ],
)
def test_an_appositive_is_a_claim_of_its_own(sentence: str, expected: list[str]) -> None:
    found = list(atomize.appositives(sentence, 0, len(sentence)))
    assert [atomize.appositive_text(head, app) for _, _, head, app in found] == expected
    for start, end, head, _ in found:
        assert sentence[start:end].startswith(head)  # the passage is exact, name included


def test_the_appositive_claim_lies_inside_the_sentence_claim() -> None:
    text = "Unite, the country's largest union, called the strike on Monday.\n"
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    texts = [c.text for c in doc.claims]
    assert "Unite is the country's largest union." in texts
    assert any(t.startswith("Unite, the country's largest union, called") for t in texts)


# --------------------------------------------------------------------------- "and" without a comma


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The striker has signed a two-year deal and the fee is believed to be small.",
            ["The striker has signed a two-year deal", "the fee is believed to be small."],
        ),
        (
            "The rebels seized two lorries and stayed in the valley for a week.",
            ["The rebels seized two lorries", "stayed in the valley for a week."],
        ),
        ("The unit was staffed by highly trained and equipped medics.", None),
        ("The troops who crossed the river and took the bridge were cheered.", None),
        ("Officials said that groups like the Harbour Trust and others have objected.", None),
        ("The council bought bread and milk for the shelter.", None),
    ],
)
def test_and_without_a_comma(sentence: str, expected: list[str] | None) -> None:
    assert pieces(sentence) == (expected or [sentence])


def claims_of_text(text: str) -> list[str]:
    doc, _ = extract(Source(text + "\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def test_a_description_before_the_subject_is_a_claim_about_it() -> None:
    assert claims_of_text(
        "An experienced sailor, Ada Ruiz crossed the Atlantic twice in 2019."
    ) == [
        "Ada Ruiz was an experienced sailor.",
        "Ada Ruiz crossed the Atlantic twice in 2019.",
    ]


def test_a_passive_report_is_about_the_noun_before_it() -> None:
    assert claims_of_text("The club signed him for an undisclosed fee, believed to be £2m.") == [
        "The club signed him for an undisclosed fee.",
        "An undisclosed fee was believed to be £2m.",
    ]


def test_a_quoted_sentence_on_its_own_line_is_not_a_heading() -> None:
    assert not blocks.looks_like_heading('"Further falls in prices are still expected."')
    assert blocks.looks_like_heading("Ferry service to double next year")


def test_a_relative_clause_inside_the_subject_is_a_claim_of_its_own() -> None:
    text = "The lender, which is raising its own rates, said costs rose."
    doc, _ = extract(Source(text + "\n", "text"), Meta(title="T"))
    assert [(c.text, c.passage.quote) for c in doc.claims] == [
        # the subject's words are in the passage of the claim about it
        ("The lender is raising its own rates.", "The lender, which is raising its own rates"),
        ("The lender said costs rose.", "said costs rose."),  # the predicate borrows it
    ]
    assert doc.left_out == []  # the subject is carried by both claims


def test_who_inside_the_subject_keeps_the_whole_subject() -> None:
    assert claims_of_text(
        "She and Tom Lee of the Harbour Institute in Leith, who spent days there, said it failed."
    ) == [
        "She and Tom Lee of the Harbour Institute in Leith spent days there.",
        "She and Tom Lee of the Harbour Institute in Leith said it failed.",
    ]


def test_a_parenthesis_between_dashes_is_not_cut() -> None:
    sentence = "It is the town - and its council - that must pay for the repairs."
    assert pieces(sentence) == [sentence]


def test_while_after_an_opening_quote_is_cut_at_its_comma() -> None:
    # typographic quotes, written as escapes
    assert pieces("\u2018While I respect the board, I disagree with its decision.\u2019") == [
        "\u2018While I respect the board",
        "I disagree with its decision.\u2019",
    ]


def test_a_list_with_a_lead_in_gives_one_claim_per_item() -> None:
    found = claims_of_text(
        "The alliance included the ruling Harbour Party, the nationalist-leaning Coast Party, "
        "the small Green Valley Party and the centre-left Union Party."
    )
    assert found[1:] == [
        "The alliance included the ruling Harbour Party.",
        "The alliance included the nationalist-leaning Coast Party.",
        "The alliance included the small Green Valley Party.",
        "The alliance included the centre-left Union Party.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Strikes hit London, Cardiff, Glasgow and Leeds.",
        "The stall sold fruit including apples, pears and plums.",
    ],
)
def test_a_plain_noun_list_stays_one_claim(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


def test_a_sentence_marked_up_as_a_heading_is_part_of_the_article() -> None:
    text = "# Ferry plan\n\n## The island has long relied on a single ferry that breaks down often.\n\nThe board met on Monday and approved a second boat.\n"
    doc, _ = extract(Source(text, "markdown"), Meta())
    assert doc.article.title == "Ferry plan"
    assert "The island has long relied on a single ferry that breaks down often." in [
        c.text for c in doc.claims
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The first alliance, called the Harbour Alliance, included four parties.",
            [
                "The first alliance was called the Harbour Alliance.",
                "The first alliance included four parties.",
            ],
        ),
        (
            "A council study, published by the health board in May, indicates a fall in admissions.",
            [
                "A council study was published by the health board in May.",
                "A council study indicates a fall in admissions.",
            ],
        ),
    ],
)
def test_a_participle_phrase_inside_the_subject(sentence: str, expected: list[str]) -> None:
    assert claims_of_text(sentence) == expected


# --------------------------------------------------------------------------- adverbial clauses


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Harvests shrank across the county last summer as the river was choked by algae.",
            ["Harvests shrank across the county last summer.", "The river was choked by algae."],
        ),
        (
            "The mayor vetoed the tram plan because it would close two bus depots.",
            ["The mayor vetoed the tram plan.", "It would close two bus depots."],
        ),
        (
            "The goalkeeper spent six seasons in the reserves before moving to the first team.",
            [
                "The goalkeeper spent six seasons in the reserves.",
                "The goalkeeper moved to the first team.",
            ],
        ),
        (
            "The ferry service will stop in March after the council ends its contract.",
            ["The ferry service will stop in March.", "The council ends its contract."],
        ),
    ],
)
def test_an_adverbial_clause_after_a_clause_is_a_claim_of_its_own(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The mill sells grains such as barley and oats to local bakers.",  # "such as"
        "The mill was regarded as the finest in the region by its buyers.",
        "The mill is just as busy this winter as it was during the war.",  # a comparison
        "The shop reopened as a cafe with twelve tables.",  # "as a ...": a role
        "The old mill was sold soon after it closed.",  # too short to state anything
        "The mill kept its staff while cutting its hours.",  # manner, not a second event
        "“Prices will fall as the new mills open their doors,” said the miller.",  # quoted
    ],
)
def test_as_in_a_phrase_or_a_short_time_clause_does_not_split(sentence: str) -> None:
    assert pieces(sentence) == [sentence]


def test_a_headline_keeps_its_currencies_and_percentages(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Town spends £4.2m and $5m on 50% more buses 🚌\n\n"
        "The town council said on Tuesday it will spend £4.2m on new buses.\n"
    )
    result = run("extract", str(article), "-o", str(tmp_path / "a.yaml"))
    assert result.exit_code == 0, result.output
    doc = store.load(tmp_path / "a.yaml").doc
    assert doc.article.title == "Town spends £4.2m and $5m on 50% more buses"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # the tannery or the canal? Unsure, the relative clause stays in the claim
            "The old tannery by the canal, which closed in 1998, is now a museum.",
            "The old tannery by the canal, which closed in 1998, is now a museum.",
        ),
        (
            "The Guild of Master Bakers, which has 300 members, backed the plan.",
            "The Guild of Master Bakers has 300 members.",
        ),
        (
            "The head of the agency, who joined in 2019, resigned on Friday.",
            "The head of the agency joined in 2019.",
        ),
    ],
)
def test_a_relative_after_the_subject_is_about_the_right_noun(
    tmp_path: Path, sentence: str, expected: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"Headline\n\n{sentence}\n")
    assert run("extract", str(article), "-o", str(tmp_path / "a.yaml")).exit_code == 0
    texts = [c.text for c in store.load(tmp_path / "a.yaml").doc.claims]
    assert expected in texts, texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The plant shut in May, it\u2019s why the town lost its bakery.",
            ["The plant shut in May.", "It\u2019s why the town lost its bakery."],
        ),
        (
            "The depot closed on Friday, that\u2019s where the buses were kept.",
            ["The depot closed on Friday.", "That\u2019s where the buses were kept."],
        ),
    ],
)
def test_a_contracted_subject_opens_a_clause_of_its_own(sentence: str, expected: list[str]) -> None:
    # "it's", "that's", "we're" are a subject and its verb: after a comma they start a
    # new clause, and that clause borrows no subject
    assert texts(sentence) == expected


def test_contracted_pronouns_are_a_subject_and_a_verb() -> None:
    for word in ("we\u2019re", "they\u2019ve", "I\u2019m", "he\u2019ll", "it's"):
        assert atomize.has_verb(word)
        assert atomize.starts_clause(f"{word} hoping for rain")
        assert not atomize.starts_with_verb(f"{word} hoping for rain")
    assert not atomize.has_verb("the port\u2019s")


def test_a_comma_splice_inside_a_quotation_is_cut_after_the_attribution() -> None:
    sentence = (
        "Asked whether the plan would work, she said: \u2018We\u2019re paving the roads, "
        "we\u2019re hiring more drivers.\u2019"
    )
    # the attribution stays with the quotation it introduces (no claim of its own)
    assert pieces(sentence) == [
        "Asked whether the plan would work, she said: \u2018We\u2019re paving the roads",
        "we\u2019re hiring more drivers.\u2019",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The agency said rents in March were up 40 euros on a year earlier, and "
            "9,000 euros higher than their low point.",
            [
                "The agency said rents in March were up 40 euros on a year earlier.",
                "The agency said rents in March were 9,000 euros higher than their low point.",
            ],
        ),
        (
            "The club sold its stadium last year, and the training ground near the river.",
            [
                "The club sold its stadium last year.",
                "The club sold the training ground near the river.",
            ],
        ),
    ],
)
def test_a_second_complement_after_comma_and_borrows_the_verb(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a list of bare items, and a subject list whose verb follows
        "The storm closed schools, roads, and the two bridges over the bay.",
        "All of the withdrawn bread, jam, frozen pies with apple, and sponge cake with "
        "cream, bear the plant code 12.",
        # a phrase with a clause about it, and a prepositional phrase
        "The firm bought the mill, and the old port of the town, which it rebuilt.",
        "Sales rose in the north, and in the three largest cities of the south.",
    ],
)
def test_a_list_or_a_subject_is_no_second_complement(sentence: str) -> None:
    assert not any(p.kind == "complement" for p in atomize.pieces(sentence, 0, len(sentence)))


def test_a_list_end_read_as_a_verb_is_no_complement() -> None:
    # "sites" can be read as a verb; the phrase before the comma is then no complement
    sentence = (
        "Fires broke out in the night, hitting depots, industrial sites, and even shopping centers."
    )
    assert not any(p.kind == "complement" for p in atomize.pieces(sentence, 0, len(sentence)))


def test_a_where_clause_after_a_clause_is_a_claim_that_keeps_the_place() -> None:
    # the clause it hangs on says where: "She promised a review." alone lost the place
    sentence = "The minister spoke at the town hall, where she promised a review of the rules."
    doc, _ = extract(Source(sentence + "\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [
        "The minister spoke at the town hall.",
        "The minister spoke at the town hall, where she promised a review of the rules.",
    ]
    assert doc.claims[1].passage.quote == "where she promised a review of the rules."


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition inside a parenthesis, and "where" with no clause after it
        "The order is signed by the mayor (or, where the mayor is absent, her deputy).",
        "The fund pays out in cases, where needed, within a week.",
    ],
)
def test_where_in_an_aside_or_without_a_clause_is_not_cut(sentence: str) -> None:
    found = atomize.pieces(sentence, 0, len(sentence))
    assert not any(sentence[: p.start].endswith("where ") for p in found)


def test_which_without_a_comma_after_a_noun_starts_a_relative_clause() -> None:
    sentence = "The council praised the ferry company which runs three boats a day."
    assert texts(sentence) == [
        "The council praised the ferry company.",
        "The ferry company runs three boats a day.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is unclear which party will win the seat.",  # no noun before it
        "The panel asked which rules applied to the port.",  # "which" as a determiner
        "The mayor knows which streets flood first every winter.",
    ],
)
def test_which_as_a_question_word_is_not_cut(sentence: str) -> None:
    assert len(pieces(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The plant is the largest employer in the valley, and starting next year all "
            "its lorries will run on electricity.",
            [
                "The plant is the largest employer in the valley.",
                "Starting next year all its lorries will run on electricity.",
            ],
        ),
        (
            "Prices rose in May, and after the vote the mayor resigned.",
            ["Prices rose in May.", "After the vote the mayor resigned."],
        ),
        (
            "The firm grew quickly, and by 2020 it employed 400 people.",
            ["The firm grew quickly.", "By 2020 it employed 400 people."],
        ),
    ],
)
def test_a_clause_after_and_may_open_with_a_short_phrase(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_a_phrase_after_and_with_no_clause_is_not_cut() -> None:
    sentence = "He praised the staff, and in particular the nurses on the night shift."
    assert len(pieces(sentence)) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Average rents rose by 4% in the year to June, the biggest rise for a decade.",
            [
                "Average rents rose by 4% in the year to June.",
                "Average rents rose by 4% in the year to June: the biggest rise for a decade.",
            ],
        ),
        (
            "Exports fell by 2% last month - the first such fall since 2019, the trade "
            "office said.",
            [
                "Exports fell by 2% last month.",
                "Exports fell by 2% last month: the first such fall since 2019, the trade "
                "office said.",
            ],
        ),
    ],
)
def test_a_ranking_after_a_clause_is_a_claim_about_the_clause(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # no superlative or ordinal; a ranking with more after it; one inside a "that"
        "Average rents rose by 4% in the year to June, a rise seen in most regions.",
        "Rents rose by 4%, the biggest rise for a decade, in the north of the county.",
        "The agency said that the biggest rise for a decade was in the north.",
    ],
)
def test_a_plain_phrase_or_a_ranking_inside_the_clause_is_no_claim_about_it(
    sentence: str,
) -> None:
    assert not any(p.kind == "complement" for p in atomize.pieces(sentence, 0, len(sentence)))


def test_an_appositive_may_hold_an_abbreviation_in_brackets() -> None:
    sentence = "The plan will fail, Ada Ruiz, director of the Coastal Research Unit (CRU), said."
    found = [(head, app) for _, _, head, app in atomize.appositives(sentence, 0, len(sentence))]
    assert found == [("Ada Ruiz", "director of the Coastal Research Unit (CRU)")]
    # a longer aside in brackets is no part of an appositive
    sentence = "Ada Ruiz, director of the unit (which she founded in 1990), said it would fail."
    assert list(atomize.appositives(sentence, 0, len(sentence))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "She met the mayor, the first woman to hold the post, on Monday.",
        "The club hired a coach, the only one to apply, in the spring.",
        "We visited the lighthouse, the last to stand on the coast, at dawn.",
    ],
)
def test_an_appositive_with_an_infinitive_stays_inside_its_clause(sentence: str) -> None:
    """ "to hold" is an infinitive, not a finite verb: the noun phrase between the commas
    says who the mayor is; it is no clause of its own."""
    assert pieces(sentence) == [sentence]
    assert claims_of_text(sentence) == [sentence]


@pytest.mark.parametrize(
    ("word", "prev", "expected"),
    [
        ("hold", "to", False),
        ("be", "to", False),
        ("hold", "they", True),
        ("went", "to", True),  # "said to", "went to": a past form stays a verb
    ],
)
def test_after_to_a_base_form_is_an_infinitive(word: str, prev: str, expected: bool) -> None:
    assert atomize.is_verb(word, prev) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The bridge, the longest in Wales, opened in 1990.",
        "The ferry, a gift from the city, docked at noon.",
    ],
)
def test_a_past_verb_after_an_appositive_subject_is_the_main_verb(sentence: str) -> None:
    assert pieces(sentence) == [sentence]


def test_a_participle_phrase_inside_the_subject_is_still_cut() -> None:
    assert pieces("The study, published by the agency in May, found a rise in costs.") == [
        "The study",
        "published by the agency in May",
        "found a rise in costs.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The storm not only flooded the town but also cut power to 3,000 homes.",
            ["The storm flooded the town.", "The storm cut power to 3,000 homes."],
        ),
        (
            "The plan not only raises taxes, but also cuts spending on schools.",
            ["The plan raises taxes.", "The plan cuts spending on schools."],
        ),
        (
            "Officials said the law not only bans smoking in parks but also limits sales of it.",
            [
                "Officials said the law bans smoking in parks.",
                "Officials said the law limits sales of it.",
            ],
        ),
        # a list of two noun phrases, not two predicates: one statement
        (
            "The museum not only lost the painting but also the frame.",
            ["The museum not only lost the painting but also the frame."],
        ),
        (
            "She was not only a singer but also a painter.",
            ["She was not only a singer but also a painter."],
        ),
    ],
)
def test_not_only_but_also_joins_two_predicates(sentence: str, expected: list[str]) -> None:
    assert claims_of_text(sentence) == expected


# --------------------------------------------------------------------------- subjects and list ends


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # an adverb between commas is no list item: the clause after it is cut
            "The board wants a new mill, too, though the town has a fallback plan.",
            ["The board wants a new mill, too", "the town has a fallback plan."],
        ),
        (  # a subject may open with a title before a name
            "The firm published its figures on Monday, and chief executive Ada Ruiz says "
            "a new plan is now in preparation.",
            [
                "The firm published its figures on Monday",
                "chief executive Ada Ruiz says a new plan is now in preparation.",
            ],
        ),
    ],
)
def test_a_subject_may_open_with_a_plain_noun_or_a_title(
    sentence: str, expected: list[str]
) -> None:
    assert pieces(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The club completed the deal as striker Tom Hale arrives from Leeds.",
            ["The club completed the deal.", "Striker Tom Hale arrives from Leeds."],
        ),
        (
            "Rents rose sharply after minimum wage rules were introduced in May 2018.",
            ["Rents rose sharply.", "Minimum wage rules were introduced in May 2018."],
        ),
    ],
)
def test_an_adverbial_clause_whose_subject_is_a_plain_noun(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a name after "since" dates a ranking; it was never cut
        "It was the first rise since Harbour Bank opened its doors in 1990.",
        # "as well as" opens no clause
        "The mill sells bread to the cafes as well as cakes to the hotels on the coast.",
    ],
)
def test_a_name_or_as_well_as_after_a_clause_is_not_cut(sentence: str) -> None:
    assert pieces(sentence) == [sentence]


# --------------------------------------------------------------------------- lists after a verb


def test_a_list_after_a_verb_gives_one_claim_per_item() -> None:
    sentence = (
        "They held talks with officials from the port authority and the council, members of "
        "the harbour board, the town's senior planners and a group from the fishing union "
        "and the sailing club."
    )
    assert claims_of_text(sentence) == [
        sentence,
        "They held talks with officials from the port authority and the council.",
        "They held talks with members of the harbour board.",
        "They held talks with the town's senior planners.",
        # after the list's closing "and", a second "and" is inside the last item
        "They held talks with a group from the fishing union and the sailing club.",
    ]


def test_a_list_item_may_hold_a_participle_phrase_and_the_list_is_not_cut() -> None:
    sentence = (
        "The alliance included the ruling Harbour Party, the Coast Party allied with the "
        "Harbour Party, the small Green Valley Party and the centre-left Union Party."
    )
    found = claims_of_text(sentence)
    # never "The Coast Party allied with the Harbour Party, the small Green Valley Party
    # and ...": the list stays whole in the sentence's claim
    assert found == [
        sentence,
        "The alliance included the ruling Harbour Party.",
        "The alliance included the Coast Party allied with the Harbour Party.",
        "The alliance included the small Green Valley Party.",
        "The alliance included the centre-left Union Party.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose in London, the South East and the North West.",  # a bare name first
        "They met officials from the port, members of the board, leaders of the union.",
        "The town has a bakery with a long queue, a butcher and a small cafe.",  # short items
    ],
)
def test_a_list_after_a_verb_needs_long_items_closed_by_and(sentence: str) -> None:
    assert claims_of_text(sentence)[1:] == []


# --------------------------------------------------------------------------- supplements


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Deaths fell for both men and women, particularly in middle and older age groups.",
            [
                "Deaths fell for both men and women.",
                "Deaths fell for both men and women, particularly in middle and older age groups.",
            ],
        ),
        (  # the conjunction inside the clause stays in the claim about it
            "The firm sold 4-door and 2-door models, similar to those of its rivals.",
            [
                "The firm sold 4-door and 2-door models.",
                "The firm sold 4-door and 2-door models, similar to those of its rivals.",
            ],
        ),
        (
            "The ferry switched to electric engines in May, in line with a new county law.",
            [
                "The ferry switched to electric engines in May.",
                "The ferry switched to electric engines in May, in line with a new county law.",
            ],
        ),
        (
            "Queues grew in several towns this morning, including Ayr, Troon and Largs.",
            [
                "Queues grew in several towns this morning.",
                "Queues grew in several towns this morning, including Ayr, Troon and Largs.",
            ],
        ),
    ],
)
def test_a_supplement_after_a_clause_is_a_claim_about_the_clause(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Particularly in winter, the ferry is late.",  # it opens the sentence
        "The ferry is late, particularly when it rains.",  # a clause, not a phrase
        "The ferry is late, mainly in May.",  # too short to say anything
        "The ferry is late, similar to the ones it ran last year.",  # a clause inside
        "The crew said, without any doubt, the ferry was late.",  # not at the end
    ],
)
def test_a_supplement_must_be_a_phrase_that_ends_the_sentence(sentence: str) -> None:
    assert pieces(sentence) == [sentence]


# --------------------------------------------------------------------------- gapping


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Labour won 200 seats (out of 300), the Greens 40 seats, while the Liberal Party "
            "won 12 and the Harbour Group 3.",
            [
                "Labour won 200 seats (out of 300).",
                "The Greens won 40 seats.",
                "The Liberal Party won 12.",
                "The Harbour Group won 3.",
            ],
        ),
        (
            "The iPod 5 starts at $299 and iPod 5 Mini at $199.",
            ["The iPod 5 starts at $299.", "iPod 5 Mini starts at $199."],
        ),
    ],
)
def test_a_phrase_that_leaves_out_the_verb_borrows_it(sentence: str, expected: list[str]) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The club scored 3 goals, the team's 10th.",  # no subject of its own
        "The mill opened on 5 May, the Harbour Trust of 1990.",  # another preposition
        "The shop sells 40 kinds of bread and Ada Ruiz bakes 12.",  # no number after a verb
    ],
)
def test_no_gap_without_a_noun_phrase_and_the_same_preposition(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


def test_a_ranking_with_a_number_is_no_gap() -> None:
    assert claims_of_text("Prices rose 3% in May, the biggest rise in 10 years.") == [
        "Prices rose 3% in May.",
        "Prices rose 3% in May: the biggest rise in 10 years.",
    ]


# --------------------------------------------------------------------------- opening participles


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Welcoming the new report, the harbour minister said the ferry would run again.",
            [
                "The harbour minister welcomed the new report.",
                "The harbour minister said the ferry would run again.",
            ],
        ),
        (
            "Speaking after the vote, Ada Ruiz said she would stay.",
            ["Ada Ruiz spoke after the vote.", "Ada Ruiz said she would stay."],
        ),
    ],
)
def test_an_opening_participle_phrase_says_what_the_subject_did(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Judging by the polls, the party will win the seat.",  # a preposition, not a deed
        "Starting next spring, the ferry will run twice a day.",  # a time, not a deed
    ],
)
def test_an_opening_phrase_that_is_no_deed_is_left_out(sentence: str) -> None:
    doc, _ = extract(Source(sentence + "\n", "text"), Meta(title="T"))
    main = sentence[sentence.index(",") + 2 :]
    assert [c.text for c in doc.claims] == [main[:1].upper() + main[1:]]
    assert [item.reason for item in doc.left_out] == ["fragment"]


@pytest.mark.parametrize("piece", ["the panel dismissed their claims", "it rejected the reports"])
def test_a_reporting_word_after_a_determiner_is_a_noun_not_an_attribution(piece: str) -> None:
    assert not atomize.is_bare_attribution(piece)


def test_a_second_predicate_after_a_reporting_noun_is_cut() -> None:
    assert claims_of_text(
        "A review by the council dismissed their claims and suggested they talk to the builder."
    ) == [
        "A review by the council dismissed their claims.",
        "A review by the council suggested they talk to the builder.",
    ]


def test_an_ing_phrase_after_a_relative_clause_is_about_its_antecedent() -> None:
    # never "It signed for Leeds and working ...": the goalkeeper did both
    assert claims_of_text(
        "It has been quite a climb for the goalkeeper, who began his career in the fifth "
        "tier before signing for Leeds and working his way into the first team."
    ) == [
        "It has been quite a climb for the goalkeeper.",
        "The goalkeeper began his career in the fifth tier.",
        "The goalkeeper signed for Leeds.",
        "The goalkeeper worked his way into the first team.",
    ]


# --------------------------------------------------------------------------- "that" relatives


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Three judges overturned a lower court ruling that previously said the plan was "
            "lawful.",
            [
                "Three judges overturned a lower court ruling.",
                "A lower court ruling previously said the plan was lawful.",
            ],
        ),
        (
            "The town bought the old mill that has stood empty since 1990.",
            ["The town bought the old mill.", "The old mill has stood empty since 1990."],
        ),
        (  # "both A and B" is no pair of clauses; "a collapsed deal" is one noun phrase
            "The club see it as a market with value due to both the pandemic and a collapsed "
            "TV deal that has left many clubs on the brink.",
            [
                "The club see it as a market with value due to both the pandemic and a "
                "collapsed TV deal.",
                "A collapsed TV deal has left many clubs on the brink.",
            ],
        ),
    ],
)
def test_that_after_a_noun_and_before_a_verb_starts_a_relative_clause(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor told reporters that was the end of it.",  # a complement of "told"
        "He said the report that came out in May was wrong.",  # a clause's subject
        "The rain fell so hard that the river burst its banks.",  # "so ... that"
        "It is the cost of the bridge that worries the council most.",  # a cleft
        "The council said that it would appeal the ruling.",  # no noun before "that"
    ],
)
def test_that_as_a_complement_or_in_a_cleft_is_not_cut(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # an -ed word that may be an adjective, with an object after it
            "Their presence gave the alliance a broad image and enhanced the chances of its "
            "candidates.",
            [
                "Their presence gave the alliance a broad image.",
                "Their presence enhanced the chances of its candidates.",
            ],
        ),
        # never "The council baked goods ..." nor "The council cut flowers ...": a past
        # form before a bare noun is a list of noun phrases
        ("The council bought bread and baked goods for the shelter.", None),
        ("The council bought bread and cut flowers for the shelter.", None),
    ],
)
def test_a_past_form_after_and_is_a_predicate_only_before_an_object(
    sentence: str, expected: list[str] | None
) -> None:
    assert claims_of_text(sentence) == (expected or [sentence])


def test_a_predicate_borrows_the_subject_of_the_clause_it_was_split_from() -> None:
    found = claims_of_text(
        "Unlike the two big parties, the other members of the alliance are small parties, "
        "but their presence gave the alliance a broad image and enhanced the chances of its "
        "candidates."
    )
    assert found[-1] == "Their presence enhanced the chances of its candidates."


def test_the_last_line_of_an_excerpt_cut_off_mid_sentence_is_no_heading() -> None:
    text = (
        "The council met on Monday to discuss the plan.\n\n"
        "The second group was called the Harbour Union, which included the largest op"
    )
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    assert [c.text for c in doc.claims][-1] == "The second group was called the Harbour Union."
    assert [(i.reason, i.passage.quote) for i in doc.left_out] == [
        ("truncated", "which included the largest op")
    ]


def test_a_short_last_line_without_a_verb_is_still_a_heading() -> None:
    text = "The council met on Monday to discuss the plan.\n\nMore from the harbour desk"
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == ["The council met on Monday to discuss the plan."]


def test_a_supplement_followed_by_a_second_phrase_after_and() -> None:
    assert texts(
        "Deaths fell for both men and women, particularly in middle and older age groups, "
        "and in the most deprived areas."
    ) == [
        "Deaths fell for both men and women.",
        "Deaths fell for both men and women, particularly in middle and older age groups.",
        "Deaths fell for both men and women, in the most deprived areas.",
    ]


@pytest.mark.parametrize(
    ("phrase", "verb"),
    [
        ("in the most deprived areas", False),  # an -ed form after a degree word
        ("in socially deprived areas", False),  # after an adverb
        ("in areas that voted for it", True),
    ],
)
def test_a_verb_in_a_supplement(phrase: str, verb: bool) -> None:
    assert atomize._verb_in_phrase(phrase) is verb


# --------------------------------------------------------------------------- a relative inside a list


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The panel heard the mayor's chief adviser, Ada Ruiz, Tom Hale, who advises the "
            "council on harbour matters, and Harbour Police Chief Ann Lee.",
            [
                "The panel heard the mayor's chief adviser, Ada Ruiz, Tom Hale.",
                "Tom Hale advises the council on harbour matters.",
                "The panel heard Harbour Police Chief Ann Lee.",
            ],
        ),
        (  # never "The tour featured ..., which opened the new harbour wall."
            "The tour featured the old mill, the museum, which opened in 1990, and the new "
            "harbour wall.",
            [
                "The tour featured the old mill, the museum.",
                "The museum opened in 1990.",
                "The tour featured the new harbour wall.",
            ],
        ),
        (
            "She thanked the staff, who worked through the night, and the volunteers.",
            [
                "She thanked the staff.",
                "The staff worked through the night.",
                "She thanked the volunteers.",
            ],
        ),
        (  # the relative clause's own list keeps its last item
            "The panel heard Tom Hale, who visited Leeds, York, and Hull.",
            ["The panel heard Tom Hale.", "Tom Hale visited Leeds, York, and Hull."],
        ),
    ],
)
def test_a_list_goes_on_after_a_relative_clause(sentence: str, expected: list[str]) -> None:
    assert claims_of_text(sentence) == expected


def test_not_only_but_also_between_two_phrases_after_a_clause() -> None:
    assert claims_of_text(
        "Staff and even the managers are angry, not only over this year's pay offer, but also "
        "over changes to their working hours."
    ) == [
        "Staff and even the managers are angry over this year's pay offer.",
        "Staff and even the managers are angry over changes to their working hours.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Only one in four buses were running with some villages almost completely cut off.",
            # the participle takes the clause's tense ("cut off" alone was a fragment, h36e)
            [
                "Only one in four buses were running.",
                "Some villages were almost completely cut off.",
            ],
        ),
        ("The team won with two players injured.", ["The team won.", "Two players were injured."]),
        # "with" and a noun phrase, no participle of its own: one statement
        ("He met with the workers angered by the plan.", None),
        ("The ferry sails with three crew members on board.", None),
    ],
)
def test_an_absolute_phrase_without_a_comma(sentence: str, expected: list[str] | None) -> None:
    assert texts(sentence) == (expected or [sentence])


def test_a_long_subject_is_borrowed_by_a_second_predicate() -> None:
    assert claims_of_text(
        "The county's law setting a minimum price for a bus ticket cut fares each year and "
        "brought more riders to the network, officials have said."
    ) == [
        # the trailing attribution covers both predicates (the corpus convention)
        "The county's law setting a minimum price for a bus ticket cut fares each year, "
        "officials have said.",
        "The county's law setting a minimum price for a bus ticket brought more riders to the "
        "network, officials have said.",
    ]


# Issue 12: constructions that made false claims. Each keeps its text together (one
# longer, true claim) or borrows the right subject; never a guess.


def test_a_second_predicate_inside_a_reported_clause_keeps_its_speaker() -> None:
    found = claims_of_text("The director said the scheme was sound and would save money.")
    assert found == [
        "The director said the scheme was sound.",
        "The director said the scheme would save money.",
    ]
    assert claims_of_text(
        "The judge added the panel had read the files and took no view of the policy."
    ) == [
        "The judge added the panel had read the files.",
        "The judge added the panel took no view of the policy.",
    ]


def test_an_ing_phrase_inside_a_subordinate_clause_is_not_about_the_first_subject() -> None:
    found = claims_of_text(
        "Ward numbers grew when the surgeon left after being promoted to a post in Leeds."
    )
    assert not any(c.startswith("Ward") and "promoted" in c for c in found)
    assert any("after being promoted to a post in Leeds" in c for c in found)


def test_which_after_an_adjective_has_no_antecedent() -> None:
    found = claims_of_text(
        "Most of the applicants were young, which limits the scope of the survey."
    )
    assert found == ["Most of the applicants were young, which limits the scope of the survey."]


def test_a_participle_between_commas_after_a_new_subject_stays_with_it() -> None:
    found = claims_of_text(
        "The doors were locked at noon, and the files, running to 300 pages, were shredded."
    )
    assert not any(c.startswith("The doors ran") for c in found)
    assert found[-1] == "The files, running to 300 pages, were shredded."


def test_a_gerund_in_a_list_is_a_noun() -> None:
    assert claims_of_text("The funds came from taxes, borrowing and grants.") == [
        "The funds came from taxes, borrowing and grants."
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sales fell by 6%, and profits by 3%.", ["Sales fell by 6%.", "Profits fell by 3%."]),
        (
            "Costs rose 2.5% in the month, to £410, and fees 7.2%.",
            ["Costs rose 2.5% in the month, to £410.", "Fees rose 7.2%."],
        ),
        (
            "Output fell by 6% in May, and then by 3%.",
            ["Output fell by 6% in May, and then by 3%."],
        ),
    ],
)
def test_gapping_after_a_comma_and(sentence: str, expected: list[str]) -> None:
    assert claims_of_text(sentence) == expected


def test_a_second_passive_participle_borrows_the_auxiliary() -> None:
    found = claims_of_text("The plan was drafted by the mayor and approved by the cabinet.")
    assert "The plan approved by the cabinet." not in found
    assert found in (
        ["The plan was drafted by the mayor.", "The plan was approved by the cabinet."],
        ["The plan was drafted by the mayor and approved by the cabinet."],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The shop no longer makes its own bread, which now comes from a bakery in Hull.",
        "The club did not renew the lease, which runs out in May next year.",
        "The town never built the bypass, which was planned in the 1990s.",
    ],
)
def test_a_relative_clause_after_a_negated_clause_stays_in_it(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


def test_a_past_form_after_a_who_clause_is_the_predicate() -> None:
    found = claims_of_text("The Liberals, who spent heavily, finished in third place.")
    assert found == ["The Liberals spent heavily.", "The Liberals finished in third place."]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The land was sold in 2001, and bought by the city in 2009.",
            ["The land was sold in 2001.", "The land was bought by the city in 2009."],
        ),
        (
            "The singer was signed in May and moved to Leeds in June.",
            ["The singer was signed in May and moved to Leeds in June."],
        ),
    ],
)
def test_a_second_participle_after_a_passive(sentence: str, expected: list[str]) -> None:
    assert claims_of_text(sentence) == expected


def test_a_negation_further_on_does_not_keep_a_relative_clause() -> None:
    assert claims_of_text(
        "The plan depends on the council not wanting to upset its tenants, who have long "
        "opposed the scheme."
    ) == [
        "The plan depends on the council not wanting to upset its tenants.",
        "Its tenants have long opposed the scheme.",
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Average fares climbed 2.4% in the twelve months to June, to £41.20, and tolls 6.1%.",
            [
                "Average fares climbed 2.4% in the twelve months to June, to £41.20.",
                "Tolls climbed 6.1%.",
            ],
        ),
        (
            # "up" is no verb to borrow: the sentence stays one true claim
            "Average fares went up 2.4% in the twelve months to June, to £41.20, and tolls 6.1%.",
            ["Average fares went up 2.4% in the twelve months to June, to £41.20, and tolls 6.1%."],
        ),
    ],
)
def test_a_gapped_clause_ends_no_list_after_a_verb(sentence: str, expected: list[str]) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach said: \u201cWe trained hard all week, and the players deserved the win.\u201d",
        "\u201cThe fund lost the savings of 900 families, many of whom depend on it,\u201d the "
        "judge said.",
        '"Fuel got cheaper, and food prices rose more slowly," the analyst said.',
    ],
)
def test_a_quotation_is_not_cut_away_from_its_speaker(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


# Issue 12, recall: a relative clause after a chain of noun phrases ("a levy on large
# firms, which ...": the levy or the firms?) is a statement of its own; unsure of its
# antecedent, its claim keeps the clause it hangs on, word for word, so it stays true.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The survey followed prices in Wales and Ireland from March 2015 to May 2019, "
            "which let it rule out the effect of the new tax.",
            [
                "The survey followed prices in Wales and Ireland from March 2015 to May 2019.",
                "The survey followed prices in Wales and Ireland from March 2015 to May 2019, "
                "which let it rule out the effect of the new tax.",
            ],
        ),
        (
            "The council put a charge on empty homes in the old town, which raised "
            "£2m in its first year.",
            [
                "The council put a charge on empty homes in the old town.",
                "The council put a charge on empty homes in the old town, which raised "
                "£2m in its first year.",
            ],
        ),
    ],
)
def test_a_relative_clause_after_a_chain_keeps_the_clause_it_hangs_on(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


def test_a_relative_clause_after_a_chain_keeps_its_passage_apart() -> None:
    sentence = "The board cut the fares on routes to the coast, which brought more riders in July."
    doc, _ = extract(Source(sentence + "\n", "text"), Meta(title="T"))
    quotes = [c.passage.quote for c in doc.claims]
    assert quotes == [
        "The board cut the fares on routes to the coast",
        "which brought more riders in July.",
    ]


# Issue 12, recall: inside a quotation that its speaker introduces ("X said: “…”"), a
# relative clause is a claim of its own, and it names the speaker; its words stay the
# speaker's, verbatim and in quotation marks, from the noun they are about (rewritten,
# "X said: a unit has 40 beds" was neither the speaker's words nor a marked paraphrase)
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Opening the ward, the hospital's director said: \u201cWe have built a maternity "
            "unit which has 40 beds and a birth pool.\u201d",
            [
                "The hospital's director opened the ward.",
                "The hospital's director said: \u201cWe have built a maternity unit.\u201d",
                "The hospital's director said: \u201c\u2026a maternity unit which has 40 beds "
                "and a birth pool.\u201d",
            ],
        ),
        (
            'The mayor told reporters: "Our town has a new lifeboat station, which cost '
            '\u00a31.2m to build."',
            [
                'The mayor told reporters: "Our town has a new lifeboat station."',
                'The mayor told reporters: "\u2026a new lifeboat station, which cost \u00a31.2m '
                'to build."',
            ],
        ),
    ],
)
def test_a_relative_clause_in_a_quotation_after_its_speaker_names_the_speaker(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the speaker comes after the quotation: nothing inside it is cut
        "\u201cWe have built a maternity unit which has 40 beds,\u201d the director said.",
        # a quotation with no speaker before it
        "The sign read: \u201cThe museum has a new wing which opens in May.\u201d",
    ],
)
def test_a_relative_clause_in_a_quotation_without_its_speaker_before_stays(
    sentence: str,
) -> None:
    assert claims_of_text(sentence) == [sentence]


# Issue 12, recall: a quotation of several sentences is one claim per sentence, each in
# quotation marks and naming the speaker when the sentence does (before the quotation
# with a colon, or after it)
@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "\u201cThe pension fund is empty. The trustees knew it for a year,\u201d the "
            "minister said.",
            [
                "The minister said: \u201cThe pension fund is empty.\u201d",
                "\u201cThe trustees knew it for a year,\u201d the minister said.",
            ],
        ),
        (
            'The coach said: "Our keeper broke a finger. He will miss the final. We '
            'have no cover."',
            [
                'The coach said: "Our keeper broke a finger."',
                'The coach said: "He will miss the final."',
                'The coach said: "We have no cover."',
            ],
        ),
        (
            "The mill shut in May. \u201cOrders fell by half. The bank called in its loan.\u201d",
            [
                "The mill shut in May.",
                "\u201cOrders fell by half.\u201d",
                "\u201cThe bank called in its loan.\u201d",
            ],
        ),
        (  # the attribution, then when or where it was said
            "\u201cThe roof leaked. The heating failed,\u201d the head teacher said after lunch.",
            [
                "The head teacher said: \u201cThe roof leaked.\u201d",
                "\u201cThe heating failed,\u201d the head teacher said after lunch.",
            ],
        ),
        (  # a speaker with a name between commas, after the quotation
            "\u201cThe dam holds. It was tested in June,\u201d the engineer, Ravi Shah, said.",
            [
                "The engineer, Ravi Shah, said: \u201cThe dam holds.\u201d",
                "\u201cIt was tested in June,\u201d the engineer, Ravi Shah, said.",
            ],
        ),
        (  # no sentence ends at an abbreviation
            "\u201cThe U.S. Navy sent two ships. Mr. Ortiz flew home,\u201d she said.",
            [
                "She said: \u201cThe U.S. Navy sent two ships.\u201d",
                "\u201cMr. Ortiz flew home,\u201d she said.",
            ],
        ),
    ],
)
def test_a_quotation_of_several_sentences_gives_one_claim_each(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


def test_a_speaker_with_a_name_between_commas_before_a_colon_names_each_sentence() -> None:
    said = "The engineer, Ravi Shah, said: \u201c"
    found = claims_of_text(f"{said}The dam holds. It was tested in June.\u201d")
    assert len(found) == 2 and all(claim.startswith(said) for claim in found)
    assert found[1] == f"{said}It was tested in June.\u201d"


def test_a_speaker_with_a_relative_clause_before_a_colon_names_each_sentence() -> None:
    said = "Dr Lena Fox, who chaired the panel, said: "
    found = claims_of_text(f'{said}"The data are thin. More work is needed."')
    assert found[-2:] == [f'{said}"The data are thin."', f'{said}"More work is needed."']


def test_each_sentence_of_a_quotation_has_its_own_passage() -> None:
    text = (
        "\u201cThe pension fund is empty. The trustees knew it for a year,\u201d the minister said."
    )
    doc, _ = extract(Source(text + "\n", "text"), Meta(title="T"))
    assert [c.passage.quote for c in doc.claims] == [
        "\u201cThe pension fund is empty.",
        "The trustees knew it for a year,\u201d the minister said.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Anyone with a ticket was let in free.",
        "Anyone who voted for the plan should resign, the opposition leader said.",
        "The council told us it would reply within a week.",
        "Tell-tale signs of damp were found in 40 homes.",
    ],
)
def test_a_statement_about_anyone_is_not_addressed_to_the_reader(sentence: str) -> None:
    assert not atomize.speaks_to_reader(sentence)


def test_which_without_a_comma_after_a_chain_keeps_the_clause_it_hangs_on() -> None:
    # the deal or the port authority? The claim keeps the clause, word for word (no
    # comma added)
    found = claims_of_text(
        "The city signed a new deal with the port authority which we think is fair."
    )
    assert found == [
        "The city signed a new deal with the port authority.",
        "The city signed a new deal with the port authority which we think is fair.",
    ]


def test_which_without_a_comma_after_a_name() -> None:
    found = claims_of_text("The family moved to Harrogate which has two grammar schools.")
    assert found == ["The family moved to Harrogate.", "Harrogate has two grammar schools."]


@pytest.mark.parametrize(
    "sentence, expected, quote",
    [
        (
            "The museum bought an oil painting\u2014which had hung in a pub for years\u2014"
            "at an auction in May.",
            "An oil painting had hung in a pub for years.",
            "which had hung in a pub for years",
        ),
        (
            "The board approved the new bridge - which will carry 20,000 cars a day - on Tuesday.",
            "The new bridge will carry 20,000 cars a day.",
            "which will carry 20,000 cars a day",
        ),
    ],
)
def test_a_relative_clause_between_dashes_after_the_verb_is_a_claim_inside_the_sentence(
    sentence: str, expected: str, quote: str
) -> None:
    doc, _ = extract(Source(sentence + "\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [sentence, expected]
    assert doc.claims[1].passage.quote == quote


@pytest.mark.parametrize(
    "sentence",
    [
        # negated, or after a chain of nouns: which one? No claim of its own
        "The firm did not sell the mill - which stood by the river - to the council.",
        "They paid a levy on large firms - which rose in May - to the state.",
    ],
)
def test_a_relative_clause_between_dashes_needs_a_sure_antecedent(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "The council has balanced its budget by closing three libraries in the north.",
            [
                "The council has balanced its budget.",
                "The council closed three libraries in the north.",
            ],
        ),
        (
            "The airline cut its losses last year by selling eight of its older planes.",
            [
                "The airline cut its losses last year.",
                "The airline sold eight of its older planes.",
            ],
        ),
    ],
)
def test_by_and_an_ing_phrase_after_a_clause_says_what_the_subject_did(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a passive: the doer is not the subject
        "The number of bus routes will be reduced by merging the two night services.",
        # negated: the subject did not do it
        "The club did not raise the money by selling its ground to a developer.",
        # a participle before "by": "caused by rising costs"
        "Shops reported losses caused by rising energy costs this winter.",
        # a reported clause: the speaker did not do it
        "The mayor said the city saved money by closing two of its depots.",
        # a second clause with its own subject
        "Prices rose, and the bank responded by raising its main rate again.",
    ],
)
def test_by_and_an_ing_phrase_stays_when_its_doer_is_unsure(sentence: str) -> None:
    assert not any(
        c.startswith(
            (
                "The number of bus routes merge",
                "The club sold",
                "Shops rose",
                "The mayor closed",
                "Prices raised",
                "The mayor closes",
            )
        )
        for c in claims_of_text(sentence)
    ), claims_of_text(sentence)


def test_by_and_an_ing_phrase_after_as_much() -> None:
    assert claims_of_text("The club has quietly admitted as much by appointing a new coach.") == [
        "The club has quietly admitted as much.",
        "The club appointed a new coach.",
    ]


def test_by_and_an_ing_phrase_after_a_relative_clause_stays() -> None:
    found = claims_of_text("The firm that won the contract by cutting its price went bust.")
    assert not any(c.startswith("The firm cut") for c in found), found


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Turnout reached 71% in the cities and 58% in rural areas.",
            ["Turnout reached 71% in the cities.", "Turnout reached 58% in rural areas."],
        ),
        (
            "The officials said the new phone costs $799 in the US and $899 overseas.",
            [
                "The officials said the new phone costs $799 in the US.",
                "The officials said the new phone costs $899 overseas.",
            ],
        ),
    ],
)
def test_a_second_number_and_its_place_after_and_borrows_the_verb(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm employs 300 people and 40 contractors.",  # one predicate, two objects
        "Prices rose between 5% and 10% in most towns.",
        "The survey asked 2,000 adults aged 18 to 24 and 65 or over.",
        "Sales were not up 5% in May and 3% in June.",  # negated: stays whole
    ],
)
def test_a_number_after_and_without_a_place_stays(sentence: str) -> None:
    assert claims_of_text(sentence) == [sentence]


def test_an_adverbial_clause_whose_subject_has_a_participle_phrase_between_commas() -> None:
    found = claims_of_text(
        "The east coast had its wettest winter on record while river levels, measured by "
        "gauges at six bridges, were the highest since 1947."
    )
    assert found == [
        "The east coast had its wettest winter on record.",
        "River levels, measured by gauges at six bridges, were the highest since 1947.",
    ]


def test_a_cause_that_ends_the_sentence_is_a_claim_about_the_clause() -> None:
    found = claims_of_text("Two ferry crossings were cancelled on Monday because of high winds.")
    assert found == [
        "Two ferry crossings were cancelled on Monday.",
        "Two ferry crossings were cancelled on Monday because of high winds.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # negated: it may have been cancelled for another reason
        "The match was not called off because of the snow on the pitch.",
        # a clause after the cause: not a phrase
        "The school shut because of a leak that flooded the hall.",
    ],
)
def test_a_cause_stays_in_a_negated_clause_or_with_a_clause_inside(sentence: str) -> None:
    found = claims_of_text(sentence)
    assert sentence.split(" because of")[0] + "." not in found, found  # the cause kept


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        (
            "Ministers have been touring the northern towns this month in a bid to calm "
            "fears about the closure of the steelworks.",
            "Ministers have been touring the northern towns this month.",
        ),
        (
            "The bakery cut its opening hours in order to save on heating costs.",
            "The bakery cut its opening hours.",
        ),
        (
            "The waiting list was shortened by moving all routine operations to two new clinics.",
            "The waiting list was shortened.",
        ),
        (
            "The deficit was closed by selling the old depot and leasing the land.",
            "The deficit was closed.",
        ),
    ],
)
def test_a_purpose_or_a_means_that_ends_the_sentence_is_a_claim_about_the_clause(
    sentence: str, main: str
) -> None:
    # like a cause: the clause on its own, and the clause with its purpose or means
    assert claims_of_text(sentence) == [main, sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # negated or limited: the purpose or the means is inside its scope
        "The council did not raise fees in order to fund the new pool at the park.",
        "Only two roads were widened by removing the verges on each side.",
        # a plan: the means stays with it (as for "by -ing" after a modal)
        "The waiting list will be shortened by moving all routine operations to a clinic.",
        # "by" and a noun in -ing: an agent, not a means
        "The flooding in the valley was caused by rising water levels in the river.",
        # a clause inside the phrase
        "The firm moved its offices in a bid to cut costs that had doubled since 2019.",
    ],
)
def test_a_purpose_or_a_means_stays_in_scope_or_with_a_clause_inside(sentence: str) -> None:
    found = claims_of_text(sentence)
    assert len(found) == 1, found


def test_a_time_phrase_with_few_does_not_limit_the_clause_before_a_purpose() -> None:
    sentence = (
        "Inspectors have visited the farms in the past few weeks in an effort to trace the source."
    )
    assert claims_of_text(sentence) == [
        "Inspectors have visited the farms in the past few weeks.",
        sentence,
    ]
    limited = "Few farms were visited in the past weeks in an effort to trace the source."
    assert claims_of_text(limited) == [limited]


def test_a_purpose_clause_after_so_with_a_modal_is_a_claim_about_the_clause() -> None:
    sentence = "The mill kept its staff on full pay for a month so the workers could find new jobs."
    assert claims_of_text(sentence) == [
        "The mill kept its staff on full pay for a month.",
        sentence,
    ]
    # "so" before an adjective is no purpose; a negated clause stays whole
    for whole in (
        "The hall was so cold that the concert was moved to the church.",
        "The hall was so cold the concert could not go ahead in it.",
        "The players ran so hard the coach could not believe it.",
        "The mill did not keep its staff on full pay so the workers could find new jobs.",
    ):
        assert claims_of_text(whole) == [whole]


@pytest.mark.parametrize("det", ["its", "their"])
def test_a_ranking_after_a_possessive_is_a_claim_about_the_clause(det: str) -> None:
    sentence = f"The choir won the national trophy in May, {det} first win in twenty years."
    assert claims_of_text(sentence) == [
        "The choir won the national trophy in May.",
        f"The choir won the national trophy in May: {det} first win in twenty years.",
    ]


def test_an_opening_subordinate_clause_before_a_long_subject_is_cut() -> None:
    # the main clause's subject opens with an adjective and runs five words to its verb
    found = claims_of_text(
        "Although the change may please savers, higher than average energy bills are eating "
        "into their income."
    )
    assert found == [
        "The change may please savers.",
        "Higher than average energy bills are eating into their income.",
    ], found


def test_a_noun_phrase_after_a_dash_that_ends_the_sentence_sums_up_the_clause() -> None:
    sentence = "Rents in the town rose by 9% last year — a pace not seen since the 1980s."
    assert claims_of_text(sentence) == [
        "Rents in the town rose by 9% last year.",
        "Rents in the town rose by 9% last year: a pace not seen since the 1980s.",
    ]
    # a clause after the dash is no summary
    clause = "Rents in the town rose by 9% last year — a rise that was expected."
    assert not any(
        t.startswith("Rents in the town rose by 9% last year: a rise")
        for t in claims_of_text(clause)
    )


@pytest.mark.parametrize(
    "text", ["The council has never sold a school.", "Nobody has ever been charged over the fire."]
)
def test_a_record_told_in_the_present_perfect_is_no_generalisation(text: str) -> None:
    found = hint(text)
    assert not any(r.startswith("generalisation") for r in found.reasons), found.reasons
    assert found.kind != "opinion"


def test_always_in_the_present_perfect_is_still_a_generalisation() -> None:
    assert "generalisation: always" in hint("The market has always been unfair.").reasons


def test_a_deed_done_always_in_the_present_perfect_is_a_record() -> None:
    # "has always denied it": what someone has done each time, which can be checked
    found = hint("The driver has always denied the charge.")
    assert not any(r.startswith("generalisation") for r in found.reasons), found.reasons


def test_a_medical_word_is_no_judgement() -> None:
    # "inflammatory" names diseases as often as it judges remarks: no evaluative cue
    found = hint("She has studied inflammatory bowel disease since 2004.")
    assert not any(r.startswith("evaluative") for r in found.reasons), found.reasons


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        (
            "The bakery opened a café and a shop, seating 40 and 12 people, respectively.",
            "The bakery opened a café and a shop.",
        ),
        (
            "The museum acquired two vases and a bowl, keeping all three in their original crates.",
            "The museum acquired two vases and a bowl.",
        ),
    ],
)
def test_a_participle_about_a_coordinated_object_leaves_the_clause_a_claim(
    sentence: str, main: str
) -> None:
    # the phrase is about the objects, not the subject's deed: it stays with the whole
    # clause (as a supplement does), and the clause on its own is a claim
    assert claims_of_text(sentence) == [main, sentence]
    assert pieces(sentence)[1].startswith(("seating", "keeping"))


def test_a_supplement_after_a_participle_about_the_objects_keeps_both_with_the_clause() -> None:
    sentence = (
        "The studio released a film and a series, running 90 and 40 minutes, respectively, "
        "similar to their earlier titles."
    )
    assert claims_of_text(sentence) == [
        "The studio released a film and a series.",
        "The studio released a film and a series, running 90 and 40 minutes, respectively.",
        sentence,
    ]
    assert pieces(sentence)[2] == "similar to their earlier titles."


@pytest.mark.parametrize(
    "sentence",
    [
        # a speaker after the phrase: the clause would lose its attribution
        "The bakery opened a café and a shop, seating 40 and 12 people, respectively, "
        "the owner said.",
        # a clause after the phrase: it does not end the sentence
        "The bakery opened a café and a shop, seating 40 and 12 people, respectively, but "
        "both closed in May.",
    ],
)
def test_a_participle_about_the_objects_that_does_not_end_the_sentence_stays(
    sentence: str,
) -> None:
    assert "The bakery opened a café and a shop." not in claims_of_text(sentence)


@pytest.mark.parametrize(
    ("sentence", "main"),
    [
        (
            "The singer toured Europe last spring with a trio featuring two former members "
            "of the band.",
            "The singer toured Europe last spring with a trio.",
        ),
        (
            "The drummer sat mostly at the back of a stage quartet containing ex-Oasis "
            "guitarist Paul Reed and session player Amy Cole.",
            "The drummer sat mostly at the back of a stage quartet.",
        ),
        ("She joined a firm employing 300 people in Leeds.", "She joined a firm."),
        # an adjective with its complement narrows the noun the same way
        ("The lab built a robot capable of climbing stairs.", "The lab built a robot."),
        (
            "Ms Hale is a versatile forward capable of scoring with either foot, especially "
            "from distance.",
            "Ms Hale is a versatile forward.",
        ),
    ],
)
def test_a_participle_after_an_indefinite_noun_that_ends_the_sentence_leaves_the_clause(
    sentence: str, main: str
) -> None:
    # "a trio featuring X" is a trio: the clause holds without the phrase, and the phrase
    # stays with the whole clause (as a means or a cause does)
    assert claims_of_text(sentence) == [main, sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The board said its depot had been sold and that no drivers had lost their jobs.",
            [
                "The board said its depot had been sold.",
                "The board said no drivers had lost their jobs.",
            ],
        ),
        (
            "A spokeswoman for the trust warned that wards were full, and that operations "
            "would not resume until March.",
            [
                "A spokeswoman for the trust warned that wards were full.",
                "A spokeswoman for the trust warned operations would not resume until March.",
            ],
        ),
    ],
)
def test_a_second_reported_clause_after_and_that_keeps_its_speaker(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The museum will sell £3 million of its paintings and close two galleries.",
            [
                "The museum will sell £3 million of its paintings.",
                "The museum will close two galleries.",
            ],
        ),
        (
            "A spokesman said the hospital would hire more nurses and open a second ward.",
            [
                "A spokesman said the hospital would hire more nurses.",
                "A spokesman said the hospital would open a second ward.",
            ],
        ),
    ],
)
def test_a_second_plain_verb_after_a_modal_shares_the_subject_and_the_modal(
    sentence: str, expected: list[str]
) -> None:
    assert claims_of_text(sentence) == expected


def test_a_participle_that_is_no_past_tense_after_a_passive_and_and_is_passive_too() -> None:
    # "taken" can only be a participle: "was … and taken" is "was taken"
    assert claims_of_text("A cyclist was hit by a van on Friday and taken to hospital.") == [
        "A cyclist was hit by a van on Friday.",
        "A cyclist was taken to hospital.",
    ]
    # "moved" may be active ("he moved to Leeds"): one claim
    whole = "She was elected in May and moved to Leeds."
    assert claims_of_text(whole) == [whole]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two men threatened the cashier with a knife, smashed four glass cabinets and "
            "took jewellery worth £40,000.",
            [
                "Two men threatened the cashier with a knife.",
                "Two men smashed four glass cabinets.",
                "Two men took jewellery worth £40,000.",
            ],
        ),
        (
            "The city council said it had opened two rest centres, handed out 3,000 "
            "sandbags and closed nine roads.",
            [
                "The city council said it had opened two rest centres.",
                "The city council said it had handed out 3,000 sandbags.",
                "The city council said it had closed nine roads.",
            ],
        ),
        (
            # the last item alone was a second predicate before: "A, B" stayed glued
            "The men smashed two cases, took rings and fled the shop, police said.",
            [
                "The men smashed two cases, police said.",
                "The men took rings, police said.",
                "The men fled the shop, police said.",
            ],
        ),
        (
            "The trust will shut two wards, cut 40 posts and sell the old nurses' home.",
            [
                "The trust will shut two wards.",
                "The trust will cut 40 posts.",
                "The trust will sell the old nurses' home.",
            ],
        ),
    ],
)
def test_a_list_of_predicates_of_one_subject_gives_each_item_the_subject(
    sentence: str, expected: list[str]
) -> None:
    # each item keeps the auxiliary or modal of the first ("had", "will")
    assert claims_of_text(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (  # a participle after a noun in a list's last item: a reduced relative clause
            "The exhibition includes a cannon, a flag from 1812 and diaries kept by nurses "
            "in 1915.",
            [
                "The exhibition includes a cannon, a flag from 1812 and diaries kept by "
                "nurses in 1915."
            ],
        ),
        (
            "The museum holds a canoe and letters written by soldiers.",
            ["The museum holds a canoe and letters written by soldiers."],
        ),
        (  # a past tense with no agent after it: a clause of its own
            "Sales fell in May and costs rose in June.",
            ["Sales fell in May.", "Costs rose in June."],
        ),
    ],
)
def test_a_participle_after_a_noun_in_a_list_is_no_new_clause(
    sentence: str, expected: list[str]
) -> None:
    doc, _ = extract(Source(sentence + "\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == expected
    assert not [item for item in doc.left_out if item.reason == "fragment"]


def test_a_live_pages_time_stamp_is_left_out_as_a_dateline() -> None:
    text = (
        "Live: storm updates\n\n08:05 \u2013 Ferries to the islands were cancelled.\n\n"
        "9.30am - The airport has reopened, its owner said.\n\n"
        "The meeting ended at 10:30 - two hours late.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [
        "Ferries to the islands were cancelled.",
        "The airport has reopened, its owner said.",
        "The meeting ended at 10:30 - two hours late.",
    ]
    assert doc.claims[0].passage.quote == "Ferries to the islands were cancelled."
    stamps = [item.passage.quote for item in doc.left_out if item.reason == "dateline"]
    assert stamps == ["08:05 \u2013", "9.30am -"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sales were better than the bank had forecast.", "factual"),  # measured
        ("Results were worse than expected.", "factual"),
        ("The service was better than ever.", "opinion"),  # judged
    ],
)
def test_a_comparison_with_a_forecast_is_no_judgement(text: str, kind: str) -> None:
    assert hint(text).kind == kind


def test_a_worked_examples_instruction_is_addressed_to_the_reader() -> None:
    assert atomize.speaks_to_reader("Take a second example.")
    assert atomize.speaks_to_reader("Consider another case:")
    assert not atomize.speaks_to_reader("Take the case of the miners, who struck in 1984.")


def test_a_time_alone_on_the_line_above_a_live_entry_is_a_dateline() -> None:
    # the time stands on its own line, the entry starts on the next: the stamp is not
    # part of the entry's first sentence, and a clause cut from it carries no "14 20"
    text = (
        "Live: harbour strike\n\n14:20\nThe port has closed its north gate, meaning lorries"
        " must queue on the bypass.\n\n9.45am\nDockers voted to return on Monday.\n\n"
        "3.5\nThe index fell.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    found = [c.text for c in doc.claims]
    assert found[0] == (
        "The port has closed its north gate, meaning lorries must queue on the bypass."
    )
    assert "Dockers voted to return on Monday." in found
    assert not any(c[:1].isdigit() and not c.startswith("3.5") for c in found), found
    stamps = [item.passage.quote for item in doc.left_out if item.reason == "dateline"]
    assert stamps == ["14:20", "9.45am"]  # a number alone ("3.5") is no time


@pytest.mark.parametrize("line", ["18:05", "6.45pm", "09:30 GMT", "12.15"])
def test_a_time_of_day_alone_is_page_metadata(line: str) -> None:
    assert blocks.metadata(line) == "dateline"


@pytest.mark.parametrize("line", ["3.5", "2024", "5.1%", "18:05 The council met."])
def test_a_number_alone_is_no_time_of_day(line: str) -> None:
    assert blocks.metadata(line) is None


@pytest.mark.parametrize(
    "wrapper",
    [
        "<div class='social-embed'>{}</div>",
        "<div class='embed'><figure class='post'>{}</figure></div>",
        "<section>{}</section>",
    ],
)
def test_an_embedded_post_inside_a_wrapper_is_kept_as_its_authors_quotation(
    tmp_path: Path, wrapper: str
) -> None:
    post = (
        "<blockquote class='twitter-tweet'><p>Our lifeboat crew launched twice overnight."
        "</p>&mdash; Bay Lifeboats (@BayLifeboats) <a href='#'>June 2, 2026</a></blockquote>"
    )
    paragraphs = "".join(
        f"<p>The lifeboat station was rebuilt in {1990 + n} after storm number {n} hit the bay.</p>"
        for n in range(1, 6)
    )
    page = (
        "<html><head><title>Lifeboat</title></head><body><article><h1>Busy night</h1>"
        f"{paragraphs}{wrapper.format(post)}<p>The coastguard thanked the volunteers.</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    result = run("extract", "page.html", "-o", "page.yaml")
    assert result.exit_code == 0, result.stderr
    found = [c.text for c in store.load(tmp_path / "page.yaml").doc.claims]
    said = "Bay Lifeboats (@BayLifeboats) wrote on 2 June 2026:"
    assert any(c.endswith(f"{said} “Our lifeboat crew launched twice overnight.”") for c in found)
    assert "dropped by the page reader" not in result.stderr


def test_an_embedded_post_the_page_reader_drops_is_told() -> None:
    from claimcheck.extract.ingest import _posts_dropped

    posts = [("Bay Lifeboats", "Bay Lifeboats wrote: “Our crew launched twice.”")]
    assert (
        _posts_dropped(posts, "Bay Lifeboats wrote: “Our crew launched twice.”\n", "a.html") == []
    )
    assert _posts_dropped(posts, "Something else.\n", "a.html") == [
        "a.html: an embedded post by Bay Lifeboats was dropped by the page reader:"
        " Bay Lifeboats wrote: “Our crew launched twice.”"
    ]


@pytest.mark.parametrize(
    ("item", "order"),
    [
        ("Switch off the boiler if it is safe to do so.", True),  # "is": the condition's
        ("Never swim in the reservoir.", True),
        ("Check that the smoke alarm is working.", True),
        ("Store candles away from curtains.", True),
        ("Water levels are rising.", False),  # "Water": a noun before its sure verb
        ("The depot is closed until Monday.", False),
        ("Residents were told to leave.", False),
        # a participle after the object of keep / get / have: the state to keep it in
        ("Keep the gates locked after dark.", True),
        ("Keep windows shut.", True),
        ("Get your dog vaccinated.", True),
        # a second order after "and"; a participle as an adjective; "make sure" and a clause
        ("Rest often and drink plenty of water.", True),
        ("Stay inside and keep doors shut.", True),
        ("Carry medicines in labelled bottles.", True),
        ("Make sure pets are kept inside.", True),
        # a past tense after a noun is a clause's verb: a statement
        ("Keep prices rose in May.", False),
        ("Get well cards sold out.", False),
        ("Stay at home orders were lifted.", False),
    ],
)
def test_an_order_in_a_list_is_told_apart_from_a_statement(item: str, order: bool) -> None:
    assert atomize.is_order(item) is order


@pytest.mark.parametrize(
    "sentence",
    [
        "He is survived by his wife, Mary, a former nurse; their three daughters; and a brother.",
        "The prize went to a poet from Hull; a painter, Ana Diaz; and two students.",
    ],
)
def test_a_list_set_off_by_semicolons_is_one_claim_and_no_fragment(sentence: str) -> None:
    doc, _ = extract(Source(sentence + "\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [sentence]
    assert not [item for item in doc.left_out if item.reason == "fragment"]


def test_clauses_set_off_by_semicolons_are_still_cut() -> None:
    doc, _ = extract(
        Source("The mill closed in May; the workers found new jobs.\n", "text"), Meta(title="T")
    )
    assert [c.text for c in doc.claims] == [
        "The mill closed in May.",
        "The workers found new jobs.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Exports fell 2.4%, the steepest fall since 2020, and imports rose 1% in March.",
            ["Exports fell 2.4%, the steepest fall since 2020.", "Imports rose 1% in March."],
        ),
        (  # not cut at "but" yet: whole, never "A record for the club, but …"
            "Ticket sales rose 9%, a record for the club, but attendance at away games fell.",
            ["Ticket sales rose 9%, a record for the club, but attendance at away games fell."],
        ),
    ],
)
def test_an_aside_after_a_clause_before_and_stays_with_its_clause(
    sentence: str, expected: list[str]
) -> None:
    doc, _ = extract(Source(sentence + "\n", "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == expected
    assert not [item for item in doc.left_out if item.reason == "fragment"]


INTERVIEW = (
    "The Welsh sculptor Ffion Rees, whose bronze hares stand in six cities, opens a show"
    " in Cardiff this week.\n\n"
    "Q: You trained as a vet. Why switch?\n\n"
    "A: I spent ten years in practice. Clay was my escape.\n\n"
    "Q: What comes next?\n\n"
    "A: A hare for the harbour in Swansea. It will be cast in May.\n"
)


def test_an_interviews_marks_are_no_part_of_its_claims_and_a_question_is_no_heading() -> None:
    doc, _ = extract(Source(INTERVIEW, "text"), Meta(title="T"))
    found = [c.text for c in doc.claims]
    assert not any(c.startswith(("Q:", "A:")) for c in found), found
    assert "You trained as a vet." in found  # a statement in a question line is a claim
    # an answer is what the interviewee said
    assert "[Ffion Rees] said: “I spent ten years in practice.”" in found
    # a short question line is a question, never a heading over the answers after it
    assert [c.section for c in doc.claims] == [None] * len(found)
    questions = [item.passage.quote for item in doc.left_out if item.reason == "question"]
    assert questions == ["Why switch?"]
    # an answer with no verb is kept with the question it answers
    assert (
        "Asked “What comes next?”, [Ffion Rees] said: “A hare for the harbour in Swansea.”" in found
    )


def test_an_interviews_answers_are_told_apart_with_the_interviewee() -> None:
    found = blocks.split(INTERVIEW, markdown=False)
    marks = [blocks.interview_mark(INTERVIEW, b) for b in found]
    assert marks == [None, "Q", "A", "Q", "A"]
    assert [INTERVIEW[a:b] for a, b in blocks.answers(INTERVIEW, found)] == [
        "I spent ten years in practice. Clay was my escape.",
        "A hare for the harbour in Swansea. It will be cast in May.",
    ]
    assert atomize.interviewee(INTERVIEW.split("\n")[0]) == "Ffion Rees"
    assert atomize.interviewee("The council has a new plan.") is None


def test_a_line_opening_a_or_q_outside_an_interview_keeps_its_words() -> None:
    text = "A: the first option, was chosen by the board in May.\n"
    assert blocks.split(text, markdown=False)[0].start == 0  # no "Q:" line: no interview


def test_an_answers_first_person_is_the_interviewees_and_named_as_its_source() -> None:
    from claimcheck.extract.hints import answer_hint

    told = answer_hint("I spent ten years in practice.", "Ffion Rees")
    assert told.kind == "factual"
    assert told.attributed_to == "Ffion Rees"
    assert "interview answer: Ffion Rees" in told.reasons
    assert "first person" not in told.reasons
    # in the writer's own voice the "I" is the writer's: an account of theirs, told
    assert (
        hint("I spent ten years in practice.").reasons[0] == "first person, an account: ten years"
    )


def test_an_adverb_in_ly_before_a_noun_or_verb_word_makes_it_a_verb() -> None:
    assert atomize.has_verb("You famously refuse to use social media.")
    assert not atomize.has_verb("the daily report")


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ('"I paint what I fear": Ada Ruiz on her new show', True),
        ("“Not for sale” \u2013 the mill's owner on the offer", True),
        ("“The worst flood in memory”", False),  # only a quotation: a pull quote
        ("“We will fight on,” she said", False),
    ],
)
def test_a_headline_that_opens_with_a_quotation_is_a_heading(line: str, heading: bool) -> None:
    assert blocks.looks_like_heading(line) is heading


def test_a_headline_that_opens_with_a_quotation_is_the_title_and_no_claim() -> None:
    text = (
        '"I paint what I fear": Ada Ruiz on her new show\n\n'
        "The painter Ada Ruiz opens a show of 40 canvases in Leeds on Friday.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert doc.article.title == '"I paint what I fear": Ada Ruiz on her new show'
    assert [c.text for c in doc.claims] == [
        "The painter Ada Ruiz opens a show of 40 canvases in Leeds on Friday."
    ]


@pytest.mark.parametrize(
    ("text", "kind", "reason"),
    [
        # a date in a calendar, announced: no forecast
        ("The funeral will be held at St Mary's church on Monday.", "factual", "scheduled"),
        ("The driver will be sentenced at Hull Crown Court in June.", "factual", "scheduled"),
        # a second "will" is a forecast all the same
        ("The bridge will be opened by the mayor and will change the town.", None, "prediction"),
        ("The new rules will hurt small shops.", "opinion", "prediction"),
    ],
)
def test_a_scheduled_event_is_no_prediction(text: str, kind: str | None, reason: str) -> None:
    found = hint(text)
    assert kind is None or found.kind == kind
    assert any(r.startswith(reason) for r in found.reasons), found.reasons
    assert (reason == "scheduled") is any(r.startswith("scheduled") for r in found.reasons)


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("The mayor spoke to us at the town hall.", False),  # the paper as listener
        ("Two nurses told us the ward was short of staff.", False),
        ("Let us be clear about the cost.", True),
        ("The mayor told us our plan was mad.", True),  # "our": the writer's own
    ],
)
def test_us_as_whom_a_person_spoke_to_is_no_first_person_view(
    text: str, first_person: bool
) -> None:
    assert ("first person" in hint(text).reasons) is first_person


def test_related_links_and_meter_lines_between_paragraphs_are_chrome_never_a_section() -> None:
    text = (
        "Island ferry service to double next year\n\n"
        "The island's ferry service will run twice a day from April, the operator said on "
        "Monday. The change follows a petition signed by 3,000 residents.\n\n"
        "Read more: Ferry petition passes 3,000 names\n\n"
        "You have read 4 of 10 free stories this month.\n\n"
        "The first sailing will leave at 7am, and the last at 9pm.\n\n"
        "Related: Harbour wall repairs finished early\n\n"
        "Fares will stay at £6 for adults.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    left = [(str(i.reason), i.passage.quote) for i in doc.left_out]
    assert ("chrome", "Read more: Ferry petition passes 3,000 names") in left
    assert ("chrome", "You have read 4 of 10 free stories this month.") in left
    assert ("chrome", "Related: Harbour wall repairs finished early") in left
    assert {c.section for c in doc.claims} == {None}
    assert not [c for c in doc.claims if "free stories" in c.text]


def test_a_press_releases_boilerplate_after_its_news_is_left_out() -> None:
    text = (
        "Harlow Mining to open copper mine in Skelby\n\n"
        "DENVER, Colo. \u2013 Harlow Mining Ltd. today announced that it will open a copper mine "
        "near Skelby in 2027. The mine is expected to employ 400 people.\n\n"
        "The company said it had secured all the permits it needs. Production is due to "
        "reach 20,000 tonnes a year by 2029, it said.\n\n"
        "About Harlow Mining\n\n"
        "Harlow Mining Ltd. explores, develops and operates copper mines in the north.\n\n"
        "Forward-Looking Statements\n\n"
        "This release contains forward-looking statements. Actual results may differ.\n\n"
        "Media Contact\n\n"
        "Jo Marsh\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    claims = [c.text for c in doc.claims]
    assert claims[0] == (
        "Harlow Mining Ltd. today announced that it will open a copper mine near Skelby in 2027."
    )
    assert not [c for c in claims if "forward-looking" in c or "explores" in c]
    left = [(str(i.reason), i.passage.quote) for i in doc.left_out]
    assert ("dateline", "DENVER, Colo. \u2013") in left
    assert [reason for reason, quote in left if quote.startswith("About Harlow Mining")] == [
        "chrome"
    ]


@pytest.mark.parametrize(
    "place", ["RENO, Nev. \u2013 ", "BOISE, Idaho \u2013 ", "LONDON, England — "]
)
def test_a_place_dateline_with_its_state_or_country_is_left_out(place: str) -> None:
    sentence = place + "Harlow Mining Ltd. today announced a new copper mine."
    assert atomize.dateline(sentence) == len(place)


def test_an_about_heading_that_is_no_name_is_a_section() -> None:
    text = (
        "Island ferry service to double next year\n\n"
        "The island's ferry service will run twice a day from April, the operator said on "
        "Monday. The change follows a petition signed by 3,000 residents.\n\n"
        "The second boat was built in Norway.\n\n"
        "About the new timetable\n\n"
        "The first sailing will leave at 7am.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert [c.section for c in doc.claims][-1] == "About the new timetable"


# Issue 12 (user 21): an interview whose intro names the interviewee in other words, with
# or without "Q:" and "A:" marks


@pytest.mark.parametrize(
    "intro",
    [
        "We spoke to Tomas Kell before the match.",
        "Tomas Kell, the club captain, answered our questions.",
        "This is an edited version of our interview with Tomas Kell.",
    ],
)
def test_an_intro_that_says_whom_the_interview_is_with_names_the_interviewee(intro: str) -> None:
    assert atomize.interviewed(intro) == "Tomas Kell"


@pytest.mark.parametrize(
    "sentence",
    [
        "The coach spoke to Tomas Kell after the match.",  # the one who asked, maybe
        "The club has a new captain.",
    ],
)
def test_a_sentence_that_says_no_interview_names_no_interviewee(sentence: str) -> None:
    assert atomize.interviewed(sentence) is None


def test_a_marked_interviews_answers_are_said_by_the_person_the_intro_spoke_to() -> None:
    text = (
        "We spoke to Tomas Kell before the match.\n\n"
        "Q: Is the squad fit?\n"
        "A: Two players are injured. I cannot change that.\n\n"
        "Q: Will you stay?\n"
        "A: I have signed a new contract.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [
        "We spoke to Tomas Kell before the match.",
        "[Tomas Kell] said: “Two players are injured.”",
        "[Tomas Kell] said: “I cannot change that.”",
        "[Tomas Kell] said: “I have signed a new contract.”",
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_unmarked_interviews_answers_are_said_by_the_interviewee(gap: str) -> None:
    # each question on a line (or paragraph) of its own, its answer under it
    text = (
        "Captain stays: a talk before the final\n\n"
        "Tomas Kell, the club captain, answered our questions.\n\n"
        f"Is the squad fit?{gap}Two players are injured. I cannot change that.\n\n"
        f"Will you stay?{gap}I have signed a new contract.\n\n"
        "The final is on Saturday.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert [(c.section, c.text) for c in doc.claims] == [
        (None, "Tomas Kell, the club captain, answered our questions."),
        (None, "Tomas Kell is the club captain."),
        ("Is the squad fit?", "[Tomas Kell] said: “Two players are injured.”"),
        ("Is the squad fit?", "[Tomas Kell] said: “I cannot change that.”"),
        ("Will you stay?", "[Tomas Kell] said: “I have signed a new contract.”"),
        (None, "The final is on Saturday."),  # after the interview: no question's section
    ]
    questions = [item.passage.quote for item in doc.left_out if item.reason == "question"]
    assert questions == ["Is the squad fit?", "Will you stay?"]


def test_question_headings_without_an_interview_intro_head_the_articles_own_text() -> None:
    # an explainer's questions are its headings; its paragraphs are the article's own
    text = (
        "The bridge closure explained\n\n"
        "The council closed the bridge on Monday.\n\n"
        "Why was it closed?\nA crack was found in a beam.\n\n"
        "When will it reopen?\nRepairs will take six weeks.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert [c.text for c in doc.claims] == [
        "The council closed the bridge on Monday.",
        "A crack was found in a beam.",
        "Repairs will take six weeks.",
    ]


# Issue 12 (user 23): an interview whose answers are marked with the speaker's name
# ("Wren: Yes. …") rather than "A:", over one or more sentences and paragraphs

NAMED_INTERVIEW = (
    "Harrowgate's new mayor on buses, rents and the stadium\n\n"
    "Interviews by Priya Castell\n\n"
    "Tomasz Wren was elected mayor of Harrowgate in May. We met him at the town hall.\n\n"
    "Q: You promised free buses for pupils. Will that happen by September?\n\n"
    "Wren: Yes. The first routes start on 2 September. We have signed contracts with two"
    " operators.\n\n"
    "The rest follow in January.\n\n"
    "Q: Critics say rents rose 9% last year.\n\n"
    "Wren: I think landlords took advantage of the shortage.\n\n"
    "Q: What about the stadium?\n\n"
    "Wren: The club owns the land. We cannot stop the sale.\n\n"
    "Tomasz Wren has been a councillor since 2014.\n"
)


def test_a_named_answer_is_the_speakers_in_every_sentence_and_paragraph() -> None:
    doc, _ = extract(Source(NAMED_INTERVIEW, "text"), Meta())
    found = [c.text for c in doc.claims]
    assert found == [
        "Tomasz Wren was elected mayor of Harrowgate in May.",
        "We met him at the town hall.",
        "You promised free buses for pupils.",
        "Asked “Will that happen by September?”, [Tomasz Wren] said: “Yes.”",
        "[Tomasz Wren] said: “The first routes start on 2 September.”",
        "[Tomasz Wren] said: “We have signed contracts with two operators.”",
        "[Tomasz Wren] said: “The rest follow in January.”",  # the answer's next paragraph
        "Critics say rents rose 9% last year.",
        "[Tomasz Wren] said: “I think landlords took advantage of the shortage.”",
        "[Tomasz Wren] said: “The club owns the land.”",
        "[Tomasz Wren] said: “We cannot stop the sale.”",
        "Tomasz Wren has been a councillor since 2014.",  # after the last answer: the paper's
    ]
    assert [c.id for c in doc.claims] == [f"c{n:03d}" for n in range(1, len(found) + 1)]
    for claim in doc.claims:
        assert claim.section is None  # no question and no credit line heads a section
        assert claim.passage.quote == NAMED_INTERVIEW[claim.passage.start : claim.passage.end]
        assert "Wren:" not in claim.text
        if "[Tomasz Wren]" in claim.text:
            assert claim.hint is not None and claim.hint.attributed_to == "Tomasz Wren"
    yes = doc.claims[3]
    assert yes.passage.quote == "Will that happen by September?\n\nWren: Yes."
    assert [(i.reason, i.passage.quote) for i in doc.left_out] == [
        ("heading", "Harrowgate's new mayor on buses, rents and the stadium"),  # the title
        ("byline", "Interviews by Priya Castell"),
        ("question", "What about the stadium?"),
    ]
    assert doc.article.author == "Priya Castell"


@pytest.mark.parametrize("label", ["Ines Okafor", "IO", "Okafor"])
def test_a_name_that_answers_questions_twice_marks_answers(label: str) -> None:
    text = (
        "Ines Okafor runs the lifeboat station.\n\n"
        f"Q: How many call-outs this year?\n{label}: Forty-one. Most were in August.\n\n"
        f"Q: Do you need volunteers?\n{label}: We need six more crew.\n"
    )
    found = blocks.split(text, markdown=False)
    assert [blocks.interview_mark(text, b) for b in found] == [None, "Q", "A", "Q", "A"]
    assert [text[a:b] for a, b, _ in blocks.answered(text, found)] == [
        "Forty-one. Most were in August.",
        "We need six more crew.",
    ]
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    # a surname or a full name is the person the article named; initials stay as they are
    who = "IO" if label == "IO" else "Ines Okafor"
    assert f"[{who}] said: “We need six more crew.”" in [c.text for c in doc.claims]


def test_an_interviewers_named_questions_are_questions_and_the_other_name_answers() -> None:
    text = (
        "Harlan: Why did you leave the orchestra?\n\n"
        "Mbeki: I wanted to compose. Touring left no time.\n\n"
        "Harlan: Do you miss the stage?\n\n"
        "Mbeki: I still play in a quartet on Sundays.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    assert [c.text for c in doc.claims] == [
        "[Mbeki] said: “I wanted to compose.”",
        "[Mbeki] said: “Touring left no time.”",
        "[Mbeki] said: “I still play in a quartet on Sundays.”",
    ]
    assert [(i.reason, i.passage.quote) for i in doc.left_out] == [
        ("question", "Why did you leave the orchestra?"),
        ("question", "Do you miss the stage?"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # labelled figures take turns, but no label asks
        "Labour: 34% of the vote.\nReform: 29% of the vote.\nLabour: 12 seats.\nReform: 9 seats.\n",
        # a name after one question only: no sign it marks the answers
        "Q: Who won?\nJudges: The Leeds team won.\n\nPhoto: The Leeds team lifts the cup.\n",
    ],
)
def test_labelled_lines_that_are_no_interview_keep_their_labels(text: str) -> None:
    assert blocks.speakers(text)[1] == frozenset()
    assert all(b.start == text.rfind("\n", 0, b.start) + 1 for b in blocks.split(text, False))


def test_a_headline_that_quotes_the_interviewee_by_name_keeps_its_words() -> None:
    text = "Wren: the buses will be free by September\n\n" + NAMED_INTERVIEW.split("\n\n", 1)[1]
    doc, _ = extract(Source(text, "text"), Meta())
    assert doc.article.title == "Wren: the buses will be free by September"
    assert "[Tomasz Wren] said: “The rest follow in January.”" in [c.text for c in doc.claims]


# A byline without "By": a newsroom job title alone, or a name and its title, under the
# headline (user 27)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Theatre critic", None),
        ("Senior transport correspondent", None),
        ("Marta Quill, Science writer", "Marta Quill"),
        ("Idris Vane - Arts Editor", "Idris Vane"),
    ],
)
def test_a_job_title_under_the_headline_is_a_byline_never_a_section(
    line: str, author: str | None
) -> None:
    text = (
        f"Ferry fares to rise for the third year running\n\n{line}\n\n"
        "The island's ferry operator will raise fares by 6% in April, it said on Monday.\n\n"
        "Return tickets for cars will cost £92, up from £87.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert doc.claims and {c.section for c in doc.claims} == {None}
    assert ("byline", line) in [(str(i.reason), i.passage.quote) for i in doc.left_out]
    assert doc.article.author == author


def test_a_phrase_ending_in_a_job_title_is_no_byline() -> None:
    assert blocks._BARE_BYLINE.fullmatch("Letter to the editor") is None
    assert blocks._BARE_BYLINE.fullmatch("The editor") is None


@pytest.mark.parametrize(
    "rating", ["Three stars", "★★★☆☆", "3/5", "Rating: 3 out of 5", "**Four and a half stars**"]
)
def test_a_star_rating_is_left_out_never_a_section(rating: str) -> None:
    text = (
        f"Film review: a quiet thriller set on a lighthouse\n\n{rating}\n\n"
        "The film runs for 104 minutes and opens in cinemas on Friday.\n\n"
        "Its director shot most of it on the Isle of Lewis.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert doc.claims and {c.section for c in doc.claims} == {None}
    assert ("chrome", rating) in [(str(i.reason), i.passage.quote) for i in doc.left_out]


def test_a_bold_dateline_is_left_out_of_the_claim() -> None:
    text = (
        "# Local rower wins the cup\n\n"
        "**KESWICK** — Amy Dorn won the single sculls final on Derwentwater on Saturday.\n\n"
        "She finished four lengths clear.\n"
    )
    doc, _ = extract(Source(text, "markdown"), Meta())
    assert doc.claims[0].text == "Amy Dorn won the single sculls final on Derwentwater on Saturday."
    assert ("dateline", "**KESWICK** —") in [(str(i.reason), i.passage.quote) for i in doc.left_out]


@pytest.mark.parametrize("lead", ["The survey also found:", "The audit shows:"])
def test_a_lead_in_that_stops_at_its_verb_gives_each_item_its_source(lead: str) -> None:
    text = (
        "Library use rises again\n\n"
        "The county published its annual library survey on Thursday.\n\n"
        f"{lead}\n"
        "- loans of e-books rose by 14%;\n"
        "- two branches now open on Sundays.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    said = lead.rstrip(":")
    assert [c.text for c in doc.claims][1:] == [
        f"{said}: loans of e-books rose by 14%.",
        f"{said}: two branches now open on Sundays.",
    ]
    assert ("lead-in", lead) in [(str(i.reason), i.passage.quote) for i in doc.left_out]


@pytest.mark.parametrize(
    "line",
    [
        "Open Tuesday to Sunday, 10am\u20135pm.",
        "Daily, 9.30am to 6pm.",
        "Weekdays 08:00\u201318:30.",
    ],
)
def test_opening_hours_are_a_claim_as_a_price_is(line: str) -> None:
    text = (
        "Museum review: a harbour's history, well told\n\n"
        "The museum reopened in May after a two-year refit.\n\n"
        f"{line} Adults £9.\n"
    )
    doc, _ = extract(Source(text, "text"), Meta())
    assert line in [c.text for c in doc.claims]
    assert "Adults £9." in [c.text for c in doc.claims]


def test_a_noun_with_its_relative_clause_after_and_is_no_second_predicate() -> None:
    # "calls" reads as a verb, but "calls that rang" is a noun with its relative clause:
    # the claim must never borrow the reported subject ("the bank said members calls …")
    sentence = (
        "The bank said members should ignore letters and calls that asked for their "
        "passwords, which it said were fake."
    )
    got = texts(sentence)
    assert not any("members calls" in t for t in got)
    assert any("letters and calls that asked" in t for t in got)


def test_an_adjective_before_an_ing_noun_is_no_cut_before_a_participle() -> None:
    # "at a previous hearing": "hearing" is the noun after the adjective, no participle
    sentence = "Tom Reed, 38, of Kings Road, Hull, admitted at a previous hearing to two thefts."
    assert pieces(sentence) == [sentence]


def test_a_time_after_after_before_a_but_clause_is_no_clause_of_its_own() -> None:
    sentence = "Rescuers reached the climbers after more than 40 hours, but they had died."
    got = pieces(sentence)
    assert got[0] == "Rescuers reached the climbers after more than 40 hours"
    assert not any(p.strip(" ,.").startswith("more than") for p in got)


def test_a_clause_inside_a_when_clause_keeps_the_date_it_belongs_to() -> None:
    sentence = (
        "It is the worst flood in the valley since 1998, when six farms were lost after "
        "the old dam gave way."
    )
    got = pieces(sentence)
    assert not any(p.strip().startswith("the old dam") for p in got)
    assert any("after the old dam gave way" in p and "1998" in p for p in got)


@pytest.mark.parametrize("quantifier", ["most", "some", "half", "none", "two"])
def test_a_quantified_relative_clause_stays_with_its_antecedent(quantifier: str) -> None:
    sentence = (
        f"The farm grew 400 tonnes of wheat last summer, {quantifier} of which was sold abroad."
    )
    got = pieces(sentence)
    assert not any(p.strip().casefold().startswith(f"{quantifier} of which") for p in got)
    assert any(f"{quantifier} of which" in p and "wheat" in p for p in got)


def test_a_cleft_sentence_is_not_left_as_it_was_a_name() -> None:
    sentence = (
        "Jones led for most of the race, but it was her sister, Ann Jones, who crossed "
        "the line first."
    )
    got = pieces(sentence)
    assert not any(p.strip(" ,.") == "it was her sister, Ann Jones" for p in got)
    assert any("Ann Jones, who crossed the line first" in p for p in got)
