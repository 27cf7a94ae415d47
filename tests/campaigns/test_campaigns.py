"""Campaign detection on small hand-built populations: benign clusters stay benign, guilty
clusters flag their quiet members, pool swaps link, relays are judged by their harvest, and
every campaign-derived flag respects time."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from campaign_builders import DAY, HOUR, T0, Spec, background, context, facts_of, infos, replay
from campaign_scenarios import ATTACK, enterprise, hydra, relay, university

from distillwatch.detect.campaigns import build_graph, find_campaigns
from distillwatch.detect.scoring import Scorer


def run(specs: list[Spec], until: float | None = None):
    ctx = context(specs)
    results = replay(specs, ctx, until)
    found = find_campaigns(results, infos(specs), ctx, Scorer())
    return {r.account_id: r for r in results}, found


def test_benign_clusters_are_found_but_not_campaigns() -> None:
    specs = background() + university() + enterprise()
    ctx = context(specs)
    results = replay(specs, ctx)
    graph = build_graph(results, infos(specs), ctx, Scorer())
    clusters = [set(c.members) for c in graph.benign_clusters]
    uni = {s.acct for s in university()}
    ent = {s.acct for s in enterprise()}
    assert any(len(c & uni) >= 6 for c in clusters), clusters
    assert any(c >= ent for c in clusters), clusters
    assert graph.campaigns == []
    by_id, found = run(specs)
    assert found == []
    assert not any(
        r.flagged or r.campaign_id for a, r in by_id.items() if a.startswith(("uni", "ent"))
    )


def test_guilty_cluster_flags_its_quiet_members() -> None:
    specs = background() + university() + hydra()
    by_id, found = run(specs)
    assert len(found) == 1
    c = found[0]
    cell = {s.acct for s in hydra()}
    assert set(c.accounts) == cell
    codes = [r.code for r in c.reasons]
    assert codes[0] == "collective_cot_elicitation"
    assert "shared_payment_fingerprint" in codes and "reasoning" in c.targets
    quiet = [by_id[a] for a in cell if "quiet" in a]
    assert not any(r.evidence and r.evidence[0].code == "cot_elicitation_rate" for r in quiet)
    for a in cell:
        r = by_id[a]
        assert r.flagged and r.campaign_id == c.campaign_id, a
        assert r.score >= Scorer().threshold
        assert r.exchanges_before_flag == int(
            np.searchsorted(r.times(), r.flagged_at, side="right")
        )
    for r in quiet:
        assert r.evidence[0].code == "campaign_member"
    # Bystanders are untouched.
    assert not any(r.flagged for a, r in by_id.items() if a.startswith(("bg", "uni")))


@pytest.mark.parametrize(("score", "guilty"), [(0.95, True), (0.5, True), (0.15, False)])
def test_collective_intent_reads_request_scores_not_flags(score: float, guilty: bool) -> None:
    """Harvest requests scoring 0.5 are never flagged, yet are a campaign's intent evidence
    (the judge reads weighted intent); at 0.15, honest noise, the same cell is no campaign."""
    cell = [replace(s, intent_score=score) for s in hydra()]
    _, found = run(background() + university() + cell)
    assert bool(found) == guilty
    if guilty:
        assert found[0].reasons[0].code == "collective_cot_elicitation"
        assert set(found[0].accounts) == {s.acct for s in cell}


def test_quiet_member_alone_is_not_flagged_without_the_campaign() -> None:
    """Control: the quiet members are flagged only because of the campaign."""
    specs = background() + [s for s in hydra() if "quiet" in s.acct]
    by_id, found = run(specs)
    assert found == []
    assert not any(r.flagged for r in by_id.values())


def test_flag_never_precedes_campaign_evidence_or_own_link() -> None:
    late = T0 + 6 * DAY
    specs = background() + hydra(quiet_created=late)
    ctx = context(specs)
    results = replay(specs, ctx)
    graph = build_graph(results, infos(specs), ctx, Scorer())
    camp = graph.campaigns[0]
    crossed = camp.judgement.crossed_at
    assert crossed is not None
    by_id, _ = run(specs)
    for a in camp.members:
        r = by_id[a]
        assert r.flagged_at is not None
        own = r.flagged_at  # either own flag (earlier) or campaign-derived
        if r.evidence[0].code == "campaign_member" and "quiet" in a:
            assert own >= crossed
            assert own >= camp.link_at[a] >= late  # created late: no link before it existed
            assert own > crossed  # the campaign was guilty long before this account existed
    # The same logs cut an hour before the crossing: no campaign yet.
    _, before = run(specs, until=crossed - HOUR - 1)
    assert before == []


def test_pool_swap_links_replacements_to_the_old_campaign() -> None:
    shared = dict(
        tls="t13d1913h2_swaprig",
        ua="aiohttp/3.9.5",
        templates=("t-swap-1", "t-swap-2"),
        capability="coding",
    )
    old = [
        Spec(
            acct=f"old-{i}",
            start=T0 + i * HOUR,
            n=200,
            gap=600.0,
            intent_share=0.6,
            ips=(f"100.70.{i}.0/24",),
            asn=65200 + i,
            info={
                "payment_fingerprint": "pay-old",
                "signup_channel": "edu",
                "created_at": T0 - DAY,
            },
            **shared,
        )
        for i in range(2)
    ]
    old_end = max(s.start + s.n * s.gap * 1.5 for s in old)
    new = [
        Spec(
            acct=f"new-{i}",
            start=old_end + 1.5 * DAY + i * HOUR,
            n=150,
            gap=600.0,
            intent_share=0.6,
            ips=(f"100.71.{i}.0/24",),
            asn=65300 + i,
            info={
                "payment_fingerprint": f"pay-new-{i}",
                "signup_channel": "standard",
                "created_at": old_end + DAY,
            },
            **shared,
        )
        for i in range(2)
    ]
    specs = background() + old + new
    ctx = context(specs)
    results = replay(specs, ctx)
    graph = build_graph(results, infos(specs), ctx, Scorer())
    assert graph.swaps is not None
    ids = {r.account_id: i for i, r in enumerate(graph.records)}
    pairs = {
        (graph.records[o].account_id, graph.records[n].account_id)
        for o, n in zip(graph.swaps.old, graph.swaps.new, strict=True)
    }
    assert ("old-0", "new-0") in pairs and ("old-1", "new-1") in pairs
    assert not any(a.startswith("new") and b.startswith("new") for a, b in pairs)
    assert all(a in ids for a, _ in pairs)
    by_id, found = run(specs)
    assert len(found) == 1
    assert set(found[0].accounts) == {"old-0", "old-1", "new-0", "new-1"}
    assert "pool_swap" in [r.code for r in found[0].reasons]
    assert by_id["new-0"].campaign_id == by_id["old-0"].campaign_id


def test_relay_with_harvest_is_flagged_clean_router_is_not() -> None:
    specs = [*background(), relay("relay-1", 0.3), relay("router-1", 0.01), relay("router-2", 0.0)]
    by_id, found = run(specs)
    r = by_id["relay-1"]
    assert r.flagged and r.campaign_id is not None
    assert "relay_harvest" in [e.code for e in r.evidence]
    assert [f.campaign_id for f in found] == [r.campaign_id]
    assert found[0].reasons[0].code == "relay_harvest"
    for router in ("router-1", "router-2"):
        assert not by_id[router].flagged and by_id[router].campaign_id is None


def test_a_router_re_sending_a_few_flagged_prompts_is_not_a_harvesting_relay() -> None:
    """The same 30% harvest share, but every flagged request is one of two prompts."""
    from dataclasses import replace

    cycled = replace(relay("router-cycled", 0.3), harvest_prompts=2)
    by_id, found = run([*background(), cycled, relay("relay-1", 0.3)])
    assert by_id["relay-1"].flagged and "relay_harvest" in [
        e.code for e in by_id["relay-1"].evidence
    ]
    assert "relay_harvest" not in [e.code for e in by_id["router-cycled"].evidence]
    assert by_id["router-cycled"].campaign_id is None
    assert [f.campaign_id for f in found] == [by_id["relay-1"].campaign_id]


def test_relay_is_judged_by_harvest_share_not_volume() -> None:
    """The same relay with its harvest share below the floor stays unflagged."""
    specs = [*background(), relay("relay-low", 0.03)]
    by_id, found = run(specs)
    assert not by_id["relay-low"].flagged and found == []


def test_harvest_counts_for_the_campaign_only_once_its_account_is_linked() -> None:
    """A harvester that joins the cell's rig on day 5 brings its harvest in from day 5 only."""
    quiet = [s for s in hydra() if "quiet" in s.acct]
    joins = T0 + 5 * DAY
    own = dict(
        info={
            "payment_fingerprint": "pay-solo",
            "signup_channel": "standard",
            "created_at": T0 - 10 * DAY,
        },
        capability="math",
        ips=("100.80.0.0/24",),
        asn=65400,
    )
    loud = [
        Spec(
            acct="late-linker",
            start=T0,
            n=30,
            gap=10000.0,
            intent_share=0.0,
            templates=("t-solo",),
            **own,
        ),
        Spec(
            acct="late-linker",
            start=joins,
            n=200,
            gap=240.0,
            intent_share=0.7,
            tls=ATTACK["tls"],
            ua=ATTACK["ua"],
            templates=ATTACK["templates"],
            **own,
        ),
    ]
    specs = background() + quiet + loud
    ctx = context(specs)
    results = replay(specs, ctx)
    graph = build_graph(results, infos(specs), ctx, Scorer())
    [camp] = graph.campaigns
    assert "late-linker" in camp.members
    assert camp.link_at["late-linker"] >= joins
    assert camp.judgement.crossed_at is not None and camp.judgement.crossed_at >= joins


@pytest.mark.parametrize("cut_days", [2.0, 4.0])
def test_campaign_flags_are_stable_under_later_data(cut_days: float) -> None:
    """Flags made with the data up to a day are unchanged by the data that follows it."""
    specs = background() + hydra()
    full, _ = run(specs)
    cut = T0 + cut_days * DAY
    partial, _ = run(specs, until=cut)
    for a, r in partial.items():
        if r.flagged_at is not None and r.campaign_id is not None:
            assert full[a].flagged_at is not None
            assert full[a].flagged_at <= r.flagged_at + 1e-6, a


def test_harvesting_relays_sharing_a_harness_form_one_campaign() -> None:
    specs = [*background(), relay("relay-1", 0.3), relay("relay-2", 0.25), relay("router-1", 0.01)]
    by_id, found = run(specs)
    assert len(found) == 1 and set(found[0].accounts) == {"relay-1", "relay-2"}
    assert by_id["relay-1"].campaign_id == by_id["relay-2"].campaign_id == found[0].campaign_id
    assert by_id["router-1"].campaign_id is None and not by_id["router-1"].flagged
    # Each relay is flagged by its own harvest, never earlier: by the time it is flagged it
    # has sent at least the intent rules' minimum (3) of harvest requests itself.
    spec = {s.acct: s for s in specs}
    for a in ("relay-1", "relay-2"):
        r = by_id[a]
        assert r.flagged_at is not None
        own = [f.ts for f in facts_of(spec[a]) if f.intent_flagged and f.ts <= r.flagged_at]
        assert len(own) >= 3, (a, len(own))
