"""A hostile tester's findings (seventh round), each through the real `claimcheck`
command: its exact message, its exit code, and nothing changed on disk."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck import store
from claimcheck.evidence.fetch import LOOPBACK_FOR_TESTS
from tests.terminal import CLAIMCHECK, Tmux, needs_tmux
from tests.webserver import Route, Site, serve


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLAIMCHECK, *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


# --------------------------------------------------------------------------- over-long paths

LONG = "a" * 300  # one component over the system's 255 bytes: ENAMETOOLONG


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["validate", "-f", LONG], LONG),
        (["validate", f"{LONG}/x.yaml"], f"{LONG}/x.yaml"),
        (["report", "-f", LONG], LONG),
        (["report", "-f", "claims.yaml", "-o", f"{LONG}.html"], f"{LONG}.html"),
        (["extract", "article.txt", "-o", LONG], LONG),
        (["agree", LONG], LONG),
        (["evidence", "verify", "-f", LONG], LONG),
        (["tag", "c001", "sourced", "-f", LONG], LONG),  # the file named, before its lock
        (["untag", "c001", "-f", LONG], LONG),
        (["edit", "c001", "--text", "x", "-f", LONG], LONG),
        (["undo", "-f", LONG], LONG),
        (["config", "--file", LONG], LONG),
    ],
)
def test_an_over_long_path_is_one_line_naming_it(seed: Path, args: list[str], named: str) -> None:
    before = snapshot(seed.parent)
    done = cli(*args, cwd=seed.parent)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("Error: ")
    assert done.stderr.endswith(f"{named}: file name too long\n")
    assert done.stderr.count("\n") == 1 and "internal error" not in done.stderr
    after = snapshot(seed.parent)
    after.pop(".claims.yaml.lock", None)  # a lock file may be left, as any save leaves it
    assert after == before


# --------------------------------------------------------------------------- evidence --page


@pytest.fixture
def cited(seed: Path) -> Path:
    done = cli("tag", "c001", "sourced", "--source", "https://example.org/x", cwd=seed.parent)
    assert done.returncode == 0, done.stderr
    return seed


def test_a_fifo_as_the_saved_page_is_refused_not_waited_on(cited: Path) -> None:
    os.mkfifo(cited.parent / "page")
    before = snapshot(cited.parent)
    done = cli("evidence", "add", "c001", "1", "--page", "page", cwd=cited.parent)
    assert (done.returncode, done.stderr) == (
        1,
        "Error: page: is a pipe (FIFO), not a regular file\n",
    )
    assert snapshot(cited.parent) == before


@pytest.mark.parametrize(
    ("page", "code", "message"),
    [
        (
            "",
            2,
            "Error: Invalid value for '--page' / '-p': an empty path names no file: give "
            "the saved page's file",
        ),
        (".", 1, "Error: .: a folder, not a saved page"),
        ("/dev/zero", 1, "Error: /dev/zero: is a device, not a regular file"),
        ("missing.html", 1, "Error: missing.html: no such file"),
    ],
)
def test_a_saved_page_that_is_no_file(cited: Path, page: str, code: int, message: str) -> None:
    before = snapshot(cited.parent)
    done = cli("evidence", "add", "c001", "1", "--page", page, cwd=cited.parent)
    assert done.returncode == code
    assert done.stderr.strip().splitlines()[-1] == message
    assert snapshot(cited.parent) == before


# --------------------------------------------------------------------------- ClaimReview url


@pytest.mark.parametrize(
    ("article_id", "url"),
    [
        (
            "../../other-desk-page?x=1",
            "https://factcheck.example/checks/..%2F..%2Fother-desk-page%3Fx%3D1#a-c001",
        ),
        ("a b", "https://factcheck.example/checks/a%20b#a-c001"),
        ("..", "https://factcheck.example/checks/%2E%2E#a-c001"),
        ("legion-2023_v.2~x", "https://factcheck.example/checks/legion-2023_v.2~x#a-c001"),
    ],
)
def test_the_claimreview_url_holds_the_article_id_as_one_path_segment(
    seed: Path, article_id: str, url: str
) -> None:
    folder = seed.parent
    done = cli("extract", "article.txt", "--id", article_id, "-o", "a.yaml", cwd=folder)
    assert done.returncode == 0, done.stderr
    assert cli("tag", "c001", "opinion", "-f", "a.yaml", cwd=folder).returncode == 0
    (folder / "claimcheck.toml").write_text(
        '[org]\nname = "Desk"\n[publish]\nbase_url = "https://factcheck.example/checks"\n'
    )
    done = cli("report", "-f", "a.yaml", "-F", "claimreview", cwd=folder)
    assert done.returncode == 0, done.stderr
    reviews = json.loads(done.stdout)["@graph"]
    assert [r["url"] for r in reviews] == [url]


# --------------------------------------------------------------------------- evidence fetches


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.1", "private"),
        ("100.64.0.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1%eth0", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("93.184.215.14", None),
        ("2606:4700::1111", None),
    ],
)
def test_which_addresses_are_refused(address: str, kind: str | None) -> None:
    from claimcheck.evidence.fetch import refused_address

    assert refused_address(address) == kind


@pytest.fixture
def local_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv(LOOPBACK_FOR_TESTS, raising=False)
    with serve() as site:
        site.routes["/secret.txt"] = Route(
            body=b"the desk's internal secret", content_type="text/plain"
        )
        site.routes["/go"] = Route(status=302, location="http://169.254.169.254/latest/meta-data")
        yield site


def cite(folder: Path, url: str) -> None:
    done = cli("tag", "c001", "sourced", "--source", url, cwd=folder)
    assert done.returncode == 0, done.stderr


def test_a_source_on_the_loopback_address_is_never_fetched(seed: Path, local_site: Site) -> None:
    url = local_site.url("/secret.txt")
    cite(seed.parent, url)
    before = snapshot(seed.parent)
    done = cli("evidence", "add", "c001", "1", "--fetch", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        f"Error: {url}: 127.0.0.1 is a loopback address (127.0.0.1); claimcheck fetches "
        "only from public addresses\n",
    )
    checked = cli("evidence", "check", cwd=seed.parent)
    assert f"{url}: 127.0.0.1 is a loopback address (127.0.0.1)" in checked.stdout
    assert local_site.hits == []  # not one request reached the server
    assert snapshot(seed.parent) == before
    assert not (seed.parent / "evidence").exists()


def test_a_redirect_to_a_link_local_address_is_not_followed(
    seed: Path, local_site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LOOPBACK_FOR_TESTS, "1")  # the first hop, on the test server, is let through
    url = local_site.url("/go")
    cite(seed.parent, url)
    before = snapshot(seed.parent)
    done = cli("evidence", "add", "c001", "1", "--fetch", cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        f"Error: {url}: redirected to http://169.254.169.254/latest/meta-data: "
        "169.254.169.254 is a link-local address (169.254.169.254); claimcheck fetches only "
        "from public addresses\n",
    )
    assert [path for path, _ in local_site.hits] == ["/go"]
    assert snapshot(seed.parent) == before


# --------------------------------------------------------------------------- minor findings


def test_validate_on_a_folder_without_claim_files_is_bad_usage_like_report(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for command in ("validate", "report"):
        done = cli(command, "empty", cwd=tmp_path)
        assert (done.returncode, done.stdout, done.stderr) == (
            2,
            "",
            "Error: no claim files (*.yaml) found in empty\n",
        )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", "-f", ""], "Invalid value for '--file' / '-f' (env var: 'CLAIMCHECK_FILE')"),
        (["report", "-f", ""], "Invalid value for '--file' / '-f' (env var: 'CLAIMCHECK_FILE')"),
        (["list", "-f", ""], "Invalid value for '--file' / '-f' (env var: 'CLAIMCHECK_FILE')"),
        (
            ["tag", "c001", "opinion", "-f", ""],
            "Invalid value for '--file' / '-f' (env var: 'CLAIMCHECK_FILE')",
        ),
        (["validate", ""], "Invalid value for 'FILES'"),
    ],
)
def test_an_empty_file_name_is_bad_usage_not_the_current_folder(
    seed: Path, args: list[str], message: str
) -> None:
    before = snapshot(seed.parent)
    done = cli(*args, cwd=seed.parent)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == f"Error: {message}: an empty path names no file"
    assert done.stdout == ""
    assert snapshot(seed.parent) == before


@needs_tmux
def test_ctrl_d_at_a_plain_review_prompt_cancels_the_decision(seed: Path) -> None:
    before = seed.read_bytes()
    tmux = Tmux(
        seed.parent,
        f"env CLAIMCHECK_REVIEWER=ana NO_COLOR=1 {CLAIMCHECK} review --plain -f claims.yaml",
    )
    try:
        tmux.wait_for("1 of 114")
        tmux.send("o")
        tmux.wait_for("Note")
        tmux.send("C-d")
        tmux.wait_for("cancelled: nothing saved")
        tmux.send("s")
        tmux.wait_for("Source URL or citation")
        tmux.type("https://example.org/x")
        tmux.send("Enter")
        tmux.wait_for("Title (optional):")
        tmux.send("C-d")
        tmux.wait_for("1 of 114")
        tmux.send("q")
        screen = tmux.wait_for("EXIT=")
    finally:
        tmux.close()
    assert "Reviewed 0 claims this session; 114 pending" in " ".join(screen.split())
    assert "EXIT=0" in screen
    assert seed.read_bytes() == before
    assert not store.journal_path(seed).exists()


@pytest.mark.parametrize("org", ["", "\x1b]0;x\x07", " \x1b[31m "])
def test_an_org_with_nothing_printable_warns_like_an_empty_one(seed: Path, org: str) -> None:
    cli("tag", "c001", "opinion", cwd=seed.parent)
    done = cli(
        "report", "-F", "claimreview", "--url", "https://desk.example/a", "--org", org,
        cwd=seed.parent,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stderr.splitlines()[0] == (
        "Warning: no organisation to publish as: set [org] name in claimcheck.toml or give --org"
    )
    assert "author" not in json.loads(done.stdout)["@graph"][0]
    assert "\x1b" not in done.stdout


@pytest.mark.parametrize("who", ["", " ", "\x1b[0m"])
def test_an_empty_reviewer_name_is_bad_usage(seed: Path, who: str) -> None:
    before = snapshot(seed.parent)
    done = cli("tag", "c001", "opinion", "-r", who, cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        2,
        f"Error: --reviewer: {who!r} names no one; give who is deciding, or leave the option "
        "out to use $CLAIMCHECK_REVIEWER, git's user.name or the login name\n".replace("\x1b", ""),
    )
    assert snapshot(seed.parent) == before


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://[::1", "Invalid IPv6 URL"),
        ("http://example.org]/x", "Invalid IPv6 URL"),
        ("https://example.org:99999/x", "Port out of range 0-65535"),
        ("https://example.org:http/x", "Port could not be cast to integer value as 'http'"),
    ],
)
def test_a_malformed_url_is_refused_as_a_source(seed: Path, url: str, why: str) -> None:
    before = snapshot(seed.parent)
    done = cli("tag", "c001", "sourced", "--source", url, cwd=seed.parent)
    assert (done.returncode, done.stderr) == (
        1,
        f"Error: --source: not a valid URL: {url!r} ({why})\n",
    )
    assert snapshot(seed.parent) == before


def test_a_well_formed_url_with_a_port_or_an_address_is_a_source(seed: Path) -> None:
    for url in (
        "http://[2001:db8::1]:8080/x",
        "https://example.org:8443/a:b",
        "http://u:p@h.example/",
    ):
        done = cli("tag", "c001", "sourced", "--source", url, cwd=seed.parent)
        assert done.returncode == 0, done.stderr


def test_a_newline_in_a_file_name_is_printed_as_an_escape(seed: Path) -> None:
    folder = seed.parent / "desk"
    folder.mkdir()
    shutil.copy(seed.parent / "article.txt", folder / "article.txt")
    shutil.copy(seed, folder / "a\nfake: ok.yaml")
    (folder / "b\nc.yaml").write_text("x: [")
    done = cli("validate", "desk", cwd=seed.parent)
    assert done.returncode == 1
    assert done.stdout == (
        "desk/a\\nfake: ok.yaml: ok, 114 claims (0 sourced, 0 unverified, 0 opinion, 114 pending)\n"
    )
    assert done.stderr.startswith("Error: desk/b\\nc.yaml:")
    assert done.stderr.count("\n") == 1


def test_no_rich_traceback_handler_is_ever_installed() -> None:
    """A rich traceback with show_locals prints claim records (texts, internal notes)."""
    src = Path(__file__).resolve().parent.parent / "src" / "claimcheck"
    for path in src.rglob("*.py"):
        text = path.read_text()
        assert "traceback.install" not in text and "show_locals=True" not in text, path
