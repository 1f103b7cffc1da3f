"""Driving the real `claimcheck` in a real terminal: tmux panes and raw ptys."""

from __future__ import annotations

import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

CLAIMCHECK = str(Path(sys.executable).with_name("claimcheck"))


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real `claimcheck` run with `args` in `cwd`: no input, its output captured."""
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True,
        stdin=subprocess.DEVNULL, timeout=300,
    )  # fmt: skip


# CI installs tmux (.ci/run); there a missing tmux is a failure, not a reason to skip.
needs_tmux = pytest.mark.skipif(
    shutil.which("tmux") is None and not os.environ.get("CI"),
    reason="tmux is not installed here (CI installs it)",
)


class Tmux:
    def __init__(self, tmp_path: Path, command: str, width: int = 120, height: int = 50) -> None:
        self.socket = f"claimcheck-test-{os.getpid()}-{id(self)}"
        self.cwd = tmp_path
        self._tmux(
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            str(width),
            "-y",
            str(height),
            f"{command}; echo EXIT=$?; sleep 600",
        )

    def _tmux(self, *args: str) -> str:
        return subprocess.run(
            ["tmux", "-L", self.socket, *args],
            cwd=self.cwd,
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout

    def send(self, *keys: str) -> None:
        self._tmux("send-keys", "-t", "t", *keys)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-t", "t", "-l", text)

    def resize(self, width: int, height: int) -> None:
        self._tmux("resize-window", "-t", "t", "-x", str(width), "-y", str(height))

    def screen(self, escapes: bool = False) -> str:
        """What the pane shows; with `escapes`, with the SGR codes of its colours and
        attributes."""
        return self._tmux("capture-pane", "-p", *(["-e"] if escapes else []), "-t", "t")

    def wait_for(self, *texts: str, timeout: float = 60.0) -> str:
        """The screen, once every one of `texts` shows on it at the same time: parts of
        one change (a header, a status line, a prompt) may be drawn in separate frames."""
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if all(text in screen for text in texts):
                return screen
            if time.monotonic() > deadline:
                missing = [text for text in texts if text not in screen]
                raise AssertionError(f"{missing!r} never appeared; the screen shows:\n{screen}")
            time.sleep(0.05)

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False)


class Pty:
    """A process on a pseudo-terminal, for killing at precise moments."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path) -> None:
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: become claimcheck
            try:
                os.chdir(cwd)
                os.execve(args[0], args, env)
            finally:
                os._exit(127)
        self.output = b""

    def read(self, timeout: float = 0.0) -> bytes:
        got = b""
        while select.select([self.fd], [], [], timeout)[0]:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            got += chunk
            timeout = 0.0
        self.output += got
        return got

    def wait_for(self, text: bytes, timeout: float = 60.0) -> None:  # returns once it shows
        deadline = time.monotonic() + timeout
        while text not in self.output:
            if time.monotonic() > deadline:
                raise AssertionError(f"{text!r} never appeared: {self.output[-2000:]!r}")
            self.read(0.05)

    def write(self, data: bytes) -> None:
        os.write(self.fd, data)

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
