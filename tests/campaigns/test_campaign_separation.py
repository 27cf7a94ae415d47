"""Shared benchmark content does not make a campaign: eval runners that send the same
benchmark items as a guilty cell stay out of it, two cells drawing on one benchmark pool stay
two campaigns, content links need corroboration, proxy pools link by overlap, and a member's
reasons name each evidence code once."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from campaign_builders import DAY, T0, Spec, background, context, infos, replay
from campaign_scenarios import hydra

from distillwatch.detect.campaigns import find_campaigns
from distillwatch.detect.graph import GraphConfig
from distillwatch.detect.graph.indicators import KIND_INDEX, IndicatorTable
from distillwatch.detect.graph.links import edges_from, indicator_contributions, pair_totals
from distillwatch.detect.scoring import Scorer
from distillwatch.scan.outputs import CampaignFinding
from distillwatch.scan.stages import AccountResult

BENCH_TEMPLATES = ("t-bench-math-1", "t-bench-math-2", "t-bench-mcq")


def run(
    specs: list[Spec], cfg: GraphConfig | None = None
) -> tuple[dict[str, AccountResult], list[CampaignFinding]]:
    ctx = context(specs)
    results = replay(specs, ctx)
    found = find_campaigns(results, infos(specs), ctx, Scorer(), cfg)
    return {r.account_id: r for r in results}, found


def eval_runners(k: int = 6) -> list[Spec]:
    """Benign labs running the same benchmark items (templates and exact prompts) as the
    cell, each on its own card, domain and network, with a popular SDK."""
    return [
        Spec(
            acct=f"eval-{i}",
            start=T0 + DAY + i * 3600.0,
            n=80,
            gap=300.0,
            templates=BENCH_TEMPLATES,
            capability="math",
            prompt_prefix="bench",
            ips=(f"192.0.{i}.0/24",),
            asn=64600 + i,
            info={
                "payment_fingerprint": f"pay-lab-{i}",
                "email_domain": f"lab{i}.example.org",
                "signup_channel": "standard",
                "created_at": T0 - (30 + 5 * i) * DAY,
            },
        )
        for i in range(k)
    ]


def bench_cell(name: str, tls: str, ua: str, net: int, start: float, signup: float) -> list[Spec]:
    """A harvesting cell on its own infrastructure (card, rig, proxy /24s, signup cohort,
    working hours), wrapping the shared benchmark items."""
    return [
        Spec(
            acct=f"{name}-{i}",
            start=start,
            n=120,
            gap=300.0,
            intent_share=0.7,
            templates=BENCH_TEMPLATES,
            capability="math",
            prompt_prefix="bench",
            ips=(f"100.{net}.{i}.0/24", f"100.{net}.9.0/24"),
            asn=65000 + net,
            tls=tls,
            ua=ua,
            info={
                "payment_fingerprint": f"pay-{name}-{i // 3}",
                "email_domain": f"{name}.example.io",
                "signup_channel": "startup",
                "created_at": signup + i * 3600.0,
            },
        )
        for i in range(6)
    ]


def test_eval_runners_sharing_benchmark_items_with_a_guilty_cell_stay_out_of_it() -> None:
    cell = [replace(s, templates=BENCH_TEMPLATES, prompt_prefix="bench") for s in hydra()]
    specs = background() + eval_runners() + cell
    by_id, found = run(specs)
    assert len(found) == 1
    assert set(found[0].accounts) == {s.acct for s in cell}
    for a, r in by_id.items():
        if a.startswith("eval"):
            assert r.campaign_id is None and not r.flagged, a


def test_eval_runners_would_join_the_cell_with_content_links_alone() -> None:
    """The same population with the old rules (content counted alone, no spread discount,
    coarse clustering) pulls the eval runners into the campaign: the test above can fail."""
    cell = [replace(s, templates=BENCH_TEMPLATES, prompt_prefix="bench") for s in hydra()]
    old = GraphConfig(
        spread_power=0.0, uncorroborated_factor=1.0, resolution=0.05, member_min_link=0.0
    )
    by_id, _ = run(background() + eval_runners() + cell, old)
    assert any(r.campaign_id is not None for a, r in by_id.items() if a.startswith("eval"))


def test_two_cells_sharing_a_benchmark_pool_stay_two_campaigns() -> None:
    a = bench_cell(
        "alpha", "t13d1812h1_rig_a", "python-requests/2.31.0", 64, T0 + DAY, T0 - 2 * DAY
    )
    b = bench_cell("beta", "t13d1913h2_rig_b", "aiohttp/3.9.5", 72, T0 + 2.5 * DAY, T0 - 20 * DAY)
    specs = background() + eval_runners() + a + b
    by_id, found = run(specs)
    groups = sorted(sorted(f.accounts) for f in found)
    assert groups == sorted([sorted(s.acct for s in a), sorted(s.acct for s in b)])
    assert not any(r.campaign_id for x, r in by_id.items() if x.startswith(("eval", "bg")))


def test_member_reasons_name_each_code_once() -> None:
    by_id, found = run(background() + hydra())
    assert found
    for a in found[0].accounts:
        codes = [e.code for e in by_id[a].evidence]
        assert len(codes) == len(set(codes)), codes
        details = [e.detail for e in by_id[a].evidence]
        assert len(details) == len(set(details)), details
        head = by_id[a].evidence[0]
        assert head.code == "campaign_member"
        assert by_id[a].evidence[1].detail not in head.detail


def _rows(rows: list[tuple[int, str, int, float]]) -> IndicatorTable:
    """(account, kind, value, first seen) rows."""
    return IndicatorTable(
        np.array([r[0] for r in rows], np.int32),
        np.array([KIND_INDEX[r[1]] for r in rows], np.int8),
        np.array([r[2] for r in rows], np.int64),
        np.array([r[3] for r in rows], np.float64),
    )


def test_content_alone_makes_no_edge_and_counts_from_corroboration_on() -> None:
    cfg = GraphConfig()
    n = 200
    content = [(a, k, 10 + j, 0.0) for a in (0, 1) for j, k in enumerate(("prompt", "template"))]
    pt = pair_totals(indicator_contributions(_rows(content), n, cfg))
    assert len(pt.pair) == 0
    # The same content plus a shared card seen at t=50: the edge exists only from then.
    card = [(0, "payment", 99, 50.0), (1, "payment", 99, 50.0)]
    c = indicator_contributions(_rows(content + card), n, cfg)
    assert c.at.min() == 50.0
    e = edges_from(c, n, cfg)
    assert len(e) == 1 and e.at[0] == 50.0
    assert e.weight[0] > cfg.kind_weights["payment"]


def test_benchmark_item_held_across_many_unlinked_groups_is_discounted() -> None:
    cfg = GraphConfig()
    n = 200
    # Accounts 0-1 share a card; accounts 2..21 are strangers. Prompt 7 is held by all of
    # them (a benchmark item); prompt 8 only by the pair (their harness).
    rows = [(0, "payment", 1, 0.0), (1, "payment", 1, 0.0)]
    rows += [(a, "prompt", 7, 0.0) for a in range(22)]
    rows += [(a, "prompt", 8, 0.0) for a in (0, 1)]
    c = indicator_contributions(_rows(rows), n, cfg)
    prompt = KIND_INDEX["prompt"]
    only_bench = indicator_contributions(_rows([r for r in rows if r[2] != 8]), n, cfg)
    w_bench = only_bench.delta[(only_bench.kind == prompt) & (only_bench.pair == 1)].sum()
    w_both = c.delta[(c.kind == prompt) & (c.pair == 1)].sum()
    assert 0 < w_bench < 0.1 * cfg.kind_weights["prompt"]
    assert abs(w_both - cfg.kind_weights["prompt"]) < 1e-9  # the rare harness prompt: full


def test_proxy_pools_link_by_overlap_not_by_a_few_coincidences() -> None:
    cfg = GraphConfig()
    n = 400
    pool_a = list(range(1000, 1100))
    rows = [(0, "ip_prefix", v, 0.0) for v in pool_a]
    rows += [(1, "ip_prefix", v, 0.0) for v in pool_a[:60] + list(range(2000, 2040))]
    rows += [(2, "ip_prefix", v, 0.0) for v in pool_a[:2] + list(range(3000, 3098))]
    pt = pair_totals(indicator_contributions(_rows(rows), n, cfg))
    w = dict(zip(pt.pair.tolist(), pt.total.tolist(), strict=True))
    full = cfg.kind_weights["ip_prefix"] * cfg.kind_caps["ip_prefix"]
    assert abs(w[0 * n + 1] - full) < 1e-9  # same proxy pool
    assert w[0 * n + 2] < 0.1 * full  # two /24s in common out of 100
    assert full < cfg.min_link  # still weak alone
