"""A letters page (user 34): readers' letters, each under its own headline and closed by
its writer's signature on a line of its own. The letters are their writers' words, not the
paper's; a signature heads no section; a headline is a heading; the page's notes are
chrome; a short first-person sentence with a verb is a statement. Sentences written for
these tests."""

import pytest

from claimcheck.extract import Meta, atomize, extract
from claimcheck.extract.ingest import Source


@pytest.mark.parametrize(
    "sentence",
    ["I very much doubt it.", "We very much hope so.", "We very much doubt that."],
)
def test_a_short_first_person_sentence_after_very_much_is_a_statement(sentence: str) -> None:
    assert atomize.has_verb(sentence)
    # "very much" before a noun is still no verb
    assert not atomize.has_verb("Not very much time.")
    assert not atomize.has_verb("With very much care.")
    text = f"The operator says the later sailing will return next year. {sentence}\n"
    doc, _ = extract(Source(text, "text"), Meta())
    assert [c.text for c in doc.claims][-1] == sentence
    assert not any(i.reason == "fragment" for i in doc.left_out)
