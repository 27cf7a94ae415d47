"""Release pivot: the share of traffic moved to a new model within 24 h of its first sighting.

Kept as per-model hourly counts, so the value can be computed for any release time known
at evaluation time (the context), and merged exactly.
"""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import PIVOT_WINDOW_S, ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, add_counts


def _window_sum(hours: dict[int, int], h0: int, h1: int) -> int:
    """Exchanges in hours h0..h1: scan the account's hours or look up the window's, whichever
    is fewer (a month has ~720 hours, the window 25)."""
    if len(hours) <= h1 - h0 + 1:
        return sum([c for h, c in hours.items() if h0 <= h <= h1])
    get = hours.get
    return sum([get(h, 0) for h in range(h0, h1 + 1)])


class ReleasePivot(Feature, kw_only=True):
    name = "release_pivot"
    description = "share of the account's traffic on a new model in the 24 h after its release"

    by_model_hour: dict[str, dict[int, int]] = msgspec.field(default_factory=dict)

    def update(self, f: Facts) -> None:
        hours = self.by_model_hour.get(f.model)
        if hours is None:
            hours = self.by_model_hour[f.model] = {}
        h = int(f.ts // 3600)
        hours[h] = hours.get(h, 0) + 1

    def merge(self, other: ReleasePivot) -> None:
        for m, hours in other.by_model_hour.items():
            add_counts(self.by_model_hour.setdefault(m, {}), hours)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        best: float | None = None
        best_n = 0
        for model, release in ctx.new_models(ctx.now).items():
            h0 = int(release // 3600)
            h1 = int((release + PIVOT_WINDOW_S) // 3600)
            sums = {m: _window_sum(hours, h0, h1) for m, hours in self.by_model_hour.items()}
            on_new = sums.get(model, 0)
            total = sum(sums.values())
            if total and (best is None or on_new / total > best):
                best = on_new / total
                best_n = total
        return {"pivot_share": best, "pivot_window_exchanges": float(best_n)}
