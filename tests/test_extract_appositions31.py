"""Appositives and subjects kept whole, and no word doubled or changed: a gerund after
"by" inside an aside between a subject and its verb ranks the noun ("one of the largest
exchanges by trading volume") and is no means of a deed; the plural noun that heads "one
of the … Xs" is no verb; "and" between the nouns of a subject after "when", "because" …
joins them; a name set off by commas after the object of a participle phrase is that
object's, not a new clause's subject; a subject is never borrowed by a clause that opens
with it; and a label before a colon keeps its capital when an item joins its lead-in."""

from __future__ import annotations

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def test_a_gerund_after_by_in_an_opening_aside_is_no_verb() -> None:
    got = claims(
        "Corvane, one of the four largest bitcoin exchanges by trading volume, halted all "
        "deposits on Tuesday, leaving traders unable to move their coins."
    )
    assert not any("trades volume" in c for c in got), got
    assert "Corvane, one of the four largest bitcoin exchanges." not in got, got
    assert "Corvane is one of the four largest bitcoin exchanges by trading volume." in got, got
    assert any(c.endswith("halted all deposits on Tuesday.") for c in got), got
    got = claims(
        "Pellum, one of the five biggest fintech funds by lending volume, suspended all "
        "redemptions on Monday."
    )
    assert not any("lends volume" in c for c in got), got
    assert "Pellum is one of the five biggest fintech funds by lending volume." in got, got
    # after a whole clause, "by" and a gerund is still how the deed was done
    got = claims("The council balanced its budget last year by closing three libraries.")
    assert "The council closed three libraries." in got, got


def test_the_plural_head_of_one_of_the_is_no_verb() -> None:
    got = claims("Halvard, one of the two largest fintech brokers, closed its doors on Friday.")
    assert "Halvard is one of the two largest fintech brokers." in got, got


def test_and_inside_the_subject_of_a_when_clause_is_no_clause_boundary() -> None:
    got = claims(
        "The airport closed in 2019, when two regional airlines and a freight firm went "
        "bust within a year."
    )
    assert "A freight firm went bust within a year." not in got, got
    assert not any(c.endswith("two regional airlines.") for c in got), got
    assert any("two regional airlines and a freight firm went bust" in c for c in got), got
    # two clauses, each with its own subject and verb, still split
    got = claims("The shop shut in May and the staff lost their jobs.")
    assert got == ["The shop shut in May.", "The staff lost their jobs."], got
    got = claims("Prices rose in March, when the fuel duty went up and the pound fell.")
    assert "The pound fell." in got, got


def test_a_name_ending_in_ly_is_never_doubled() -> None:
    got = claims("Kozely won the title in 2024.")
    assert got == ["Kozely won the title in 2024."], got
    got = claims("Kozely leads the table by two points.\n\n- Kozely scored 31 goals this season.")
    assert not any("Kozely Kozely" in c for c in got), got
    assert "Kozely leads the table by two points." in got, got


def test_a_borrowed_subject_is_not_put_before_a_clause_that_opens_with_it() -> None:
    for body, subject in [
        ("Will left the club in May.", "Tom Will"),
        ("Said resigned from the board in May.", "Edward Said"),
    ]:
        piece = atomize.Piece(0, len(body), "clause", None)
        assert atomize.claim_text(body, piece, None, subject) == body
    # a predicate without a subject still borrows one
    body = "has made 100 appearances."
    piece = atomize.Piece(0, len(body), "clause", None)
    assert atomize.claim_text(body, piece, None, "Tom Will") == "Tom Will has made 100 appearances."


def test_a_name_apposed_to_a_participle_phrase_object_stays_in_its_claim() -> None:
    got = claims(
        "Tom Hale reached the final on Friday, beating the top seed, Mia Kovac, 6-2 6-3 in a "
        "match that lasted 80 minutes."
    )
    assert any(c.startswith("Tom Hale beat the top seed, Mia Kovac, 6-2 6-3") for c in got), got
    assert "Tom Hale beat the top seed." not in got, got
    assert "Tom Hale reached the final on Friday." in got, got


def test_a_label_keeps_its_capital_after_a_lead_in() -> None:
    got = claims(
        "The final standings:\n- Rovers: 61 points\n- United: 58 points\n- City: 40 points"
    )
    assert got == [
        "The final standings: Rovers: 61 points.",
        "The final standings: United: 58 points.",
        "The final standings: City: 40 points.",
    ], got
