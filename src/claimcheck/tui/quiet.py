"""After a refusal (a key held because another claim took the shown one's place, a
decision or a correction refused because someone else changed the claim), the keys that
follow in the same burst are not review keys: they were typed for a prompt that never
opened (a pasted URL, whose `t` would open the text editor and `a` hide the article), or
for the claim the reviewer expected to come next. They are swallowed, the status line
counting them, until the keyboard has been quiet for QUIET seconds: only a key pressed
after reading the refusal acts, on the claim it shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from claimcheck.safe import one_line

if TYPE_CHECKING:
    from claimcheck.tui.view import ReviewView

QUIET = 0.4  # seconds: longer than the gap between keys of a paste or a typed word


class Quiet:
    """The refusal being read: when the last key of its burst was typed, what it said,
    and how many keys were swallowed since."""

    def __init__(self) -> None:
        self.at: float | None = None
        self.said = ("", "")
        self.count = 0

    def start(self, at: float, message: str, style: str) -> None:
        """A refusal, caused by the key typed at `at` (Textual's clock, as Key.time)."""
        self.at, self.said, self.count = at, (message, style), 0

    def swallow(self, view: ReviewView, at: float, keys: int = 1) -> bool:
        """Whether a key (or a paste of `keys` characters) typed at `at` is part of the
        burst after the refusal: then it is counted and dropped, and the burst goes on."""
        if self.at is None or view.asking is not None or at - self.at >= QUIET:
            self.at = None
            return False
        self.at, self.count = at, self.count + keys
        message, style = self.said
        keys_said = "1 key" if self.count == 1 else f"{self.count} keys"
        said = f"{message} · {keys_said} typed after it ignored; press a key again to act"
        view.show("#status", Text(one_line(said), style=style))
        return True
