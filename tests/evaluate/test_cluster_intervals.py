from __future__ import annotations

import numpy as np
import pytest

from distillwatch.evaluate.cluster_intervals import (
    cluster_interval,
    paired_difference_interval,
    ratio_to_average_intervals,
)
from distillwatch.evaluate.intervals import clopper_pearson


def test_never_narrower_than_clopper_pearson() -> None:
    for k, n in [([0] * 30, [20] * 30), ([1] * 30, [20] * 30), ([5, 0, 3], [10, 10, 10])]:
        lo, hi = cluster_interval(k, n)
        cp_lo, cp_hi = clopper_pearson(sum(k), sum(n))
        assert lo <= cp_lo and hi >= cp_hi


def test_clustered_hits_widen_the_interval() -> None:
    # same 60 hits in 1,200 trials: all in 3 of 60 clusters, or one in each of 60
    lumped = cluster_interval([20, 20, 20] + [0] * 57, [20] * 60)
    even = cluster_interval([1] * 60, [20] * 60)
    assert lumped[1] - lumped[0] > 3 * (even[1] - even[0])
    assert lumped[0] < 60 / 1200 < lumped[1]


def test_deterministic_for_a_seed() -> None:
    rng = np.random.default_rng(1)
    n = rng.integers(1, 50, 80)
    k = n * (rng.random(80) < 0.3)  # each cluster all hits or none: the bootstrap decides
    assert cluster_interval(k, n) == cluster_interval(k, n)
    assert cluster_interval(k, n, seed=1) != cluster_interval(k, n, seed=2)
    assert cluster_interval(k, n, alpha=0.01)[1] > cluster_interval(k, n)[1]


def test_empty_clusters_and_bad_counts() -> None:
    assert cluster_interval([], []) == (0.0, 1.0)
    assert cluster_interval([0, 3], [0, 10]) == clopper_pearson(3, 10)  # one real cluster
    with pytest.raises(ValueError, match="0 <= k <= n"):
        cluster_interval([3], [2])
    with pytest.raises(ValueError, match="one count per cluster"):
        cluster_interval([1, 2], [3])


def test_ratio_to_average_covers_the_measured_ratio() -> None:
    # "ja": one phrasing of 40 carries all its false positives; the rest are even
    strata = {
        "ja": ([24] + [0] * 39, [24] * 40),
        **{lang: ([1] * 10 + [0] * 30, [24] * 40) for lang in ("de", "fr", "ko", "ru")},
    }
    average = (24 + 4 * 10) / (5 * 960)
    ratios = ratio_to_average_intervals(strata)
    assert set(ratios) == set(strata)
    for lang, (k, n) in strata.items():
        lo, hi = ratios[lang]
        assert lo <= (sum(k) / sum(n)) / average <= hi
    assert ratios["ja"][0] < 2 < ratios["ja"][1]  # one phrasing's worth: 2x is not settled
    assert ratios["de"][1] < ratios["ja"][1]
    assert ratio_to_average_intervals({"en": ([0, 0], [5, 5])}) == {}


def test_paired_difference_sees_through_shared_flags_and_one_phrasing() -> None:
    n = [24] * 40
    same = [3] * 5 + [0] * 35  # both models flag these alike: no difference at all
    assert paired_difference_interval(same, same, n) == (0.0, 0.0)
    one = [18] + [0] * 39  # one phrasing flagged 18 times more: not a language-wide effect
    lo, hi = paired_difference_interval(one, [0] * 40, n)
    assert lo == 0.0 and hi > 0
    wide = [2] * 20 + [1] * 20  # every phrasing a little more: the interval leaves 0
    lo, hi = paired_difference_interval(wide, [0] * 40, n)
    assert 0 < lo <= 60 / 960 <= hi
    assert paired_difference_interval([0] * 40, wide, n) == pytest.approx((-hi, -lo))


def test_paired_difference_needs_two_clusters_and_valid_counts() -> None:
    with pytest.raises(ValueError, match="two clusters"):
        paired_difference_interval([1], [0], [5])
    with pytest.raises(ValueError):
        paired_difference_interval([6, 0], [0, 0], [5, 5])
