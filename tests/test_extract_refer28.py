"""Who a claim is about when a pronoun has two candidates, or a name is set off after
whose it is ("Her brother, Tom Ray, …"): round 28."""

from __future__ import annotations

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def test_she_after_two_people_named_in_turn_names_no_one() -> None:
    # the last subject is a man the article never called "he"; "she" may as well be the
    # woman named the sentence before: no name is better than the wrong one
    got = claims(
        "Maria Lindqvist, a retired nurse, won 2,030 votes. The Conservative candidate, "
        "Peter Oduya, finished second with 1,744. She becomes the first Green member of "
        "the parish council."
    )
    assert "She becomes the first Green member of the parish council." in got
    assert not any("[Peter Oduya]" in c or "[Maria Lindqvist]" in c for c in got)
    # a chain about one person still names her
    got = claims(
        "Maria Lindqvist won 2,030 votes. She thanked her volunteers. She becomes the "
        "first Green member of the parish council."
    )
    assert "[Maria Lindqvist] becomes the first Green member of the parish council." in got


def test_a_title_on_the_earlier_one_does_not_make_the_later_one_hers() -> None:
    got = claims(
        "Mrs Tamsin Greer won the seat with 903 votes. Labour's candidate, Owen Fitch, "
        "was second with 611. She becomes the ward's first Liberal councillor."
    )
    assert "She becomes the ward's first Liberal councillor." in got


def test_a_possessive_phrase_then_a_name_then_a_verb_is_one_sentence() -> None:
    # "read" may be a noun: it is the verb of "Her brother, Tom Ray", never what he is
    got = claims("Mr Farrow's son, Daniel Farrow, read a statement outside the court.")
    assert got == ["Mr Farrow's son, Daniel Farrow, read a statement outside the court."]


def test_a_noun_or_verb_word_after_a_name_and_its_comma_is_a_verb() -> None:
    assert atomize.has_verb("His son, Daniel Farrow, read a statement")
    assert not atomize.has_verb("Daniel Farrow, a statement")
    assert atomize.subject_of("The coroner, Anna Beckwith, read a statement.") == (
        "The coroner Anna Beckwith"
    )


def test_the_name_after_whose_it_is_speaks_the_quotation_after_it() -> None:
    # Mrs Okoro is "she" by her title: "he" can only be her husband
    got = claims(
        "Mrs Okoro's husband, Samuel Okoro, gave evidence on Tuesday. "
        '"She never complained," he said.'
    )
    assert '"She never complained," [Samuel Okoro] said.' in got
    # the owner of the same pronoun is a rival: "he" may be Mr Farrow as well as his son
    got = claims(
        "Mr Farrow's son, Daniel Farrow, gave evidence on Tuesday. "
        '"He loved those hills," he said.'
    )
    assert '"He loved those hills," he said.' in got
    got = claims(
        'His son, Daniel Farrow, gave evidence on Tuesday. "He loved those hills," he said.'
    )
    assert '"He loved those hills," he said.' in got


def test_a_paragraph_that_opens_with_a_name_has_a_new_topic() -> None:
    # the man of the paragraph before is no rival for the one the paragraph opens with
    got = claims(
        "Mr Bale admitted he had not checked the brakes.\n\n"
        "The site foreman, Victor Osei, denied being told of the fault. He said the van "
        "had passed its last inspection."
    )
    assert "[Victor Osei] said the van had passed its last inspection." in got


def test_a_thing_named_with_the_is_no_person() -> None:
    # "The Zephyr 5" is a product, never a rival for "she"
    got = claims(
        "The Zephyr 5 has no card slot. Priya Nand said the change saved space. She did "
        "not say whether the older model would be cheaper."
    )
    assert "[Priya Nand] did not say whether the older model would be cheaper." in got


def test_a_body_that_owns_the_post_is_no_rival() -> None:
    got = claims(
        "Riverside Museum's director, Paul Kerr, said the loan was a coup.\n\n"
        '"We waited ten years," he said.'
    )
    assert '"We waited ten years," [Paul Kerr] said.' in got
