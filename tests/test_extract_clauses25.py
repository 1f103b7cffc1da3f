"""Issue 12 (user 24): clause-level leftovers. A relative clause after "N1 of the N2" is
not given to a noun it may not be about; sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str, kind: str = "text") -> list[str]:
    doc, _ = extract(Source(text + "\n", kind), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    "sentence",
    [
        # the storm or the year? Either can start in June
        "It is the tenth named storm of the year, which started in June.",
        # the chair or the committee? Either can be founded
        "She is the third chair of the committee, which was founded in 1990.",
        # the lake is in the north, or the region is: the text does not say which
        "The lake is the largest body of water of the region, which lies in the north.",
    ],
)
def test_a_relative_clause_after_n1_of_the_n2_keeps_its_sentence_whole(sentence: str) -> None:
    assert claims(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        # "named", "built" after "the first", "a newly": adjectives inside the noun phrase
        (
            "It was the first named storm, which hit the coast.",
            "The first named storm hit the coast.",
        ),
        (
            "They opened a newly built bridge, which cost £4m.",
            "A newly built bridge cost £4m.",
        ),
    ],
)
def test_a_relative_clause_borrows_a_whole_noun_phrase_of_the_text(
    sentence: str, relative: str
) -> None:
    assert claims(sentence)[-1] == relative


@pytest.mark.parametrize(
    ("sentence", "relative"),
    [
        # a name with "of" is one referent
        (
            "The mayor visited the Bank of England, which raised rates.",
            "The Bank of England raised rates.",
        ),
        # after "of", a bare noun names a kind, not a thing of its own
        (
            "The board issued a letter of concern, which warned of delays.",
            "A letter of concern warned of delays.",
        ),
    ],
)
def test_n1_of_n2_is_one_referent_when_n2_is_no_thing_of_its_own(
    sentence: str, relative: str
) -> None:
    # the scope of the rule above: these split as before it
    assert claims(sentence)[-1] == relative


def _extracted(text: str, kind: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(Source(text + "\n", kind), Meta(title="T"))
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_a_lead_in_that_says_a_source_points_out_the_items_makes_them_its_words(
    kind: str,
) -> None:
    # "were keen to point out": a verb of saying after "to" names whose the items are; each
    # item carries the lead-in, and the hint names the source, never the article's voice
    lead = "The authors were keen to point out two weaknesses in the study"
    bullet = "- " if kind == "markdown" else ""
    found = _extracted(
        f"{lead}:\n\n{bullet}It was small, so the findings may not hold for older people.\n"
        f"{bullet}It lasted six weeks.",
        kind,
    )
    assert found == [
        (f"{lead}.", None),
        (f"{lead}: it was small.", "The authors"),
        (f"{lead}: the findings may not hold for older people.", "The authors"),
        (f"{lead}: it lasted six weeks.", "The authors"),
    ]


def test_lines_without_bullets_under_a_lead_in_are_its_items() -> None:
    # a date a line: no datelines, and the lead-in is no fragment ("The closures are.")
    assert claims("The closures are:\n\nMonday 14 December\nTuesday 15 December") == [
        "The closures are: Monday 14 December.",
        "The closures are: Tuesday 15 December.",
    ]
    assert claims("The union set out its demands:\n\nA rise of 6%.\nNo compulsory overtime.") == [
        "The union set out its demands.",
        "The union set out its demands: a rise of 6%.",
        "The union set out its demands: no compulsory overtime.",
    ]


def test_lines_of_several_sentences_under_a_colon_are_no_list() -> None:
    # paragraphs a line each, not items: they do not carry the lead-in (the rule's scope)
    text = (
        "Here is how the night went:\n\nThe storm hit at noon. Roofs were torn off.\n"
        "By evening the wind had dropped. Crews began repairs."
    )
    assert claims(text)[-2:] == ["By evening the wind had dropped.", "Crews began repairs."]


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb's rest is left out: "no plans to" what? Only the whole says
        "The bakery has not raised prices and said it had no plans to.",
        # a participle phrase whose only verb is in a relative clause has no subject
        "The library will stay open, using volunteers who are trained to help.",
        # gapped: the part after ";" has no verb of its own, the first part's is meant
        "Home fans looked calm; the away end far less so.",
        "The first half was dull; the second, thrilling.",
        "Rents rose 5% in Leeds; in York, 7%.",
        # a subject, a relative clause about it, then its verb: no "Split as shown."
        "The ballots, which were counted twice, split as shown.",
    ],
)
def test_a_clause_that_says_nothing_alone_stays_in_its_sentence(sentence: str) -> None:
    assert claims(sentence) == [sentence]


def test_clauses_with_their_own_subject_and_verb_are_still_cut() -> None:
    # the scope of the rule above: an -ing opening before a clause of its own, and a
    # relative clause on the object, then another predicate
    assert claims(
        "The Model 5 is the first such car, and starting this year all parts will be recycled."
    ) == [
        "The Model 5 is the first such car.",
        "Starting this year all parts will be recycled.",
    ]
    assert claims(
        "She thanked the council, which paid for it, and said she hoped others would help."
    ) == [
        "She thanked the council, which paid for it.",
        "She said she hoped others would help.",
    ]
