"""A fact-check's quoted claim under a short label ("The claim:", "What she said:") and
signed after a dash, on the same line or the line below: the quotation is the signer's,
the label and the signature are left out, and no fragment claim is made of the
signature's participial phrase. A verdict after the dash still names no one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.terminal import run


def extract(tmp_path: Path, body: str) -> dict[str, object]:
    (tmp_path / "a.txt").write_text(
        f"Harbour pledge checked\n\n{body}\n\nThe port's own figures differ.\n"
    )
    done = run("extract", "a.txt", "-o", "c.yaml", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    found = yaml.safe_load((tmp_path / "c.yaml").read_text(encoding="utf-8"))
    assert isinstance(found, dict)
    return found


def texts(found: dict[str, object]) -> list[str]:
    return [c["text"] for c in found["claims"]]  # type: ignore[attr-defined]


def left(found: dict[str, object]) -> list[tuple[str, str]]:
    return [(x["passage"]["quote"], x["reason"]) for x in found["left_out"]]  # type: ignore[attr-defined]


QUOTE = '"The new harbour wall has doubled the number of ships we can take."'


@pytest.mark.parametrize(
    ("label", "signature", "between"),
    [
        ("The claim:", "— Councillor Peter Dunmore, speaking to reporters on 3 March", " "),
        ("Claim:", "- Peter Dunmore, harbour board chair", " "),
        ("What he said:", "— Peter Dunmore", "\n"),
        (
            "The statement:",
            "\u2013 Councillor Peter Dunmore, speaking at the harbour on 3 March",
            "\n",
        ),
    ],
)
def test_a_labelled_quotation_is_the_signers(
    tmp_path: Path, label: str, signature: str, between: str
) -> None:
    found = extract(tmp_path, f"{label} {QUOTE}{between}{signature}")
    name = signature.lstrip("\u2014\u2013- ").split(",")[0]
    # the label says what the quotation is, not whose words: "The claim:" is left out, as a
    # heading over it, and "Peter Dunmore said: "The claim: …"" would be words he never said
    assert texts(found)[0] == f"{name} said: {QUOTE}"
    assert texts(found)[-1] == "The port's own figures differ."
    # the signature's participial phrase is no claim of its own ("Speaking to …")
    assert not any("speaking" in t.casefold() for t in texts(found))
    assert not any(t.startswith("The claim") for t in texts(found))
    assert (label, "heading") in left(found)
    # (on a line of its own the dash is read as a list item's mark, outside the passage)
    assert any(r == "attribution" and signature.endswith(q) for q, r in left(found))


def test_a_verdict_after_a_labelled_quotation_names_no_one(tmp_path: Path) -> None:
    found = extract(tmp_path, f"The claim: {QUOTE} — FALSE")
    assert not any(" said: " in t for t in texts(found))


@pytest.mark.parametrize("opening", ["He said:", "Traffic soared:"])
def test_an_attribution_or_a_clause_before_the_quotation_is_no_label(
    tmp_path: Path, opening: str
) -> None:
    # "He said:" names a speaker, "Traffic soared:" says something: neither is a label, and
    # the quotation is not given to the dashed name after it
    found = extract(tmp_path, f"{opening} {QUOTE} — Peter Dunmore")
    assert not any(t.startswith("Peter Dunmore said") for t in texts(found))


@pytest.mark.parametrize("between", [" ", "\n"])
def test_a_statement_before_the_colon_is_a_claim_and_the_quotation_the_signers(
    tmp_path: Path, between: str
) -> None:
    # a short clause with its verb says something of its own: never left out as a label
    found = extract(
        tmp_path,
        f'Crews towed three trawlers: "The storm broke their moorings."{between}- Ivo Marsh',
    )
    assert texts(found)[:2] == [
        "Crews towed three trawlers.",
        'Ivo Marsh said: "The storm broke their moorings."',
    ]
    assert not any("trawlers" in quote for quote, _ in left(found))


def test_a_name_before_the_colon_is_no_label(tmp_path: Path) -> None:
    # "Mayor Ann Lee:" says who speaks; the dash under it must not take her words away
    found = extract(tmp_path, 'Mayor Nadia Frost: "We never sold the pier." - Ivo Marsh')
    assert not any(t.startswith("Ivo Marsh said") for t in texts(found))
