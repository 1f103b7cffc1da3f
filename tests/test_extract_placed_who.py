"""A "who" clause after a place or an organisation that ends a phrase ("a dealer in
Paris, who …"): the clause is about the person before the preposition, never the
place; the sentence stays one claim rather than give the deed to the place."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def test_who_after_a_place_is_never_the_place() -> None:
    for sentence, place in [
        ("The gallery bought the drawing from a dealer in Lyon, who said it was genuine.", "Lyon"),
        ("The firm hired a surveyor from Carlisle, who found damp in every flat.", "Carlisle"),
        (
            "The motion was moved by Dora Wynne of the Liberal Party in Bath, who called "
            "the levy unfair.",
            "Bath",
        ),
        (
            "The school appointed a head from Kestrel Academy, who starts in April.",
            "Kestrel Academy",
        ),
    ]:
        got = claims(sentence)
        assert got == [sentence], got
        assert not any(c.startswith(place) for c in got)


def test_who_after_a_person_still_gets_a_claim_of_its_own() -> None:
    got = claims("The award went to Dora Wynne, who has run the shelter for 30 years.")
    assert got == [
        "The award went to Dora Wynne.",
        "Dora Wynne has run the shelter for 30 years.",
    ]


def test_which_after_a_place_is_unchanged() -> None:
    # "which" may be the place's own clause: the aside keeps the clause it hangs on
    got = claims("The grant went to a charity in Hull, which runs two food banks.")
    assert "The grant went to a charity in Hull." in got
    assert not any(c.startswith("Hull") for c in got)


def test_an_appositive_after_a_person_of_a_body_is_not_given_to_either() -> None:
    # "Ann Lee of Clean Streets, a residents' group": the group's description, maybe; a
    # claim that she is a group is false, and that the group is the builder unsure
    for sentence in [
        '"We will appeal," said Ines Duarte of Clean Streets, a residents\' group.',
        "The motion was backed by Ivo Marsh of Kestrel Homes, a local builder.",
    ]:
        assert claims(sentence) == [sentence]
    # a body's own name with "of" still gets its appositive
    assert "The Bank of Wessex is the county's oldest lender." in claims(
        "Rates were set by the Bank of Wessex, the county's oldest lender."
    )
