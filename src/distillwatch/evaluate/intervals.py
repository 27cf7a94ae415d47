"""Exact binomial (Clopper–Pearson) intervals, and the `Rate` that carries one with its counts.

Detection rates are counts over small groups (a persona may have 12 accounts), where normal
approximations mislead; the exact interval is conservative and defined at k = 0 and k = n.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scipy.stats import beta

DEFAULT_ALPHA = 0.05


def clopper_pearson(k: int, n: int, alpha: float = DEFAULT_ALPHA) -> tuple[float, float]:
    """Two-sided exact 1 - alpha interval for a binomial proportion k/n.

    The lower bound is 0 when k == 0 and the upper bound is 1 when k == n (each tail then gets
    the whole alpha/2, as in the original construction). With n == 0 nothing is known: (0, 1).
    """
    if n < 0 or k < 0 or k > n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    if not 0.0 < alpha < 1.0:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")
    if n == 0:
        return 0.0, 1.0
    lo = 0.0 if k == 0 else float(beta.ppf(alpha / 2, k, n - k + 1))
    hi = 1.0 if k == n else float(beta.ppf(1 - alpha / 2, k + 1, n - k))
    return lo, hi


@dataclass(frozen=True, slots=True)
class Rate:
    """k successes out of n, the rate (None when n == 0) and its exact interval."""

    k: int
    n: int
    alpha: float = DEFAULT_ALPHA

    @property
    def value(self) -> float | None:
        return self.k / self.n if self.n else None

    @property
    def interval(self) -> tuple[float, float]:
        return clopper_pearson(self.k, self.n, self.alpha)

    def as_dict(self) -> dict[str, Any]:
        lo, hi = self.interval
        return {
            "k": self.k,
            "n": self.n,
            "rate": self.value,
            "ci_low": lo,
            "ci_high": hi,
            "confidence": 1 - self.alpha,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Rate:
        confidence = float(d.get("confidence", 1 - DEFAULT_ALPHA))
        return cls(int(d["k"]), int(d["n"]), round(1 - confidence, 12))

    def __add__(self, other: Rate) -> Rate:
        """Pooled counts (independent trials assumed), at this rate's alpha."""
        return Rate(self.k + other.k, self.n + other.n, self.alpha)


def format_rate(r: Rate, digits: int = 1) -> str:
    """`37.5% [15.2, 64.6]` — a rate in percent with its interval; `n/a` for n == 0."""
    if r.value is None:
        return "n/a"
    lo, hi = r.interval
    return f"{100 * r.value:.{digits}f}% [{100 * lo:.{digits}f}, {100 * hi:.{digits}f}]"
