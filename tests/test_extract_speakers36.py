"""Who is named as a statement's speaker: a signature under a quotation that says what
the words are ("— Acme Ltd statement"), and the words that are never a name ("Nobody",
"Several"), a possessive before the speaker's title, a paragraph of quotation that goes
on from the paragraph that named its speaker. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from claimcheck.extract import Meta, atomize, extract, hints, ingest
from claimcheck.models import ClaimFile
from tests.extracting import extracted


def page(body: str) -> str:
    return (
        "<html><head><title>River</title></head><body>"
        f"<article><h1>Fish die in the Tarn</h1>{body}</article></body></html>"
    )


def read(tmp_path: Path, html: str) -> ClaimFile:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    doc, _ = extract(ingest.read(str(tmp_path / "page.html")), Meta())
    return doc


def left(doc: ClaimFile) -> list[tuple[str, str]]:
    text = doc.article.text or ""
    return [(i.reason, text[i.passage.start : i.passage.end]) for i in doc.left_out]


def speakers(text: str) -> dict[str, str | None]:
    return {c.text: c.hint.attributed_to if c.hint else None for c in extracted(text).claims}


def test_a_quotation_signed_as_a_statement_in_its_footer_is_its_signers(
    tmp_path: Path,
) -> None:
    quote = (
        "<p>The water company has answered the complaints.</p><blockquote><p>\u201cNo sewage "
        "was released into the river this week.\u201d</p><footer>\u2014 Tarnside Water "
        "statement</footer></blockquote><p>Anglers say the fish died on Sunday.</p>"
    )
    doc = read(tmp_path, page(quote))
    claims = {c.text: c for c in doc.claims}
    said = "Tarnside Water said: \u201cNo sewage was released into the river this week.\u201d"
    assert said in claims
    hint = claims[said].hint
    assert hint is not None and hint.attributed_to == "Tarnside Water"
    assert ("attribution", "\u2014 Tarnside Water statement") in left(doc)
    # the signature heads no section
    assert {c.section for c in doc.claims} == {None}


def test_an_indefinite_pronoun_or_a_quantifier_is_never_a_speaker() -> None:
    found = speakers(
        "Tenants on the Hollins estate say the repairs were never done. Several said they "
        "had complained twice.\n\nMarta Quinn runs the residents' group.\n\n"
        "\u201cNobody from the council has ever come to look,\u201d she said.\n"
    )
    assert "Several" not in found.values() and "Nobody" not in found.values()
    for text in ("No one answered the letters, several tenants said.", "Both said no."):
        assert hints.attributed_to(text) is None, text
    assert hints.attributed_to("\u201cNobody came,\u201d he said.") is None


def test_the_speaker_after_a_possessive_and_a_role_is_the_person() -> None:
    said = (
        "\u201cEvery batch is being tested,\u201d said Tarnside\u2019s head of quality, "
        "Dr Rosa Kemp."
    )
    assert hints.attributed_to(said) == "Dr Rosa Kemp"
    assert hints.attributed_to(said.replace("\u2019", "'")) == "Dr Rosa Kemp"


def test_the_speaker_after_a_role_set_apart_by_commas_is_the_person() -> None:
    said = "\u201cFares will rise again,\u201d its chief executive, Omar Vance, said."
    assert hints.attributed_to(said) == "Omar Vance"
    assert hints.attributed_to('"It will close," the head of the trust, Ed Pike, said.') == (
        "Ed Pike"
    )


def test_a_speaker_put_in_for_a_pronoun_is_the_hints_speaker() -> None:
    doc = extracted(
        "Kemp said on Friday that the plant was \u201cthe safest it has ever been\u201d.\n\n"
        "\u201cI told the board, we cannot wait any longer, and they agreed,\u201d she said.\n"
    )
    resolved = [c for c in doc.claims if "[Kemp] said" in c.text]
    assert resolved, [c.text for c in doc.claims]
    assert all(c.hint is not None and c.hint.attributed_to == "Kemp" for c in resolved)


def test_a_paragraph_of_quotation_goes_on_with_the_speaker_reported_before_it() -> None:
    found = speakers(
        "It was in a garage in Leeds, Okafor says, that the first one was built.\n\n"
        "\u201cWe had no money at all. Nobody believed in it.\u201d\n"
    )
    assert found["Okafor said: \u201cWe had no money at all.\u201d"] == "Okafor"
    assert found["Okafor said: \u201cNobody believed in it.\u201d"] == "Okafor"
    found = speakers(
        "Dr Lena Fry said the trial had been halted in its second week.\n\n"
        "\u201cThe side effects were too serious to go on.\u201d\n"
    )
    assert found["Dr Lena Fry said: \u201cThe side effects were too serious to go on.\u201d"] == (
        "Dr Lena Fry"
    )


def test_a_quotation_with_its_own_speaker_after_reported_words_stays_its_own() -> None:
    found = speakers(
        "Dr Lena Fry said the trial had been halted.\n\n"
        "\u201cWe were not told why,\u201d said Sam Oduya, a patient.\n"
    )
    assert found["\u201cWe were not told why,\u201d said Sam Oduya, a patient."] == "Sam Oduya"


def test_a_place_and_two_plain_nouns_before_the_verb_name_the_speaker() -> None:
    said = "Westvale district council says the library will shut in June."
    assert hints.attributed_to(said) == "Westvale district council"
    assert hints.attributed_to("Westvale parish council has said the hall is sold.") == (
        "Westvale parish council"
    )
    assert hints.attributed_to("Shop staff were told to leave.") is None


def test_a_name_spelt_with_a_question_mark_is_a_speaker() -> None:
    assert hints.attributed_to("Consumer magazine Which? says prices rose.") == "Which?"
    assert hints.attributed_to("Web firm Yippee! said it had been sold.") == "Yippee!"
    assert hints.attributed_to('"Why?" said Ann Lee.') == "Ann Lee"
    assert hints.attributed_to("Who knows? said nobody at all.") is None


def test_a_quotation_after_a_role_and_a_name_goes_on_in_the_named_persons_voice() -> None:
    found = speakers(
        "\u201cWe are taking this very seriously,\u201d said Tarnside\u2019s head of quality, "
        "Dr Rosa Kemp.\n\n\u201cEvery batch made since May is being tested.\u201d\n"
    )
    assert found["Dr Rosa Kemp said: \u201cEvery batch made since May is being tested.\u201d"] == (
        "Dr Rosa Kemp"
    )
    assert atomize.quotation_speaker("\u201cWe lost,\u201d said Ann Lee, Labour.") == (
        "Ann Lee",
        True,
    )
