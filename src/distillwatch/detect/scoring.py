"""Account scoring: profile values -> grouped, capped evidence -> a score in [0, 1].

score = logistic(total - PIVOT), where total is the sum of capped group contributions in
log-odds-like units. The flag threshold on `score` comes from `Calibration` (benign
reference traffic, a false-positive budget) and is never below what the largest single
group could reach alone.
"""

from __future__ import annotations

import math

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


class AccountScore:
    """A score, its flag, group totals and evidence (strongest first).

    The evidence items, prose included, are built on first read: replay scores after nearly
    every exchange but reads the evidence only when the account flags and at the end.
    """

    __slots__ = ("_evidence", "_found", "flagged", "groups", "score", "total")

    def __init__(
        self,
        score: float,
        total: float,
        flagged: bool,
        evidence: list[Evidence] | None = None,
        groups: dict[str, float] | None = None,
        *,
        found: list[tuple[Rule, float, float]] | None = None,
    ) -> None:
        self.score = score
        self.total = total
        self.flagged = flagged
        self.groups = groups if groups is not None else {}
        self._found = found or []
        self._evidence: list[Evidence] | None = evidence
        if evidence is None and found is None:
            self._evidence = []

    @property
    def evidence(self) -> list[Evidence]:
        if self._evidence is None:
            ev = [
                Evidence(code=rule.code, value=v, detail=_detail(rule, v), weight=w)
                for rule, v, w in self._found
            ]
            ev.sort(key=lambda e: (-e.weight, e.code))
            self._evidence = ev
        return self._evidence

    @evidence.setter
    def evidence(self, value: list[Evidence]) -> None:
        self._evidence = value

    def _key(self) -> tuple[float, float, bool, list[Evidence], dict[str, float]]:
        return (self.score, self.total, self.flagged, self.evidence, self.groups)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AccountScore):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaced

    def __repr__(self) -> str:
        return (
            f"AccountScore(score={self.score!r}, total={self.total!r}, flagged={self.flagged!r},"
            f" evidence={self.evidence!r}, groups={self.groups!r})"
        )


def _detail(rule: Rule, v: float) -> str:
    return rule.detail.format(pct=f"{v:.0%}", val=v)


RATE_PRIOR_N = 4.0
"""Intent shares are shrunk toward zero as if RATE_PRIOR_N clean requests had come first:
one strong request out of three is weak evidence, twenty out of twenty is not."""


def derived(values: dict[str, float | None]) -> dict[str, float | None]:
    """Values the rules read that are combinations of feature values."""
    cv = values.get("gap_cv")
    values["gap_regularity"] = None if cv is None else max(0.0, 1.0 - cv)
    n = values.get("intent_requests") or 0.0
    for key in _SHARE_KEYS:
        share = values.get(key)
        if share is not None:
            values[key] = share * n / (n + RATE_PRIOR_N)
    return values


_SHARE_KEYS = tuple(f"{fam}_weighted_share" for fam in INTENT_FAMILIES)
"""The intent shares the rules read (shares of `intent_requests`)."""


_RULE_FIELDS = tuple((r, r.value, r.lo, r.hi, r.weight, r.count, r.min_n, r.group) for r in RULES)


class Scorer:
    """Scores profiles with the rules table at a calibrated threshold."""

    def __init__(self, calibration: Calibration | None = None) -> None:
        self.calibration = calibration if calibration is not None else load_calibration()
        self.threshold = self.calibration.threshold

    def score(self, profile: AccountProfile, ctx: ProfileContext) -> AccountScore:
        # Replay scores after nearly every exchange, so the ramp (0 at or below lo, 1 at or
        # above hi, linear between) and the rule fields are inlined.
        values = derived(profile.values(ctx))
        get = values.get
        groups: dict[str, float] = dict.fromkeys(GROUP_CAPS, 0.0)
        found: list[tuple[Rule, float, float]] = []
        for rule, value, lo, hi, weight, count, min_n, group in _RULE_FIELDS:
            v = get(value)
            if v is None or v <= lo:
                continue
            s = 1.0 if v >= hi else (v - lo) / (hi - lo)
            if s <= 0.0:
                continue
            n = get(count) or 0.0
            w = weight * s * (1.0 - math.exp(-n / min_n))
            if w < 0.05:
                continue
            groups[group] += w
            found.append((rule, v, w))
        total = sum(min(g, GROUP_CAPS[name]) for name, g in groups.items())
        sc = score_of(total)
        return AccountScore(
            score=sc, total=total, flagged=sc >= self.threshold, groups=groups, found=found
        )
