from __future__ import annotations

from typing import Any

import pytest

from distillwatch.evaluate.intervals import Rate, clopper_pearson
from distillwatch.evaluate.merge import merge_evaluations, merge_leak, render_merged_markdown


def _result(
    attack: dict[str, tuple[int, int]],
    benign: dict[str, tuple[int, int]],
    campaigns: tuple[int, int],
    leak: tuple[int, int],
) -> dict[str, Any]:
    """The parts of an evaluation.json that merging reads, built from (k, n) counts."""
    tp = sum(k for k, _ in attack.values())
    fp = sum(k for k, _ in benign.values())
    rows = [
        {"persona": p, "label": lab, "metric": m, "n": n, "flagged": k, "confidence": 0.95}
        for table, lab, m in (
            (attack, "attack", "recall"),
            (benign, "benign", "false_positive_rate"),
        )
        for p, (k, n) in table.items()
    ]
    return {
        "accounts": {
            "recall": Rate(tp, sum(n for _, n in attack.values())).as_dict(),
            "false_positive_rate": Rate(fp, sum(n for _, n in benign.values())).as_dict(),
            "precision": Rate(tp, tp + fp).as_dict(),
            "by_persona": rows,
        },
        "campaigns": {"recall": Rate(*campaigns).as_dict()},
        "leak": {"leaked": leak[0], "total": leak[1]},
    }


def test_merge_pools_counts() -> None:
    seed1 = _result({"hydra": (9, 10)}, {"eval_runner": (1, 50)}, (2, 3), (100, 1000))
    seed2 = _result(
        {"hydra": (10, 10), "relay": (0, 4)}, {"eval_runner": (0, 50)}, (3, 3), (50, 1000)
    )
    rows = merge_evaluations({"seed-1": seed1, "seed-2": seed2})
    by_key = {(r.metric, r.group): r for r in rows}
    recall = by_key["recall", "all attack accounts"]
    assert recall.pooled == Rate(19, 24)
    assert recall.pooled.interval == clopper_pearson(19, 24)
    assert by_key["false_positive_rate", "eval_runner"].pooled == Rate(1, 100)
    assert by_key["campaign_recall", "true campaigns"].pooled == Rate(5, 6)
    relay = by_key["recall", "relay"]
    assert relay.runs["seed-1"] is None and relay.pooled == Rate(0, 4)
    # overall rows lead each metric, then personas
    assert [(r.metric, r.group) for r in rows][:3] == [
        ("recall", "all attack accounts"),
        ("recall", "hydra"),
        ("recall", "relay"),
    ]
    md = render_merged_markdown(rows, merge_leak({"seed-1": seed1, "seed-2": seed2}))
    assert "| metric | group | seed-1 | seed-2 | pooled (k/n) | pooled rate [95% CI] |" in md
    lo, hi = clopper_pearson(1, 100)
    # 1/50: lower 1 - 0.975^(1/50) = 0.05%; 0/50: upper 1 - 0.025^(1/50) = 7.1%
    assert (
        "| false positive rate | eval_runner | 2.0% [0.1, 10.6] | 0.0% [0.0, 7.1] | 1/100 | "
        f"1.0% [{100 * lo:.1f}, {100 * hi:.1f}] |"
    ) in md
    assert "| recall | relay | — | 0.0% [0.0, 60.2] | 0/4 |" in md
    assert "| leak fraction | attack exchanges | 10.00% | 5.00% | 150/2000 | 7.50% |" in md


def test_merge_round_trips_a_real_evaluation(labels_path: Any, scan_dir: Any) -> None:
    from distillwatch.evaluate.evaluation import evaluate_scan

    doc = evaluate_scan(labels_path, scan_dir).as_dict()
    rows = merge_evaluations({"a": doc, "b": doc})
    assert {(r.metric, r.group): r.pooled for r in rows}["recall", "all attack accounts"] == Rate(
        8, 14
    )
    with pytest.raises(ValueError, match="nothing"):
        merge_evaluations({})
