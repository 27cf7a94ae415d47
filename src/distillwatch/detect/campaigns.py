"""The scan's campaign stage: build the campaign graph from replayed accounts, judge its
clusters, and raise the members of guilty campaigns (causally) in place.

A member of a guilty campaign is flagged no earlier than both the end of the hour in which
the campaign's collective evidence crossed the threshold and the moment its own link into
the campaign was observable (and never before its account existed). Members already flagged
on their own keep their earlier, own flag time. Benign clusters change nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np

from distillwatch.contract.exchange import AccountInfo
from distillwatch.detect.evidence import Evidence
from distillwatch.detect.graph import AccountRecord, CampaignGraph, Cluster, GraphConfig, load, save
from distillwatch.detect.graph.persist import load_config
from distillwatch.detect.scoring import Scorer, total_of
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.profile import AccountProfile
from distillwatch.scan.outputs import CampaignFinding, reasons_of, ts_str
from distillwatch.scan.stages import AccountResult, campaign_record


def graph_config(graph_dir: str | Path | None, cfg: GraphConfig | None = None) -> GraphConfig:
    """The config the campaign graph will use: a saved graph's own, else `cfg` or the default
    (records built ahead, e.g. in replay workers, must use it)."""
    if graph_dir is not None and (Path(graph_dir) / "state.msgpack").exists():
        return load_config(graph_dir)
    return cfg or GraphConfig()


def build_graph(
    results: list[AccountResult],
    accounts: dict[str, AccountInfo],
    ctx: ProfileContext,
    scorer: Scorer,
    cfg: GraphConfig | None = None,
    graph_dir: str | Path | None = None,
    records: list[bytes] | None = None,
) -> CampaignGraph:
    """The campaign graph of these accounts. With `graph_dir` holding yesterday's graph (an
    incremental scan, whose results are each account's state so far), only accounts whose
    state changed are relinked; the graph is saved back there. `records` (msgpack
    `AccountRecord`s, one per result, built with `graph_config(graph_dir, cfg)`) spare
    decoding the results' profiles."""
    previous = Path(graph_dir) if graph_dir is not None else None
    if previous is not None and (previous / "state.msgpack").exists():
        graph = load(previous)
    else:
        graph = CampaignGraph(cfg=cfg or GraphConfig())
    # A scan builds the graph once: per-account derived arrays need not outlive the build.
    graph.cache_derived = False
    recs: list[AccountRecord | bytes] | Iterator[AccountRecord]
    if records is not None:
        assert len(records) == len(results), "one record per result"
        recs = list(records)
    else:
        recs = (
            campaign_record(
                r, AccountProfile.from_bytes(r.profile), accounts.get(r.account_id), graph.cfg
            )
            for r in results
        )
    if graph.records:
        graph.update(recs, ctx, scorer.threshold, replace=True)
    else:
        graph.add(recs)
        graph.rebuild(ctx, scorer.threshold)
    if previous is not None:
        save(graph, previous)
    return graph


def _member_evidence(c: Cluster) -> list[Evidence]:
    """`campaign_member` and the campaign's top reasons, each code once (the member line
    names the campaign; the reasons follow it, not repeated inside it)."""
    j = c.judgement
    top = max((e.weight for e in j.evidence), default=0.0)
    member = Evidence(
        code="campaign_member",
        value=round(j.score, 4),
        detail=f"member of campaign {c.campaign_id} ({len(c.members)} accounts)",
        weight=top + 1.0,
    )
    out = [member]
    for e in j.evidence:
        if len(out) > 3:
            break
        if e.code not in {x.code for x in out}:
            out.append(e)
    return out


def apply_campaign(c: Cluster, by_id: dict[str, AccountResult], threshold: float) -> None:
    """Set campaign ids and raise members of a guilty campaign, respecting time."""
    j = c.judgement
    crossed = j.crossed_at if j.crossed_at is not None else np.inf
    extra = _member_evidence(c)
    for a in c.members:
        r = by_id.get(a)
        if r is None:
            continue
        r.campaign_id = c.campaign_id
        at = max(crossed, c.link_at.get(a, np.inf))
        if not np.isfinite(at):
            continue
        if j.score > r.score:
            r.score = j.score
            r.total = max(r.total, total_of(j.score))
        r.evidence = extra + [e for e in r.evidence if e.code not in {x.code for x in extra}]
        if r.flagged and r.flagged_at is not None and r.flagged_at <= at:
            continue
        times = r.times()
        r.flagged = True
        r.flagged_at = float(at)
        r.exchanges_before_flag = int(np.searchsorted(times, at, side="right"))
        r.score = max(r.score, threshold)


def finding_of(c: Cluster, by_id: dict[str, AccountResult]) -> CampaignFinding:
    j = c.judgement
    first: list[float] = []
    last: list[float] = []
    exchanges = 0
    for a in c.members:
        r = by_id.get(a)
        if r is None or r.exchanges == 0:
            continue
        t = r.times()
        first.append(float(t[0]))
        last.append(float(t[-1]))
        exchanges += r.exchanges
    link_reasons = [
        Evidence(
            code=code,
            value=n,
            detail=f"{n} of {len(c.members)} accounts share this with another member",
        )
        for code, n in sorted(c.links.items(), key=lambda kv: (-kv[1], kv[0]))
        if code not in {e.code for e in j.evidence}
    ]
    return CampaignFinding(
        campaign_id=c.campaign_id or "",
        accounts=sorted(c.members),
        score=round(j.score, 6),
        exchanges=exchanges,
        first_seen=ts_str(min(first)) or "" if first else "",
        last_seen=ts_str(max(last)) or "" if last else "",
        targets=j.targets,
        reasons=reasons_of(j.evidence + link_reasons, limit=12),
    )


def find_campaigns(
    results: list[AccountResult],
    accounts: dict[str, AccountInfo],
    ctx: ProfileContext,
    scorer: Scorer,
    cfg: GraphConfig | None = None,
    graph_dir: str | Path | None = None,
    records: list[bytes] | None = None,
) -> list[CampaignFinding]:
    """Detect campaigns among replayed accounts; update member results in place. With
    `graph_dir`, the campaign graph is kept there between runs (see `build_graph`)."""
    if not results:
        return []
    graph = build_graph(results, accounts, ctx, scorer, cfg, graph_dir, records)
    by_id = {r.account_id: r for r in results}
    campaigns = sorted(graph.campaigns, key=lambda c: c.campaign_id or "")
    for c in campaigns:
        apply_campaign(c, by_id, scorer.threshold)
    return [finding_of(c, by_id) for c in campaigns]
