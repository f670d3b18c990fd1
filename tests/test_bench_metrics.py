"""The benchmark scores are right on cases worked by hand."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from metrics import bcubed  # noqa: E402


def test_perfect_clustering_scores_one():
    assert bcubed({1: "x", 2: "x", 3: "y"}, {1: "a", 2: "a", 3: "b"}) == (1.0, 1.0, 1.0)


def test_one_merged_cluster():
    # all in one cluster: precision (2/3+2/3+1/3)/3 = 5/9, recall 1
    p, r, f = bcubed({1: "x", 2: "x", 3: "x"}, {1: "a", 2: "a", 3: "b"})
    assert p == pytest.approx(5 / 9) and r == 1.0 and f == pytest.approx(2 * (5 / 9) / (5 / 9 + 1))


def test_all_split():
    p, r, _ = bcubed({1: "x", 2: "y", 3: "z"}, {1: "a", 2: "a", 3: "b"})
    assert p == 1.0 and r == pytest.approx((0.5 + 0.5 + 1) / 3)
