"""The states a claim can be in: one table that every command, format and view reads.

A state is either a label a reviewer gives (sourced, unverified, opinion) or a condition
the claim is in for want of one (disputed: reviewers disagree; pending: nobody has tagged
it). Adding a state is a row here; its name, meaning, review key, colours and report
heading then reach the review, `list`, `tag`, every report format and the HTML template.
"""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


# The labels a reviewer can give; a claim without one is pending (or disputed). No
# docstring: it would become the enum's description in the shipped JSON Schemas.
class Label(StrEnum):
    SOURCED = "sourced"
    UNVERIFIED = "unverified"
    OPINION = "opinion"


class State(NamedTuple):
    name: str
    meaning: str  # one line, for help texts and the README's table
    heading: str  # the report's heading for the claims in this state
    colour: str  # rich colour of the state in reports
    style: str  # rich style of the state's name in commands (list, show, review)
    block: str  # the character of the state in a terminal bar: it reads without colour
    html: tuple[str, str]  # the HTML report's colour and background
    label: Label | None = None  # the label a reviewer gives; None: a state nobody gives
    key: str | None = None  # the review key that gives the label
    rating: str | None = None  # ClaimReview's alternateName
    explanation: str | None = None  # ClaimReview's ratingExplanation when there is no note


STATES: tuple[State, ...] = (
    State(
        "sourced",
        "a cited source backs it",
        "Sourced",
        "green",
        "bold green",
        "█",
        ("#1a7f37", "#d3f5dc"),
        Label.SOURCED,
        "s",
        "Sourced",
        "A cited source backs this claim.",
    ),
    State(
        "unverified",
        "factual, but nothing found to back it",
        "Unverified: to follow up",
        "yellow",
        "bold yellow",
        "▓",
        ("#9a6700", "#fff1a8"),
        Label.UNVERIFIED,
        "u",
        "Unverified",
        "A factual claim that nothing found so far backs.",
    ),
    State(
        "opinion",
        "a judgement, not checkable as fact",
        "Opinions",
        "blue",
        "bold blue",
        "▒",
        ("#0a58ca", "#d6e9ff"),
        Label.OPINION,
        "o",
        "Opinion",
        "A judgement, not checkable as fact.",
    ),
    State(
        "disputed",
        "reviewers disagree; an adjudicator settles it",
        "Disputed: reviewers disagree",
        "magenta",
        "bold magenta",
        "▞",
        ("#8250df", "#f3e8ff"),
    ),
    State(
        "pending",
        "nobody has tagged it yet",
        "Pending",
        "bright_black",
        "dim",
        "░",
        ("#57606a", "#eceff2"),
    ),
)

BY_NAME: dict[str, State] = {s.name: s for s in STATES}
NAMES: tuple[str, ...] = tuple(BY_NAME)
COLOURS = {s.name: s.colour for s in STATES}  # each state's rich colour in reports
# What a reviewer can set a claim to: the labels, and pending (no label).
SETTABLE: tuple[str, ...] = (*(s.name for s in STATES if s.label is not None), "pending")
OPTIONAL = "disputed"  # counted and shown only when some claim is in it
LABEL_STATES: tuple[State, ...] = tuple(s for s in STATES if s.label is not None)

assert [s.label for s in LABEL_STATES] == list(Label), "every label has its state"
assert len({s.key for s in LABEL_STATES}) == len(LABEL_STATES), "review keys are unique"


def state(name: str) -> State:
    return BY_NAME[name]


def names_text(names: tuple[str, ...] = NAMES) -> str:
    """'a, b or c': the names for a help text or an error."""
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]


# A claim whose text or passage changed after it was tagged (models.recheck_due), as
# every output says it: show, the review, each report format.
RECHECK_WORDS = "needs a re-check: its text or passage changed after it was tagged"
