"""The benchmark scores are right on cases worked by hand."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from metrics import (  # noqa: E402
    bcubed, claimant_accuracy, greedy_matches, normalise_claimant, same_claimant, scored_predictions, soft_prf,
    token_overlap_prf, tokens_inside, well_matched, word_spans,
)


def test_perfect_clustering_scores_one():
    assert bcubed({1: "x", 2: "x", 3: "y"}, {1: "a", 2: "a", 3: "b"}) == (1.0, 1.0, 1.0)


def test_one_merged_cluster():
    # all in one cluster: precision (2/3+2/3+1/3)/3 = 5/9, recall 1
    p, r, f = bcubed({1: "x", 2: "x", 3: "x"}, {1: "a", 2: "a", 3: "b"})
    assert p == pytest.approx(5 / 9) and r == 1.0 and f == pytest.approx(2 * (5 / 9) / (5 / 9 + 1))


def test_all_split():
    p, r, _ = bcubed({1: "x", 2: "y", 3: "z"}, {1: "a", 2: "a", 3: "b"})
    assert p == 1.0 and r == pytest.approx((0.5 + 0.5 + 1) / 3)


# ----------------------------------------------------------------------------- attributions

TEXT = "Police said the man, 25, was shot. He died."  # words: Police 0-6 said 7-11 the 12-15 man 16-19
# 25 21-23 was 25-28 shot 29-33 He 35-37 died 38-42


def test_word_spans_are_the_word_runs():
    assert word_spans("A b, c-d.") == [(0, 1), (2, 3), (5, 6), (7, 8)]


def test_tokens_inside_takes_only_whole_words():
    words = word_spans(TEXT)  # Police said the man 25 was shot He died
    # [14, 33) starts inside "the", so "the" is out; "shot" ends at 33 and is in
    assert tokens_inside(words, [(14, 33)]) == {3, 4, 5, 6}
    assert tokens_inside(words, [(0, 6), (35, 43)]) == {0, 7, 8}
    assert tokens_inside(words, []) == frozenset()


def test_token_overlap_is_micro_averaged():
    # doc 1: 2 of 6 predicted right, 2 of 2 gold found; doc 2: nothing predicted, 2 gold missed
    p, r, f = token_overlap_prf([({1, 2, 3, 4, 5, 6}, {1, 2}), (set(), {7, 8})])
    assert p == pytest.approx(2 / 6) and r == pytest.approx(2 / 4) and f == pytest.approx(0.4)


def test_token_overlap_with_nothing_predicted_is_zero():
    assert token_overlap_prf([(set(), {1})]) == (0.0, 0.0, 0.0)


def test_greedy_matching_takes_the_largest_overlap_first():
    gold = [{1, 2, 3, 4}, {5, 6}]
    predicted = [{4, 5, 6}, {1, 2, 3}, {9}]
    # (0,1) shares 3, (1,0) shares 2, (0,0) shares 1 but both are taken by then; {9} unmatched
    assert greedy_matches(gold, predicted) == [(0, 1, 3), (1, 0, 2)]


def test_greedy_matching_is_one_to_one():
    # one prediction covering two gold attributions matches only the larger one
    assert greedy_matches([{1, 2}, {3, 4, 5}], [{1, 2, 3, 4, 5}]) == [(1, 0, 3)]


def test_soft_scores_credit_partial_matches():
    gold = [[{1, 2, 3, 4}, {5, 6}]]
    predicted = [[{1, 2}, {5, 6, 7, 8}, {9}]]
    # matches: gold0-pred0 shares 2 (2/4 of gold, 2/2 of pred); gold1-pred1 shares 2 (2/2, 2/4); pred2 unmatched
    p, r, f = soft_prf(zip(gold, predicted))
    assert r == pytest.approx((0.5 + 1.0) / 2)
    assert p == pytest.approx((1.0 + 0.5 + 0.0) / 3)
    assert f == pytest.approx(2 * p * r / (p + r))


def test_soft_scores_count_gold_of_every_document():
    p, r, _ = soft_prf([([{1, 2}], [{1, 2}]), ([{3}], [])])
    assert p == 1.0 and r == 0.5


def test_well_matched_needs_half_the_gold_tokens():
    gold = [{1, 2, 3, 4}, {5, 6, 7}]
    assert well_matched(gold, [(0, 0, 2), (1, 1, 1)]) == [(0, 0, 2)]


def test_predictions_overlapping_only_dropped_gold_are_not_scored():
    kept, dropped = [{1, 2}], [{5, 6}]
    predicted = [{1}, {5}, {2, 5}, {9}]
    # {5} touches only dropped gold: ignored; {2, 5} touches kept gold too; {9} is a plain false positive
    assert scored_predictions(predicted, kept, dropped) == [0, 2, 3]


def test_claimant_names_are_normalised():
    assert normalise_claimant("The  Police's") == "police"
    assert normalise_claimant("An official") == "official"
    assert normalise_claimant("Anthony Smith") == "anthony smith"


@pytest.mark.parametrize("gold, head, predicted, same", [
    ("Justice Department", "department", "the Justice Department", True),  # equal after normalising
    ("Chicago police", "police", "police", True),  # head word in the prediction
    ("Jane Roe", "roe", "Sgt. Jane Roe", True),
    ("Mary Ann Smith", "smith", "Ms. Smith", True),
    ("top Israeli officials", "officials", "Israeli officials", True),
    ("John Doe", "doe", "Doer", False),  # the head must be a whole word
    ("John Doe", "doe", "police", False),
    ("John Doe", "doe", "", False),
])
def test_same_claimant(gold, head, predicted, same):
    assert same_claimant(gold, head, predicted) is same


def test_claimant_accuracy_counts_the_pairs():
    acc, n = claimant_accuracy([("John Doe", "doe", "Doe"), ("police", "police", "a neighbor"),
                                ("FBI", "fbi", "the FBI"), ("Jane Roe", "roe", "he")])
    assert n == 4 and acc == 0.5
    assert claimant_accuracy([]) == (0.0, 0)
