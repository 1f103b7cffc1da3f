"""How well "seen before" matches the same statement in other words.

Pairs come from the hand-curated seed claims: each claim's statement, as a person
rewrote it, against the sentence of the article it came from (a real paraphrase), and
against the passage of a different claim of the same article (a hard negative: same
topic, same names). Prints precision and recall at the threshold the tool uses.

    python bench/seen_quality.py
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pairs() -> list[tuple[str, str, bool]]:
    from claimcheck import store
    from claimcheck.seen import terms

    claims = store.load(ROOT / "data" / "claims.yaml").doc.claims
    rng = random.Random(8)
    out = []
    for claim in claims:
        quote = claim.passage.quote
        if terms(quote) != terms(claim.text):  # a rewording, not the same words
            out.append((claim.text, quote, True))
        other = rng.choice([c for c in claims if c.id != claim.id])
        out.append((claim.text, other.passage.quote, False))
    return out


def measure() -> tuple[float, float, int, int]:
    from claimcheck.seen import THRESHOLD, Index, terms

    found = pairs()
    index = Index([])  # word rarity from the passages compared against
    index.df.update(w for _, b, _ in found for w in terms(b))
    index.n = len(found)
    tp = fp = fn = 0
    for a, b, same in found:
        hit = index.score(a, b) >= THRESHOLD
        tp += hit and same
        fp += hit and not same
        fn += same and not hit
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, sum(s for *_, s in found), sum(not s for *_, s in found)


if __name__ == "__main__":
    p, r, positives, negatives = measure()
    print(f"{positives} paraphrase pairs, {negatives} different-claim pairs")
    print(f"precision {p:.3f}, recall {r:.3f}")
