"""User 30: statements that lost who said them. A quotation that goes on after a
signature naming the speaker's body ("said Ann Cole of the group Clean Air Now") is
still hers; the items of a list whose lead-in names them as someone's words ("Her
concerns included:") each keep the lead-in, under lettered and roman item marks too.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source


def claims_of(text: str, kind: str = "text") -> list[str]:
    doc, _ = extract(Source(text + "\n", kind), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    "signature",
    [
        "Maria Lopez of the group Clean Streets",
        "Maria Lopez of the campaign group Clean Streets",
        "Maria Lopez from the charity Clean Streets",
        "Maria Lopez of the Clean Streets campaign",
        "Councillor Maria Lopez of the local residents' association Clean Streets",
    ],
)
def test_a_quotation_goes_on_in_the_voice_of_a_signer_named_with_her_body(
    signature: str,
) -> None:
    found = claims_of(
        "Parking fines in the borough doubled last year.\n\n"
        f'"We will appeal the ruling," said {signature}. "The fines fall on the poorest '
        'drivers."'
    )
    assert found[-1] == f'{signature} said: "The fines fall on the poorest drivers."'


MARKS = {
    "number": ["1. ", "2. ", "3. "],
    "number and bracket": ["1) ", "2) ", "3) "],
    "letter in brackets": ["(a) ", "(b) ", "(c) "],
    "roman numeral": ["i. ", "ii. ", "iii. "],
    "roman numeral in brackets": ["(i) ", "(ii) ", "(iii) "],
    "bullet": ["- ", "- ", "- "],
}
ITEMS = [
    "The ferry had sailed with one lifeboat missing.",
    "The crew had not practised an evacuation since 2021.",
    "Two of the fire doors were wedged open.",
]


@pytest.mark.parametrize("kind", ["text", "markdown"])
@pytest.mark.parametrize("marks", MARKS.values(), ids=MARKS.keys())
def test_each_item_of_a_list_of_what_someone_said_keeps_its_lead_in(
    marks: list[str], kind: str
) -> None:
    lines = "\n".join(mark + item for mark, item in zip(marks, ITEMS, strict=True))
    found = claims_of(
        f"Inspectors boarded the ferry at Oban in June.\n\nTheir concerns included:\n\n{lines}",
        kind,
    )
    assert found[1:] == [
        "Their concerns included: the ferry had sailed with one lifeboat missing.",
        "Their concerns included: the crew had not practised an evacuation since 2021.",
        "Their concerns included: two of the fire doors were wedged open.",
    ]


def test_the_owner_of_the_findings_a_lead_in_names_is_the_items_source() -> None:
    doc, _ = extract(
        Source(
            "The inspectors' main findings were:\n\n"
            "1. The ferry had sailed with one lifeboat missing.\n"
            "2. Two of the fire doors were wedged open.\n",
            "text",
        ),
        Meta(title="T"),
    )
    assert [c.text for c in doc.claims] == [
        "The inspectors' main findings were: the ferry had sailed with one lifeboat missing.",
        "The inspectors' main findings were: two of the fire doors were wedged open.",
    ]
    assert [c.hint.attributed_to if c.hint else None for c in doc.claims] == [
        "The inspectors",
        "The inspectors",
    ]
