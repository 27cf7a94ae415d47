"""From account records to weighted edges: indicator links plus sync and pool-swap bonuses.

One function for a full build and for an incremental one (`dirty` accounts only), so the
two cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from distillwatch.detect.graph.activity import Activity, sync_bonus
from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.indicators import IndicatorTable
from distillwatch.detect.graph.links import (
    Contributions,
    Edges,
    edges_from,
    indicator_contributions,
    pair_totals,
)
from distillwatch.detect.graph.pool_swap import SwapLinks, find_swaps, swap_bonus


@dataclass
class Linked:
    indicator: Contributions
    """Indicator contributions (kept between updates; bonuses are recomputed)."""
    edges: Edges
    swaps: SwapLinks


def link(
    table: IndicatorTable,
    activity: Activity,
    n: int,
    log_end: float,
    cfg: GraphConfig,
    previous: Contributions | None = None,
    dirty: np.ndarray | None = None,
) -> Linked:
    fresh = indicator_contributions(table, n, cfg, dirty)
    if previous is not None and dirty is not None and len(previous):
        a, b = previous.pair // n, previous.pair % n
        keep = ~(dirty[a] | dirty[b])
        kept = Contributions(
            previous.pair[keep], previous.kind[keep], previous.delta[keep], previous.at[keep]
        )
        fresh = Contributions.concat([kept, fresh])
    pt = pair_totals(fresh)
    sync, _ = sync_bonus(activity, pt, n, cfg)
    swaps = find_swaps(activity, pt, n, log_end, cfg)
    edges = edges_from(Contributions.concat([fresh, sync, swap_bonus(swaps, n, cfg)]), n, cfg)
    return Linked(fresh, edges, swaps)
