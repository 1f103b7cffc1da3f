"""A job noun before a name at a sentence's start ("Prosecutor Jane Whitfield said"): no
part of the name a later "[…]" and the hint's named source give, while a title that is
part of a name in news ("Dr", "Judge", "Councillor", "Senator") stays."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract, refer
from claimcheck.extract.hints import attributed_to
from claimcheck.extract.ingest import Source


def found(text: str) -> list[tuple[str, str | None]]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Prosecutor Alan Pike said the fraud was planned. He told the jury it ran for years.",
         "Alan Pike"),
        ("Economist Rosa Lind said rents would keep rising. She added that wages lagged.",
         "Rosa Lind"),
        ("Spokeswoman Kate Orr said the line would reopen. She said crews worked all night.",
         "Kate Orr"),
        ("Labour's Dana Pell said the vote was close. She said turnout fell.", "Dana Pell"),
        ("Acme's Omar Haddad said sales rose. He added that costs fell.", "Omar Haddad"),
    ],
)  # fmt: skip
def test_a_job_noun_before_a_name_is_no_part_of_it(text: str, who: str) -> None:
    got = found(text)
    assert [w for _, w in got] == [who, who]
    assert got[1][0].startswith(f"[{who}] ")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dr Ana Ruiz", "Dr Ana Ruiz"),
        ("Judge Ruth Calloway", "Judge Ruth Calloway"),
        ("Councillor Tom Ray", "Councillor Tom Ray"),
        ("Senator Ann Lee", "Senator Ann Lee"),
        ("Professor Ann Lee", "Professor Ann Lee"),
        ("Analyst Mei Wong", "Mei Wong"),
        ("Victor Ramos", "Victor Ramos"),  # a first name that is a noun too
        ("Hunter Cole", "Hunter Cole"),
    ],
)
def test_titles_stay_in_a_name_and_job_nouns_do_not(name: str, expected: str) -> None:
    assert refer.person(name) == expected
    assert attributed_to(f"{name} said the plan would fail.") == expected
