"""Hostile tester 14's findings, through the real command: a run of HTML comments that
made the HTML sniffing regex take 2^n steps, an empty -o, and a quotation's signature
on the line under it or on its line."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.terminal import run


def claim_texts(path: Path) -> list[str]:
    return [c["text"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]]


def test_a_text_file_opening_with_many_html_comments_extracts_at_once(tmp_path: Path) -> None:
    # 60 comments and no page after them: each grouping of the comments was tried, 2^60
    # steps (26 comments took 82 s); one pass now
    article = tmp_path / "a.txt"
    article.write_text("<!--a-->" * 60 + "\nThe council closed the school on Monday.\n")
    done = run("extract", "a.txt", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # a text file's text, comments and all: no HTML page follows them
    assert claim_texts(tmp_path / "c.yaml") == [
        "<!--a-->" * 60 + " The council closed the school on Monday."
    ]


def test_an_empty_output_is_bad_usage_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The council closed the school on Monday.\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    done = run("extract", "a.txt", "-o", "", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "Error: Invalid value for '--output' / '-o': an empty path names no file"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_signature_under_a_quotation_names_its_speaker(tmp_path: Path) -> None:
    for n, body in enumerate(
        [
            '"The school will reopen in May."\n- Ann Lee, chair\n',
            '"The school will reopen in May." - Ann Lee\n',
        ]
    ):
        (tmp_path / f"q{n}.txt").write_text(f"Title\n\n{body}\nThe council met on Monday.\n")
        done = run("extract", f"q{n}.txt", "-o", f"q{n}.yaml", "--explain", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert claim_texts(tmp_path / f"q{n}.yaml") == [
            'Ann Lee said: "The school will reopen in May."',
            "The council met on Monday.",
        ]
        assert "\tattribution\t" in done.stdout


def test_a_list_of_names_under_a_quotation_signs_nothing(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_text('Title\n\n"We will win."\n- Ann Lee\n- Tom Ray\n')
    done = run("extract", "l.txt", "-o", "l.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert claim_texts(tmp_path / "l.yaml")[0] == '"We will win."'
