"""Request times for one account-day: sessions at profile-weighted hours, gamma gaps inside.

Vectorised with numpy: one call returns every timestamp of the day with its session number.
"""

from __future__ import annotations

import numpy as np

from distillwatch.simulate.config import HOUR_PROFILES, Timing

_PROFILES = {k: np.asarray(v, dtype=float) / sum(v) for k, v in HOUR_PROFILES.items()}


def day_times(
    rng: np.random.Generator,
    t: Timing,
    n: int,
    day_start: float,
    tz: int,
    bursts: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(times, session index) for `n` requests on the day starting at `day_start` (UTC epoch).

    `bursts`: campaign-wide session start times (epoch) that synced cells start near.
    """
    if n <= 0:
        return np.empty(0), np.empty(0, dtype=np.int64)
    # session sizes: log-normal around session_median, until they cover n requests
    k = max(1, int(np.ceil(n / max(1.0, t.session_median))) * 2 + 2)
    sizes = np.maximum(
        1, np.rint(t.session_median * rng.lognormal(0.0, t.session_sigma, k))
    ).astype(np.int64)
    cum = np.cumsum(sizes)
    while cum[-1] < n:  # a run of small sessions: draw more until they cover n requests
        more = np.maximum(
            1, np.rint(t.session_median * rng.lognormal(0.0, t.session_sigma, k))
        ).astype(np.int64)
        sizes = np.concatenate([sizes, more])
        cum = np.cumsum(sizes)
    m = int(np.searchsorted(cum, n)) + 1
    sizes = sizes[:m].copy()
    sizes[-1] -= int(cum[m - 1] - n)
    sizes = sizes[sizes > 0]
    m = len(sizes)
    if bursts is not None and len(bursts):
        starts = bursts[rng.integers(0, len(bursts), m)] + rng.normal(0.0, 600.0, m)
    else:
        prof = _PROFILES.get(t.hour_profile, _PROFILES["flat"])
        local_hours = rng.choice(24, size=m, p=prof)
        starts = day_start + ((local_hours - tz) % 24) * 3600.0 + rng.uniform(0, 3600.0, m)
    session = np.repeat(np.arange(m, dtype=np.int64), sizes)
    gaps = rng.gamma(t.gap_shape, t.gap_scale_s, n)
    if t.p_long_gap > 0:
        long = rng.random(n) < t.p_long_gap
        gaps[long] = rng.gamma(t.long_gap_shape, t.long_gap_scale_s, int(long.sum()))
    # first request of each session starts at the session start
    first = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    gaps[first] = 0.0
    csum = np.cumsum(gaps)
    offsets = csum - np.repeat(csum[first], sizes)
    times = np.repeat(starts, sizes) + offsets
    return times, session
