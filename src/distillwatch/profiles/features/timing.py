"""Inter-arrival regularity and diurnal shape: machines keep time differently from people.

Gaps are folded in time order; merge is exact when the other profile's exchanges all come
after this one's (time-ordered shards, daily increments), which is how scan and the gateway
use it. Gap sums are kept in integer deciseconds so merges are exact.
"""

from __future__ import annotations

import math

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, share

_LOG24 = math.log(24)
SESSION_GAP_DS = 30 * 60 * 10
"""Gaps longer than 30 min end a session; only in-session gaps measure regularity."""


class Timing(Feature, kw_only=True):
    name = "timing"
    description = "in-session gap regularity (CV), burst share, hour-of-day entropy, weekend share"
    order_sensitive = True

    first_ts: float | None = None
    last_ts: float | None = None
    gaps: int = 0
    gap_sum: int = 0
    gap_sumsq: int = 0
    fast_gaps: int = 0
    hour_of_day: list[int] = msgspec.field(default_factory=lambda: [0] * 24)
    weekend: int = 0
    total: int = 0

    def _gap(self, dt_s: float) -> None:
        ds = round(dt_s * 10)
        if ds < 0 or ds > SESSION_GAP_DS:
            return
        self.gaps += 1
        self.gap_sum += ds
        self.gap_sumsq += ds * ds
        if ds <= 20:
            self.fast_gaps += 1

    def update(self, f: Facts) -> None:
        ts = f.ts
        last = self.last_ts
        if last is not None:
            ds = round((ts - last) * 10)  # _gap, inlined: this runs for every exchange
            if 0 <= ds <= SESSION_GAP_DS:
                self.gaps += 1
                self.gap_sum += ds
                self.gap_sumsq += ds * ds
                if ds <= 20:
                    self.fast_gaps += 1
        if self.first_ts is None:
            self.first_ts = ts
        if last is None or ts >= last:
            self.last_ts = ts
        self.total += 1
        hour = int(ts // 3600)
        self.hour_of_day[hour % 24] += 1
        # 1970-01-01 was a Thursday: day index 2 and 3 after it are Sat/Sun.
        if (hour // 24 + 3) % 7 in (5, 6):
            self.weekend += 1

    def merge(self, other: Timing) -> None:
        if other.first_ts is not None and self.last_ts is not None:
            self._gap(other.first_ts - self.last_ts)
        self.gaps += other.gaps
        self.gap_sum += other.gap_sum
        self.gap_sumsq += other.gap_sumsq
        self.fast_gaps += other.fast_gaps
        self.hour_of_day = [a + b for a, b in zip(self.hour_of_day, other.hour_of_day, strict=True)]
        self.weekend += other.weekend
        self.total += other.total
        if self.first_ts is None or (other.first_ts is not None and other.first_ts < self.first_ts):
            self.first_ts = other.first_ts
        if self.last_ts is None or (other.last_ts is not None and other.last_ts > self.last_ts):
            self.last_ts = other.last_ts

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        cv: float | None = None
        if self.gaps >= 5 and self.gap_sum > 0:
            mean = self.gap_sum / self.gaps
            var = max(self.gap_sumsq / self.gaps - mean * mean, 0.0)
            cv = math.sqrt(var) / mean
        ent: float | None = None
        total = self.total
        if total >= 24:
            log = math.log
            ent = -sum([(c / total) * log(c / total) for c in self.hour_of_day if c]) / _LOG24
        return {
            "gap_cv": cv,
            "fast_gap_share": share(self.fast_gaps, self.gaps) if self.gaps >= 5 else None,
            "hour_entropy": ent,
            "weekend_share": share(self.weekend, self.total),
        }
