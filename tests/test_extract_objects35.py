"""A name set off after a verb's object, interviews whose questions are bold or plain
lines, and "which" after a phrase of time (h35d). Sentences written for these tests."""

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def _claims(text: str) -> list[str]:
    doc, _ = extract(Source(text, "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# 1. "We asked the harbour's owner, Hana Brook, about …": what follows the name is the rest
# of the clause, never what the name is


@pytest.mark.parametrize(
    "sentence",
    [
        "We asked the harbour's owner, Hana Brook, about the new fares.",
        "They interviewed the club's coach, Tomas Kell, over the phone.",
        "The trust dismissed its treasurer, Ivo Pratt, without warning.",
        "Officers arrested a second man, Dan Obi, last night.",
        "The inquiry questioned the firm's auditor, Rhys Vane, under oath.",
    ],
)
def test_a_name_set_off_after_an_object_takes_no_predicate_of_the_clause(sentence: str) -> None:
    assert _claims(sentence) == [sentence]


def test_a_second_noun_phrase_after_a_name_set_off_after_an_object_is_what_the_name_is() -> None:
    sentence = "The prize went to the team's keeper, Rui Sousa, a graduate of the academy."
    assert "Rui Sousa is a graduate of the academy." in _claims(sentence)


def test_a_name_set_off_in_the_subject_still_says_what_it_is() -> None:
    claims = _claims("The harbour's owner, Hana Brook, said fares would rise in May.")
    assert "Hana Brook is the harbour's owner." in claims
