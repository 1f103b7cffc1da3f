"""Every action of the full-screen review with its key and help: one table that the key
bindings, the help overlay, the command palette, the desk's [review.keys] and the README
read. No Textual here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from claimcheck.states import LABEL_STATES


@dataclass(frozen=True)
class Action:
    name: str
    key: str  # the key as typed ("?", "/", "n"); also the Textual key name once mapped
    help: str
    also: tuple[str, ...] = ()  # fixed extra keys (arrow keys), not configurable


_ASKS = {
    "sourced": "give a source: URL or citation, title, supporting passage (pre-filled)",
    "unverified": "factual, nothing found: a note on what was searched (pre-filled)",
    "opinion": "a judgement, not checkable as fact: an optional note (pre-filled)",
}

# The actions that are not labels, in the order the help lists them.
MOVES: tuple[Action, ...] = (
    Action("next", "n", "next claim, without deciding", ("right",)),
    Action("prev", "p", "previous claim", ("left",)),
    Action("undo", "z", "undo the last decision"),
    Action("redo", "y", "redo the last decision undone"),
    Action("note", "e", "edit the note of this claim (pre-filled)"),
    Action(
        "explain",
        "w",
        "write the public explanation readers see, as tag --explanation (empty clears it)",
    ),
    Action("reuse", "r", "reuse the label and sources of the same claim seen in another file"),
    Action("accept", "1", "adjudicating: accept reviewer 1's decision (2, 3... the others')"),
    Action("search", "/", "search claim text and the article; Enter again finds the next"),
    Action("jump", "g", "go to a claim by its id"),
    Action("filter", "f", "filter: label:NAME hint:KIND section:WORDS recheck disputed mine"),
    Action("clear", "c", "clear the filter: walk the claims the review started with"),
    Action("open", "b", "open the claim's first http(s) source in the browser"),
    Action(
        "edit", "t", "correct the claim's text (pre-filled); a tagged claim then needs a re-check"
    ),
    Action(
        "add",
        "i",
        "add a claim: a left-out passage by its number (listed), START-END offsets or a quote",
    ),
    Action(
        "split",
        "v",
        "split the claim: a vertical bar where it splits, typed in its passage (pre-filled)",
    ),
    Action("merge", "m", "merge claims into this one: their ids (the next one's pre-filled)"),
    Action("delete", "d", "delete the claim (a tombstone; asks for its id to confirm)"),
    Action("takeback", "x", "undo your last change to the claim file, as `claimcheck undo` does"),
    Action("list", "l", "show or hide the claim list"),
    Action("article", "a", "show or hide the article"),
    Action("help", "?", "this help (Ctrl-P lists every action too)"),
    Action("quit", "q", "quit (every decision is already saved)"),
)
NAMES = frozenset(a.name for a in MOVES)
# Keys typed into the text prompts must not be stolen; these stay fixed.
FIXED = frozenset({"escape", "enter", "tab", "ctrl+c", "ctrl+p", "up", "down"})


def table(
    label_keys: Mapping[str, str] | None = None, review_keys: Mapping[str, str] | None = None
) -> list[Action]:
    """The actions with their keys: a label's from `label_keys` (the desk's [keys]), any
    other's from `review_keys` (the desk's [review.keys]), else the defaults. A default
    key that a desk gave a label is left to the label: that action is then reached from
    the command palette (Ctrl-P) alone, its key shown empty; so is one the desk gave
    another action (a key added to the table later is not a clash in a desk's keys)."""
    labels = [
        Action(s.name, (label_keys or {}).get(s.name, s.key or ""), _ASKS.get(s.name, s.meaning))
        for s in LABEL_STATES
    ]
    taken = {a.key for a in labels} | set((review_keys or {}).values())
    moves = []
    for a in MOVES:
        key = (review_keys or {}).get(a.name)
        if key is None:
            key = "" if a.key in taken else a.key
        moves.append(Action(a.name, key, a.help, a.also))
    return [*labels, *moves]


def clash(actions: list[Action]) -> str | None:
    """The first key given to two actions, as an error message (None: all unique)."""
    seen: dict[str, str] = {}
    for action in actions:
        for key in (action.key, *action.also):
            if not key:
                continue
            if key in seen:
                return f"{key!r} is the key of both {seen[key]} and {action.name}"
            seen[key] = action.name
    return None


_SHOWN = {"right": "→", "left": "←"}


def shown(action: Action) -> str:
    """The keys of an action as the help and the README show them: "n / →"."""
    keys = [_SHOWN.get(k, k) for k in (action.key, *action.also) if k]
    return " / ".join(keys) or "Ctrl-P"


# Textual's names for the keys the action table writes as characters.
_KEY_NAMES = {"?": "question_mark", "/": "slash", "+": "plus", "-": "minus", " ": "space"}


def key_name(key: str) -> str:
    """Textual's name of the key that types `key`: itself for letters and digits, else
    its Unicode name in lower case ("," is "comma")."""
    if key in _KEY_NAMES or key.isalnum():
        return _KEY_NAMES.get(key, key)
    import unicodedata

    return unicodedata.name(key, key).lower().replace("-", "_").replace(" ", "_")


def key_line(
    by_name: Mapping[str, Action], adjudicating: bool, width: int, whose: Sequence[str] = ()
) -> str:
    """The keys under the claim, as many as `width` holds: help and quit, the moves
    dropped from the end first, then the labels shortened to their keys, then dropped;
    adjudicating, the accept keys before help and quit.
    Adjudicating, `whose` names the reviewers the accept keys take the decision of, in
    order: "accept 1 maya  2 lee"."""

    def keys_of(names: list[str]) -> list[str]:
        said = []
        for n in names:
            if n == "accept" and whose and n in by_name:
                each = [f"{shown(by_name[n])} {whose[0]}"]
                each += [f"{i} {who}" for i, who in enumerate(whose[1:], 2)]
                said.append("accept " + "  ".join(each))
            elif n in by_name:
                said.append(f"{shown(by_name[n])} {n}")
        return said

    first = ["accept"] if adjudicating else []
    labels = ["sourced", "unverified", "opinion"]
    moves = ["next", "prev", "undo", "note", "explain", "search"]
    ending = keys_of(["help", "quit"])
    for size in range(len(moves), -1, -1):
        line = "  ".join([*keys_of(first + labels + moves[:size]), *ending])
        if len(line) <= width:
            return line
    short = "/".join(shown(by_name[n]) for n in labels if n in by_name)
    # the accept keys stay longest: which number takes whose decision is in no other line
    # a small screen shows (the reviews table is below the fold)
    for keys in ([*keys_of(first), f"{short} label", *ending], [*keys_of(first), *ending]):
        if len("  ".join(keys)) <= width:
            return "  ".join(keys)
    return "  ".join(keys_of(first) if first and whose else ending)
