"""A hostile tester's findings (thirty-seventh round), through the real `claimcheck`
command: a folder link on the way to an output (`reports -> ../elsewhere`, which a
repository can carry) is refused like a link at the output itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.terminal import run

ARTICLE = "The library extended its opening hours in May. Readers welcomed the change.\n"
REFUSED = (
    "is a symbolic link, and claimcheck does not write through a link it did not make "
    "(remove it, or choose another path)); nothing was written\n"
)


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (work / "article.txt").write_text(ARTICLE)
    assert run("extract", "article.txt", "-o", "claims.yaml", cwd=work).returncode == 0
    (work / "reports").symlink_to("../elsewhere")
    return work


@pytest.mark.parametrize(
    ("command", "output"),
    [
        (["report", "-f", "claims.yaml", "-o"], "reports/report.html"),
        (["extract", "article.txt", "-o"], "reports/new.yaml"),
        (["report", "-f", "claims.yaml", "-o"], "../work/reports/report.html"),
    ],
)
def test_a_folder_link_on_the_way_to_an_output_is_refused(
    desk: Path, command: list[str], output: str
) -> None:
    claims = (desk / "claims.yaml").read_bytes()
    done = run(*command, output, cwd=desk)
    assert (done.returncode, done.stdout) == (1, "")
    folder = output.rsplit("/", 1)[0]
    assert done.stderr == f"Error: {output}: could not save (its folder {folder} {REFUSED}"
    assert list((desk.parent / "elsewhere").iterdir()) == []
    assert (desk / "claims.yaml").read_bytes() == claims


def test_real_folders_below_and_an_absolute_path_elsewhere_still_work(desk: Path) -> None:
    (desk / "real").mkdir()
    done = run("report", "-f", "claims.yaml", "-o", "real/report.html", cwd=desk)
    assert done.returncode == 0, done.stderr
    assert (desk / "real" / "report.html").is_file()
    elsewhere = desk.parent / "elsewhere" / "report.html"
    done = run("report", "-f", "claims.yaml", "-o", str(elsewhere), cwd=desk)
    assert done.returncode == 0, done.stderr
    assert elsewhere.is_file()
