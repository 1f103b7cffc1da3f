"""The review's keys (plain review): what each does, its help and the one-line reminder
under each claim. No I/O here; review.py re-exports them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from claimcheck.states import LABEL_STATES

Action = str  # a label's state name, or one of MOVES

RIGHT, LEFT = "\x1b[C", "\x1b[D"
# What each label key asks for before it saves.
_ASKS = {
    "sourced": "asks for the source URL or citation, a title and the supporting passage",
    "unverified": "asks for a note on what was searched (Enter to skip)",
    "opinion": "asks for an optional note",
}
# The keys that do not decide: (keys, action, help, short name in the key line).
MOVES: list[tuple[tuple[str, ...], str, str, str]] = [
    (("n", RIGHT), "next", "next claim, without deciding", "next"),
    (("p", LEFT), "prev", "previous claim", "back"),
    (("z",), "undo", "undo the last decision", "undo"),
    (("e",), "note", "edit the note of this claim", "note"),
    (
        ("r",),
        "reuse",
        "reuse the label and sources of the same claim seen before in another file",
        "reuse",
    ),
    (("?",), "help", "this help", "help"),
    (("q",), "quit", "quit (every decision is already saved)", "quit"),
]
_SHOWN = {RIGHT: "→", LEFT: "←"}


class Keymap(NamedTuple):
    """The review's keys: what each does, the help table and the one-line reminder."""

    keys: dict[str, Action]
    help: list[tuple[str, str]]
    line: str


def keymap(label_keys: Mapping[str, str] | None = None) -> Keymap:
    """The review's keys, a label's key taken from `label_keys` (a desk's [keys]) when it
    names one, else from the states table."""
    chosen = {s.name: (label_keys or {}).get(s.name, s.key or "") for s in LABEL_STATES}
    keys: dict[str, Action] = {
        **{key: name for name, key in chosen.items() if key},
        **{key: action for keys, action, _, _ in MOVES for key in keys},
    }
    help_rows = [
        *((chosen[s.name], f"{s.name}: {_ASKS.get(s.name, s.meaning)}") for s in LABEL_STATES),
        *(
            (
                " / ".join(_SHOWN.get(k, k) for k in keys)
                + (" / Ctrl-C" if action == "quit" else ""),
                text,
            )
            for keys, action, text, _ in MOVES
        ),
    ]
    # The one-line reminder under each claim: "s sourced  u unverified ... q quit".
    line = "  ".join(
        [
            *(f"{chosen[s.name]} {s.name}" for s in LABEL_STATES),
            *(f"{'/'.join(_SHOWN.get(k, k) for k in keys)} {short}" for keys, _, _, short in MOVES),
        ]
    )
    return Keymap(keys, help_rows, line)


KEYS, HELP, KEY_LINE = keymap()
