"""What issue 18 changed for speed keeps the output the same: the HTML highlighting's sweep
line gives the bytes of the former scan, `list` piped is plain text, and the console
script, which ends the process without the interpreter's teardown, still flushes
everything and exits with the command's status."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup, escape

from claimcheck.formats import entry_anchor
from claimcheck.formats.html import highlight
from claimcheck.models import Label, Passage
from claimcheck.report import ClaimView
from claimcheck.safe import clean
from tests.conftest import run
from tests.terminal import CLAIMCHECK


def scan(text: str, claims: list[ClaimView], key: str) -> Markup:
    """The former highlighting, kept as the reference: for every piece between two cuts,
    every passage is looked at (quadratic, and obviously right)."""
    spans = [
        (p.start, p.end, claim, p is claim.passage)
        for claim in claims
        for p in (claim.passage, *claim.also_at)
        if 0 <= p.start < p.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    anchored: set[str] = set()
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        piece = escape(clean(text[a:b]))
        covering = [s for s in spans if s[0] <= a and b <= s[1]]
        if not covering:
            out.append(piece)
            continue
        start, _end, claim, primary = min(covering, key=lambda s: (s[1] - s[0], s[0]))
        ids = sorted({s[2].id for s in covering})
        anchor = ""
        if primary and start == a and claim.id not in anchored:
            anchored.add(claim.id)
            anchor = f' id="at-{escape(entry_anchor(key, claim.id))}"'
        out.append(
            f'<a class="hl {claim.label_name}" href="#{escape(entry_anchor(key, claim.id))}"'
            f"{anchor}"
            f' title="{escape(", ".join(ids))}: {claim.label_name}">{piece}</a>'
        )
    return Markup("".join(out))


TEXT = 'Ab <c> & d\x1b[31m e.\nFgh ij, kl mn op "q" rs tu\'v wx yz 0123456789.'


def _view(text: str, i: int, spans: list[tuple[int, int]], label: Label | None) -> ClaimView:
    passages = [Passage.anchor(text, min(a, b), max(a, b) + 1) for a, b in spans]
    return ClaimView.model_validate(
        {
            "id": f"c{i:03d}",
            "text": "x",
            "passage": passages[0],
            "also_at": passages[1:],
            "label": label,
        }
    )


position = st.integers(min_value=0, max_value=len(TEXT) - 1)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.tuples(position, position), min_size=1, max_size=3),
            st.sampled_from([None, *Label]),
        ),
        max_size=12,
    ),
    st.sampled_from(["", "a2-"]),
)
def test_the_sweep_line_gives_the_bytes_of_the_scan(
    claims: list[tuple[list[tuple[int, int]], Label | None]], key: str
) -> None:
    views = [_view(TEXT, i, spans, label) for i, (spans, label) in enumerate(claims, 1)]
    views += views[:2]  # the same claim listed twice, as a merge would
    assert str(highlight(TEXT, views, key)) == str(scan(TEXT, views, key))


def test_list_piped_is_plain_columns(seed: Path) -> None:
    result = run("list", "-f", str(seed), "--label", "pending", "--text", "BELGOROD")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["id", "label", "hint", "section", "claim"]
    assert len(lines) == 1 + 11 + 1
    row = next(line for line in lines if line.startswith("c055 "))
    assert row.split()[:2] == ["c055", "pending"]
    assert "Belgorod" in row and "│" not in result.stdout and "\x1b" not in result.stdout
    assert lines[-1] == "11 of 114 claims: 11 pending"


def test_the_console_script_flushes_and_exits_with_the_status(seed: Path) -> None:
    listed = subprocess.run(
        [CLAIMCHECK, "list", "-f", str(seed)], capture_output=True, text=True, check=False
    )
    assert (listed.returncode, listed.stderr) == (0, "")
    assert listed.stdout == run("list", "-f", str(seed)).stdout  # nothing lost at the end
    missing = subprocess.run(
        [CLAIMCHECK, "show", "c999", "-f", str(seed)], capture_output=True, text=True, check=False
    )
    assert missing.returncode == 1
    assert missing.stderr == f"Error: {seed}: no claim with id 'c999'\n"
    version = subprocess.run([CLAIMCHECK, "--version"], capture_output=True, text=True)
    assert (version.returncode, version.stdout) == (0, "claimcheck 0.1.0\n")
    usage = subprocess.run([CLAIMCHECK, "list", "--colour"], capture_output=True, text=True)
    assert usage.returncode == 2 and "No such option" in usage.stderr


def test_a_closed_pipe_ends_quietly(seed: Path) -> None:
    shell = f"set -o pipefail; {CLAIMCHECK} list -f {seed} --json | head -c 1 >/dev/null"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True)
    assert done.returncode in (0, 141), done.stderr  # 0 when it all fit in the pipe first
    assert done.stderr == ""


def test_help_from_its_cache_is_the_help_and_a_forged_entry_is_ignored(tmp_path: Path) -> None:
    import os

    def helped(*args: str, columns: str = "100") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "COLUMNS": columns}
        return subprocess.run([CLAIMCHECK, *args], capture_output=True, text=True, env=env)

    first, again = helped("--help"), helped("--help")
    off = subprocess.run(
        [CLAIMCHECK, "--help"], capture_output=True, text=True,
        env={**os.environ, "COLUMNS": "100", "CLAIMCHECK_CACHE": "off"},
    )  # fmt: skip
    assert first.returncode == again.returncode == off.returncode == 0
    assert first.stdout == again.stdout == off.stdout
    assert "Usage: claimcheck [OPTIONS] COMMAND [ARGS]..." in first.stdout
    assert "  tag " in first.stdout and first.stderr == ""
    assert helped("-h").stdout == first.stdout
    narrow = helped("--help", columns="60")
    assert narrow.stdout != first.stdout  # the width is part of the key
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 60
    entries = list(Path(os.environ["CLAIMCHECK_CACHE_DIR"], "help").iterdir())
    assert len(entries) == 3  # --help, -h, and --help at 60 columns
    for entry in entries:
        mac, _, _ = entry.read_bytes().partition(b"\n")
        entry.write_bytes(mac + b"\nUsage: \x1b]0;owned\x07 forged\n")
    assert helped("--help").stdout == first.stdout  # not signed for this text: rendered again


def lines_run(module_file: str, fn: Callable[[], object]) -> int:
    """How many lines of `module_file` run while `fn` runs: work counted, not timed."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> object:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: object) -> object:
        return local if frame.f_code.co_filename == module_file else None

    sys.settrace(tracer)  # type: ignore[arg-type]
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


def test_highlighting_does_work_in_proportion_to_the_passages() -> None:
    import claimcheck.formats.html as html

    def work(n: int) -> int:
        sentences = [f"Statement number {i} is here." for i in range(n)]
        text = " ".join(sentences)
        views, at = [], 0
        for i, sentence in enumerate(sentences):
            start = text.index(sentence, at)
            at = start + len(sentence)
            # each sentence, and a nested passage inside it: two spans a claim
            views.append(_view_at(text, i, [(start, at), (start + 10, start + 16)]))
        return lines_run(html.__file__, lambda: highlight(text, views, ""))

    small, large = work(50), work(500)
    assert large <= 10 * small * 1.3  # ten times the claims, about ten times the work


def _view_at(text: str, i: int, spans: list[tuple[int, int]]) -> ClaimView:
    passages = [Passage.anchor(text, a, b) for a, b in spans]
    return ClaimView.model_validate(
        {"id": f"c{i:04d}", "text": "x", "passage": passages[0], "also_at": passages[1:]}
    )


def test_the_command_table_names_every_command_and_the_module_that_registers_it() -> None:
    """`claimcheck.cli.COMMANDS` imports one module per command; it must say what the
    modules really register, in the order help lists them."""
    from claimcheck import cli

    app = cli.app  # every module registered
    registered = {
        c.name: c.callback.__module__ for c in app.registered_commands if c.callback is not None
    }
    groups = [g.typer_instance for g in app.registered_groups if g.typer_instance is not None]
    for sub in groups:  # `evidence`: registered by the module of its commands
        callbacks = [c.callback for c in sub.registered_commands if c.callback is not None]
        registered[str(sub.info.name)] = callbacks[0].__module__
    assert registered == {n: f"claimcheck.cli.{m}" for n, m in cli.COMMANDS.items()}
    commands = [n for n in cli.COMMANDS if n not in {sub.info.name for sub in groups}]
    assert [c.name for c in app.registered_commands] == commands  # help's order
    help_text = run("--help").output
    assert [n for n in cli.COMMANDS if f"  {n} " in help_text] == list(cli.COMMANDS)


def _modules_after(args: list[str]) -> set[str]:
    code = (
        "import sys; from claimcheck import cli; cli._register(cli._command(sys.argv[1:])); "
        "print(' '.join(m for m in sys.modules if m.startswith('claimcheck.cli.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return set(done.stdout.split())


def test_a_command_imports_only_its_own_module() -> None:
    commands = {"extract", "read", "review", "tagging", "claimlist", "report", "desk",
                "evidence", "configure"}  # fmt: skip
    loaded = _modules_after(["list", "-f", "x.yaml"])
    assert "claimcheck.cli.read" in loaded
    assert {m.removeprefix("claimcheck.cli.") for m in loaded} & commands == {"read"}
    assert {f"claimcheck.cli.{m}" for m in commands} <= _modules_after(["lisst"])
    assert {f"claimcheck.cli.{m}" for m in commands} <= _modules_after(["--help"])


def test_a_command_run_alone_keeps_its_usage_errors() -> None:
    done = subprocess.run(
        [CLAIMCHECK, "list", "--nope"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr == "Error: No such option: --nope (try 'claimcheck list -h')\n"
    done = subprocess.run([CLAIMCHECK, "lisst"], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert "No such command 'lisst'" in done.stderr


def test_history_piped_is_plain_columns(seed: Path) -> None:
    import re

    run("tag", "c002", "sourced", "-f", str(seed), "-r", "ana", "-s", "https://example.org/a",
        "--note", "first\x1b[31m line\nsecond")  # fmt: skip
    run("untag", "c002", "-f", str(seed), "-r", "ana")
    result = run("history", "-f", str(seed))
    assert result.exit_code == 0, result.output
    stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  ")
    lines = result.stdout.splitlines()
    assert all(stamp.match(line) for line in lines[1:])
    rows = [stamp.sub("", line) for line in lines]
    assert rows == [
        "when                 who  claim  field    from     to",
        "ana  c002   label    sourced  pending",
        "ana  c002   label    pending  sourced",
        "ana  c002   sources  —        https://example.org/a",
        "ana  c002   note     —        first line second",
    ]
    assert "\x1b" not in result.stdout and "│" not in result.stdout


def test_show_piped_is_plain_text(seed: Path) -> None:
    run("tag", "c038", "sourced", "-f", str(seed), "-r", "ana", "-s", "https://example.org/a",
        "--title", "A\x1b[31m title", "--note", "first\nsecond")  # fmt: skip
    result = run("show", "c038", "-f", str(seed))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[:12] == [
        "c038  Ukrainian intelligence reported nearly 100 acts of sabotage inside Russia in "
        "the first few months of 2023.",
        "",
        "   label  sourced",
        " section  Who are the Freedom of Russia Legion?",
        "    hint  factual (judged by hand)",
        "          attributed to Ukrainian intelligence",
        " sources  1. https://example.org/a",
        "             A title",
        f"             accessed {lines[8].split()[-1]}",
        "             not archived",
        "    note  first",
        "          second",
    ]
    assert lines[12].startswith("reviewed  ana 20")
    assert lines[13:15] == ["", "in the article:"]
    assert (
        "[[In just the first few months of 2023, Ukrainian intelligence reported nearly 100 "
        "acts of sabotage inside Russia]]" in lines[15]
    )
    assert lines[16:18] == ["", "history:"]
    assert lines[18].split() == ["when", "who", "field", "from", "to"]
    assert "\x1b" not in result.stdout and "│" not in result.stdout and "╭" not in result.stdout


def test_show_piped_keeps_the_article_s_own_brackets_apart_from_the_passage_marks(
    tmp_path: Path,
) -> None:
    """An article with `[[…]]` of its own: piped, it cannot pass for the marked passage."""
    article = tmp_path / "mill.txt"
    article.write_text("The Mill\n\nThe mill shut in May [[see note]]. Orders fell by half.\n")
    assert run("extract", str(article), "-o", str(tmp_path / "mill.yaml")).exit_code == 0
    result = run("show", "c002", "-f", str(tmp_path / "mill.yaml"))
    assert result.exit_code == 0, result.stderr
    assert "[ [see note] ]. [[Orders fell by half.]]" in result.stdout
    assert result.stdout.count("[[") == 1 and result.stdout.count("]]") == 1
