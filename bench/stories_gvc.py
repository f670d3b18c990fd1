"""Story clustering on the GVC articles: B-cubed against the gold incidents, publication order.

    .venv/bin/python bench/stories_gvc.py            # score the shipped weights
    .venv/bin/python bench/stories_gvc.py --tune     # grid-search weights on train+dev only

Uses the analysis cache of bench/cache.py (built on first use). The TF-IDF-only baseline (same
index, other signals off, its threshold tuned on train+dev) is scored in the same run.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import load  # noqa: E402
from metrics import bcubed  # noqa: E402

from newstrace.link.stories import StoryIndex, Weights  # noqa: E402


# The TF-IDF-only baseline: the same index with every other signal off (every weight, so that a signal added later
# is off too), only its threshold tuned.
BASELINE_GRID = {**{f.name: [0.0] for f in dataclasses.fields(Weights)}, "terms": [1.0], "follow_up": [float("inf")],
                 "threshold": [0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3]}


def cluster(articles, analyses, weights: Weights) -> dict[str, str]:
    """GVC id -> story id, assigning articles one by one in publication order."""
    index = StoryIndex(weights)
    return {a.url: index.assign(a, an) for a, an in zip(articles, analyses)}


def score(assigned: dict[str, str], gold: dict[str, dict], splits: set[str]) -> tuple[float, float, float]:
    ids = [i for i in assigned if gold[i]["split"] in splits]
    return bcubed({i: assigned[i] for i in ids}, {i: gold[i]["gold"]["event_id"] for i in ids})


def tune(articles, analyses, gold, grid: dict[str, list[float]]) -> tuple[Weights, float]:
    best, best_f = Weights(), -1.0
    keys = list(grid)
    for values in itertools.product(*(grid[k] for k in keys)):
        weights = dataclasses.replace(Weights(), **dict(zip(keys, values)))
        f = score(cluster(articles, analyses, weights), gold, {"train", "dev"})[2]
        if f > best_f:
            best, best_f = weights, f
    return best, best_f


def against_baseline(articles, analyses, gold_story: dict[str, str]) -> None:
    """Print B-cubed of the shipped weights and of the TF-IDF baseline tuned on GVC train+dev on a corpus nobody
    tuned on (`gold_story`: article url -> story)."""
    gvc_articles, gvc_analyses, gvc_gold = load()
    baseline, _ = tune(gvc_articles, gvc_analyses, gvc_gold, BASELINE_GRID)
    for name, weights in ((f"TF-IDF only (t={baseline.threshold}, GVC-tuned)", baseline), ("newstrace", Weights())):
        assigned = cluster(articles, analyses, weights)
        p, r, f = bcubed(assigned, {a.url: gold_story[a.url] for a in articles})
        print(f"{name:<40} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({len(set(assigned.values()))} stories)")


def report(name: str, assigned, gold) -> None:
    for label, splits in (("train+dev", {"train", "dev"}), ("test", {"test"}), ("all", {"train", "dev", "test"})):
        p, r, f = score(assigned, gold, splits)
        print(f"{name:<28} {label:<9} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="grid-search the weights on train+dev")
    args = parser.parse_args()
    articles, analyses, gold = load()
    print(f"{len(articles)} articles, {len({g['gold']['event_id'] for g in gold.values()})} incidents")

    baseline, _ = tune(articles, analyses, gold, BASELINE_GRID)
    report(f"TF-IDF only (t={baseline.threshold})", cluster(articles, analyses, baseline), gold)
    weights = Weights()
    if args.tune:
        weights, f = tune(articles, analyses, gold, {
            "terms": [0.8], "embedding": [0.2, 0.3], "places": [0.05], "place_conflict": [0.05],
            "time_decay": [0.05, 0.1], "event_dates": [0.0, 0.05, 0.1, 0.15], "threshold": [0.25, 0.3, 0.35],
            "follow_up": [0.2, 0.3, 0.4, float("inf")]})
        print(f"tuned on train+dev (F1 {f:.3f}): {weights}")
    report("newstrace", cluster(articles, analyses, weights), gold)


if __name__ == "__main__":
    main()
