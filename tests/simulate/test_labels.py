"""Ground truth is consistent: one label per account, campaign ids coherent, personas known."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

from simulate_helpers import iter_exchanges, read_jsonl

from distillwatch.simulate.config import DEFAULT_CONFIG


def test_every_account_has_exactly_one_label(small_range: Path) -> None:
    labels = read_jsonl(small_range / "labels.jsonl")
    counts = Counter(r["account_id"] for r in labels)
    assert all(c == 1 for c in counts.values())
    seen = {ex["account_id"] for ex in iter_exchanges(small_range)}
    assert seen <= set(counts)
    accounts = {r["account_id"] for r in read_jsonl(small_range / "accounts.jsonl")}
    assert accounts == set(counts)
    for r in labels:
        assert set(r) == {"account_id", "label", "campaign_id", "persona"}


def test_campaign_ids_and_personas_are_consistent(small_range: Path) -> None:
    labels = read_jsonl(small_range / "labels.jsonl")
    personas = {p.name for p in DEFAULT_CONFIG.personas}
    campaigns = {c.name for c in DEFAULT_CONFIG.campaigns}
    by_campaign: dict[str, set[str]] = defaultdict(set)
    for r in labels:
        if r["label"] == "benign":
            assert r["campaign_id"] is None and r["persona"] in personas
        else:
            assert r["label"] == "attack"
            assert r["campaign_id"].startswith("c-") and r["persona"] in campaigns
            by_campaign[r["campaign_id"]].add(r["persona"])
    assert all(len(v) == 1 for v in by_campaign.values())  # one campaign, one family
    manifest = json.loads((small_range / "manifest.json").read_text())
    assert {c["campaign_id"] for c in manifest["campaigns"]} == set(by_campaign)
    attack = sum(r["label"] == "attack" for r in labels)
    assert 0.1 <= attack / len(labels) <= 0.2
    assert manifest["counts"]["attack_accounts"] == attack


def test_manifest_counts_match_files(small_range: Path) -> None:
    manifest = json.loads((small_range / "manifest.json").read_text())
    labels = {r["account_id"]: r["persona"] for r in read_jsonl(small_range / "labels.jsonl")}
    per: Counter[str] = Counter(labels[ex["account_id"]] for ex in iter_exchanges(small_range))
    got = {k: v for k, v in manifest["counts"]["exchanges_by_persona"].items() if v}
    assert got == dict(per)
    assert manifest["families"]["campaigns"] == [c.name for c in DEFAULT_CONFIG.campaigns]
    assert manifest["models"]["release_at"] > manifest["window"]["start"]
