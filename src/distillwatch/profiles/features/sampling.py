"""Sampling parameters: n > 1, logprobs, fixed temperature, huge token or thinking budgets."""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, add_counts, share

HUGE_MAX_TOKENS = 16_000
HUGE_THINKING_BUDGET = 8_000

_TEMPERATURE_KEYS: dict[float, str] = {}
"""Formatted temperature per value seen: clients use a handful, formatting costs per request.
Zero is never cached: 0.0 and -0.0 are one dict key but format differently."""


def _temperature_key(t: float) -> str:
    key = f"{t:.2f}"
    if t and len(_TEMPERATURE_KEYS) < 4096:
        _TEMPERATURE_KEYS[t] = key
    return key


class Sampling(Feature, kw_only=True):
    name = "sampling"
    description = "share with n>1, logprobs, huge budgets; dominant temperature share"

    count: int = 0
    multi_sample: int = 0
    samples: int = 0
    logprobs: int = 0
    huge_budget: int = 0
    temperatures: dict[str, int] = msgspec.field(default_factory=dict)
    with_temperature: int = 0

    def update(self, f: Facts) -> None:
        self.count += 1
        n = f.n or 1
        self.samples += n
        if n > 1:
            self.multi_sample += 1
        if f.logprobs:
            self.logprobs += 1
        if (
            (f.max_tokens or 0) >= HUGE_MAX_TOKENS
            or (f.thinking_budget or 0) >= HUGE_THINKING_BUDGET
            or f.reasoning_effort == "high"
        ):
            self.huge_budget += 1
        t = f.temperature
        if t is not None:
            self.with_temperature += 1
            key = _TEMPERATURE_KEYS.get(t) if t else None
            if key is None:
                key = _temperature_key(t)
            self.temperatures[key] = self.temperatures.get(key, 0) + 1

    def merge(self, other: Sampling) -> None:
        self.count += other.count
        self.multi_sample += other.multi_sample
        self.samples += other.samples
        self.logprobs += other.logprobs
        self.huge_budget += other.huge_budget
        self.with_temperature += other.with_temperature
        add_counts(self.temperatures, other.temperatures)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        top_t = max(self.temperatures.values()) if self.temperatures else 0
        return {
            "multi_sample_share": share(self.multi_sample, self.count),
            "mean_samples": share(self.samples, self.count),
            "logprobs_share": share(self.logprobs, self.count),
            "huge_budget_share": share(self.huge_budget, self.count),
            "fixed_temperature_share": share(top_t, self.count),
        }
