"""Pool-swap links: a new account that takes over the behaviour of one that went quiet.

When a provider bans accounts, the operator moves the same harness (templates, prompts,
client stack, payment) onto fresh accounts. A candidate pair whose shared behaviour weight
reaches `swap_min_shared`, where one account stopped (and stayed quiet for `swap_quiet_s`)
and the other started within `swap_gap_s` after (overlapping at most `swap_overlap_s`), gets
a `pool_swap` bonus. The bonus is observable once the old account's silence is: at
max(old.last + swap_quiet_s, new.first).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from distillwatch.detect.graph.activity import SWAP_KIND, Activity
from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.links import Contributions, PairTotals


@dataclass
class SwapLinks:
    old: np.ndarray  # int64 account index that went quiet
    new: np.ndarray  # int64 account index that took over
    at: np.ndarray  # float64 when the hand-off was observable


def find_swaps(
    act: Activity, pt: PairTotals, n: int, log_end: float, cfg: GraphConfig
) -> SwapLinks:
    cand = pt.behaviour >= cfg.swap_min_shared
    pairs = pt.pair[cand]
    a, b = pairs // n, pairs % n
    a_first_is_old = act.last_ts[a] <= act.last_ts[b]
    old = np.where(a_first_is_old, a, b)
    new = np.where(a_first_is_old, b, a)
    gap = act.first_ts[new] - act.last_ts[old]
    ok = (
        (gap >= -cfg.swap_overlap_s)
        & (gap <= cfg.swap_gap_s)
        & (act.last_ts[old] + cfg.swap_quiet_s <= log_end)
        & (act.first_ts[new] > act.first_ts[old])
    )
    at = np.maximum(act.last_ts[old] + cfg.swap_quiet_s, act.first_ts[new])
    return SwapLinks(old[ok], new[ok], at[ok])


def swap_bonus(swaps: SwapLinks, n: int, cfg: GraphConfig) -> Contributions:
    lo, hi = np.minimum(swaps.old, swaps.new), np.maximum(swaps.old, swaps.new)
    k = swaps.old.shape[0]
    return Contributions(
        lo * n + hi, np.full(k, SWAP_KIND, np.int8), np.full(k, cfg.swap_weight), swaps.at
    )
