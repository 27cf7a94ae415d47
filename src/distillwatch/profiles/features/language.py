"""Language mix: reasoning coercion campaigns spread across many languages."""

from __future__ import annotations

import math

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, add_counts, share


class Language(Feature, kw_only=True):
    name = "language"
    description = "number of languages with >=5% share, non-English share, entropy"

    counts: dict[str, int] = msgspec.field(default_factory=dict)
    count: int = 0

    def update(self, f: Facts) -> None:
        self.count += 1
        self.counts[f.language] = self.counts.get(f.language, 0) + 1

    def merge(self, other: Language) -> None:
        self.count += other.count
        add_counts(self.counts, other.counts)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        n = self.count
        log = math.log
        ent = -sum([(c / n) * log(c / n) for c in self.counts.values() if c]) if n else 0.0
        return {
            "languages": float(sum(1 for c in self.counts.values() if n and c / n >= 0.05)),
            "non_english_share": share(n - self.counts.get("en", 0) - self.counts.get("und", 0), n),
            "language_entropy": ent,
        }
