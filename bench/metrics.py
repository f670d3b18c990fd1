"""Scores shared by the benchmarks."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import AbstractSet, Hashable, Iterable, Mapping, Sequence


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
    return precision, recall, f1(precision, recall)


def majority(values) -> Hashable:
    return Counter(values).most_common(1)[0][0]


# ----------------------------------------------------------------------------- attributions

Span = tuple[int, int]
Tokens = AbstractSet[int]
Match = tuple[int, int, int]  # (gold index, predicted index, tokens shared)

WORD = re.compile(r"\w+")


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def word_spans(text: str) -> list[Span]:
    """The [start, end) of every \\w+ token of the text, in order."""
    return [m.span() for m in WORD.finditer(text)]


def tokens_inside(words: Sequence[Span], spans: Iterable[Span]) -> frozenset[int]:
    """Indices of the words that lie wholly inside one of the spans."""
    spans = list(spans)
    return frozenset(i for i, (start, end) in enumerate(words)
                     if any(lo <= start and end <= hi for lo, hi in spans))


def token_overlap_prf(documents: Iterable[tuple[Tokens, Tokens]]) -> tuple[float, float, float]:
    """Token P/R/F1 micro-averaged over documents, each given as (predicted tokens, gold tokens)."""
    shared = predicted = gold = 0
    for predicted_tokens, gold_tokens in documents:
        shared += len(predicted_tokens & gold_tokens)
        predicted += len(predicted_tokens)
        gold += len(gold_tokens)
    precision, recall = shared / predicted if predicted else 0.0, shared / gold if gold else 0.0
    return precision, recall, f1(precision, recall)


def greedy_matches(gold: Sequence[Tokens], predicted: Sequence[Tokens]) -> list[Match]:
    """One-to-one pairs sharing at least one token, the largest overlaps taken first."""
    pairs = sorted(((g, p, len(gold[g] & predicted[p])) for g in range(len(gold)) for p in range(len(predicted))),
                   key=lambda pair: (-pair[2], pair[0], pair[1]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matches = []
    for g, p, shared in pairs:
        if shared and g not in used_gold and p not in used_predicted:
            matches.append((g, p, shared))
            used_gold.add(g)
            used_predicted.add(p)
    return matches


def soft_credit(gold: Sequence[Tokens], predicted: Sequence[Tokens], matches: Iterable[Match]) -> tuple[float, float]:
    """(recall credit, precision credit): the share of each matched side that the match covers, summed."""
    recall = precision = 0.0
    for g, p, shared in matches:
        recall += shared / len(gold[g])
        precision += shared / len(predicted[p])
    return recall, precision


def soft_prf(documents: Iterable[tuple[Sequence[Tokens], Sequence[Tokens]]]) -> tuple[float, float, float]:
    """Attribution-level soft P/R/F1 over documents, each given as (gold token sets, predicted token sets)."""
    recall = precision = 0.0
    gold_count = predicted_count = 0
    for gold, predicted in documents:
        doc_recall, doc_precision = soft_credit(gold, predicted, greedy_matches(gold, predicted))
        recall += doc_recall
        precision += doc_precision
        gold_count += len(gold)
        predicted_count += len(predicted)
    precision = precision / predicted_count if predicted_count else 0.0
    recall = recall / gold_count if gold_count else 0.0
    return precision, recall, f1(precision, recall)


def well_matched(gold: Sequence[Tokens], matches: Iterable[Match], share: float = 0.5) -> list[Match]:
    """The matches that cover at least `share` of their gold tokens."""
    return [m for m in matches if m[2] >= share * len(gold[m[0]])]


def scored_predictions(predicted: Sequence[Tokens], kept_gold: Sequence[Tokens],
                       dropped_gold: Sequence[Tokens]) -> list[int]:
    """Indices of the predictions to score: all but those overlapping dropped gold and no kept gold."""
    def overlaps(tokens: Tokens, spans: Sequence[Tokens]) -> bool:
        return any(tokens & other for other in spans)

    return [i for i, tokens in enumerate(predicted)
            if overlaps(tokens, kept_gold) or not overlaps(tokens, dropped_gold)]


def normalise_claimant(name: str) -> str:
    """Lowercase, no possessive 's, no leading article, single spaces."""
    name = re.sub(r"['’]s\b", "", name.lower())
    name = " ".join(name.split())
    return re.sub(r"^(the|a|an) ", "", name)


def same_claimant(gold_name: str, gold_head: str, predicted_name: str) -> bool:
    """Equal names, the gold head word in the predicted name, or the same last word."""
    gold, predicted = normalise_claimant(gold_name), normalise_claimant(predicted_name)
    if not predicted:
        return False
    head = normalise_claimant(gold_head)
    return (gold == predicted or bool(head and re.search(rf"\b{re.escape(head)}\b", predicted))
            or gold.split()[-1:] == predicted.split()[-1:])


def claimant_accuracy(pairs: Iterable[tuple[str, str, str]]) -> tuple[float, int]:
    """(share right, how many) over (gold name, gold head, predicted name) triples."""
    results = [same_claimant(*pair) for pair in pairs]
    return (sum(results) / len(results) if results else 0.0), len(results)
