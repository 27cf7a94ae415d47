from __future__ import annotations

import pytest

from distillwatch.evaluate.intervals import Rate, clopper_pearson, format_rate
from distillwatch.evaluate.metrics import clopper_pearson as exported


def test_known_values() -> None:
    lo, hi = clopper_pearson(0, 10)
    assert lo == 0.0
    assert hi == pytest.approx(0.3085, abs=5e-5)
    lo, hi = clopper_pearson(5, 10)
    assert (lo, hi) == (pytest.approx(0.1871, abs=5e-5), pytest.approx(0.8129, abs=5e-5))
    # R: binom.test(3, 20)$conf.int -> 0.03207094 0.37892683
    lo, hi = clopper_pearson(3, 20)
    assert (lo, hi) == (pytest.approx(0.03207094, abs=1e-7), pytest.approx(0.37892683, abs=1e-7))


@pytest.mark.parametrize("n", [1, 2, 7, 50, 1000])
def test_edges_match_closed_form(n: int) -> None:
    # At k = 0 and k = n the bounds have a closed form: 1 - (alpha/2)^(1/n) and its mirror.
    bound = 1 - 0.025 ** (1 / n)
    assert clopper_pearson(0, n) == (0.0, pytest.approx(bound))
    assert clopper_pearson(n, n) == (pytest.approx(1 - bound), 1.0)


def test_symmetry_and_alpha() -> None:
    lo, hi = clopper_pearson(3, 17)
    lo2, hi2 = clopper_pearson(14, 17)
    assert lo == pytest.approx(1 - hi2) and hi == pytest.approx(1 - lo2)
    wide, narrow = clopper_pearson(3, 17, 0.01), clopper_pearson(3, 17, 0.2)
    assert wide[0] < lo < narrow[0] and narrow[1] < hi < wide[1]


def test_no_trials_and_bad_arguments() -> None:
    assert clopper_pearson(0, 0) == (0.0, 1.0)
    for k, n in [(-1, 3), (4, 3), (0, -1)]:
        with pytest.raises(ValueError, match="k <= n"):
            clopper_pearson(k, n)
    with pytest.raises(ValueError, match="alpha"):
        clopper_pearson(1, 2, 0.0)
    assert exported is clopper_pearson


def test_rate_dict_round_trip_and_pooling() -> None:
    r = Rate(5, 10)
    d = r.as_dict()
    assert d["k"] == 5 and d["n"] == 10 and d["rate"] == 0.5 and d["confidence"] == 0.95
    assert d["ci_low"] == pytest.approx(0.1871, abs=5e-5)
    assert Rate.from_dict(d) == r
    assert r + Rate(0, 10) == Rate(5, 20)
    assert Rate(0, 0).value is None and Rate(0, 0).as_dict()["rate"] is None
    assert format_rate(r) == "50.0% [18.7, 81.3]"
    assert format_rate(Rate(0, 0)) == "n/a"
