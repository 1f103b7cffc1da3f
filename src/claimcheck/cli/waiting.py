"""Review decisions that wait in a journal, not yet in the claim file.

A review journals each decision beside the file (`.claims.yaml.journal`) and folds the
journal in when it ends. A review that was killed leaves them there: every command reads
them, but the file itself (what `git commit` takes) lacks them until something saves it.
The read commands say so in one line, naming the command that saves them into the file
(`validate --fold`); `git-setup`'s pre-commit hook refuses such a commit.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from claimcheck.cli.output import note
from claimcheck.safe import shown_path
from claimcheck.wording import be, count


def fold_command(path: Path) -> str:
    """The command line that saves a file's journaled decisions into it."""
    return f"claimcheck validate --fold {shlex.quote(shown_path(path))}"


def waiting(path: Path, journaled: int) -> None:
    """Say (stderr, one line) that `journaled` decisions are not yet in the file (those
    the journal holds and that apply: the others are warned of as not applied)."""
    if journaled <= 0:
        return
    from claimcheck.claimfile.atomic import journal_path

    note(
        f"Note: {shown_path(path)}: {count(journaled, 'review decision')} {be(journaled)} only in "
        f"{shown_path(journal_path(path).name)}, not yet in the file (a git commit of it "
        f"lacks them); save them into it with: {fold_command(path)}"
    )


def fold_journal(path: Path) -> None:
    """Save the decisions waiting in `path`'s journal into it, under its lock, as the end
    of a review does (those that no longer match their claims are set aside, with the
    store's warning); say how many. Nothing happens to a file without a journal."""
    from claimcheck import store
    from claimcheck.claimfile.atomic import journal_path

    if not journal_path(path).exists():
        return
    loaded = store.fold(path)
    saved = len(loaded.journaled) - len(loaded.stale)
    if saved > 0:
        note(
            f"{shown_path(path)}: {count(saved, 'review decision')} from "
            f"{shown_path(journal_path(path).name)} saved into the file"
        )


# git-setup's pre-commit hook: a commit of a file beside which a review journal holds
# decisions (killed review, not yet folded) is refused, naming the command that saves them
# into the file. The first comment line marks the hook as claimcheck's (written again by
# git-setup; a hook of anyone else's is never touched).
HOOK_MARK = "# claimcheck git-setup: pre-commit"
HOOK = f"""#!/bin/sh
{HOOK_MARK}
# Refuses to commit a file while review decisions wait in the journal beside it
# (.NAME.journal, left by a review that was killed): the committed file would lack them.
# (names as they are: git would quote a name that is not ASCII, which then names no file)
git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR | while IFS= read -r f; do
  j="$(dirname -- "$f")/.$(basename -- "$f").journal"
  if [ -s "$j" ]; then
    echo "claimcheck: $f: review decisions wait in $j, not yet in the file; save them \\
into it with: claimcheck validate --fold '$f' (then git add it)" >&2
    exit 1
  fi
done
"""


def install_hook(root: Path) -> str:
    """Write the pre-commit hook into the clone at `root` (its hooks folder) unless a hook
    of someone else's is there, or hooks are taken from elsewhere (core.hooksPath, shared
    by other repositories); say what was done."""
    import os

    from claimcheck import confine, store
    from claimcheck.gitrun import git

    # claimcheck runs git with core.hooksPath=/dev/null, given last: any before it are set
    hooks_paths = (git(["config", "--get-all", "core.hooksPath"], root) or b"").splitlines()
    if len(hooks_paths) > 1:
        return (
            "no pre-commit hook written: core.hooksPath is set (hooks shared with other "
            "repositories)"
        )
    found = git(["rev-parse", "--git-common-dir"], root)
    if found is None:
        return "no pre-commit hook written (git did not say where this clone's hooks go)"
    hook = root / os.fsdecode(found.rstrip(b"\n")) / "hooks" / "pre-commit"
    if os.path.lexists(hook):
        try:
            text = confine.read_regular(hook, confine.MiB, follow=False)
        except (OSError, confine.Refused):
            text = b""
        if HOOK_MARK.encode() not in text:
            return (
                f"{shown_path(hook)} is someone else's: not changed (a commit of a file whose "
                "review decisions wait in its journal is not refused)"
            )
        if text == HOOK.encode():
            return f"{shown_path(hook)}: claimcheck's, as it was"
    hook.parent.mkdir(parents=True, exist_ok=True)
    store.write_atomic(hook, HOOK.encode())
    os.chmod(hook, 0o755)
    return (
        f"{shown_path(hook)}: refuses a commit of a file whose review decisions wait in its journal"
    )
