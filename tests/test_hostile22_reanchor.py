"""Hostile round 22, reanchor: a claim whose quote the new text holds more than once, no
copy in its old context, is placed on one but named as a guess that needs a re-check;
a copy that keeps the old context is still chosen, silently."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck import store
from claimcheck.extract.anchor import reanchor
from claimcheck.models import Claim, Passage
from tests.conftest import run, succeeds

QUOTE = "fees rose 8% in Portwell this spring"
OLD = (
    "Harbour news.\n\nThe harbour master said fees rose 8% in Portwell this spring.\n\n"
    "The ferry resumed on Sunday.\n"
)

# the sentences the new texts add, which `reanchor` names (left out as "new")
AUDIT = "An audit found fees rose 8% in Portwell this spring, officials said."
SKIPPERS = "Skippers claimed fees rose 8% in Portwell this spring, which is untrue."
ADDS_ONE = (
    "The new text adds 1 sentence no claim covers, left out as 'new': "
    "'claimcheck add --left-out START-END' makes one a claim\n"
)


def _span(text: str, sentence: str) -> str:
    start = text.index(sentence)
    return f"{start}-{start + len(sentence)}"


def _sourced_claim(folder: Path) -> str:
    """A claim on QUOTE in OLD, tagged sourced; its id."""
    (folder / "a.txt").write_text(OLD)
    succeeds("extract", "a.txt", "-o", "claims.yaml", "--title", "T")
    succeeds("delete", "c001")
    added = json.loads(succeeds("add", "--quote", QUOTE, "--text", "Fees rose.", "--json"))
    succeeds("tag", added["id"], "sourced", "-s", "https://ex.org/fees")
    return str(added["id"])


def test_a_quote_found_twice_neither_in_its_old_context_is_named_and_needs_a_re_check(
    tmp_path: Path,
) -> None:
    claim_id = _sourced_claim(tmp_path)
    new = (
        "Harbour news.\n\nSkippers claimed fees rose 8% in Portwell this spring, which is "
        "untrue.\n\nThe ferry resumed on Sunday.\n\nAn audit found fees rose 8% in Portwell "
        "this spring, officials said.\n"
    )
    (tmp_path / "b.txt").write_text(new)
    first, second = new.find(QUOTE), new.rfind(QUOTE)
    end1, end2 = first + len(QUOTE), second + len(QUOTE)
    result = run("reanchor", "b.txt")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"Ambiguous: {claim_id} (sourced, needs a re-check): its quote is 2 times in the new "
        f"text ({first}-{end1}, {second}-{end2}), none in its old context; placed at "
        f"{first}-{end1}; 'claimcheck edit {claim_id} --at START-END' moves it: {QUOTE}\n"
        f"New: {_span(new, AUDIT)}: {AUDIT}\n"
        "Re-anchored claims.yaml: 2 claims kept; 2 passages placed in the new text, 2 "
        "exactly and 0 approximately\n"
        f"{ADDS_ONE}"
    )
    claim = store.load(tmp_path / "claims.yaml").doc.claim(claim_id)
    assert claim is not None and claim.needs_recheck and claim.label_name == "sourced"
    assert claim.history[-1].field == "recheck"
    listed = json.loads(succeeds("list", "--label", "needs-recheck", "--json"))
    assert [c["id"] for c in listed] == [claim_id]
    # the reviewer says which copy: the claim moves there, and a new decision clears it
    succeeds("edit", claim_id, "--at", f"{second}-{end2}")
    succeeds("tag", claim_id, "sourced", "-s", "https://ex.org/fees")
    assert json.loads(succeeds("list", "--label", "needs-recheck", "--json")) == []


def test_a_copy_that_keeps_the_old_context_is_chosen_without_a_word(tmp_path: Path) -> None:
    claim_id = _sourced_claim(tmp_path)
    new = (
        "Harbour news.\n\nSkippers claimed fees rose 8% in Portwell this spring, which is "
        "untrue.\n\nThe harbour master said fees rose 8% in Portwell this spring.\n\n"
        "The ferry resumed on Sunday.\n"
    )
    (tmp_path / "b.txt").write_text(new)
    result = run("reanchor", "b.txt")
    assert result.exit_code == 0, result.output
    assert result.stderr == (  # the sentence the new text adds is named, no more
        f"New: {_span(new, SKIPPERS)}: {SKIPPERS}\n"
        "Re-anchored claims.yaml: 2 claims kept; 2 passages placed in the new text, 2 "
        "exactly and 0 approximately\n"
        f"{ADDS_ONE}"
    )
    claim = store.load(tmp_path / "claims.yaml").doc.claim(claim_id)
    assert claim is not None and not claim.needs_recheck
    assert claim.passage.start == new.rfind(QUOTE)


def _claim_on(text: str, quote: str) -> Claim:
    start = text.index(quote)
    return Claim(id="c001", text="X.", passage=Passage.anchor(text, start, start + len(quote)))


def test_a_word_of_the_old_context_around_both_copies_tells_them_no_apart() -> None:
    # "said" before both copies: the old context's one word, kept by each
    old = "Ann Ray said the pier will close in May. Boats moor elsewhere.\n"
    claim = _claim_on(old, "the pier will close in May")
    new = "Critics said the pier will close in May; Tom Lee said the pier will close in May.\n"
    [placed] = reanchor([claim], new)
    spans = sorted([(placed.claim.passage.start, placed.claim.passage.end), *placed.ambiguous])
    assert spans == [(13, 39), (54, 80)] and len(placed.ambiguous) == 1


def test_a_paragraph_printed_twice_and_left_alone_is_no_guess() -> None:
    para = "The pier will close in May, the council said on Monday."
    old = f"Pier news.\n\n{para}\n\nMore below.\n\n{para}\n"
    claim = _claim_on(old, "The pier will close in May")
    [placed] = reanchor([claim], "Corrected on Tuesday.\n\n" + old)
    assert placed.ambiguous == []
    assert placed.claim.passage.start == len("Corrected on Tuesday.\n\n") + old.index("The pier")
