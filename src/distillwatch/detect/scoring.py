"""Account scoring: profile values -> grouped, capped evidence -> a score in [0, 1].

score = logistic(total - PIVOT), where total is the sum of capped group contributions in
log-odds-like units. The flag threshold on `score` comes from `Calibration` (benign
reference traffic, a false-positive budget) and is never below what the largest single
group could reach alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from distillwatch.detect.calibration import Calibration, load_calibration
from distillwatch.detect.evidence import Evidence
from distillwatch.detect.rules import GROUP_CAPS, RULES, Rule
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.profile import AccountProfile
from distillwatch.signals.base import INTENT_FAMILIES

PIVOT = 3.0


def score_of(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-2.0 * (total - PIVOT)))


def total_of(score: float) -> float:
    score = min(max(score, 1e-12), 1 - 1e-12)
    return PIVOT + math.log(score / (1 - score)) / 2.0


@dataclass
class AccountScore:
    score: float
    total: float
    flagged: bool
    evidence: list[Evidence] = field(default_factory=list)
    groups: dict[str, float] = field(default_factory=dict)


def _ramp(x: float, lo: float, hi: float) -> float:
    if x <= lo:
        return 0.0
    if x >= hi:
        return 1.0
    return (x - lo) / (hi - lo)


def _detail(rule: Rule, v: float) -> str:
    return rule.detail.format(pct=f"{v:.0%}", val=v)


RATE_PRIOR_N = 4.0
"""Intent rates are shrunk toward zero as if RATE_PRIOR_N clean requests had come first:
one flagged request out of three is weak evidence, twenty out of twenty is not."""


def derived(values: dict[str, float | None]) -> dict[str, float | None]:
    """Values the rules read that are combinations of feature values."""
    cv = values.get("gap_cv")
    values["gap_regularity"] = None if cv is None else max(0.0, 1.0 - cv)
    n = values.get("exchanges") or 0.0
    for fam in INTENT_FAMILIES:
        rate = values.get(f"{fam}_rate")
        if rate is not None:
            values[f"{fam}_rate"] = rate * n / (n + RATE_PRIOR_N)
    return values


class Scorer:
    """Scores profiles with the rules table at a calibrated threshold."""

    def __init__(self, calibration: Calibration | None = None) -> None:
        self.calibration = calibration if calibration is not None else load_calibration()
        self.threshold = self.calibration.threshold

    def score(self, profile: AccountProfile, ctx: ProfileContext) -> AccountScore:
        values = derived(profile.values(ctx))
        groups: dict[str, float] = dict.fromkeys(GROUP_CAPS, 0.0)
        evidence: list[Evidence] = []
        for rule in RULES:
            v = values.get(rule.value)
            if v is None:
                continue
            s = _ramp(v, rule.lo, rule.hi)
            if s <= 0.0:
                continue
            n = values.get(rule.count) or 0.0
            w = rule.weight * s * (1.0 - math.exp(-n / rule.min_n))
            if w < 0.05:
                continue
            groups[rule.group] += w
            evidence.append(Evidence(code=rule.code, value=v, detail=_detail(rule, v), weight=w))
        total = sum(min(g, GROUP_CAPS[name]) for name, g in groups.items())
        evidence.sort(key=lambda e: (-e.weight, e.code))
        sc = score_of(total)
        return AccountScore(
            score=sc, total=total, flagged=sc >= self.threshold, evidence=evidence, groups=groups
        )
