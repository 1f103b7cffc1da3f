"""Counts in words, in one place: "1 claim", "2 claims", "1 claim is", "0 claims are".

Every message that states a number of things builds it here, so that none says
"1 claims" or "claim(s)" (tests/test_wording.py renders them at 0, 1 and 2).
"""

from __future__ import annotations

# Nouns whose plural is not the singular + "s".
_IRREGULAR: dict[str, str] = {}


def plural(word: str, n: int) -> str:
    """The word as it goes with n."""
    if n == 1:
        return word
    return _IRREGULAR.get(word, word + "s")


def count(n: int, word: str) -> str:
    """'1 claim', '0 claims', '2 claims'."""
    return f"{n} {plural(word, n)}"


def be(n: int) -> str:
    """The verb that goes with n things: 'is' or 'are'."""
    return "is" if n == 1 else "are"


def have(n: int) -> str:
    return "has" if n == 1 else "have"
