"""Extraction intent: the share of requests asking for what distillation harvests."""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, share
from distillwatch.signals.base import INTENT_FAMILIES

_RATE_KEYS = tuple((fam, f"{fam}_rate") for fam in INTENT_FAMILIES)


class Intent(Feature, kw_only=True):
    name = "intent"
    description = "per intent family: share of requests flagged for it; mean intent score"

    count: int = 0
    flagged: dict[str, int] = msgspec.field(default_factory=dict)
    score_sum_milli: int = 0
    flagged_hours: dict[int, int] = msgspec.field(default_factory=dict)
    """Flagged requests per hour since the epoch: lets campaigns compute rates as of any time."""

    def update(self, f: Facts) -> None:
        self.count += 1
        top = max(f.intent) if f.intent else 0.0
        self.score_sum_milli += round(top * 1000)
        if f.intent_flagged and f.intent:
            fam = INTENT_FAMILIES[f.intent.index(top)]
            self.flagged[fam] = self.flagged.get(fam, 0) + 1
            h = int(f.ts // 3600)
            self.flagged_hours[h] = self.flagged_hours.get(h, 0) + 1

    def merge(self, other: Intent) -> None:
        self.count += other.count
        self.score_sum_milli += other.score_sum_milli
        for k, c in other.flagged.items():
            self.flagged[k] = self.flagged.get(k, 0) + c
        for h, c in other.flagged_hours.items():
            self.flagged_hours[h] = self.flagged_hours.get(h, 0) + c

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        n = self.count
        flagged = self.flagged
        out: dict[str, float | None] = {
            key: share(flagged.get(fam, 0), n) for fam, key in _RATE_KEYS
        }
        total = sum(flagged.values())
        out["intent_rate"] = share(total, n)
        out["intent_flagged"] = float(total)
        out["mean_intent_score"] = share(self.score_sum_milli / 1000, n)
        return out
