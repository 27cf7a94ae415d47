"""A campaign's hourly series: its members' traffic summed hour by hour.

Everything a campaign is judged on that changes over time is computed from these series
cumulatively, so the judgement "as of hour h" uses only exchanges up to the end of hour h.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from distillwatch.detect.graph.records import AccountRecord


@dataclass
class CampaignSeries:
    hour0: int
    volume: np.ndarray  # members × hours, exchanges
    requests: np.ndarray  # members × hours, requests counted for intent (repeats once)
    weighted: np.ndarray  # members × hours, their weighted intent (requests' worth)

    @property
    def span(self) -> int:
        return int(self.volume.shape[1])

    def end_of_hour(self, i: int) -> float:
        """Epoch seconds at which hour index i is complete (its evidence is known)."""
        return float((self.hour0 + i + 1) * 3600)

    def index_of(self, ts: float) -> int:
        """Hour index holding `ts`, clipped to the series (earlier times map to 0)."""
        return int(min(max(int(ts // 3600) - self.hour0, 0), self.span - 1))

    @classmethod
    def of(cls, members: list[AccountRecord], until: float | None = None) -> CampaignSeries:
        """Series over the members' active hours, extended to the hour holding `until`."""
        hs = [h for r in members for h in r.hours]
        h0 = min(hs) if hs else 0
        h1 = max(hs) if hs else 0
        if until is not None and np.isfinite(until):
            h1 = max(h1, int(until // 3600))
        span = h1 - h0 + 1
        vol = np.zeros((len(members), span))
        req = np.zeros((len(members), span))
        wtd = np.zeros((len(members), span))
        for i, r in enumerate(members):
            for h, c in r.hours.items():
                vol[i, h - h0] += c
            for h, c in r.request_hours.items():
                if 0 <= h - h0 < span:
                    req[i, h - h0] += c
            for h, c in r.weighted_hours.items():
                if 0 <= h - h0 < span:
                    wtd[i, h - h0] += c / 1000
        return cls(h0, vol, req, wtd)

    def known(self, link_at: np.ndarray) -> np.ndarray:
        """members × hours: is the member's link to the campaign observable by the hour's end?"""
        ends = (self.hour0 + np.arange(self.span) + 1) * 3600.0
        out: np.ndarray = link_at[:, None] <= ends[None, :]
        return out

    def linked_cumsum(self, x: np.ndarray, link_at: np.ndarray) -> np.ndarray:
        """Per hour: the sum so far over the members linked by then (all their exchanges so
        far count once their link is known; none before)."""
        out: np.ndarray = (np.cumsum(x, axis=1) * self.known(link_at)).sum(axis=0)
        return out


def ramp(x: np.ndarray | float, lo: float, hi: float) -> np.ndarray:
    out: np.ndarray = np.clip((np.asarray(x, np.float64) - lo) / (hi - lo), 0.0, 1.0)
    return out


def count_by_hour(times: list[float], series: CampaignSeries) -> np.ndarray:
    """How many of `times` have happened by the end of each hour."""
    out = np.zeros(series.span)
    for t in times:
        if np.isfinite(t) and int(t // 3600) - series.hour0 < series.span:
            out[series.index_of(t) :] += 1
    return out
