"""Synthetic claim files for the benchmarks: realistic sizes, valid by construction."""

from __future__ import annotations

import random
from pathlib import Path

from claimcheck import store
from claimcheck.models import Article, Claim, ClaimFile, Hint, Label, Passage, Source, sha256_text

SUBJECTS = (
    "The army", "Regional officials", "A spokesman for the ministry", "Local media",
    "The governor", "Two aid agencies", "Opposition deputies", "The border guard",
    "Residents of the district", "An independent monitor", "The defence minister",
    "Hospital staff", "The central bank", "Police in the capital", "A UN envoy",
)  # fmt: skip
VERBS = (
    "reported", "said", "confirmed", "denied", "estimated", "claimed", "warned",
    "announced", "told reporters", "wrote on social media",
)  # fmt: skip
FACTS = (
    "that {n} attacks took place across the region in {month}",
    "that {n} villages had been taken by armed groups since {month}",
    "that the border was porous along {n} kilometres near {place}",
    "that {n} soldiers were wounded in fighting outside {place}",
    "that prices in {place} rose by {n} percent in {month}",
    "that {n} families left {place} after the shelling in {month}",
    "that a convoy of {n} trucks reached {place} on {month} {day}",
    "that the budget for {place} would grow by {n} million in {month}",
    "that {n} schools in {place} stayed closed throughout {month}",
    "that turnout in {place} was {n} percent, the lowest since {year}",
)
TAILS = (
    "", "", ", according to intelligence sources", ", citing figures it did not publish",
    ", a claim that could not be verified", ", in a statement on {month} {day}",
    ", though earlier figures were lower", ", which the ministry disputes",
)  # fmt: skip
PLACES = (
    "Belgorod", "Kharkiv", "the northern districts", "Sumy", "the river valley", "Kursk",
    "the eastern suburbs", "Vovchansk", "the port", "the mining towns", "Donetsk", "Izium",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def statement(rng: random.Random, i: int) -> str:
    """One distinct, plausible statement: the number ties it to its index, so no two
    sentences of a file are the same and none merges as a repeat."""
    month, place = rng.choice(MONTHS), rng.choice(PLACES)
    values = {"n": i * 7 + rng.randint(1, 6), "month": month, "place": place,
              "day": rng.randint(1, 28), "year": rng.randint(1990, 2020)}  # fmt: skip
    fact = rng.choice(FACTS).format(**values)
    tail = rng.choice(TAILS).format(**values)
    return f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {fact}{tail}."


def make_doc(n_claims: int, seed: int = 0, labelled: float = 0.5) -> ClaimFile:
    rng = random.Random(seed)
    sentences = [statement(rng, i) for i in range(1, n_claims + 1)]
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
    text = "\n\n".join(paragraphs) + "\n"
    claims = []
    pos = 0
    for i, sentence in enumerate(sentences, 1):
        start = text.index(sentence, pos)
        end = start + len(sentence)
        pos = end
        label = None
        sources: list[Source] = []
        if rng.random() < labelled:
            label = rng.choice(list(Label))
            if label is Label.SOURCED:
                sources = [Source(url=f"https://example.org/{seed}/{i}", title="A report")]
        claims.append(
            Claim(
                id=f"c{i:04d}",
                text=sentence,
                passage=Passage.anchor(text, start, end),
                section=f"Section {i // 25 + 1}",
                label=label,
                sources=sources,
                note="searched the archive" if label is Label.UNVERIFIED else None,
                hint=Hint(kind=rng.choice(["factual", "opinion"]), reasons=["numbers"]),
            )
        )
    article = Article(
        id=f"article-{seed}", title=f"Article {seed}", text=text, sha256=sha256_text(text)
    )
    return ClaimFile(article=article, claims=claims)


def write_claim_file(path: Path, n_claims: int, seed: int = 0, labelled: float = 0.0) -> None:
    path.write_bytes(store.dump(make_doc(n_claims, seed, labelled)))
