"""Capability focus: how narrowly traffic sits in what distillation harvests."""

from __future__ import annotations

import math

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, add_counts, share
from distillwatch.signals.base import DISTILLATION_TARGETS


class Capability(Feature, kw_only=True):
    name = "capability"
    description = "share of traffic on distillation targets, top capability share, entropy"

    counts: dict[str, int] = msgspec.field(default_factory=dict)
    count: int = 0

    def update(self, f: Facts) -> None:
        self.count += 1
        self.counts[f.capability] = self.counts.get(f.capability, 0) + 1

    def merge(self, other: Capability) -> None:
        self.count += other.count
        add_counts(self.counts, other.counts)

    def top(self) -> str | None:
        return min(self.counts, key=lambda k: (-self.counts[k], k)) if self.counts else None

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        n = self.count
        target = sum(c for k, c in self.counts.items() if k in DISTILLATION_TARGETS)
        log = math.log
        ent = -sum([(c / n) * log(c / n) for c in self.counts.values() if c]) if n else 0.0
        return {
            "target_share": share(target, n),
            "top_capability_share": share(max(self.counts.values()), n) if n else 0.0,
            "capability_entropy": ent,
        }
