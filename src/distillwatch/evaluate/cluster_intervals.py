"""Intervals for rates whose trials come in clusters: requests filled from one phrasing, turns
of one conversation.

The requests made from one phrasing are flagged or missed together, so counting them as
independent trials (Clopper-Pearson over requests) gives intervals far narrower than what is
known: 9,000 requests from 400 phrasings carry about 400 phrasings' worth of evidence. The
cluster bootstrap resamples whole clusters with replacement and reads the percentile interval
of the pooled rate. With few clusters, or no hit at all, the bootstrap itself is too narrow
(it cannot see a hit it never drew), so the interval reported is the wider of the two: never
narrower than the exact binomial interval over requests.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from distillwatch.evaluate.intervals import DEFAULT_ALPHA, clopper_pearson

BOOTSTRAP_REPS = 2000
"""Resamples per interval: the 2.5% and 97.5% percentiles move by well under a tenth of the
interval's width between seeds at this size."""
BOOTSTRAP_SEED = 0


def _draws(n_clusters: int, reps: int, rng: np.random.Generator) -> npt.NDArray[np.float64]:
    """How often each cluster is drawn in each resample, (reps, n_clusters)."""
    return rng.multinomial(n_clusters, np.full(n_clusters, 1.0 / n_clusters), size=reps).astype(
        np.float64
    )


def _check(k: npt.NDArray[np.float64], n: npt.NDArray[np.float64]) -> None:
    if k.shape != n.shape or k.ndim != 1:
        raise ValueError("k and n need one count per cluster, the same number of each")
    if (k < 0).any() or (k > n).any():
        raise ValueError("every cluster needs 0 <= k <= n")


def cluster_interval(
    k: Sequence[int] | npt.NDArray[np.int64],
    n: Sequence[int] | npt.NDArray[np.int64],
    alpha: float = DEFAULT_ALPHA,
    reps: int = BOOTSTRAP_REPS,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float]:
    """Two-sided 1 - alpha interval for sum(k) / sum(n), given hits k and trials n per cluster.

    The wider of the cluster bootstrap's percentile interval and Clopper-Pearson over all
    trials. Deterministic for a given seed."""
    ka, na = np.asarray(k, np.float64), np.asarray(n, np.float64)
    _check(ka, na)
    keep = na > 0
    ka, na = ka[keep], na[keep]
    total_k, total_n = int(ka.sum()), int(na.sum())
    cp_lo, cp_hi = clopper_pearson(total_k, total_n, alpha)
    if ka.size < 2:
        return cp_lo, cp_hi
    w = _draws(ka.size, reps, np.random.default_rng(seed))
    rates = (w @ ka) / np.maximum(w @ na, 1e-300)
    lo, hi = np.quantile(rates, [alpha / 2, 1 - alpha / 2])
    return min(cp_lo, float(lo)), max(cp_hi, float(hi))


def ratio_to_average_intervals(
    strata: Mapping[str, tuple[Sequence[int], Sequence[int]]],
    alpha: float = DEFAULT_ALPHA,
    reps: int = BOOTSTRAP_REPS,
    seed: int = BOOTSTRAP_SEED,
) -> dict[str, tuple[float, float]]:
    """Per stratum (a language), an interval for its rate over the pooled rate of all strata.

    `strata` maps a stratum to its per-cluster hits and trials. Clusters are resampled within
    their stratum, so every resample keeps each language's size; the pooled rate moves with
    them. Resamples with no hit at all have no ratio and are left out. Each language's
    interval is for that language, named in advance: the largest of fifteen noisy rates is
    biased upward, so "the worst language" is read off the data and its interval taken from
    here, not from a bootstrap of the maximum (whose percentiles need not even contain the
    measured value). Strata without trials, or without enough resamples with a hit, are left
    out of the result."""
    rng = np.random.default_rng(seed)
    names: list[str] = []
    ks: list[npt.NDArray[np.float64]] = []
    ns: list[npt.NDArray[np.float64]] = []
    for name in sorted(strata):
        k, n = strata[name]
        ka, na = np.asarray(k, np.float64), np.asarray(n, np.float64)
        _check(ka, na)
        if ka.size == 0 or na.sum() == 0:
            continue
        w = _draws(ka.size, reps, rng)
        names.append(name)
        ks.append(w @ ka)
        ns.append(w @ na)
    if not ks:
        return {}
    k_s, n_s = np.stack(ks, axis=1), np.stack(ns, axis=1)  # (reps, strata)
    avg = k_s.sum(axis=1) / n_s.sum(axis=1)
    ok = avg > 0
    if ok.sum() < reps / 2:
        return {}
    ratio = (k_s[ok] / n_s[ok]) / avg[ok, None]
    lo, hi = np.quantile(ratio, [alpha / 2, 1 - alpha / 2], axis=0)
    return {name: (float(lo[j]), float(hi[j])) for j, name in enumerate(names)}


def paired_difference_interval(
    k_a: Sequence[int] | npt.NDArray[np.int64],
    k_b: Sequence[int] | npt.NDArray[np.int64],
    n: Sequence[int] | npt.NDArray[np.int64],
    alpha: float = DEFAULT_ALPHA,
    reps: int = BOOTSTRAP_REPS,
    seed: int = BOOTSTRAP_SEED,
) -> tuple[float, float]:
    """Two-sided 1 - alpha interval for (sum(k_a) - sum(k_b)) / sum(n): two models' hits on
    the same clusters (the same phrasings, the same trials), resampled together.

    Whether one model flags more of a language than another: at a handful of flags one
    phrasing decides a count (stop 24), and pairing cancels what both models flag alike, so
    an interval wholly above 0 says the first model is worse there beyond phrasing noise.
    Needs at least two clusters with trials."""
    ka, kb = np.asarray(k_a, np.float64), np.asarray(k_b, np.float64)
    na = np.asarray(n, np.float64)
    _check(ka, na)
    _check(kb, na)
    keep = na > 0
    ka, kb, na = ka[keep], kb[keep], na[keep]
    if ka.size < 2:
        raise ValueError("a paired difference needs at least two clusters with trials")
    w = _draws(ka.size, reps, np.random.default_rng(seed))
    diff = (w @ (ka - kb)) / (w @ na)
    lo, hi = np.quantile(diff, [alpha / 2, 1 - alpha / 2])
    return float(lo), float(hi)
