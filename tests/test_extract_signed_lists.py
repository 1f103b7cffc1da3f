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
