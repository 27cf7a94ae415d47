"""Per-account hourly activity, and the synchronized-activity bonus on candidate pairs.

Accounts of one operator run on one scheduler: their hourly volumes rise and fall
together. The Pearson correlation of log(1 + hourly exchanges) over the log's hours is
computed only for pairs that already share an indicator (a bonus, never a link on its own:
two night-shift humans correlate too). The bonus counts from the moment both accounts had
`sync_min_hours` active hours — the earliest a correlation could have been measured.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.links import Contributions, PairTotals

SYNC_KIND = -1
SWAP_KIND = -2


@dataclass
class Activity:
    """Hourly exchange counts (accounts × hours, CSR) and per-account activity bounds."""

    hours: sparse.csr_matrix
    hour0: int
    first_ts: np.ndarray
    last_ts: np.ndarray
    warm_at: np.ndarray
    """End of each account's `sync_min_hours`-th active hour (inf if it never had that many)."""

    @classmethod
    def from_hours(
        cls,
        hours: list[dict[int, int]],
        first_ts: np.ndarray,
        last_ts: np.ndarray,
        cfg: GraphConfig,
    ) -> Activity:
        return cls.from_series([hour_series(h, cfg) for h in hours], first_ts, last_ts)

    @classmethod
    def from_series(
        cls, series: list[HourSeries], first_ts: np.ndarray, last_ts: np.ndarray
    ) -> Activity:
        n = len(series)
        sizes = np.array([s[0].shape[0] for s in series], np.int64)
        cols = np.concatenate([s[0] for s in series]) if n else np.zeros(0, np.int64)
        vals = np.concatenate([s[1] for s in series]) if n else np.zeros(0)
        hour0 = int(cols.min()) if cols.size else 0
        span = int(cols.max()) - hour0 + 1 if cols.size else 1
        indptr = np.r_[0, np.cumsum(sizes)]
        mat = sparse.csr_matrix((np.log1p(vals), cols - hour0, indptr), shape=(n, span))
        warm = np.array([s[2] for s in series], np.float64) if n else np.zeros(0)
        return cls(mat, hour0, first_ts, last_ts, warm)


HourSeries = tuple[np.ndarray, np.ndarray, float]
"""One account's active hours (sorted, int64), their counts (float64), and its warm-up end."""


def hour_series(hours: dict[int, int], cfg: GraphConfig) -> HourSeries:
    hs = np.array(sorted(hours), np.int64)
    counts = np.array([hours[h] for h in hs.tolist()], np.float64)
    k = cfg.sync_min_hours
    warm = float((hs[k - 1] + 1) * 3600.0) if hs.shape[0] >= k else float("inf")
    return hs, counts, warm


def pearson_pairs(
    act: Activity, src: np.ndarray, dst: np.ndarray, chunk: int = 200_000
) -> np.ndarray:
    """Pearson correlation of the two accounts' hourly series, for each pair."""
    x = act.hours
    n_h = x.shape[1]
    s1 = np.asarray(x.sum(axis=1)).ravel()
    s2 = np.asarray(x.multiply(x).sum(axis=1)).ravel()
    var = np.maximum(s2 - s1 * s1 / n_h, 0.0)
    out = np.zeros(src.shape[0])
    for lo in range(0, src.shape[0], chunk):
        a, b = src[lo : lo + chunk], dst[lo : lo + chunk]
        sxy = np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel()
        cov = sxy - s1[a] * s1[b] / n_h
        den = np.sqrt(var[a] * var[b])
        out[lo : lo + chunk] = np.where(den > 0, cov / np.where(den > 0, den, 1.0), 0.0)
    return out


def sync_bonus(
    act: Activity, pt: PairTotals, n: int, cfg: GraphConfig
) -> tuple[Contributions, np.ndarray]:
    """Bonus contributions for correlated candidate pairs; also returns every candidate's r."""
    cand = pt.total >= cfg.sync_candidate_min
    pairs = pt.pair[cand]
    src, dst = pairs // n, pairs % n
    r = pearson_pairs(act, src, dst)
    s = np.clip((r - cfg.sync_lo) / (cfg.sync_hi - cfg.sync_lo), 0.0, 1.0)
    at = np.maximum(act.warm_at[src], act.warm_at[dst])
    ok = (s > 0) & np.isfinite(at)
    c = Contributions(
        pairs[ok], np.full(int(ok.sum()), SYNC_KIND, np.int8), cfg.sync_weight * s[ok], at[ok]
    )
    return c, r
