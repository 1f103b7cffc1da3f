"""Speakers and person names (user 35): a surname that reads as a plural noun, an inverted
attribution with an appositive, a list lead-in with a one-word subject, and a bare "she
says" in a profile of one woman."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract, hints, refer
from claimcheck.extract.ingest import Source


def extracted(text: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]


def claims(text: str) -> list[str]:
    return [t for t, _ in extracted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Derek Mills said the depot would shut. He said 60 drivers would move.",
            "[Derek Mills] said 60 drivers would move.",
        ),
        (
            "Ann Stokes finished the marathon in Leeds. She said the hills were hard.",
            "[Ann Stokes] said the hills were hard.",
        ),
        (
            "Joe Banks opened the cafe in 2015. He said rents had doubled since then.",
            "[Joe Banks] said rents had doubled since then.",
        ),
        (
            "Kate Fields chairs the parish council. She said the vote was close.",
            "[Kate Fields] said the vote was close.",
        ),
        (
            "Mrs Woods taught at the school for 30 years. She said the roof leaked.",
            "[Mrs Woods] said the roof leaked.",
        ),
    ],
)
def test_a_surname_that_reads_as_a_plural_is_a_person(text: str, expected: str) -> None:
    said, source = extracted(text)[-1]
    assert said == expected
    if not expected.startswith("[Mrs"):  # the hint names no one by a title alone
        assert source == expected[1 : expected.index("]")]


def test_a_body_whose_name_ends_in_a_plural_is_still_no_person() -> None:
    assert refer.person("Harbour Mortgages") is None
    assert refer.person("Vale Fuel Supplies") is None
    assert refer.person("Sam Woods") == "Sam Woods"
    assert claims("Harbour Mortgages cut its rates. He said demand was weak.")[-1] == (
        "He said demand was weak."
    )


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        ("Misleading stories shared on forums:", ["The moon landing was staged in Nevada."]),
        ("Doubtful rumours spreading in the town:", ["The mill will close next spring."]),
        ("Myths parents often repeat:", ["Sugar makes children hyperactive."]),
    ],
)
def test_a_lead_in_with_no_speaker_names_none(lead_in: str, items: list[str]) -> None:
    body = "\n".join(f"- {item}" for item in items)
    found = extracted(f"{lead_in}\n\n{body}")
    assert [t for t, _ in found] == [f"{lead_in} {items[0][0].lower()}{items[0][1:]}"]
    assert found[0][1] is None  # the lead-in's doubt is in the claim, and no one said it


@pytest.mark.parametrize(
    ("lead_in", "who"),
    [
        ("Inspectors warned:", "Inspectors"),
        ("Ann Lee, the harbour master, said:", "Ann Lee"),
        ("The audit makes four recommendations:", "The audit"),
    ],
)
def test_a_lead_in_with_a_speaker_still_names_it(lead_in: str, who: str) -> None:
    found = extracted(f"{lead_in}\n\n- The pier needs new piles.\n- The crane is unsafe.")
    assert [source for _, source in found[-2:]] == [who, who]  # the two items


@pytest.mark.parametrize(
    "said",
    [
        "The ferry will resume on Friday, said Lucy Dunn, the harbour master.",
        "The ferry will resume on Friday, said Lucy Dunn, who runs the port.",
        "The ferry will resume on Friday, Lucy Dunn, the harbour master, said.",
        "The ferry will resume on Friday, said\nLucy Dunn, the harbour master.",
        "The ferry will resume on Friday, said Lucy Dunn.",
    ],
)
def test_a_pronoun_after_an_inverted_attribution_is_its_speaker(said: str) -> None:
    found = extracted(f"{said} The new hull cost £2 million, she said.")
    assert found[0][1] == "Lucy Dunn"  # the hint names who said it
    assert found[-1] == ("The new hull cost £2 million, [Lucy Dunn] said.", "Lucy Dunn")


def test_an_inverted_attribution_with_two_people_resolves_no_one() -> None:
    found = extracted(
        "The ferry will resume on Friday, said Lucy Dunn, who met Sam Orr on Monday."
        " The new hull cost £2 million, she said."
    )
    assert found[-1][0] == "The new hull cost £2 million, she said."


PROFILE = (
    "Rosa Quint has kept bees on the moor since 1988. She sells honey in four shops.\n\n"
    "The hives sit behind a stone wall. The wall is two centuries old.\n\n"
)


def test_a_bare_she_says_in_a_profile_of_one_woman_is_her() -> None:
    found = claims(f"{PROFILE}The harvest fell by a third this summer, she says.")
    assert found[-1] == "The harvest fell by a third this summer, [Rosa Quint] says."
    found = claims(f"{PROFILE}She said the harvest fell by a third.")
    assert found[-1] == "[Rosa Quint] said the harvest fell by a third."


@pytest.mark.parametrize(
    "between",
    [
        "Her neighbour Jo Penn keeps goats on the next farm.\n\n",  # another woman named
        "Her mother taught her to keep bees.\n\n",  # a woman unnamed
        # a person of no known pronoun, then a paragraph of things
        "The hives were built by Sam Kerr in 2001.\n\nThe honey is sold in jars.\n\n",
    ],
)
def test_a_bare_she_with_another_candidate_names_no_one(between: str) -> None:
    found = claims(f"{PROFILE}{between}The harvest fell by a third this summer, she says.")
    assert found[-1] == "The harvest fell by a third this summer, she says."


def test_a_bare_he_in_a_profile_of_one_woman_names_no_one() -> None:
    found = claims(f"{PROFILE}The harvest fell by a third this summer, he says.")
    assert found[-1] == "The harvest fell by a third this summer, he says."


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The ferry will resume, said harbour master Lucy Dunn.", "Lucy Dunn"),
        ("The ferry, said Lucy Dunn, will resume on Friday.", "Lucy Dunn"),
        # a verb's object after "said", a month in it: no source
        ("The operator, part of a bigger group, said average fares in June were higher.", None),
        ("The ferry, said to be the oldest on the coast, sails at noon.", None),
        ("In June, Lucy Dunn, a former pilot, said the pier was sound.", "Lucy Dunn"),
    ],
)
def test_the_hint_names_the_speaker_of_an_unquoted_inverted_attribution(
    sentence: str, source: str | None
) -> None:
    assert hints.attributed_to(sentence) == source
