"""The fast paths in profiles and scoring give exactly what the plain definitions give."""

from __future__ import annotations

import random

import numpy as np
from datasketch import HyperLogLog

from distillwatch.detect.evidence import Evidence
from distillwatch.detect.scoring import AccountScore
from distillwatch.profiles.features.sampling import _TEMPERATURE_KEYS, _temperature_key
from distillwatch.profiles.sketches import EXACT_LIMIT, HLL_P, Distinct, TopK, _hash32


def test_distinct_register_update_is_datasketch_update() -> None:
    d = Distinct()
    values = [f"v{i}" for i in range(EXACT_LIMIT + 1)]
    for v in values:
        d.add(v)
    assert d.registers is not None
    ref = HyperLogLog(p=HLL_P, hashfunc=_hash32)
    for v in sorted(values):
        ref.update(v.encode())
    rng = random.Random(3)
    for _ in range(5000):
        v = f"w{rng.randrange(10**9)}"
        d.add(v)
        ref.update(v.encode())
    assert d.registers == ref.reg.astype(np.int8).tobytes()
    assert d.count() == float(ref.count())
    assert d.count() == d.count()  # cached estimate, same value


def test_top_counts_and_share_match_sorted_items() -> None:
    rng = random.Random(5)
    t = TopK(capacity=16)
    for _ in range(2000):
        t.add(f"k{int(rng.paretovariate(1.2))}")
    for k in (1, 2, 5, 40):
        want = sum(c for _, c in t.top(k))
        assert sum(t.top_counts(k)) == want
        assert t.top_share(k) == want / t.total
    assert TopK().top_counts(5) == [] and TopK().top_share(1) == 0.0


def test_temperature_keys_keep_the_sign_of_zero() -> None:
    for t in (0.7, 0.7, -0.0, 0.0, 1.0, 0.005, float("nan"), 2):
        key = (_TEMPERATURE_KEYS.get(t) if t else None) or _temperature_key(t)
        assert key == f"{t:.2f}"


def test_lazy_evidence_equals_eager() -> None:
    from distillwatch.detect.rules import RULES

    found = [(RULES[0], 0.5, 1.2), (RULES[4], 0.9, 0.4), (RULES[5], 0.8, 1.2)]
    lazy = AccountScore(0.7, 3.1, True, groups={"intent": 1.2}, found=found)
    eager = AccountScore(
        0.7,
        3.1,
        True,
        evidence=sorted(
            (
                Evidence(
                    code=r.code, value=v, detail=r.detail.format(pct=f"{v:.0%}", val=v), weight=w
                )
                for r, v, w in found
            ),
            key=lambda e: (-e.weight, e.code),
        ),
        groups={"intent": 1.2},
    )
    assert lazy == eager and lazy.evidence[0].code == RULES[0].code
    assert AccountScore(0.1, 0.0, False).evidence == []
