"""Red team, journal and kills: a torn journal line, a journal left from the file an
`extract --force` replaced, a journal planted as a link, and a journal of many lines.

Each case goes through the real command and asserts the exact line, the exit code and
that no confirmed decision is lost."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import confine, decisions, store
from claimcheck.decisions import decide
from claimcheck.models import Change, Decision, Label
from tests.conftest import DATA, run
from tests.robustness.redteam import refused, snapshot
from tests.terminal import CLAIMCHECK, Pty

JOURNAL = ".mini.yaml.journal"
STALE = ".mini.yaml.journal.stale"


def confirm(path: Path, claim_id: str, label: Label, by: str = "tester") -> Decision:
    """What the review does when a reviewer confirms a decision: one journal commit."""
    journal = store.Journal(path)
    claim = journal.doc.claim(claim_id)
    assert claim is not None
    decision = decide(claim, by, label, [], None)
    journal.commit(decision, claim.decision_fields())
    return decision


def lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines()


# --------------------------------------------------------------------------- torn lines


TORN = b'{"claim":"c002","by":"tester","at":"2026-01-0'  # a kill mid-write


def waiting(n: int) -> str:
    """What a read command says of `n` journaled decisions not yet in the file (C1)."""
    decisions = "1 review decision is" if n == 1 else f"{n} review decisions are"
    return (
        f"Note: mini.yaml: {decisions} only in {JOURNAL}, not yet in the file (a git commit "
        "of it lacks them); save them into it with: claimcheck validate --fold mini.yaml\n"
    )


def test_a_torn_tail_is_cut_before_the_next_decision_is_appended(
    tmp_path: Path, mini: Path
) -> None:
    confirm(mini, "c001", Label.OPINION)
    with open(tmp_path / JOURNAL, "ab") as journal:
        journal.write(TORN)
    confirm(mini, "c002", Label.UNVERIFIED)
    kept = lines(tmp_path / JOURNAL)
    assert len(kept) == 2 and all(Decision.model_validate_json(line) for line in kept)
    assert TORN not in (tmp_path / JOURNAL).read_bytes()
    result = run("list", "-f", "mini.yaml")
    assert (result.exit_code, result.stderr) == (0, waiting(2))
    assert [c.label for c in store.load(mini).doc.claims] == [Label.OPINION, Label.UNVERIFIED]


def test_a_torn_tail_then_a_tag_keeps_every_confirmed_decision(tmp_path: Path, mini: Path) -> None:
    confirm(mini, "c001", Label.OPINION)
    with open(tmp_path / JOURNAL, "ab") as journal:
        journal.write(TORN)
    result = run("tag", "c002", "unverified", "-f", "mini.yaml")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    assert not (tmp_path / JOURNAL).exists()  # folded into the file
    claims = store.load(mini).doc.claims
    assert [c.label for c in claims] == [Label.OPINION, Label.UNVERIFIED]
    assert run("validate", "-f", "mini.yaml").exit_code == 0


def test_a_torn_tail_longer_than_a_read_chunk_is_cut_whole(tmp_path: Path, mini: Path) -> None:
    confirm(mini, "c001", Label.OPINION)
    torn = b'{"claim":"c002","note":"' + b"x" * 200_000  # spans several backward reads
    with open(tmp_path / JOURNAL, "ab") as journal:
        journal.write(torn)
    confirm(mini, "c002", Label.OPINION)
    assert len(lines(tmp_path / JOURNAL)) == 2
    assert b"xxxx" not in (tmp_path / JOURNAL).read_bytes()


def test_a_journal_of_one_torn_line_is_emptied_then_appended(tmp_path: Path, mini: Path) -> None:
    (tmp_path / JOURNAL).write_bytes(TORN)
    confirm(mini, "c002", Label.OPINION)
    (only,) = lines(tmp_path / JOURNAL)
    assert Decision.model_validate_json(only).claim == "c002"


def test_a_kill_mid_review_then_a_torn_tail_then_a_review(tmp_path: Path, mini: Path) -> None:
    """Through a real terminal: a review confirms c001 and is killed; a torn line is left
    (as a kill mid-write leaves it); a second review confirms c002 and ends normally.
    Both decisions are in the file and every command reads it."""
    env = {**os.environ, "CLAIMCHECK_REVIEWER": "tester", "NO_COLOR": "1", "TERM": "xterm"}
    claimcheck = CLAIMCHECK
    first = Pty([claimcheck, "review", "--plain", "-f", "mini.yaml", "--all"], env, tmp_path)
    try:
        first.wait_for(b"1 of 2")
        first.write(b"o\r")
        first.wait_for(b"saved: c001")
    finally:
        first.kill()
    with open(tmp_path / JOURNAL, "ab") as journal:
        journal.write(TORN)
    second = Pty(
        [claimcheck, "review", "--plain", "-f", "mini.yaml", "--from", "c002"], env, tmp_path
    )
    try:
        second.wait_for(b"2 of 2")
        second.write(b"u\r")
        second.wait_for(b"saved: c002")
        second.write(b"q")
        _, status = os.waitpid(second.pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, second.output[-2000:]
    finally:
        try:
            os.kill(second.pid, 9)
            os.waitpid(second.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
    assert not (tmp_path / JOURNAL).exists()
    claims = store.load(mini).doc.claims
    assert [c.label for c in claims] == [Label.OPINION, Label.UNVERIFIED]
    assert run("validate", "-f", "mini.yaml").exit_code == 0


# --------------------------------------------------------------------------- stale journals


def extract_seed(tmp_path: Path, *extra: str) -> Path:
    (tmp_path / "article.txt").write_bytes((DATA / "article.txt").read_bytes())
    result = run("extract", "article.txt", "-o", "c.yaml", *extra)
    assert result.exit_code == 0, result.output
    return tmp_path / "c.yaml"


def test_extract_force_moves_an_unfolded_journal_aside(tmp_path: Path) -> None:
    claims = extract_seed(tmp_path)
    decision = confirm(claims, "c001", Label.OPINION)  # then the review is killed
    journal = tmp_path / ".c.yaml.journal"
    held = journal.read_bytes()
    result = run("extract", "article.txt", "-o", "c.yaml", "--force")
    assert result.exit_code == 0, result.output
    assert (
        "c.yaml: 1 review decision not yet folded into the file it replaced moved to "
        ".c.yaml.journal.stale, not applied to the new claims"
    ) in result.stderr.splitlines()
    assert not journal.exists()
    assert (tmp_path / ".c.yaml.journal.stale").read_bytes() == held  # kept, not deleted
    first = store.load(claims).doc.claims[0]
    assert first.label is None and not first.history
    assert Decision.model_validate_json(held.strip()) == decision.model_copy(
        update={"bound": Decision.model_validate_json(held.strip()).bound}
    )


def test_a_stale_journal_is_not_replayed_onto_a_rebuilt_file(tmp_path: Path, mini: Path) -> None:
    """The journal outlived its file: the file was rebuilt (here by hand, as a delete and
    an extract of another article would) with different statements under the same ids."""
    confirm(mini, "c001", Label.OPINION)
    confirm(mini, "c002", Label.UNVERIFIED)
    held = (tmp_path / JOURNAL).read_bytes()
    mini.write_text(
        mini.read_text()
        .replace("The sky is blue. Cats", "The sea is blue. Cats")
        .replace("text: The sky is blue.", "text: The sea is blue.")
        .replace("quote: The sky is blue.", "quote: The sea is blue.")
    )
    warning = (
        f"Warning: mini.yaml: 1 journaled decision no longer matches its claim (c001: the "
        f"file was rebuilt or edited since); not applied, kept in {JOURNAL} until the next "
        f"save, then in {STALE}"
    )
    shown = run("list", "-f", "mini.yaml")
    assert (shown.exit_code, shown.stderr.splitlines()) == (0, [waiting(1).rstrip(), warning])
    tagged = run("tag", "c002", "opinion", "-f", "mini.yaml", "--note", "rechecked")
    assert tagged.exit_code == 0, tagged.output
    assert tagged.stderr.splitlines() == [
        "Warning: mini.yaml: 1 journaled decision no longer matches its claim (c001: the "
        f"file was rebuilt or edited since); not applied, moved to {STALE}"
    ]
    claims = store.load(mini).doc.claims
    assert claims[0].label is None and not claims[0].history  # nobody reviewed 'The sea'
    assert claims[1].label is Label.OPINION  # the c002 decision matched: applied, then retagged
    assert (tmp_path / STALE).read_bytes() == held.splitlines(keepends=True)[0]
    assert not (tmp_path / JOURNAL).exists()
    again = run("list", "-f", "mini.yaml")
    assert (again.exit_code, again.stderr) == (0, "")


def test_a_journal_on_a_removed_claim_is_kept_aside_not_dropped(tmp_path: Path, mini: Path) -> None:
    decision = confirm(mini, "c002", Label.OPINION)
    text = mini.read_text()
    mini.write_text(text[: text.index("- id: c002")])
    result = run("tag", "c001", "opinion", "-f", "mini.yaml")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "Warning: mini.yaml: 1 journaled decision no longer matches its claim (c002: the "
        f"file was rebuilt or edited since); not applied, moved to {STALE}"
    ]
    (kept,) = lines(tmp_path / STALE)
    assert Decision.model_validate_json(kept).at == decision.at


def test_an_old_unbound_journal_still_replays(tmp_path: Path, mini: Path) -> None:
    """A journal written before decisions were bound (no fingerprint) is applied as before."""
    claim = store.load(mini).doc.claims[0]
    decision = decide(claim, "tester", Label.OPINION, [], None)
    (tmp_path / JOURNAL).write_bytes(decision.model_dump_json(exclude_none=True).encode() + b"\n")
    result = run("list", "-f", "mini.yaml")
    assert (result.exit_code, result.stderr) == (0, waiting(1))
    assert store.load(mini).doc.claims[0].label is Label.OPINION


# --------------------------------------------------------------------------- links and limits


def test_a_journal_planted_as_a_link_is_refused_by_every_reader(tmp_path: Path, mini: Path) -> None:
    (tmp_path / "secret").write_text("not a journal\n")
    (tmp_path / JOURNAL).symlink_to("secret")
    line = f"Error: {JOURNAL}: is a symbolic link; claimcheck does not follow it"
    for argv in (["list", "-f", "mini.yaml"], ["tag", "c001", "opinion", "-f", "mini.yaml"]):
        refused(tmp_path, argv, 1, line)
    assert (tmp_path / "secret").read_text() == "not a journal\n"


def test_a_stale_journal_aside_planted_as_a_link_is_never_written_through(
    tmp_path: Path, mini: Path
) -> None:
    confirm(mini, "c002", Label.OPINION)
    text = mini.read_text()
    mini.write_text(text[: text.index("- id: c002")])
    victim = tmp_path / "home" / ".profile"
    (tmp_path / STALE).symlink_to(victim)
    before = snapshot(tmp_path)
    result = run("tag", "c001", "opinion", "-f", "mini.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: mini.yaml: could not save ({STALE} is a symbolic link; claimcheck does "
        "not follow it); the file on disk is unchanged"
    )
    assert not victim.exists()
    assert (tmp_path / JOURNAL).read_bytes() == before[JOURNAL]  # the decision is still there


def test_extract_force_refuses_a_journal_planted_as_a_link(tmp_path: Path) -> None:
    claims = extract_seed(tmp_path)
    (tmp_path / ".c.yaml.journal").symlink_to("/etc/passwd")
    refused(
        tmp_path,
        ["extract", "article.txt", "-o", "c.yaml", "--force"],
        1,
        "Error: c.yaml: could not save (the journal .c.yaml.journal: is a symbolic link; "
        "claimcheck does not follow it); the file on disk is unchanged",
    )
    assert claims.exists()


def test_an_append_that_would_pass_the_journal_limit_is_refused(
    tmp_path: Path, mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal is read back under the same limit as a claim file: it is never let grow
    past what could be read, so every confirmed decision stays readable."""
    confirm(mini, "c001", Label.OPINION)
    size = (tmp_path / JOURNAL).stat().st_size
    monkeypatch.setattr(confine, "MAX_JOURNAL", size + 10)
    from claimcheck.errors import WriteFailed

    with pytest.raises(WriteFailed, match=r"is full \(0 MiB\): end the review to fold it"):
        confirm(mini, "c002", Label.OPINION)
    assert (tmp_path / JOURNAL).stat().st_size == size
    assert run("list", "-f", "mini.yaml").exit_code == 0


# --------------------------------------------------------------------------- linear replay


@pytest.mark.parametrize("n", [100, 1_000, 5_000])
def test_replay_examines_each_history_entry_a_bounded_number_of_times(
    tmp_path: Path, mini: Path, n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A journal of n decisions on one claim (a long review going back and forth): the
    history entries examined to recognise a decision already applied grow with n, not n²
    (20,000 lines took 16 s per command when each decision scanned the whole history)."""
    claim = store.load(mini).doc.claims[0]
    labels = [Label.OPINION, Label.UNVERIFIED]
    made = []
    for i in range(n):
        decision = decide(claim, "tester", labels[i % 2], [], None)
        decisions.apply_decision(claim, decision)
        made.append(decision)
    (tmp_path / JOURNAL).write_bytes(
        b"".join(d.model_dump_json(exclude_none=True).encode() + b"\n" for d in made)
    )
    examined = 0
    real = decisions.history_key

    def counting(change: Change) -> tuple[str, datetime]:
        nonlocal examined
        examined += 1
        return real(change)

    monkeypatch.setattr(decisions, "history_key", counting)
    loaded = store.load(mini)
    assert len(loaded.journaled) == n
    assert loaded.doc.claims[0].label is labels[(n - 1) % 2]
    assert len(loaded.doc.claims[0].history) == n
    assert examined <= 2 * n  # one key per history entry recorded, plus the first look


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(torn=st.binary(max_size=300).map(lambda b: b.replace(b"\n", b"")), kept=st.integers(0, 3))
def test_any_torn_tail_never_costs_a_confirmed_decision(
    tmp_path: Path, mini: Path, torn: bytes, kept: int
) -> None:
    """Whatever a kill left after the last newline, the next decision is readable and so is
    every one confirmed before it."""
    for name in (JOURNAL, STALE):
        (tmp_path / name).unlink(missing_ok=True)
    claim = store.load(mini).doc.claims[0]
    before = [decide(claim, f"r{i}", Label.OPINION, [], None) for i in range(kept)]
    store.append_decisions(mini, before)
    with open(tmp_path / JOURNAL, "ab") as journal:
        journal.write(torn)
    after = decide(claim, "last", Label.UNVERIFIED, [], None)
    store.append_decisions(mini, [after])
    read = [Decision.model_validate_json(line) for line in lines(tmp_path / JOURNAL)]
    assert read == [*before, after]


def test_a_journal_entry_missing_a_field_names_it(tmp_path: Path, mini: Path) -> None:
    (tmp_path / ".mini.yaml.journal").write_text('{"bad": 1}\n')
    result = run("list", "-f", "mini.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "Error: .mini.yaml.journal:1: bad journal entry: claim: Field required"
    )
