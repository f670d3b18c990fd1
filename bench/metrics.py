"""Scores shared by the benchmarks."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Hashable, Mapping


def bcubed(predicted: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold (item -> class)."""
    items = list(gold)
    by_cluster: dict = defaultdict(list)
    by_class: dict = defaultdict(list)
    for item in items:
        by_cluster[predicted[item]].append(item)
        by_class[gold[item]].append(item)
    precision = recall = 0.0
    for item in items:
        cluster = by_cluster[predicted[item]]
        same = sum(1 for other in cluster if gold[other] == gold[item])
        precision += same / len(cluster)
        recall += same / len(by_class[gold[item]])
    precision /= len(items)
    recall /= len(items)
    return precision, recall, 2 * precision * recall / (precision + recall)


def majority(values) -> Hashable:
    return Counter(values).most_common(1)[0][0]
