"""Subordinate clauses of round 28 (user 28) that stay with the clause they qualify,
each on sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


# ---- a list under a lead-in: a "before" clause and a restrictive "that" clause in an item


def test_list_items_keep_their_time_clause_and_their_restrictive_clause() -> None:
    # the items had lost "before it is sent out" and "that looks odd", and each clause
    # had become a claim of its own: "The auditor listed two risks: it is sent out." and
    # "A payment looks odd."
    text = (
        "The auditor listed two risks:\n\n"
        "- no second clerk checks an invoice before it is sent out;\n"
        "- there is no agreed way for a branch to query a payment that looks odd."
    )
    assert claims(text) == [
        "The auditor listed two risks.",
        "The auditor listed two risks: no second clerk checks an invoice before it is sent out.",
        "The auditor listed two risks: there is no agreed way for a branch to query a payment "
        "that looks odd.",
    ]


# ---------- "before he/it …", "as she …", "until they …": a time clause about the same one


@pytest.mark.parametrize(
    "sentence",
    [
        "The depot weighs every lorry before it is loaded with gravel.",
        "Border guards stopped the driver before he reached the checkpoint at Dover.",
        "A lorry carrying 20 tonnes of sand overturned as it left the quarry on Monday "
        "morning, forcing police to close the road.",
        "The actor waved to the crowd as she left the building on Friday evening.",
        "The lorry was stuck in the tunnel until it was towed out by a recovery truck.",
    ],
)
def test_a_time_clause_whose_subject_is_a_pronoun_for_the_clause_before_stays(
    sentence: str,
) -> None:
    # cut, each gave an undated event and a bare pronoun claim ("It is loaded with
    # gravel.", "He reached the checkpoint at Dover.", which never happened, and "It left
    # the quarry on Monday morning, forcing police to close the road.")
    assert claims(sentence) == [sentence]


def test_a_time_clause_with_its_own_subject_is_still_cut() -> None:
    assert claims("Shares fell sharply as it emerged that the chief executive had resigned.") == [
        "Shares fell sharply.",
        "It emerged that the chief executive had resigned.",
    ]


# ----------------- "a payment that looks odd": a "that" clause on a noun naming no one thing


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no way for staff to flag an order that looks unusual.",
        "She wants to buy a flat that has a garden.",
        "Inspectors will close any kitchen that fails two checks in a row.",
    ],
)
def test_a_that_clause_on_a_noun_that_names_no_one_thing_stays(sentence: str) -> None:
    # had given "An order looks unusual.", "A flat has a garden.", "Any kitchen fails two
    # checks in a row.": statements the text never makes
    assert claims(sentence) == [sentence]


def test_a_that_clause_on_one_thing_is_still_cut() -> None:
    assert claims("The court overturned a ruling that had said the scheme was lawful.") == [
        "The court overturned a ruling.",
        "A ruling had said the scheme was lawful.",
    ]


# ------------- ", which is normal": a verdict on how usual an event is judges the clause


@pytest.mark.parametrize(
    "sentence",
    [
        "The chicks stayed in their burrow, which is normal for puffins.",
        "The ferry sailed at night, which is rare.",
        "The choir sang in the cathedral crypt, which was a first for the town.",
    ],
)
def test_which_with_a_verdict_on_the_event_stays_with_its_clause(sentence: str) -> None:
    # had given "Their burrow is normal for puffins.", "Night is rare." and "The
    # cathedral crypt was a first for the town.": the staying, the sailing and the
    # singing are what is judged, never the last noun
    assert claims(sentence) == [sentence]


def test_which_with_a_property_of_the_noun_is_still_its_own_claim() -> None:
    assert claims("The chicks stayed in the old barn, which is damp.") == [
        "The chicks stayed in the old barn.",
        "The old barn is damp.",
    ]


# ------ ", with 22 of its 40 seats", ", with the aim of playing …": no clause, no claim alone


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor still leads the assembly, with 22 of its 40 seats.",
        "Ruiz joined the club from a side in Porto in 2021, with the aim of playing in Europe.",
    ],
)
def test_a_with_phrase_naming_a_share_or_an_aim_stays_with_its_clause(sentence: str) -> None:
    # had given the fragments "22 of its 40 seats." and "The aim of playing in Europe."
    assert claims(sentence) == [sentence]
