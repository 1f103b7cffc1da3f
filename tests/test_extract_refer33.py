"""An "It" for a body named as the subject before it, a corrected figure's "It", a "she"
after her son, and a "he said" after another's words (user 33's unresolved pronouns)."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name ending in a plural noun, then "It said"
            "Northgate Homes told tenants on Monday that it had 400 open repairs. It said it"
            " would spend £2 million on them.",
            "[Northgate Homes] said it would spend £2 million on them.",
        ),
        (  # a body's noun before "of", and a negated verb only a body does
            "The Tribunal of Water Charges said it had heard 300 appeals. It declined to"
            " comment further.",
            "[The Tribunal of Water Charges] declined to comment further.",
        ),
        (  # an auxiliary before the verb, a phrase of time before the subject
            "On Friday, the Marsh Tenants Association asked for a meeting. It has not yet"
            " replied to the landlord.",
            "[The Marsh Tenants Association] has not yet replied to the landlord.",
        ),
    ],
)
def test_it_after_a_body_named_as_the_subject_is_that_body(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # another name the sentence gives: "it" may be the other body
        "Northgate Homes wrote to Bexley Council about the repairs. It said it would spend"
        " £2 million.",
        "Northgate Homes met Natural England on Monday. It did not comment further.",
        # a thing, not the body: nothing only a body does
        "Northgate Homes built a library in 2019. It received 4,000 visitors.",
        "Northgate Homes said the repairs were late. It was a mistake.",
        # a person's name is no body
        "Ann Kerr Jones spoke to tenants. It declined to comment.",
        # a speaker's quotation in between: the chain ends
        'Northgate Homes said the repairs were late. "We are sorry," said Ann Lee. It did'
        " not comment further.",
        # not the subject: the body is only named inside the sentence
        "Tenants wrote to Northgate Homes in May. It declined to comment.",
    ],
)
def test_it_stays_it_when_the_body_is_not_sure(text: str) -> None:
    found = claims(text)
    assert found[-1].startswith("It "), found
    assert not any(c.startswith("[") for c in found), found


def test_a_corrected_figure_after_the_same_verb_is_the_notice_subject() -> None:
    found = claims(
        "Tenants were angry.\n\nCorrection: an earlier version of this article said Northgate"
        " Homes employs 4,500 staff. It employs about 3,200."
    )
    assert found[-1] == "[Northgate Homes] employs about 3,200."
    # another object after the same verb is not the corrected figure: "it" stays
    found = claims(
        "Tenants were angry.\n\nCorrection: an earlier version of this article said Northgate"
        " Homes employs 4,500 staff. It employs cleaners too."
    )
    assert found[-1] == "It employs cleaners too."


def test_her_son_keeps_her_in_play_for_the_next_she() -> None:
    found = claims(
        "Anna Kerr, 34, has lived in the flat since 2019. She said the mould came back in"
        " May.\n\nHer son, who is six, has asthma. She said his doctor had written to the"
        " landlord."
    )
    assert found[-1] == "[Anna Kerr] said his doctor had written to the landlord."


@pytest.mark.parametrize(
    "text",
    [
        # her daughter may be "she" too
        "Anna Kerr, 34, has lived in the flat since 2019. She said the mould came back in"
        " May.\n\nHer daughter, who is six, has asthma. She said the doctor had written.",
        # another person named before, whose pronoun is not known (a given name for
        # either: "Tom Bell" is a man, h36c)
        "Anna Kerr met Sam Bell. Her son, who is six, has asthma. She said the doctor had written.",
    ],
)
def test_she_after_a_relative_stays_she_when_unsure(text: str) -> None:
    assert claims(text)[-1] == "She said the doctor had written."


def test_he_said_after_her_words_is_the_man_in_play() -> None:
    found = claims(
        "Mr Tom Little runs a haulage firm. He said he rang Ms Fenwick the next morning."
        " She told him it was a delivery to a depot in Hull, he said."
    )
    assert found[-1] == "She told him it was a delivery to a depot in Hull, [Mr Tom Little] said."


def test_he_said_after_a_company_name_in_the_claim_is_the_man_in_play() -> None:
    found = claims(
        "Mr Raj Patel studied the accounts. He said 40 of them went to one bank. Both"
        " accounts were in the name of Vale Fuel Supplies, but the address was in York, he"
        " said."
    )
    assert found[-2:] == [
        "Both accounts were in the name of Vale Fuel Supplies, [Mr Raj Patel] said.",
        "The address was in York, [Mr Raj Patel] said.",
    ]
    # a person's name in the claim: "he" may be him
    found = claims(
        "Mr Raj Patel studied the accounts. He said 40 of them went to one bank. The"
        " accounts were opened by Tom Ray Smith, he said."
    )
    assert found[-1].endswith(", he said."), found
