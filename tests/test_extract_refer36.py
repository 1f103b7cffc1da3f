"""Pronouns left bare in claims (helper h36c): a given name says whether a person is a
"he" or a "she", so the pronoun that agrees with only one of the people in play names
them; one that agrees with two, or with a person the article speaks of by a common noun,
stays bare (a wrong name puts words in the wrong mouth)."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract, refer
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("who", "said"),
    [
        ("Peter Lowe", "he"),
        ("Judge Ann Reid", "she"),
        ("Dame Ann Reid", "she"),
        ("Det Insp Tom Hale", "he"),
        ("Mr Sam Hart", "he"),
        ("Sam Hart", None),  # a name for either
        ("Dr Lee", None),  # a surname alone
        ("Jamie Cole", None),
    ],
)
def test_a_given_name_says_the_pronoun(who: str, said: str | None) -> None:
    assert refer.title_pronoun(who) == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a woman judge after the man in the dock: "she" is the judge
            "Colin Marsh, 52, was fined £300. Judge Helen Barr said the damage was "
            "deliberate. She said the fine reflected his guilty plea.",
            "[Judge Helen Barr] said the fine reflected his guilty plea.",
        ),
        (
            # the man is the subject; the woman named after him is the one "she" fits
            "Gary Pitt was banned from driving by Judge Karen Noble. She said his "
            "speed had put lives at risk.",
            "[Judge Karen Noble] said his speed had put lives at risk.",
        ),
        (
            # a woman spoke last, but "he" fits only the man named before her
            "Owen Tate admitted the burglary. Judge Ruth Mole called the offence mean. "
            "He said he had been drinking.",
            "[Owen Tate] said he had been drinking.",
        ),
        (
            # her son is her kin, and the man she met is no "she"
            "Lucy Vane met Roger Holt. Her son, who is nine, has asthma. She said the "
            "doctor had written.",
            "[Lucy Vane] said the doctor had written.",
        ),
        (
            "Dennis Hope hired Tina Marr. After a year, she left.",
            "After a year, [Tina Marr] left.",
        ),
        (
            "Julia Stone met Derek Fry at the depot. He said the talks were useful.",
            "[Derek Fry] said the talks were useful.",
        ),
    ],
)
def test_the_pronoun_names_the_one_person_it_agrees_with(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # two women in play: "she" may be either
        "Gary Pitt was banned by Judge Karen Noble and Mrs Amy Rowe. She said the ban was fair.",
        # a person whose given name is either a man's or a woman's
        "Gary Pitt was banned by Judge Sam Noble. She said the ban was fair.",
        # another woman, spoken of by a word, who may be "she"
        "Gary Pitt was banned by Judge Karen Noble after his sister gave evidence. She "
        "said the ban was fair.",
        # a person spoken of by a common noun, whose pronoun no one knows
        "Gary Pitt was banned by Judge Karen Noble after a witness gave evidence. She "
        "said the ban was fair.",
        "Owen Tate admitted the burglary. Judge Ruth Mole said the driver had fled. He "
        "said he had been drinking.",
        # two men before the woman
        "Owen Tate and Neil Cobb admitted the burglary. Judge Ruth Mole called it mean. "
        "He said he had been drinking.",
    ],
)
def test_a_pronoun_that_agrees_with_two_stays_bare(text: str) -> None:
    last = claims(text)[-1]
    assert last.startswith(("She ", "He ")), last


def test_a_heading_between_keeps_the_pronoun_bare() -> None:
    text = "Neil Cobb, 41, of Mill Lane, denied the charge.\n\n## Evidence\n\nHe told the court he was ill."
    assert claims(text)[-1] == "He told the court he was ill."


def test_a_correction_naming_another_man_keeps_the_pronoun_bare() -> None:
    text = (
        "Ralph Dunne will chair the inquiry.\n\nCorrection: An earlier version of this "
        "article misnamed his deputy, Ian Keel.\n\nHe is 61."
    )
    assert claims(text)[-1] == "He is 61."


def test_two_people_as_one_subject_are_neither_alone() -> None:
    assert refer.person("Owen Tate and Neil Cobb", "Owen Tate and Neil Cobb admitted it.") is None
    text = "Owen Tate and Neil Cobb admitted the burglary. He said he had been drinking."
    assert claims(text)[-1] == "He said he had been drinking."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Coastguard Agency issued a warning. It said the tide would peak at noon.",
            "[The Coastguard Agency] said the tide would peak at noon.",
        ),
        (
            "The firm Tarrant said the site would close. It said 40 jobs would go.",
            "[Tarrant] said 40 jobs would go.",
        ),
        (
            "Pellow Ltd reported a loss on Monday. Its sales fell by a fifth.",
            "[Pellow Ltd's] sales fell by a fifth.",
        ),
        (
            "The supermarket Hensby cut prices. Its annual sales rose 4%.",
            "[Hensby's] annual sales rose 4%.",
        ),
        (
            "Quorley, a lender, raised its rates. Its chief executive stepped down.",
            "[Quorley's] chief executive stepped down.",
        ),
        (
            "Pellow Ltd reported a loss. It blamed the weather. Its shares fell 8%.",
            "[Pellow Ltd's] shares fell 8%.",
        ),
    ],
)
def test_it_and_its_name_the_company_before(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "its" may be the shop's
        "Pellow Ltd opened a shop in the square. Its staff were hired locally.",
        # or the other firm's
        "Pellow Ltd sued Marrick. Its shares fell.",
        "Pellow Ltd bought Marrick's depots. Its sales rose.",
        # or the loss's: "size" is nothing a company has by this rule
        "Pellow Ltd reported a loss. Its size surprised analysts.",
        # a builder may be a person, so the name may be one
        "Quorley, a builder, raised his prices. Its sales rose.",
        # no company named
        "Prices rose in the town. Its shops were busy.",
    ],
)
def test_its_stays_its_when_unsure(text: str) -> None:
    assert claims(text)[-1].startswith("Its "), claims(text)


def test_the_firm_name_after_a_company_noun_is_no_person() -> None:
    assert refer.company("The firm Tarrant", "The firm Tarrant said no.") == "Tarrant"
    assert refer.company("Tarrant", "Tarrant, a retailer, said no.") == "Tarrant"
    assert refer.company("Tarrant", "Tarrant, a builder, said no.") is None
    assert refer.company("The firm Tom Ray founded", "The firm Tom Ray founded said no.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harlows' parents spoke at the inquest. They said the lane was unlit.",
            "[The Harlows' parents] said the lane was unlit.",
        ),
        (
            "Ann Corby's sons spoke after the hearing. They said the sentence was too short.",
            "[Ann Corby's sons] said the sentence was too short.",
        ),
        (
            "Three lifeguards were hurt. They were taken to hospital.",
            "[Three lifeguards] were taken to hospital.",
        ),
    ],
)
def test_they_names_the_plural_before(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # two plurals: the parents or the lawyers
        "The Harlows' parents met the Corbys' lawyers. They said the lane was unlit.",
        "Lifeguards rescued two swimmers. They were taken to hospital.",
    ],
)
def test_they_stays_they_when_two_plurals_may_be_meant(text: str) -> None:
    assert claims(text)[-1].startswith("They "), claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ralph Dunne will chair the inquiry.\n\nCorrection: An earlier version of this "
            "article said Mr Dunne was 52. He is 61.",
            "[Mr Dunne] is 61.",
        ),
        (
            "Correction: An earlier version of this article said Fiona Carr was born in "
            "York.\n\nShe was born in Hull.",
            "[Fiona Carr] was born in Hull.",
        ),
    ],
)
def test_the_fact_after_a_correction_names_whom_the_wrong_fact_was_about(
    text: str, expected: str
) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the notice names two people
        "Ralph Dunne will chair.\n\nCorrection: An earlier version of this article said "
        "Mr Dunne was 52, as Ann Pyle said.\n\nShe is 61.",
        # the pronoun does not agree with the person it named
        "Ralph Dunne will chair.\n\nCorrection: An earlier version of this article said "
        "Mr Dunne was 52.\n\nShe is 61.",
        # the wrong fact was about someone the notice does not name
        "Ralph Dunne will chair.\n\nCorrection: An earlier version of this article said "
        "the chairman was 52.\n\nHe is 61.",
        # a heading between: a new section, no corrected fact
        "Ralph Dunne will chair.\n\nCorrection: An earlier version of this article said "
        "Mr Dunne was 52.\n\n## Background\n\nHe is 61.",
        # a word that may be another person's name
        "Ralph Dunne will chair.\n\nCorrection: An earlier version of this article said "
        "Mr Dunne had hired Okonjo.\n\nHe is 61.",
        # two people as the wrong fact's subject
        "Ralph Dunne will chair.\n\nCorrection: An earlier version of this article said "
        "Mr Dunne and his wife were 52.\n\nHe is 61.",
    ],
)
def test_the_pronoun_after_a_correction_stays_bare_when_unsure(text: str) -> None:
    last = claims(text)[-1]
    assert last.startswith(("He ", "She ")), last


def test_a_job_noun_before_a_given_name_keeps_a_plural_looking_surname() -> None:
    assert refer.person("Prosecutor Jane Wells") == "Jane Wells"
    assert refer.person("Harbour Mortgages") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a court report: the one man in play, across paragraphs and a woman's words
            "Keith Rowan, 29, of Ash Grove, appeared before magistrates on Friday.\n\n"
            "He denied assault.\n\nProsecutor Susan Banks said the fight began in a bar."
            "\n\nHe told the court he had acted in self-defence.",
            "[Keith Rowan] told the court he had acted in self-defence.",
        ),
        (
            "Keith Rowan, 29, denied assault. Prosecutor Susan Banks said the fight began "
            "in a bar. He told the court he had acted in self-defence.",
            "[Keith Rowan] told the court he had acted in self-defence.",
        ),
    ],
)
def test_he_is_the_one_man_in_play(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # two men in play
        "Keith Rowan, 29, appeared in court.\n\nBrian Hoyle, 33, also appeared.\n\n"
        "Prosecutor Susan Banks said the fight began in a bar.\n\nHe told the court he "
        "had acted in self-defence.",
        # a man spoken of by a noun after him
        "Keith Rowan, 29, appeared in court.\n\nProsecutor Susan Banks said the doorman "
        "was hurt.\n\nHe told the court he had acted in self-defence.",
        "Keith Rowan, 29, appeared in court.\n\nProsecutor Susan Banks said a burglar "
        "had fled.\n\nHe told the court he had acted in self-defence.",
        # a person whose given name is either, in the sentence before the man's words
        "Keith Rowan, 29, denied assault. Prosecutor Alex Banks said the fight began in a "
        "bar. He told the court he had acted in self-defence.",
    ],
)
def test_he_stays_bare_when_another_may_be_meant(text: str) -> None:
    assert claims(text)[-1].startswith("He "), claims(text)
