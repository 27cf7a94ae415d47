"""The new model's release shows: pivot campaigns move about half their traffic within 24 h,
eval runners adopt at once, light users slowly; nobody uses it before release."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from pathlib import Path

from simulate_helpers import iter_exchanges, read_jsonl

from distillwatch.simulate.runner import SimulateArgs, simulate


def _epoch(s: str) -> float:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()


def test_release_pivot(tmp_path: Path) -> None:
    m = simulate(
        tmp_path,
        SimulateArgs(
            days=8, accounts=400, seed=3, only=("release_pivot", "eval_runner", "light_user")
        ),
    )
    release = _epoch(m["models"]["release_at"])
    new = m["models"]["new"]
    persona = {r["account_id"]: r["persona"] for r in read_jsonl(tmp_path / "labels.jsonl")}
    before: dict[str, list[bool]] = defaultdict(list)
    first_day: dict[str, list[bool]] = defaultdict(list)
    for ex in iter_exchanges(tmp_path):
        t = _epoch(ex["ts"])
        is_new = ex["request"]["model"] == new
        if t < release:
            before[persona[ex["account_id"]]].append(is_new)
        elif t < release + 86400:
            first_day[persona[ex["account_id"]]].append(is_new)
    assert not any(any(v) for v in before.values())
    share = {p: sum(v) / len(v) for p, v in first_day.items() if v}
    assert 0.2 <= share["release_pivot"] <= 0.6
    assert share["eval_runner"] > 0.6
    assert share["light_user"] < share["release_pivot"]
