"""Who "he" or "she" is in the quotation after a sentence that names its speaker: the
person "according to" names; the speaker, after a sentence whose "asks" or "asked for"
is a request, not a question put to someone who then answers; never a place or a body
named like a person ("the broker Harcourt Row", "on Mill Lane"). Sentences written for
these tests."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def test_according_to_names_who_speaks_next() -> None:
    got = claims(
        'Rents will keep rising, according to Maya Okonjo, who manages 300 flats. "Demand '
        'is stronger than ever," she said.'
    )
    assert '"Demand is stronger than ever," [Maya Okonjo] said.' in got


def test_according_to_with_two_people_names_no_one() -> None:
    got = claims(
        "Rents will keep rising, according to Maya Okonjo, who met Tom Hale last week. "
        '"Demand is stronger than ever," she said.'
    )
    assert '"Demand is stronger than ever," she said.' in got


def test_a_request_is_no_question_someone_else_answers() -> None:
    got = claims(
        "Councillor Ruth Adeyemi said she had asked for a crossing outside the school. "
        '"I was told there was no money," she said.'
    )
    assert '"I was told there was no money," [Councillor Ruth Adeyemi] said.' in got
    got = claims(
        'Leon Varga said the fine should be "a lesson to every shop that asks customers '
        'for their data". "They trusted it," he said.'
    )
    assert '"They trusted it," [Leon Varga] said.' in got


def test_a_question_put_to_someone_still_ends_the_chain() -> None:
    got = claims('Leon Varga asked whether the scheme was legal. "It is," he said.')
    assert '"It is," he said.' in got


def test_a_body_or_a_street_named_like_a_person_is_no_rival() -> None:
    got = claims(
        "Priya Nair, an economist at the broker Harcourt Row, said sales were weak. "
        '"Shoppers are cautious," she said.'
    )
    assert '"Shoppers are cautious," [Priya Nair] said.' in got
    got = claims('Owen Pryce said he had seen the crash on Mill Lane. "It was very fast," he said.')
    assert '"It was very fast," [Owen Pryce] said.' in got
