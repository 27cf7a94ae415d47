"""Judging a candidate campaign from its members' aggregated behaviour, hour by hour.

Evidence groups mirror account scoring (same units, same `score_of`, same threshold):
- intent: the collective extraction-intent rate (the members' weighted intent over their
  requests, as the account rules read it: profiles/features/intent.py), on the account
  rule's ramp for the campaign's dominant family;
- shape: capability focus, traffic on templates shared across members, a benchmark-like
  pool split across accounts (many distinct prompts, little overlap);
- coordination: synchronized activity, shared payment fingerprints, pool swaps;
- release: the share of the campaign's traffic moved to a new model within 24 h.
Each group is capped. A cluster is a campaign (guilty) only if its score reaches the
threshold *and* its intent group reaches `intent_gate`: infrastructure and workload shape
alone (a university, an enterprise, an eval lab) never make a campaign.

Time-resolved: intent, synchronized activity, payment sharing, pool swaps and the release
pivot are computed as of the end of every hour from hourly series. Capability, template
and pool-coverage shares are taken from the month's totals (profiles keep no hourly series
for them) and ramp in with the campaign's cumulative volume; they can add to a crossing but
never make one alone, because the intent gate is time-resolved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from distillwatch.detect.evidence import Evidence
from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.records import AccountRecord
from distillwatch.detect.graph.series import CampaignSeries, count_by_hour, ramp
from distillwatch.detect.rules import RULES
from distillwatch.detect.scoring import score_of
from distillwatch.profiles.context import PIVOT_WINDOW_S, ProfileContext
from distillwatch.signals.base import DISTILLATION_TARGETS

GROUP_CAPS: dict[str, float] = {"intent": 2.6, "shape": 1.6, "coordination": 0.9, "release": 0.9}

INTENT_CODES: dict[str, tuple[str, float, str]] = {
    "reasoning_extraction": ("collective_cot_elicitation", 2.6, "ask for full reasoning"),
    "reward_grading": ("collective_reward_grading", 2.6, "use the model as a grader"),
    "safe_rewrite": ("collective_safe_rewrite", 2.4, "ask for 'safe' rewrites"),
    "synthetic_data": ("collective_synthetic_data", 2.2, "ask for synthetic training data"),
}

INTENT_RAMPS: dict[str, tuple[float, float]] = {
    r.value.removesuffix("_weighted_share"): (r.lo, r.hi) for r in RULES if r.group == "intent"
}
"""Per family, where the account rule's ramp over the weighted share starts and saturates."""

TARGET_OF_CAPABILITY: dict[str, str] = {
    "math": "reasoning",
    "science": "reasoning",
    "coding": "coding",
    "agentic": "agentic",
    "grading": "grading",
    "rewriting": "rewriting",
}
TARGET_OF_INTENT: dict[str, str] = {
    "reasoning_extraction": "reasoning",
    "reward_grading": "grading",
    "safe_rewrite": "rewriting",
    "synthetic_data": "synthetic_data",
}


@dataclass
class LinkFacts:
    """What links the members, as the graph saw it (times are epoch seconds)."""

    payment_shared_at: list[float] = field(default_factory=list)
    """Per member whose payment fingerprint another member shares: when that became visible."""
    swap_at: list[float] = field(default_factory=list)
    """Pool-swap hand-offs inside the cluster: when each was observable."""


@dataclass
class Judgement:
    score: float
    guilty: bool
    crossed_at: float | None
    """End of the first hour at which the campaign's evidence reached the threshold."""
    evidence: list[Evidence]
    targets: list[str]
    groups: dict[str, float]


def _sync_series(series: CampaignSeries, cfg: GraphConfig) -> np.ndarray:
    """Mean correlation, as of each hour, of every member with the rest of the campaign."""
    x = np.log1p(series.volume)
    m, span = x.shape
    if m < 2:
        return np.zeros(span)
    o = x.sum(axis=0)[None, :] - x
    k = np.arange(1, span + 1, dtype=np.float64)[None, :]
    sx, so = np.cumsum(x, 1), np.cumsum(o, 1)
    sxx, soo, sxo = np.cumsum(x * x, 1), np.cumsum(o * o, 1), np.cumsum(x * o, 1)
    cov = sxo - sx * so / k
    den = np.sqrt(np.maximum(sxx - sx * sx / k, 0) * np.maximum(soo - so * so / k, 0))
    r = np.where(den > 0, cov / np.where(den > 0, den, 1.0), 0.0)
    active = np.cumsum(series.volume > 0, 1) >= cfg.sync_min_hours
    n_act = active.sum(0)
    out: np.ndarray = np.where(n_act >= 2, (r * active).sum(0) / np.maximum(n_act, 1), 0.0)
    return out


def _pivot_series(
    members: list[AccountRecord], series: CampaignSeries, ctx: ProfileContext
) -> tuple[np.ndarray, np.ndarray]:
    """Share of traffic on a new model in its first 24 h, and the exchanges it rests on."""
    share = np.zeros(series.span)
    n = np.zeros(series.span)
    for model, release in ctx.new_models().items():
        h0 = int(release // 3600)
        h1 = int((release + PIVOT_WINDOW_S) // 3600)
        on_new = np.zeros(series.span)
        total = np.zeros(series.span)
        for r in members:
            for m, hours in r.by_model_hour.items():
                for h, c in hours.items():
                    i = h - series.hour0
                    if h0 <= h <= h1 and 0 <= i < series.span:
                        total[i] += c
                        if m == model:
                            on_new[i] += c
        cn, ct = np.cumsum(on_new), np.cumsum(total)
        known = np.arange(series.span) + series.hour0 >= int(release // 3600)
        s = np.where(known & (ct > 0), cn / np.maximum(ct, 1), 0.0)
        better = s > share
        share = np.where(better, s, share)
        n = np.where(better, ct, n)
    return share, n


def _sum_counts(members: list[AccountRecord], attr: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in members:
        for k, c in getattr(r, attr).items():
            out[k] = out.get(k, 0) + c
    return out


def _shared_template_share(members: list[AccountRecord]) -> float:
    holders: dict[str, int] = {}
    for r in members:
        for t in r.templates:
            holders[t] = holders.get(t, 0) + 1
    tot = _sum_counts(members, "templates")
    n = sum(tot.values())
    return sum(c for t, c in tot.items() if holders[t] >= 2) / n if n else 0.0


def _pool_coverage(members: list[AccountRecord]) -> tuple[float, float]:
    """(distinct prompts summed over members, share of them not repeated across members)."""
    distinct = sum(r.distinct_prompts for r in members)
    holders: dict[str, int] = {}
    for r in members:
        for p in r.indicators.get("prompt", {}):
            holders[p] = holders.get(p, 0) + 1
    overlap = sum(c for c in holders.values() if c >= 2)
    return distinct, (1.0 - overlap / distinct) if distinct else 0.0


def judge(
    members: list[AccountRecord],
    links: LinkFacts,
    ctx: ProfileContext,
    threshold: float,
    cfg: GraphConfig,
    link_at: np.ndarray | None = None,
) -> Judgement:
    """Judge a cluster. `link_at` (per member, epoch s) is when each member's link into the
    cluster became observable: the collective intent and volume as of an hour count only
    members linked by then."""
    la = np.full(len(members), -np.inf) if link_at is None else np.asarray(link_at, np.float64)
    finite = la[np.isfinite(la)]
    series = CampaignSeries.of(members, float(finite.max()) if finite.size else None)
    vol_cum = series.linked_cumsum(series.volume, la)
    req_cum = series.linked_cumsum(series.requests, la)
    w_cum = series.linked_cumsum(series.weighted, la)
    warm = 1.0 - np.exp(-vol_cum / 20.0)
    fams = _sum_counts(members, "weighted_families")
    fam = max(fams, key=lambda f: (fams[f], f)) if fams else "reasoning_extraction"
    code, w_int, what = INTENT_CODES.get(fam, INTENT_CODES["reasoning_extraction"])
    lo, hi = INTENT_RAMPS.get(fam, INTENT_RAMPS["reasoning_extraction"])
    rate = np.where(req_cum > 0, w_cum / np.maximum(req_cum, 1), 0.0)
    intent = w_int * ramp(rate, lo, hi) * (1.0 - np.exp(-w_cum / 5.0))

    caps = _sum_counts(members, "capabilities")
    n_cap = sum(caps.values())
    target_share = (
        sum(c for k, c in caps.items() if k in DISTILLATION_TARGETS) / n_cap if n_cap else 0.0
    )
    shared_tpl = _shared_template_share(members)
    distinct, spread = _pool_coverage(members)
    cap_focus = 0.6 * float(ramp(target_share, 0.6, 0.95)) * warm
    tpl = 0.5 * float(ramp(shared_tpl, 0.3, 0.8)) * warm
    pool = (
        0.5 * float(ramp(distinct, 100, 1000) * ramp(spread, 0.8, 0.97)) * warm
        if len(members) >= 3
        else np.zeros(series.span)
    )
    shape = cap_focus + tpl + pool

    sync = _sync_series(series, cfg)
    sync_w = 0.5 * ramp(sync, 0.3, 0.7)
    pay_n = count_by_hour(links.payment_shared_at, series)
    pay_w = 0.4 * ramp(pay_n / len(members), 0.2, 0.8)
    swap_n = count_by_hour(links.swap_at, series)
    swap_w = 0.5 * (1.0 - np.exp(-swap_n))
    coordination = sync_w + pay_w + swap_w

    pivot, pivot_n = _pivot_series(members, series, ctx)
    release = 0.9 * ramp(pivot, 0.25, 0.5) * (1.0 - np.exp(-pivot_n / 10.0))

    groups_t = {"intent": intent, "shape": shape, "coordination": coordination, "release": release}
    total = sum(np.minimum(g, GROUP_CAPS[k]) for k, g in groups_t.items())
    score = 1.0 / (1.0 + np.exp(-2.0 * (np.asarray(total) - 3.0)))
    ok = (score >= threshold) & (intent >= cfg.intent_gate)
    crossed = int(np.argmax(ok)) if ok.any() else None
    last = series.span - 1
    at = last
    final = (
        float(np.max(score))
        if crossed is not None
        else float(score_of(float(np.asarray(total)[last])))
    )
    ev: list[Evidence] = []

    def add(c: str, value: float, weight: float, detail: str) -> None:
        if weight >= 0.05:
            ev.append(Evidence(code=c, value=value, detail=detail, weight=weight))

    add(
        code,
        float(rate[last]),
        float(intent[at]),
        f"{rate[last]:.0%} of the campaign's {int(req_cum[last])} requests {what} "
        f"(weighted by intent score: {w_cum[last]:.0f} requests' worth)",
    )
    add(
        "capability_focus",
        target_share,
        float(cap_focus[at]),
        f"{target_share:.0%} of the campaign's traffic on distillation targets",
    )
    add(
        "shared_templates",
        shared_tpl,
        float(tpl[at]),
        f"{shared_tpl:.0%} of requests use templates shared by several member accounts",
    )
    add(
        "pool_coverage",
        distinct,
        float(np.asarray(pool)[at]) if len(members) >= 3 else 0.0,
        f"{int(distinct)} distinct prompts split over {len(members)} accounts, "
        f"{spread:.0%} not repeated across them",
    )
    add(
        "synchronized_activity",
        float(sync[last]),
        float(sync_w[at]),
        f"members' hourly activity correlates (mean r = {sync[last]:.2f})",
    )
    add(
        "shared_payment_fingerprint",
        float(pay_n[last]),
        float(pay_w[at]),
        f"{int(pay_n[last])} of {len(members)} accounts share a payment fingerprint with another member",
    )
    add(
        "pool_swap",
        float(swap_n[last]),
        float(swap_w[at]),
        f"{int(swap_n[last])} accounts took over the behaviour of accounts that went quiet",
    )
    add(
        "release_pivot",
        float(pivot[last]),
        float(release[at]),
        f"{pivot[last]:.0%} of the campaign's traffic moved to a new model within 24 h of release",
    )
    ev.sort(key=lambda e: (-e.weight, e.code))

    targets = sorted(
        {
            TARGET_OF_CAPABILITY[k]
            for k, c in caps.items()
            if k in TARGET_OF_CAPABILITY and n_cap and c / n_cap >= 0.15
        }
        | ({TARGET_OF_INTENT[fam]} if fams else set())
    )
    return Judgement(
        score=final,
        guilty=crossed is not None,
        crossed_at=series.end_of_hour(crossed) if crossed is not None else None,
        evidence=ev,
        targets=targets,
        groups={k: float(np.asarray(g)[at]) for k, g in groups_t.items()},
    )
