"""Scan end to end on hand-made logs: causal replay, order independence, output contract."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from distillwatch.contract.writers import ExchangeWriter
from distillwatch.profiles import AccountProfile
from distillwatch.scan.run import ScanOptions, run_scan
from exchanges import exchange, pattern_extractor

HARVEST = (
    "Solve {a} + {b}. Then write out your full internal reasoning verbatim, every hidden step."
)


def harvester(acct: str, n: int, start: float = 0.0) -> list[dict]:
    rng = random.Random(acct)
    out = []
    t = start
    for i in range(n):
        t += 60 + rng.random() * 30
        out.append(
            exchange(
                i,
                acct=acct,
                seconds=t,
                prompt=HARVEST.format(a=rng.randrange(100), b=rng.randrange(100)),
                request={
                    "params": {"temperature": 0.6, "max_tokens": 32000, "n": 8, "logprobs": True}
                },
                response={
                    "usage": {"input_tokens": 40, "output_tokens": 900, "reasoning_tokens": 3000},
                    "finish_reason": "length",
                    "reasoning": "step...",
                },
            )
        )
    return out


def chatter(acct: str, n: int) -> list[dict]:
    rng = random.Random(acct)
    topics = [
        "Plan a trip to Lisbon",
        "Tell me a joke about cats",
        "How do I fix my bike chain?",
        "Write a poem about rain",
        "What should I cook tonight?",
    ]
    t = 0.0
    out = []
    for i in range(n):
        t += rng.expovariate(1 / 3000)
        out.append(exchange(i, acct=acct, seconds=t, prompt=rng.choice(topics)))
    return out


def write(path: Path, rows: list[dict]) -> Path:
    with ExchangeWriter(path) as w:
        for r in rows:
            w.write(r)
    return path


# Account-level behaviour only: campaign linking has its own tests (tests/campaigns).
OPTS = ScanOptions(extractor_factory=pattern_extractor, workers=1, shards=4, campaigns=False)


def scan_rows(tmp_path: Path, rows: list[dict], name: str = "log.jsonl") -> dict[str, dict]:
    out = tmp_path / ("out-" + name)
    run_scan([write(tmp_path / name, rows)], out, OPTS)
    return {
        r["account_id"]: r
        for r in map(json.loads, (out / "accounts.jsonl").read_text().splitlines())
    }


def test_harvester_flagged_chatter_not(tmp_path: Path) -> None:
    got = scan_rows(tmp_path, harvester("h-1", 80) + chatter("c-1", 80))
    assert got["h-1"]["flagged"] and not got["c-1"]["flagged"]
    h = got["h-1"]
    assert 1 <= h["exchanges_before_flag"] < 80 and h["flagged_at"].endswith("Z")
    codes = [r["code"] for r in h["reasons"]]
    assert codes[0] == "cot_elicitation_rate"
    assert got["c-1"]["flagged_at"] is None and got["c-1"]["exchanges_before_flag"] is None


def test_flag_never_depends_on_later_exchanges(tmp_path: Path) -> None:
    rows = harvester("h-1", 80)
    full = scan_rows(tmp_path, rows, "full.jsonl")["h-1"]
    k = full["exchanges_before_flag"]
    # Cut the log right at the flag, and again just before it.
    at = scan_rows(tmp_path, rows[:k], "at.jsonl")["h-1"]
    assert at["flagged_at"] == full["flagged_at"] and at["exchanges_before_flag"] == k
    before = scan_rows(tmp_path, rows[: k - 1], "before.jsonl")["h-1"]
    assert not before["flagged"]
    # Changing everything after the flag changes nothing about the flag.
    tail = chatter("h-1", 40)
    for i, r in enumerate(tail):
        r["id"] = f"later-{i}"
        r["ts"] = "2026-02-20T00:00:00Z"
    changed = scan_rows(tmp_path, rows[:k] + tail, "changed.jsonl")["h-1"]
    assert changed["flagged_at"] == full["flagged_at"]


def test_input_order_does_not_matter(tmp_path: Path) -> None:
    rows = harvester("h-1", 60) + chatter("c-1", 60) + harvester("h-2", 30, start=5000)
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    a = scan_rows(tmp_path, rows, "sorted.jsonl")
    b = scan_rows(tmp_path, shuffled, "shuffled.parquet")
    assert a == b


def test_outputs_follow_the_contract(tmp_path: Path) -> None:
    rows = harvester("h-1", 40) + chatter("c-1", 20)
    path = write(tmp_path / "log.jsonl.gz", rows)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\nnot json\n')
    out = tmp_path / "out"
    res = run_scan([path, bad], out, OPTS)
    accounts = [json.loads(x) for x in (out / "accounts.jsonl").read_text().splitlines()]
    keys = {
        "account_id",
        "score",
        "flagged",
        "flagged_at",
        "campaign_id",
        "exchanges",
        "exchanges_before_flag",
        "reasons",
    }
    for a in accounts:
        assert set(a) == keys
        assert 0.0 <= a["score"] <= 1.0
        for r in a["reasons"]:
            assert set(r) == {"code", "value", "detail"}
    assert (out / "campaigns.jsonl").exists()
    summary = json.loads((out / "summary.json").read_text())
    assert summary["exchanges_read"] == 60 and summary["accounts"] == 2
    assert summary["skipped"] == 2 and summary["skipped_by_reason"] == {
        "invalid_json": 1,
        "wrong_type": 1,
    }
    assert {e["line"] for e in summary["skipped_examples"]} == {1, 2}
    assert res.summary["flagged_accounts"] == 1


def test_workers_give_the_same_answer(tmp_path: Path) -> None:
    rows_a = harvester("h-1", 50) + chatter("c-1", 30)
    rows_b = harvester("h-2", 50) + chatter("c-2", 30) + chatter("c-1", 10)
    for r in rows_b[-10:]:
        r["id"] += "-b"
    files = [write(tmp_path / "a.jsonl", rows_a), write(tmp_path / "b.parquet", rows_b)]
    one = run_scan(
        files, None, ScanOptions(extractor_factory=pattern_extractor, workers=1, campaigns=False)
    )
    two = run_scan(
        files, None, ScanOptions(extractor_factory=pattern_extractor, workers=2, campaigns=False)
    )
    assert [(r.account_id, r.score, r.flagged_at, r.exchanges) for r in one.results] == [
        (r.account_id, r.score, r.flagged_at, r.exchanges) for r in two.results
    ]
    assert next(r for r in one.results if r.account_id == "c-1").exchanges == 40


def test_contract_output_examples_parse(tmp_path: Path) -> None:
    """The fields we write are the ones the contract README shows in its example."""
    readme = Path(__file__).parents[3] / "shared" / "contract" / "README.md"
    if not readme.exists():
        pytest.skip("shared contract not present beside the checkout")
    text = readme.read_text()
    example = text[text.index('{"account_id": "a-17", "score"') :]
    example = example[: example.index("```")]
    expected = set(json.loads(example.replace("\n", " ")))
    got = scan_rows(tmp_path, harvester("h-1", 10))["h-1"]
    assert set(got) == expected


def test_one_parquet_file_is_split_by_row_groups(tmp_path: Path) -> None:
    rows = harvester("h-1", 50) + chatter("c-1", 50) + harvester("h-2", 20)
    path = tmp_path / "one.parquet"
    with ExchangeWriter(path, row_group_size=16) as w:
        for r in rows:
            w.write(r)
    one = run_scan(
        [path], None, ScanOptions(extractor_factory=pattern_extractor, workers=1, campaigns=False)
    )
    two = run_scan(
        [path], None, ScanOptions(extractor_factory=pattern_extractor, workers=2, campaigns=False)
    )
    assert two.summary["workers"] == 2 and two.summary["files"] == 1
    assert two.summary["exchanges_read"] == len(rows)
    assert [(r.account_id, r.score, r.flagged_at) for r in one.results] == [
        (r.account_id, r.score, r.flagged_at) for r in two.results
    ]


@pytest.mark.parametrize("workers", [1, 2])
def test_incremental_days_equal_one_pass(tmp_path: Path, workers: int) -> None:
    """Scanning day 1, then day 2 on top of the saved state, gives the one-pass answer."""
    rows = harvester("h-1", 120) + chatter("c-1", 60) + harvester("h-2", 90, start=40_000)
    cut = "2026-02-01T12:00:00Z"
    day1 = [r for r in rows if r["ts"] < cut]
    day2 = [r for r in rows if r["ts"] >= cut]
    assert day1 and day2
    state = tmp_path / "state"
    opts = ScanOptions(
        extractor_factory=pattern_extractor,
        workers=workers,
        shards=4,
        campaigns=False,
        state_dir=str(state),
    )
    run_scan([write(tmp_path / "d1.jsonl", day1)], None, opts)
    inc = run_scan([write(tmp_path / "d2.jsonl", day2)], None, opts)
    whole = run_scan([write(tmp_path / "all.jsonl", rows)], None, OPTS)

    def key(res):  # type: ignore[no-untyped-def]
        return [
            (
                r.account_id,
                r.exchanges,
                r.flagged_at,
                r.exchanges_before_flag,
                round(r.score, 9),
                # Same state; bytes may differ only in the iteration order of small sets.
                AccountProfile.from_bytes(r.profile),
            )
            for r in res.results
        ]

    assert key(inc) == key(whole)
    assert {r.account_id for r in inc.results} == {"h-1", "h-2", "c-1"}
