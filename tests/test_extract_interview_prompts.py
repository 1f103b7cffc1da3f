"""An interview whose intro names its subject in the first sentence and says "We spoke to
her" (a pronoun, not the name), and whose interviewer sometimes states instead of asking
("Some people say …", "You've talked about …") once it is under way: every answer is the
interviewee's. Before, none was (the pronoun intro was not read), or the answers after
the first stated prompt fell back into the paper's voice, a new user's 50 false claims."""

from __future__ import annotations

from claimcheck.extract import Meta, extract
from claimcheck.extract.ingest import Source

INTERVIEW = (
    "Meet the harbour master\n\n"
    "Nadia Brook took charge of Porthcove harbour in 2019. She is the first woman to hold "
    "the post. We spoke to her on the quay on Monday.\n\n"
    "Was it a hard first year?\n\n"
    "Very. The dredger broke down in March.\n\n"
    "What did you change?\n\n"
    "We moved the moorings. Fees went up by a tenth.\n\n"
    "Some fishermen say the fees are too high.\n\n"
    "They pay less than they did in 2010.\n\n"
    "You've talked about the dredger.\n\n"
    "It was fixed in June.\n"
)


def claims(text: str) -> list[str]:
    doc, _ = extract(Source(text, "text"), Meta())
    return [c.text for c in doc.claims]


def test_the_answers_after_a_pronoun_intro_are_the_interviewees() -> None:
    got = claims(INTERVIEW)
    assert "[Nadia Brook] said: “The dredger broke down in March.”" in got, got
    assert "[Nadia Brook] said: “Fees went up by a tenth.”" in got, got


def test_answers_after_a_stated_prompt_stay_the_interviewees() -> None:
    got = claims(INTERVIEW)
    assert "[Nadia Brook] said: “They pay less than they did in 2010.”" in got, got
    assert "[Nadia Brook] said: “It was fixed in June.”" in got, got
    assert "Some fishermen say the fees are too high." in got  # the interviewer's words


def test_a_stated_paragraph_opens_no_interview() -> None:
    """Without two answers to questions first, "You …" paragraphs are the article's."""
    got = claims(
        "Harbour fees\n\nNadia Brook runs the harbour. We spoke to her on Monday.\n\n"
        "You can moor for £10 a night.\n\nThe harbour has 40 berths.\n\n"
        "Some fishermen say the fees are too high.\n\nThe council disagrees.\n"
    )
    assert not any(c.startswith("[Nadia Brook] said") for c in got), got
