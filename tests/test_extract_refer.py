"""Who "he" or "she" is: the name of the last subject, in brackets, or nothing."""

from __future__ import annotations

import pytest

from claimcheck.extract import Meta, extract, refer
from claimcheck.extract.ingest import Source


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    return [c.text for c in doc.claims]


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Maria Lopez", "Maria Lopez"),
        ("Prof Kwame Mensah", "Prof Kwame Mensah"),
        ("Mrs Okafor 61", "Mrs Okafor"),
        ("Retired teacher Alan McKay", "Alan McKay"),
        ("Sean O'Hara", "Sean O'Hara"),
    ],
)
def test_a_person_is_a_title_and_a_surname_or_two_or_three_names(subject: str, name: str) -> None:
    assert refer.person(subject) == name


@pytest.mark.parametrize(
    "subject",
    [
        "Bristol Rovers",
        "Kent County Council",
        "The goalkeeper",
        "Lopez",
        "He",
        "Nova Energy",
        "Acme Holdings",
        None,
    ],
)
def test_no_person_is_guessed_from_a_team_a_body_a_role_or_one_word(subject: str | None) -> None:
    assert refer.person(subject) is None


def test_he_opening_the_next_sentence_is_the_last_subject_by_name() -> None:
    assert claims(
        "Maria Lopez won the race in record time. She has now won it four times. "
        "She plans to retire next year."
    ) == [
        "Maria Lopez won the race in record time.",
        "[Maria Lopez] has now won it four times.",
        "[Maria Lopez] plans to retire next year.",
    ]


def test_a_later_clause_of_the_same_sentence_takes_its_subject() -> None:
    assert claims("Dr Sam Patel chaired the inquiry, and he wrote its final report.")[-1] == (
        "[Dr Sam Patel] wrote its final report."
    )


@pytest.mark.parametrize(
    "text",
    [
        # the subject before is a body, not a person
        "Maria Lopez won the race. The organisers praised the course. She thanked them.",
        # a team's name is no person's
        "Bristol Rovers lost at home. He blamed the pitch.",
        # a quotation's speaker named after it is not what the next sentence is about
        "“She never missed a day,” said Tom Reyes. She taught for forty years.",
        # a question between breaks the chain
        "Maria Lopez won the race. Was it her last? She did not say.",
    ],
)
def test_no_name_is_given_when_the_last_subject_is_not_a_person(text: str) -> None:
    assert all("[" not in claim for claim in claims(text))


def test_a_heading_ends_the_chain() -> None:
    doc, _ = extract(
        Source("Title\n\nMaria Lopez won the race.\n\nNext steps\n\nShe spoke later.\n", "text"),
        Meta(title="T"),
    )
    assert [c.text for c in doc.claims][-1] == "She spoke later."


def test_the_passage_keeps_the_article_s_own_words() -> None:
    text = "Maria Lopez won the race. She has won it four times."
    doc, _ = extract(Source(f"Title\n\n{text}\n", "text"), Meta(title="T"))
    second = doc.claims[1]
    assert second.text == "[Maria Lopez] has won it four times."
    assert second.passage.quote == "She has won it four times."


@pytest.mark.parametrize(
    "text",
    [
        # a name in apposition to a noun phrase with a possessive: "she" is the possessor
        "His sister, the singer Clara Dunne, lived in Cork. He visited her each spring.",
        "Her brother, surgeon Paul Keane, retired in 2019. She took over his practice.",
        "Nadia Ford's partner Tom Ellery ran the shop. She kept the accounts.",
    ],
)
def test_no_name_is_given_across_a_possessive(text: str) -> None:
    assert all("[" not in claim for claim in claims(text)), claims(text)


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        (
            "Born in Dundee, Keane trained as a nurse. He moved south in 1990.",
            "[Keane] moved south in 1990.",
        ),
        (
            "Educated at Harrow, Lang joined the bank. She stayed for a decade.",
            "[Lang] stayed for a decade.",
        ),
    ],
)
def test_an_opening_phrase_s_place_is_no_part_of_the_name_after_its_comma(
    text: str, resolved: str
) -> None:
    # a one-word name is who "he" is when no one else came up (user 23); never "Dundee
    # Keane" (these sentences once asserted no name at all, as one word named no one)
    found = claims(text)
    assert found[-1] == resolved, found


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        # a body's possessive names no person: "she" is the name after it
        (
            "Northrail's finance director, Jane Ober, spoke first. She said fares would rise.",
            "[Jane Ober] said fares would rise.",
        ),
        # a title with its full stop is the same name
        (
            "Dr. Sara Lind ran the trial. She said it had worked.",
            "[Dr Sara Lind] said it had worked.",
        ),
    ],
)
def test_a_name_after_a_body_s_possessive_or_a_dotted_title_is_kept(
    text: str, resolved: str
) -> None:
    assert claims(text)[-1] == resolved


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare surname after the full name is that person, and so is "she" after it
        (
            "Grace Obi joined the lab in 1970. Obi studied how ice forms. She wrote 200 papers.",
            "[Grace Obi] wrote 200 papers.",
        ),
        # two people of one surname: "Lund" is neither, and "she" stays "she"
        (
            "Per Lund founded the firm in 1990. Eva Lund joined it in 2001. Lund said sales "
            "were strong. She expects a record year.",
            "She expects a record year.",
        ),
        # a title and a surname give no first name: "Obi" may be another Obi
        (
            "Dr Obi spoke first. Obi said the data were clear. She left early.",
            "She left early.",
        ),
    ],
)
def test_a_surname_alone_is_the_person_named_in_full_before(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name, then an appositive between commas: the pronoun after it is that person
        (
            "Tessa Grant, the club's chairwoman, said the sale was agreed. She said fans "
            "would be consulted.",
            "[Tessa Grant] said fans would be consulted.",
        ),
        # a body with an appositive is no person
        (
            "Harbour Rovers, the league leaders, lost 2-0. He said the pitch was poor.",
            "He said the pitch was poor.",
        ),
    ],
)
def test_a_name_before_its_appositive_is_the_pronouns_person(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # called "he" once, so the next "she" is someone else
            "Carl Brand, the retiring president of the Royal Rowing Society, said her crews "
            "were the best. He said the society would name its trophy after her.\n\n"
            "She leaves two sons.",
            "She leaves two sons.",
        ),
        (  # a title says which pronoun the person takes
            "Mrs Ada Finch chaired the hearing. He said the appeal was late.",
            "He said the appeal was late.",
        ),
        (
            "Lord Tom Amis opened the debate. She said the bill was flawed.",
            "She said the bill was flawed.",
        ),
        (  # the same pronoun keeps the chain
            "Rosa Dane wrote the report. She said the costs had doubled. She said it again.",
            "[Rosa Dane] said it again.",
        ),
    ],
)
def test_a_pronoun_never_means_a_person_the_article_calls_by_the_other(
    text: str, expected: str
) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize("first", ["Peter", "Rose", "Will", "Grace"])
def test_a_first_name_that_is_also_a_word_still_names_the_person(first: str) -> None:
    text = f"{first} Lomax, who runs the food bank, said stocks were low. He said donations had halved."
    if first in ("Rose", "Grace"):
        text = text.replace("He said", "She said")
    assert claims(text)[-1] == f"[{first} Lomax] said donations had halved."
    assert claims(text)[:2] == [
        f"{first} Lomax runs the food bank.",
        f"{first} Lomax said stocks were low.",
    ]


def test_a_surname_alone_is_the_person_first_named_as_an_object() -> None:
    text = (
        "United have signed the winger Kofi Mensah from Ajax for £20m. "
        "Mensah, 22, scored 11 goals last season. He will wear the number seven shirt."
    )
    assert claims(text)[-1] == "[Kofi Mensah] will wear the number seven shirt."


def test_a_name_given_with_and_without_its_title_is_one_person() -> None:
    text = (
        "Judge Ada Brook retired on Friday. The court thanked Ada Brook for 30 years of "
        "service. Brook studied law in Leeds. She plans to travel."
    )
    assert claims(text)[-1] == "[Judge Ada Brook] plans to travel."


@pytest.mark.parametrize(
    "text",
    [
        # a second person named as an object: "he" may be either, so it names no one
        "Coach Ellen Marsh dropped Peter Vance on Friday. He was left out of the squad.",
        "Judge Karen Holt fined Dean Ashby, and he paid the sum at once.",
        "Nadia Cole is engaged to Liam Cole. He said the wedding was in June.",
        # a quotation's speaker and the person it is about
        'Rita Bell manages the side. "He was superb," Bell said of the winger Ivan Ross.'
        " He scored twice.",
    ],
)
def test_a_pronoun_with_two_people_it_may_mean_names_no_one(text: str) -> None:
    assert not any(c.startswith("[") for c in claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name after the pronoun, in its own clause, is never what it means
            "Oscar Finn limped off after an hour. He was replaced by Leo Brandt.",
            "[Oscar Finn] was replaced by Leo Brandt.",
        ),
        (  # a place or a body after "the", "in", "at" or ", of" is no rival
            "Nina Holm grew up in North Wales. She trained as a vet.",
            "[Nina Holm] trained as a vet.",
        ),
        (  # one person, whose pronoun the title tells, beside a rival of the other one
            "Mrs Ada Kerr met Mr Owen Dale on Tuesday. She said the sale was agreed.",
            "[Mrs Ada Kerr] said the sale was agreed.",
        ),
    ],
)
def test_a_pronoun_with_one_candidate_still_names_them(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a pronoun going on speaking after a quotation is its speaker
            '"The vote was fair," said Judge Rosa Quill. She added that the count was over.',
            "[Judge Rosa Quill] added that the count was over.",
        ),
        (  # a surname named in full before
            'Owen Tarr chairs the trust. "We will rebuild," Tarr said. He went on to thank'
            " the volunteers.",
            "[Owen Tarr] went on to thank the volunteers.",
        ),
        (  # any other verb may be about the person the quotation was about
            'Ivy Lamb died in May. "She was fearless," said Dr Ned Cross. She wrote nine books.',
            "She wrote nine books.",
        ),
    ],
)
def test_a_pronoun_going_on_after_a_quotation_is_its_speaker(text: str, expected: str) -> None:
    assert claims(text)[-1] == expected


def test_it_after_a_company_is_the_company_when_it_does_what_a_company_does() -> None:
    # "Acme Ltd reported a loss. It blamed …" kept "It" (user 23)
    found = claims(
        "Corvale plc posted a pre-tax loss of £9m. It blamed the cost of fuel. "
        "It also said it would sell two ships."
    )
    assert found[1:] == [
        "[Corvale plc] blamed the cost of fuel.",
        "[Corvale plc] also said it would sell two ships.",
    ]


COMPANY = "Corvale plc posted a pre-tax loss of £9m. It blamed the cost of fuel."


@pytest.mark.parametrize(
    "text",
    [
        # two companies: either may have said it
        "Corvale plc bought Dunmore Holdings in May. It said the deal would save £2m.",
        # a report may say it too
        "Corvale plc published its annual report on Monday. It said fuel costs had doubled.",
        # a thing, not the company: nothing only a company does
        "Corvale plc bought a shipyard. It was built in 1901.",
    ],
)
def test_it_after_a_company_stays_it_when_something_else_may_be_meant(text: str) -> None:
    assert claims(COMPANY)[-1] == "[Corvale plc] blamed the cost of fuel."
    found = claims(text)
    assert found[-1].startswith("It "), found
    assert not any(c.startswith("[") for c in found), found


ALONE = "Okonjo spoke for twenty minutes. He said the strike was over."


def test_he_after_a_one_word_name_is_that_name_when_no_one_else_came_up() -> None:
    # "Putin spoke for an hour. He said …" kept "He" (user 23)
    found = claims("Okonjo spoke for twenty minutes. He said the strike was over.")
    assert found == ["Okonjo spoke for twenty minutes.", "[Okonjo] said the strike was over."]


@pytest.mark.parametrize(
    "text",
    [
        # another person came up before: "he" may be him, and a one-word subject may be a
        # country or a firm ("Norway won 2-0. He said …")
        "Tom Hale spoke first. Norway won 2-0. He said the side was tired.",
        "Okonjo met the envoy. Marlow objected. He said the plan was unfair.",
        # "she" after "her lawyer, Ann …": the client or the lawyer
        "Jo Hale was charged with fraud, and her lawyer, Kim Dunn, said she would appeal. "
        "She said the case was weak.",
    ],
)
def test_he_or_she_stays_when_two_people_may_be_meant(text: str) -> None:
    alone = claims("Okonjo spoke for twenty minutes. He said the strike was over.")
    assert alone[-1] == "[Okonjo] said the strike was over."
    found = claims(text)
    assert any(c.startswith(("He ", "She ")) for c in found), found
    assert not any(c.startswith("[") for c in found), found


@pytest.mark.parametrize(
    "heading",
    ["Ines Varga quits after defeat", "Coach Ines Varga quits", "Okafor quits after defeat"],
)
def test_he_after_a_one_word_name_stays_when_a_heading_named_someone_else(heading: str) -> None:
    # a one-word subject may be a country: "he" may be who the headline named
    text = "Norway won 2-0 on Saturday. He said the side was tired."
    assert claims(f"Okonjo hails deal\n\n{ALONE}")[-1] == "[Okonjo] said the strike was over."
    assert claims(f"{heading}\n\n{text}")[-1] == "He said the side was tired."


@pytest.mark.parametrize(
    ("text", "named"),
    [
        # a one-word name inside a sentence before: "he" may be him
        ("The talks were chaired by Mensah. Norway objected. He said the plan was unfair.", False),
        ("Norway objected to a plan drawn up by Mensah. He said it was unfair.", False),
        # a place after "in", a day: no one who may be "he"
        (
            "Fares rose in Accra on Monday. Okonjo spoke for an hour. He said the strike was over.",
            True,
        ),
    ],
)
def test_a_one_word_name_inside_an_earlier_sentence_is_someone_he_may_mean(
    text: str, named: bool
) -> None:
    assert claims(ALONE)[-1] == "[Okonjo] said the strike was over."
    assert claims(text)[-1].startswith("[") == named, claims(text)


def test_a_man_the_subject_calls_him_makes_the_next_he_nobodys() -> None:
    """'X plays him': "him" is never X (that is "himself"), so a second man is in the
    sentence, and the next "he" may be either: a wrong name in brackets is false."""
    got = claims(
        "Tom Ray plays the surveyor. Tom Ray plays him with real charm, but the character"
        " is thin. He exists to ask Mara questions."
    )
    assert got[-1] == "He exists to ask Mara questions."
    # without a second man, "he" is still the one named before
    got = claims("Tom Ray joined the club in May. He scored twice on Saturday.")
    assert got[-1] == "[Tom Ray] scored twice on Saturday."
    # a "him" in a reported clause may be the speaker himself: no second man
    got = claims("Tom Ray said the coach had called him. He joined on Friday.")
    assert got[-1] == "[Tom Ray] joined on Friday."


def test_a_name_with_a_lower_case_particle_is_a_person() -> None:
    assert refer.person("Joost van Dalen", "Joost van Dalen spoke.") == "Joost van Dalen"
    assert refer.person("the work of de Ruyter") is None


def test_a_place_after_a_preposition_in_the_subject_is_no_person() -> None:
    sentence = "A coach from Bristol to New Haven broke down."
    assert refer.person("A coach from Bristol to New Haven", sentence) is None


def test_she_after_her_quotation_went_on_is_the_speaker_unless_it_spoke_of_a_woman() -> None:
    went_on = (
        'Shopper Ines Marlow, 41, was queueing at the till. "The lights went out at once," '
        'she said. "The staff were very quick. They opened the side doors."\n\n'
        "She said the alarm sounded about a minute later."
    )
    assert "[Ines Marlow] said the alarm sounded about a minute later." in claims(went_on)
    sister = (
        'Ines Marlow was queueing at the till. "The lights went out at once," she said. '
        '"My sister was scared and she ran outside."\n\n'
        "She said the alarm sounded about a minute later."
    )
    assert "She said the alarm sounded about a minute later." in claims(sister)


def test_he_after_a_quotation_goes_on_from_a_speaker_named_after_it() -> None:
    text = (
        '"The bridge needs new bearings," said Karel van Houten, the chief engineer. '
        '"Without them the deck will keep moving."\n\n'
        "He said the work would take four months."
    )
    assert "[Karel van Houten] said the work would take four months." in claims(text)


def test_a_body_named_after_a_company_noun_is_no_rival_for_he() -> None:
    text = (
        "Tomas Brandt, who runs the logistics firm Harbour Freight, denied the claim. "
        "He said the trucks had been inspected in June."
    )
    assert "[Tomas Brandt] said the trucks had been inspected in June." in claims(text)


def test_a_body_after_a_post_of_it_is_no_rival_for_she() -> None:
    text = (
        "Lena Voss, finance director of Crown Valley Glass, said sales had fallen. "
        "She told shareholders the winter had been hard."
    )
    assert "[Lena Voss] told shareholders the winter had been hard." in claims(text)


def test_the_appositive_after_a_role_names_who_the_subject_is() -> None:
    text = (
        "Its treasurer, retired accountant Joan Pike, said the fund was healthy. "
        "She said the accounts would be published in May."
    )
    assert "[Joan Pike] said the accounts would be published in May." in claims(text)


def test_she_said_after_a_clause_is_the_woman_in_play() -> None:
    text = (
        "Mayor Ruth Calder opened the new library on Friday. "
        "The building had cost less than planned, she said."
    )
    assert "The building had cost less than planned, [Mayor Ruth Calder] said." in claims(text)


def test_she_said_after_a_clause_naming_someone_else_stays() -> None:
    text = (
        "Mayor Ruth Calder opened the new library on Friday. "
        "Jane Moss had paid for the roof, she said."
    )
    assert "Jane Moss had paid for the roof, she said." in claims(text)


@pytest.mark.parametrize(
    "middle",
    [
        "The inquiry chair, Dame Alison Frere, sat beside her daughter. The room was full.",
        "The inquiry chair, Dame Alison Frere, thanked Carla Nunes. The room was full.",
        "The room was full when the inquiry chair, Dame Alison Frere, arrived.",
    ],
)
def test_she_opening_a_paragraph_after_one_about_one_woman_is_her(middle: str) -> None:
    about_her = (
        "The inquiry chair, Dame Alison Frere, opened the hearing with a short statement. "
        "The documents ran to 4,000 pages.\n\n"
        '"Every page will be read," she said.'
    )
    assert '"Every page will be read," [Dame Alison Frere] said.' in claims(about_her)
    # another woman may be meant, or the paragraph is not about her
    assert '"Every page will be read," she said.' in claims(
        f'{middle}\n\n"Every page will be read," she said.'
    )
