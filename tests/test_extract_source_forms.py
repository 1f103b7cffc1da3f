"""The named source of three common shapes of attribution: a name, an appositive, then
the verb ("Ann Lee, a nurse at the clinic, said …"; "Its spokesman, Tom Ray, said …"), a
statement without quotation marks and the speaker after it (", said Tom Ray, the
mayor."), a team's or body's name before a person's role and name ("said Rovers
manager Gary Holt", whose source is not "Rovers"), and a title before a surname ("Ms
Blount said"), with asides after the name ("Ann Lee, 54, who …, said"), a party in
brackets ("Tom Ray (Labour) said") or a denial ("Ada Obi denied that …"). A role at a place names the place, not the speaker ("said a nurse at
Harbour General"): no source."""

from __future__ import annotations

import pytest

from claimcheck.extract.hints import attributed_to


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ann Lee, a nurse at the clinic, said waiting times had doubled.", "Ann Lee"),
        ("Dr Sunil Rao, who runs the clinic, said it would stay open.", "Dr Sunil Rao"),
        ("Its spokesman, Tom Ray, said the line would reopen.", "Tom Ray"),
        ("The county's chief planner, Ada Obi, also said the plan was sound.", "Ada Obi"),
        ("Mr Ray, 58, said he was sorry.", "Mr Ray"),
        ("On Monday, Ada Obi, said the plan was sound.", "Ada Obi"),
        ("The ferry will resume in June, said Tom Ray, the harbour master.", "Tom Ray"),
        ("Two boats sank, said Ada Obi.", "Ada Obi"),
        ('"We were unlucky," said Harbour FC manager Lee Dunn.', "Lee Dunn"),
        ('"We were unlucky," said Harbour manager Lee Dunn of the club.', "Lee Dunn"),
        ('"It was hard," said Acme\'s finance director, Joan Pike.', "Joan Pike"),
        ('"It was hard," Ms Pike said.', "Ms Pike"),
        ("Dr Okoye said the ward would reopen.", "Dr Okoye"),
        ("Ann Lee, 54, who has run the shop for years, said trade had halved.", "Ann Lee"),
        ("Cllr Tom Ray (Labour) said the scheme was sound.", "Cllr Tom Ray"),
        ("Mayor Ada Obi denied that the pier had been sold.", "Mayor Ada Obi"),
    ],
)
def test_the_speaker_is_named(text: str, source: str) -> None:
    assert attributed_to(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "The council, which runs the pier, said it would close.",  # no name
        "After the storm, the harbour, said locals, was a ruin.",
        "The money, said to be worth £1m, was never found.",
        "Fares rose 4%, said Tuesday's report.",  # a day is nobody
        "Fares rose 4%, said the coach.",  # a role with no name
        "In Leeds, the mayor, a Labour member, said fares would fall.",
        '"It was hard," said a nurse at Harbour General.',  # where the speaker works
    ],
)
def test_nobody_is_named(text: str) -> None:
    assert attributed_to(text) is None
