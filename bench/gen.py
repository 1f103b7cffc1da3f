"""Synthetic claim files for the benchmarks: realistic sizes, valid by construction."""

from __future__ import annotations

import random
from pathlib import Path

from claimcheck import store
from claimcheck.models import Article, Claim, ClaimFile, Hint, Label, Passage, Source, sha256_text

WORDS = (  # noqa: SIM905 - reads as a sentence
    "the army reported that nearly 100 attacks took place across the region in May while "
    "officials said the border was porous and several villages were taken by armed groups "
    "according to local media who cited intelligence sources and soldiers on social media"
).split()


def make_doc(n_claims: int, seed: int = 0, labelled: float = 0.5) -> ClaimFile:
    rng = random.Random(seed)
    sentences = []
    for _ in range(n_claims):
        words = rng.choices(WORDS, k=rng.randint(8, 24))
        sentences.append(" ".join(words).capitalize() + ".")
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
