"""Volume and rate: how much an account sends, and how concentrated in time."""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, add_counts

_DAY_OF_HOUR = (24).__rfloordiv__


class Volume(Feature, kw_only=True):
    name = "volume"
    description = "exchanges, active hours/days, rate per active day, peak hour"

    count: int = 0
    first_ts: float | None = None
    last_ts: float | None = None
    hours: dict[int, int] = msgspec.field(default_factory=dict)

    def update(self, f: Facts) -> None:
        ts = f.ts
        self.count += 1
        first = self.first_ts
        if first is None or ts < first:
            self.first_ts = ts
        last = self.last_ts
        if last is None or ts > last:
            self.last_ts = ts
        h = int(ts // 3600)
        hours = self.hours
        hours[h] = hours.get(h, 0) + 1

    def merge(self, other: Volume) -> None:
        self.count += other.count
        if other.first_ts is not None and (self.first_ts is None or other.first_ts < self.first_ts):
            self.first_ts = other.first_ts
        if other.last_ts is not None and (self.last_ts is None or other.last_ts > self.last_ts):
            self.last_ts = other.last_ts
        add_counts(self.hours, other.hours)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        days = set(map(_DAY_OF_HOUR, self.hours))  # h // 24 per hour, without a Python loop
        return {
            "exchanges": float(self.count),
            "active_hours": float(len(self.hours)),
            "active_days": float(len(days)),
            "per_active_day": self.count / len(days) if days else 0.0,
            "peak_hour": float(max(self.hours.values())) if self.hours else 0.0,
        }
