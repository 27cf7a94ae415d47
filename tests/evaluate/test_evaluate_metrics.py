"""Metrics on the hand-made example in conftest.py; every expected number is worked out by
hand in the comments from the fixture, not read back from the code."""

from __future__ import annotations

import pytest
from evaluate_fixtures import DETECTED, FLAGGED

from distillwatch.evaluate.inputs import AccountFinding, LabelRecord
from distillwatch.evaluate.intervals import Rate, clopper_pearson
from distillwatch.evaluate.metrics import account_metrics, campaign_metrics, leak_fraction


def test_account_metrics(labels: dict[str, LabelRecord]) -> None:
    m = account_metrics(labels, FLAGGED)
    # attack: a1..a7, flagged a1..a5 -> 5/7; benign: b1..b7, flagged b1, b6 -> 2/7
    assert (m.tp, m.fn, m.fp, m.tn) == (5, 2, 2, 5)
    assert m.recall == Rate(5, 7)
    assert m.false_positive_rate == Rate(2, 7)
    assert m.precision == Rate(5, 7)
    assert m.recall.interval == clopper_pearson(5, 7)
    rows = {(g.persona, g.label): g for g in m.by_persona}
    assert rows["hydra", "attack"].rate == Rate(4, 4)
    assert rows["relay", "attack"].rate == Rate(1, 2)
    assert rows["solo", "attack"].rate == Rate(0, 1)
    assert rows["eval_runner", "benign"].rate == Rate(1, 5)
    assert rows["chat_app", "benign"].rate == Rate(1, 2)
    assert rows["eval_runner", "benign"].metric == "false_positive_rate"
    # one-vs-rest precision: hydra 4 / (4 + all 2 FP); eval_runner all 5 TP / (5 + its 1 FP)
    assert rows["hydra", "attack"].precision == Rate(4, 6)
    assert rows["eval_runner", "benign"].precision == Rate(5, 6)
    # per campaign: c1 (a1-a4) 4/4, c2 (a5, a6) 1/2, the solo a7 its own cluster 0/1
    assert m.by_campaign == {"c1": (4, 4), "c2": (1, 2), "solo:a7": (0, 1)}
    lo, hi = m.recall_interval_by_campaign
    assert lo <= m.recall.interval[0] and hi >= m.recall.interval[1]
    assert m.as_dict()["recall_clustered_by_campaign"]["clusters"] == 3
    # attack personas first, then benign, each alphabetical
    assert [g.persona for g in m.by_persona] == [
        "hydra",
        "relay",
        "solo",
        "chat_app",
        "eval_runner",
    ]


def test_account_metrics_mixed_persona_and_empty_flags() -> None:
    labels = {
        "p": LabelRecord(account_id="p", label="attack", persona="router"),
        "q": LabelRecord(account_id="q", label="benign", persona="router"),
        "r": LabelRecord(account_id="r", label="benign"),
    }
    m = account_metrics(labels, set())
    assert {(g.persona, g.label) for g in m.by_persona} == {
        ("router", "attack"),
        ("router", "benign"),
        ("(unknown)", "benign"),
    }
    assert m.precision == Rate(0, 0) and m.precision.value is None
    assert m.recall == Rate(0, 1) and m.false_positive_rate == Rate(0, 2)


def test_campaign_recall_purity_and_split(labels: dict[str, LabelRecord]) -> None:
    c = campaign_metrics(labels, FLAGGED, DETECTED)
    # c1: 4/4 flagged -> detected; c2: 1/2 -> not. a7 has no campaign.
    assert c.recall == Rate(1, 2)
    assert c.solo_attack_accounts == 1
    purity = {d.campaign_id: d for d in c.detected}
    assert purity["D1"].purity == pytest.approx(3 / 4)  # a1..a3 of c1, b1 benign
    assert purity["D1"].benign == 1 and purity["D1"].dominant == "c1"
    assert purity["D2"].purity == pytest.approx(1 / 2)  # a4 (c1) and a5 (c2)
    assert purity["D3"].purity == 1.0 and purity["D3"].labeled == 1  # only a7 labeled
    assert purity["D4"].purity is None  # nothing labeled
    assert c.mean_purity == pytest.approx((0.75 + 0.5 + 1.0) / 3)
    s = c.purity_summary()
    assert s["n"] == 3 and s["pure"] == 1 and s["unlabeled_campaigns"] == 1
    assert s["min"] == 0.5 and s["median"] == 0.75 and s["max"] == 1.0
    assert [h["count"] for h in s["histogram"]] == [0, 2, 0, 1]
    truth = {t.campaign_id: t for t in c.true_campaigns}
    assert truth["c1"].pieces == {"D1": 3, "D2": 1} and truth["c1"].unassigned == 0
    assert truth["c1"].largest_piece_share == pytest.approx(0.75)
    assert truth["c2"].pieces == {"D2": 1} and truth["c2"].unassigned == 1
    split = c.split_summary()
    assert split["detected_campaigns_per_true_campaign"] == {"1": 1, "2": 1}
    assert split["mean_pieces"] == pytest.approx(1.5)


def test_campaign_threshold_is_inclusive() -> None:
    labels = {
        f"a{i}": LabelRecord(account_id=f"a{i}", label="attack", campaign_id="c", persona="p")
        for i in range(5)
    }
    assert campaign_metrics(labels, {"a0", "a1", "a2", "a3"}, {}).recall == Rate(1, 1)  # 4/5 = 80%
    assert campaign_metrics(labels, {"a0", "a1", "a2"}, {}).recall == Rate(0, 1)  # 60%
    assert campaign_metrics(labels, {"a0", "a1", "a2"}, {}, threshold=0.6).recall == Rate(1, 1)
    with pytest.raises(ValueError, match="threshold"):
        campaign_metrics(labels, set(), {}, threshold=0.0)


def test_leak_fraction(labels: dict[str, LabelRecord], findings: dict[str, AccountFinding]) -> None:
    leak = leak_fraction(labels, findings)
    # a1 10/100, a2 0/50, a3 flagged without a count -> 20/20, a4 not scanned,
    # a5 5/10, a6 unflagged 30/30, a7 unflagged 40/40; benign accounts never count.
    assert (leak.leaked, leak.total) == (105, 250)
    assert leak.fraction == pytest.approx(0.42)
    assert leak.missing_from_scan == 1 and leak.flagged_without_count == 1
    assert leak.by_persona == {"hydra": [30, 170], "relay": [35, 40], "solo": [40, 40]}


def test_leak_fraction_caps_and_empty() -> None:
    labels = {"a": LabelRecord(account_id="a", label="attack", persona="p")}
    over = {
        "a": AccountFinding(
            account_id="a", score=1.0, flagged=True, exchanges=5, exchanges_before_flag=9
        )
    }
    assert leak_fraction(labels, over).leaked == 5  # never more than it was served
    assert leak_fraction(labels, {}).fraction is None


def test_public_surface_is_pinned() -> None:
    import distillwatch.evaluate.metrics as metrics

    assert set(metrics.__all__) == {
        "DEFAULT_ALPHA", "DEFAULT_CAMPAIGN_THRESHOLD", "AccountMetrics", "CampaignMetrics",
        "DetectedCampaign", "Finding", "GroupRow", "Label", "LeakMetrics", "Rate",
        "TrueCampaign", "account_metrics", "campaign_metrics", "clopper_pearson",
        "leak_fraction", "leaked_exchanges",
    }  # fmt: skip
    assert all(hasattr(metrics, name) for name in metrics.__all__)


def test_recall_clustered_by_campaign_is_wider_when_campaigns_are_missed_whole() -> None:
    # 100 attack accounts, 90 flagged: ten campaigns of ten with one missed whole, or every
    # campaign missing one account. Same exact interval; only the first is one decision.
    whole = {
        f"a{c}{i}": LabelRecord(
            account_id=f"a{c}{i}", label="attack", campaign_id=f"c{c}", persona="hydra"
        )
        for c in range(10)
        for i in range(10)
    }
    missed_whole = [a for a in whole if not a.startswith("a9")]
    missed_spread = [a for a in whole if not a.endswith("9")]
    a, b = account_metrics(whole, missed_whole), account_metrics(whole, missed_spread)
    assert a.recall == b.recall == Rate(90, 100)
    assert a.recall_interval_by_campaign[0] < b.recall_interval_by_campaign[0] - 0.05
