"""Red team, paths and links: a claim file from a stranger cannot make claimcheck read or
write outside its folder, follow a planted link, or hang on a pipe or a device."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimcheck import confine, store
from tests.conftest import run
from tests.robustness.redteam import VALID, refused, snapshot, with_text_path

ARTICLE = b"The sky is blue. Cats are the best pets."


@pytest.mark.parametrize("command", ["validate", "list", "report", "show"])
@pytest.mark.parametrize(
    ("text_path", "why"),
    [
        ("/etc/passwd", "must be a path relative to the claim file's folder, not an absolute one"),
        (
            "/proc/self/environ",
            "must be a path relative to the claim file's folder, not an absolute one",
        ),
        ("../secret.txt", "must stay inside the claim file's folder (no '..')"),
        ("sub/../../secret.txt", "must stay inside the claim file's folder (no '..')"),
        ("..\\secret.txt", "must stay inside the claim file's folder (no '..')"),
        (
            "C:\\secret.txt",
            "must be a path relative to the claim file's folder, not an absolute one",
        ),
    ],
)
def test_text_path_outside_the_folder_is_refused(
    tmp_path: Path, command: str, text_path: str, why: str
) -> None:
    (tmp_path / "secret.txt").write_bytes(ARTICLE)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "c.yaml").write_bytes(with_text_path(text_path))
    argv = [command, *(["c001"] if command == "show" else []), "-f", "d/c.yaml"]
    refused(tmp_path, argv, 1, f"Error: d/c.yaml:5: article.text_path: {text_path!r} {why}")


def test_a_symlink_leaving_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_bytes(ARTICLE)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").symlink_to(tmp_path / "secret.txt")
    (tmp_path / "d" / "c.yaml").write_bytes(with_text_path("a.txt"))
    why = "leads outside the claim file's folder (through a symbolic link)"
    for command in ("validate", "report"):
        refused(
            tmp_path,
            [command, "-f", "d/c.yaml"],
            1,
            f"Error: d/c.yaml:5: article.text_path: 'a.txt' {why}",
        )
    out = run("report", "-f", "d/c.yaml", "--format", "json")
    assert "Cats are" not in out.stdout


def test_a_symlink_inside_the_folder_is_followed(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "a.txt").symlink_to("texts/a.txt")
    (tmp_path / "c.yaml").write_bytes(with_text_path("a.txt"))
    assert run("validate", "-f", "c.yaml").exit_code == 0


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: os.mkfifo(p), "is a pipe (FIFO), not a regular file"),
        (
            lambda p: p.symlink_to("/dev/zero"),
            "leads outside the claim file's folder (through a symbolic link)",
        ),
        (lambda p: p.mkdir(), "is a folder, not a file"),
    ],
    ids=["fifo", "dev-zero", "folder"],
)
def test_text_path_that_is_not_a_regular_file_is_refused(tmp_path: Path, make, why: str) -> None:
    make(tmp_path / "a.txt")
    (tmp_path / "c.yaml").write_bytes(with_text_path("a.txt"))
    refused(
        tmp_path,
        ["validate", "-f", "c.yaml"],
        1,
        f"Error: c.yaml:5: article.text_path: 'a.txt' {why}",
    )


def test_claim_file_that_is_a_fifo_or_a_device_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p.yaml")  # nobody writes to it: a blocking read would hang
    refused(
        tmp_path, ["list", "-f", "p.yaml"], 1, "Error: p.yaml: is a pipe (FIFO), not a regular file"
    )
    refused(
        tmp_path,
        ["validate", "-f", "/dev/zero"],
        1,
        "Error: /dev/zero: is a device, not a regular file",
    )


def test_the_seen_before_scan_skips_a_fifo_and_a_device(tmp_path: Path, mini: Path) -> None:
    os.mkfifo(tmp_path / "p.yaml")
    (tmp_path / "z.yaml").symlink_to("/dev/zero")
    result = run("show", "c001", "-f", "mini.yaml")
    assert result.exit_code == 0, result.output


def test_a_claim_file_larger_than_the_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(confine, "MAX_CLAIM_FILE", 1000)
    (tmp_path / "c.yaml").write_bytes(VALID + b"# " + b"x" * 1000 + b"\n")
    refused(tmp_path, ["validate", "-f", "c.yaml"], 1, "Error: c.yaml: is larger than 1000 bytes")


def test_size_is_counted_not_trusted(tmp_path: Path) -> None:
    """st_size of /proc files is 0; the bytes read are what is counted."""
    with pytest.raises(confine.Refused, match="is larger than 10 bytes"):
        confine.read_regular(Path("/proc/self/status"), 10)


def test_a_crlf_article_is_read_as_lf(tmp_path: Path, seed: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(article.read_bytes().replace(b"\n", b"\r\n"))  # git's autocrlf
    assert run("validate", "-f", "claims.yaml").exit_code == 0
    assert run("tag", "c001", "opinion", "-f", "claims.yaml").exit_code == 0
    assert run("report", "-f", "claims.yaml", "--format", "json").exit_code == 0


# --------------------------------------------------------------------------- planted links


def test_a_dangling_journal_symlink_never_creates_its_target(tmp_path: Path, mini: Path) -> None:
    victim = tmp_path / "home" / ".profile"
    line = "Error: mini.yaml: could not save (the journal .mini.yaml.journal is a symbolic link; claimcheck does not follow it); the file on disk is unchanged"
    from claimcheck.decisions import decide
    from claimcheck.errors import WriteFailed
    from claimcheck.models import Label

    loaded = store.load(mini)
    decision = decide(loaded.doc.claims[0], "tester", Label.OPINION, [], None)
    (tmp_path / ".mini.yaml.journal").symlink_to(victim)  # planted during the review
    with pytest.raises(WriteFailed) as caught:
        store.append_decisions(mini, [decision])
    assert f"Error: {caught.value}".replace(str(tmp_path) + "/", "") == line
    assert not victim.exists() and not victim.parent.exists()
    # and every reading command names it instead of following it
    refused(
        tmp_path,
        ["list", "-f", "mini.yaml"],
        1,
        "Error: .mini.yaml.journal: is a symbolic link; claimcheck does not follow it",
    )


def test_a_journal_symlink_to_a_device_does_not_hang(tmp_path: Path, mini: Path) -> None:
    (tmp_path / ".mini.yaml.journal").symlink_to("/dev/zero")
    refused(
        tmp_path,
        ["validate", "-f", "mini.yaml"],
        1,
        "Error: .mini.yaml.journal: is a symbolic link; claimcheck does not follow it",
    )


def test_a_symlinked_lock_is_refused_and_its_target_untouched(tmp_path: Path, mini: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    (tmp_path / ".mini.yaml.lock").symlink_to(victim)
    before = snapshot(tmp_path)
    result = run("tag", "c001", "opinion", "-f", "mini.yaml")
    assert result.exit_code == 1, result.output
    assert (
        result.stderr
        == "Error: mini.yaml: could not save (the lock file .mini.yaml.lock is a symbolic link; claimcheck does not follow it); the file on disk is unchanged\n"
    )
    assert snapshot(tmp_path) == before
    assert victim.read_bytes() == b"precious\n"


def test_filelock_itself_refuses_a_symlinked_lock(tmp_path: Path) -> None:
    """The version pinned (>= 3.20.3) opens the lock with O_NOFOLLOW: even if a link is
    planted after claimcheck looked, its target is neither created nor truncated."""
    from filelock import FileLock

    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    (tmp_path / "x.lock").symlink_to(victim)
    with pytest.raises(OSError):  # ELOOP, whatever filelock wraps it in
        FileLock(str(tmp_path / "x.lock"), timeout=0.1).acquire()
    assert victim.read_bytes() == b"precious\n"


def test_the_temp_sweep_does_not_touch_another_files_temps(tmp_path: Path) -> None:
    (tmp_path / "notes [draft].yaml").write_bytes(VALID)
    other = tmp_path / ".notes d.yaml.abc123.tmp"  # "[draft]" as a glob matches "d"
    other.write_bytes(b"another writer's save in flight")
    assert run("tag", "c001", "opinion", "-f", "notes [draft].yaml").exit_code == 0
    assert other.exists()


def test_a_temp_file_is_never_opened_through_a_link(tmp_path: Path, mini: Path) -> None:
    """mkstemp opens with O_EXCL | O_NOFOLLOW: a planted link makes it pick another name."""
    assert run("tag", "c001", "opinion", "-f", "mini.yaml").exit_code == 0
    assert not list(tmp_path.glob(".mini.yaml.*.tmp"))


# --------------------------------------------------------------------------- git-setup, extract


def git_repo(folder: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q", str(folder)], check=True)


def test_git_setup_refuses_a_symlinked_gitattributes(tmp_path: Path) -> None:
    git_repo(tmp_path)
    victim = tmp_path / "home" / ".bashrc"
    victim.parent.mkdir()
    victim.write_bytes(b"alias ls=ls\n")
    (tmp_path / ".gitattributes").symlink_to(victim)
    refused(
        tmp_path,
        ["git-setup"],
        1,
        f"Error: {tmp_path}/.gitattributes: is a symbolic link; claimcheck does not follow it; nothing was changed",
    )
    assert victim.read_bytes() == b"alias ls=ls\n"


def test_git_setup_writes_atomically_and_keeps_every_rule(tmp_path: Path, monkeypatch) -> None:
    """A write that fails half-way (a full disk) leaves the old rules whole."""
    git_repo(tmp_path)
    rules = "".join(f"*.tmp{i} -diff\n" for i in range(100)).encode()
    (tmp_path / ".gitattributes").write_bytes(rules)
    real = os.write

    def full_disk(fd: int, data) -> int:
        if len(data) > 1000:
            real(fd, bytes(data[:500]))
            raise OSError(28, "No space left on device")
        return real(fd, data)

    monkeypatch.setattr(os, "write", full_disk)
    result = run("git-setup")
    assert result.exit_code == 1
    assert (tmp_path / ".gitattributes").read_bytes() == rules
    assert not list(tmp_path.glob(".*.tmp"))
    monkeypatch.setattr(os, "write", real)
    assert run("git-setup").exit_code == 0
    assert (tmp_path / ".gitattributes").read_bytes() == rules + (
        b"*.yaml merge=claimcheck\n**/evidence/*.warc.gz binary merge=claimcheck\n**/evidence/*.txt binary\n"
    )


def test_extract_keeps_a_newline_in_a_file_name_inside_the_comment(tmp_path: Path) -> None:
    (tmp_path / "a\nb: [1].txt").write_text("Prices rose by 3% in May, the bank said.\n")
    result = run("extract", "a\nb: [1].txt", "-o", "x\n#.yaml")
    assert result.exit_code == 0, result.output
    saved = (tmp_path / "x\n#.yaml").read_text()
    assert saved.startswith("# Extracted by claimcheck ") and "from a\\nb: [1].txt." in saved
    assert run("validate", "-f", "x\n#.yaml").exit_code == 0


def test_extract_encodes_a_canonical_url_with_a_space(tmp_path: Path) -> None:
    page = (
        '<html><head><title>Prices</title><link rel="canonical" href="https://news.example/a b?q=1 2">'
        "</head><body><article><h1>Prices</h1><p>Prices rose by 3% in May, the central bank said "
        "on Tuesday in its monthly report on the economy.</p><p>Bread cost 12% more than a year "
        "before, according to the national statistics office.</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    result = run("extract", "page.html", "-o", "c.yaml")
    assert result.exit_code == 0, result.output
    assert store.load(tmp_path / "c.yaml").doc.article.url == "https://news.example/a%20b?q=1+2"


@pytest.mark.parametrize(
    "name", [".mini.yaml.journal", ".mini.yaml.journal.stale", ".mini.yaml.lock"]
)
def test_report_never_overwrites_a_journal_or_a_lock(tmp_path: Path, mini: Path, name: str) -> None:
    (tmp_path / ".mini.yaml.journal").write_text(
        '{"claim":"c001","by":"ana","at":"2026-11-20T09:00:00Z","label":"opinion"}\n'
    )
    refused(
        tmp_path,
        ["report", "-f", "mini.yaml", "-o", name, "--format", "json"],
        1,
        f"Error: -o {name} would overwrite an input of the report; choose another file",
    )


def test_the_seen_before_scan_follows_no_link_out_of_the_folder(tmp_path: Path) -> None:
    from claimcheck.seen import neighbours

    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "private.yaml").write_bytes(VALID)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "mini.yaml").write_bytes(VALID)
    (tmp_path / "d" / "other.yaml").write_bytes(VALID)
    (tmp_path / "d" / "link.yaml").symlink_to(tmp_path / "elsewhere" / "private.yaml")
    assert neighbours(tmp_path / "d" / "mini.yaml") == [(tmp_path / "d" / "other.yaml").resolve()]


# --------------------------------------------------------------------------- merge driver


def test_the_merge_driver_reads_no_fifo_side(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "base.yaml").write_bytes(VALID)
    (tmp_path / "ours.yaml").write_bytes(VALID)
    os.mkfifo(tmp_path / "theirs.yaml")  # nobody writes: a read would wait for ever
    refused(
        tmp_path,
        ["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml", "c.yaml"],
        1,
        "Error: claimcheck merge of c.yaml: cannot read a side: is a pipe (FIFO), not a "
        "regular file",
    )


def test_the_merge_driver_reads_no_article_outside_the_folder(tmp_path: Path, monkeypatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "secret.txt").write_text("The sky is blue. Cats are the best pets.")
    monkeypatch.chdir(work)
    (work / "article.txt").write_text("The sky is blue. Cats are the best pets.")
    (work / "base.yaml").write_bytes(with_text_path("article.txt"))
    (work / "ours.yaml").write_bytes(with_text_path("article.txt"))
    (work / "theirs.yaml").write_bytes(with_text_path("../secret.txt"))
    result = refused(
        work,
        ["merge-driver", "base.yaml", "ours.yaml", "theirs.yaml", "c.yaml"],
        1,
        "claimcheck merge of c.yaml: CONFLICT: the merged file would not be valid: "
        "c.yaml: article.text_path: must stay inside the claim file's folder (no '..')",
    )
    assert "Cats" not in result.output


@pytest.mark.parametrize("dangling", [False, True])
@pytest.mark.parametrize(
    "argv",
    [
        ["report", "-f", "claims.yaml", "-o", "out.html"],
        ["extract", "article.txt", "-o", "out.html", "--force"],  # even when told to replace
    ],
)
def test_an_output_that_is_a_planted_link_is_never_written_through(
    tmp_path: Path, seed: Path, argv: list[str], dangling: bool
) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    victim = outside / "victim.txt"
    if not dangling:
        victim.write_text("precious\n")
    (tmp_path / "out.html").symlink_to(victim)  # committed to a repository as a link
    refused(
        tmp_path,
        argv,
        1,
        "Error: out.html: could not save (it is a symbolic link, and claimcheck does not "
        "write through a link it did not make (remove it, or choose another path)); "
        + ("nothing was written" if dangling else "the file on disk is unchanged"),
    )
    assert (victim.read_text() == "precious\n") if not dangling else not victim.exists()
