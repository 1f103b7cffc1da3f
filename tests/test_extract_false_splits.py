"""Splits that would state something false or invent words: sentences written for these
tests."""

from __future__ import annotations

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source


def claims_of_text(text: str) -> list[str]:
    doc, _ = extract(Source(text + "\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


def test_a_time_clause_after_an_asked_for_action_is_no_fact() -> None:
    # "until" after a (negated) infinitive: the event has not happened
    assert claims_of_text(
        "Tenants were told not to move back into the block until the gas supply was checked."
    ) == ["Tenants were told not to move back into the block until the gas supply was checked."]
    assert claims_of_text(
        "Walkers were urged to keep off the cliff path until the landslip had been cleared."
    ) == ["Walkers were urged to keep off the cliff path until the landslip had been cleared."]
    assert claims_of_text(
        "Parents were asked not to collect their children before the inspection was over."
    ) == ["Parents were asked not to collect their children before the inspection was over."]


def test_according_to_with_a_participle_is_never_made_a_verb() -> None:
    found = claims_of_text(
        "According to the trust's annual audit, released in June, 37% of its beds were "
        "occupied by patients fit to leave."
    )
    assert not any("accorded" in c.casefold() for c in found)
    assert all("According to the trust's annual audit" in c for c in found if "37" in c)


def test_a_subject_keeps_its_percent_and_currency_signs() -> None:
    assert atomize.subject_of("Some 62% of the bridges were found unsafe.") == (
        "Some 62% of the bridges"
    )
    assert atomize.subject_of("About £4.5m of the grant was spent on staff.") == (
        "About £4.5m of the grant"
    )


def test_a_plain_be_or_have_after_and_shares_the_modal() -> None:
    assert claims_of_text("The new depot will open in June and be run by a private operator.") == [
        "The new depot will open in June and be run by a private operator."
    ]
    found = claims_of_text(
        "A spokesman said the ferry would resume in May and be operated by a new firm."
    )
    assert not any(" ferry be " in c for c in found)
    assert claims_of_text("The museum should reopen in spring and have a new cafe.") == [
        "The museum should reopen in spring.",
        "The museum should have a new cafe.",
    ]


def test_an_attribution_after_because_makes_the_reason_the_speakers() -> None:
    assert claims_of_text(
        "The café shut at noon because, a waiter told us, the kitchen had flooded."
    ) == ["The café shut at noon because, a waiter told us, the kitchen had flooded."]
    assert claims_of_text(
        "The race was stopped although, the stewards said, no rider had been hurt."
    ) == ["The race was stopped although, the stewards said, no rider had been hurt."]


def test_a_but_clause_with_an_aside_in_its_subject_keeps_the_speaker() -> None:
    found = claims_of_text(
        "The agency said river levels would fall by Monday but heavy snow, with up to 20cm "
        "on the hills, could close several roads."
    )
    assert "With up to 20cm on the hills, could close several roads." not in found
    assert all(c.startswith("The agency said") for c in found)
    assert not any(c.endswith("but heavy snow.") for c in found)


def test_a_list_after_a_count_says_who_was_counted() -> None:
    assert claims_of_text(
        "Officers said three people were injured, a cyclist who was hit by a van and two "
        "pedestrians who were treated at the scene."
    ) == [
        "Officers said three people were injured, a cyclist who was hit by a van and two "
        "pedestrians who were treated at the scene."
    ]
