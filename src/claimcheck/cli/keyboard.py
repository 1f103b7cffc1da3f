"""The plain review's keyboard: the terminal in cbreak mode for the whole session, single
keys and edited lines, and the terminal given back and taken again around Ctrl-Z / `fg`."""

from __future__ import annotations

import codecs
import contextlib
import os
import select
import signal
import termios
import tty
from collections.abc import Callable
from typing import Any


class Keyboard:
    """The terminal in cbreak mode for the whole session: single keys and edited lines.

    Lines are edited here too rather than by switching back to canonical mode: keys typed
    ahead while in cbreak mode carry no line boundaries, and a canonical read after the
    switch would wait for an Enter that was already typed.
    """

    def __init__(self, fd: int, echo: Callable[[str], None]) -> None:
        self.fd = fd
        self.echo = echo
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.saved: list[Any] | None = None
        self.chars: list[str] = []  # the line being typed (line())
        # Called when the review comes back from Ctrl-Z (`fg`): it draws the claim again.
        self.on_resume: Callable[[], None] | None = None
        self._reading = False  # blocked reading a key: a SIGCONT handles the resume then
        self._resumed = False  # continued while not reading: handled before the next read
        self._handlers: dict[int, Any] = {}

    def __enter__(self) -> Keyboard:
        self.saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        try:  # Ctrl-Z and `fg`: the terminal as it was for the shell, then ours again
            for signum, handler in ((signal.SIGTSTP, self._stop), (signal.SIGCONT, self._cont)):
                self._handlers[signum] = signal.signal(signum, handler)
        except ValueError:  # not the main thread: no job control here
            pass
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._handlers.items():
            signal.signal(signum, handler)
        if self.saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)

    def _stop(self, signum: int, frame: object) -> None:
        """Ctrl-Z: give the shell its terminal mode back, then stop as a program does."""
        if self.saved is not None:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, self.saved)
        signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        try:
            os.kill(os.getpid(), signal.SIGTSTP)  # stopped here until `fg`
        finally:
            signal.signal(signal.SIGTSTP, self._stop)

    def _cont(self, signum: int, frame: object) -> None:
        """Continued (`fg`): back to single keys and the claim drawn again, before any key
        is read; a key typed then is for the claim on the screen."""
        self._resumed = True
        if self._reading:  # interrupts the read: _char resumes and reads again
            raise _Resumed

    def _resume(self) -> None:
        self._resumed = False
        with contextlib.suppress(termios.error):
            tty.setcbreak(self.fd)
        if self.on_resume is not None:
            self.on_resume()

    def _char(self) -> str:
        while True:
            try:
                self._reading = True
                if self._resumed:
                    raise _Resumed
                data = os.read(self.fd, 1)
            except _Resumed:
                self._reading = False
                self._resume()
                continue
            finally:
                self._reading = False
            if not data:
                return "\x04"  # end of input behaves like Ctrl-D
            text = self.decoder.decode(data)
            if text:
                return text

    def key(self) -> str:
        """One key press, without Enter; arrow keys come back as their escape sequence."""
        ch = self._char()
        if ch != "\x1b":
            return ch
        seq = ch
        while len(seq) < 8 and select.select([self.fd], [], [], 0.05)[0]:
            seq += self._char()
            if seq[-1].isalpha() or seq[-1] == "~":
                break
        return seq

    def line(self) -> str | None:
        """A line of text, echoed as typed; None if cancelled with Esc or Ctrl-D."""
        chars = self.chars = []
        while True:
            ch = self.key()
            if ch in ("\r", "\n"):
                self.echo("\n")
                return "".join(chars)
            if ch in ("\x04", "\x1b"):
                self.echo("\n")
                return None
            if ch in ("\x7f", "\x08"):
                if chars:
                    chars.pop()
                    self.echo("\b \b")
            elif ch == "\x15":  # Ctrl-U: clear the line
                self.echo("\b \b" * len(chars))
                chars.clear()
            elif ch.isprintable():
                chars.append(ch)
                self.echo(ch)


class _Resumed(Exception):
    """Raised by the SIGCONT handler to end a blocked read when the review is continued."""
