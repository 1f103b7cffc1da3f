"""An inch mark inside a quotation (hostile 19 #7): a straight double mark right after a
digit ("the 8" main", "6'2"") is an inch or a second mark wherever it stands, and the
quotation marks pair up without it, so the next sentence is not read as a quotation.
When it is the quotation's own last mark ('called it "one in 10".'), it still closes
the quotation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from claimcheck import segment
from claimcheck.models import ClaimFile
from tests.extracting import extracted

HEAD = "Flood at the depot\n\nThe depot flooded on Sunday.\n\n"


def said(doc: ClaimFile) -> list[tuple[str, str | None]]:
    return [(c.text, c.hint.attributed_to if c.hint else None) for c in doc.claims[1:]]


def test_an_inch_mark_inside_a_signed_quotation_closes_nothing() -> None:
    doc = extracted(
        HEAD + '"The 8" main cracked because the crew skipped checks," said Ruth Moss. '
        "The manager left the firm in May.\n"
    )
    assert said(doc) == [
        ('"The 8" main cracked because the crew skipped checks," said Ruth Moss.', "Ruth Moss"),
        ("The manager left the firm in May.", None),
    ]


def test_an_inch_mark_before_a_quotations_end_leaves_the_next_sentence_alone() -> None:
    doc = extracted(
        HEAD + 'The foreman said: "We fitted 10" drains." Auditors said the work was late.\n'
    )
    got = [text for text, _ in said(doc)]
    assert got[-1] == "Auditors said the work was late."
    assert not any("Auditors" in text and "foreman" in text for text in got)


def test_a_height_in_feet_and_inches_breaks_no_later_quotation() -> None:
    doc = extracted(
        HEAD + "Ruth Moss, who is 5'9\", said the pumps failed. "
        '"They were old," said the foreman.\n'
    )
    got = [text for text, _ in said(doc)]
    assert '"They were old," said the foreman.' in got
    assert "Ruth Moss said the pumps failed." in got
    assert all(text.count('"') in (0, 1, 2) for text in got)
    assert not any(text.endswith('foreman."') for text in got)


@pytest.mark.parametrize(
    ("text", "primed"),
    [
        ('"The 8" main cracked," she said.', '"The 8″ main cracked," she said.'),
        ('He said: "We fitted 10" drains."', 'He said: "We fitted 10″ drains."'),
        ("She is 5'9\", he said.", "She is 5'9″, he said."),
        ('The 8" main cracked.', "The 8″ main cracked."),
        # the quotation's own last mark after a number: it closes the quotation
        ('Officials called the risk "one in 10".', 'Officials called the risk "one in 10".'),
        (
            '"Route 66" reopened, and "it was busy," she said.',
            '"Route 66" reopened, and "it was busy," she said.',
        ),
    ],
)
def test_primes_marks_only_inch_marks(text: str, primed: str) -> None:
    assert segment.primes(text) == primed


def test_a_quotation_that_ends_in_a_number_still_closes() -> None:
    doc = extracted(HEAD + 'Officials called the risk "one in 10". The yard reopened on Monday.\n')
    assert said(doc)[-1] == ("The yard reopened on Monday.", None)
