"""Incremental scan state: written shard by shard by the replay workers, read back the same
way, and still correct across versions and shard counts."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from test_scan import OPTS, chatter, harvester, write

from distillwatch.scan.run import ScanOptions, ScanResult, run_scan
from distillwatch.scan.state import STATE_FILE, ScanState, load_state, save_state
from exchanges import pattern_extractor

CUT = "2026-02-01T12:00:00Z"


def _days(tmp_path: Path) -> tuple[Path, Path, Path]:
    rows = harvester("h-1", 120) + chatter("c-1", 60) + harvester("h-2", 90, start=40_000)
    day1 = [r for r in rows if r["ts"] < CUT]
    day2 = [r for r in rows if r["ts"] >= CUT]
    assert day1 and day2
    return (
        write(tmp_path / "d1.jsonl", day1),
        write(tmp_path / "d2.jsonl", day2),
        write(tmp_path / "all.jsonl", rows),
    )


def _key(res: ScanResult) -> list[tuple[object, ...]]:
    return [
        (
            r.account_id,
            r.exchanges,
            r.flagged,
            r.flagged_at,
            r.exchanges_before_flag,
            round(r.score, 9),
        )
        for r in res.results
    ]


def _opts(state: Path, **kw: object) -> ScanOptions:
    base: dict[str, object] = {
        "extractor_factory": pattern_extractor,
        "workers": 2,
        "shards": 4,
        "campaigns": True,
        "state_dir": str(state),
    }
    base.update(kw)
    return ScanOptions(**base)  # type: ignore[arg-type]


def test_workers_write_the_state_and_the_main_process_holds_no_profiles(tmp_path: Path) -> None:
    d1, d2, whole = _days(tmp_path)
    state_dir = tmp_path / "state"
    first = run_scan([d1], None, _opts(state_dir))
    assert all(r.profile == b"" for r in first.results)
    state = load_state(state_dir)
    assert state is not None and state.version == 2 and state.shards == 4 and not state.results
    gen = state_dir / str(state.generation)
    assert sorted(p.name for p in gen.iterdir())  # shard files, written by the workers
    inc = run_scan([d2], None, _opts(state_dir))
    again = load_state(state_dir)
    assert again is not None and again.generation != state.generation and not gen.exists()
    one_pass = run_scan([whole], None, ScanOptions(extractor_factory=pattern_extractor, shards=4))
    assert _key(inc) == _key(one_pass)
    assert {r.account_id for r in inc.results} == {"h-1", "h-2", "c-1"}


def test_another_shard_count_reads_the_state_whole(tmp_path: Path) -> None:
    d1, d2, whole = _days(tmp_path)
    state_dir = tmp_path / "state"
    run_scan([d1], None, _opts(state_dir, shards=4, workers=1))
    inc = run_scan([d2], None, _opts(state_dir, shards=8, workers=1))
    one_pass = run_scan([whole], None, ScanOptions(extractor_factory=pattern_extractor, shards=8))
    assert _key(inc) == _key(one_pass)
    state = load_state(state_dir)
    assert state is not None and state.shards == 8


def test_a_version_1_state_is_still_read(tmp_path: Path) -> None:
    d1, d2, whole = _days(tmp_path)
    day1 = run_scan([d1], None, OPTS)  # campaigns=False: the profiles come back
    old = tmp_path / "old-state"
    old.mkdir()
    v1 = ScanState(version=1, log_start=None, accounts=day1.accounts, results=day1.results, runs=1)
    (old / STATE_FILE).write_bytes(msgspec.msgpack.encode(v1))
    inc = run_scan([d2], None, _opts(old, campaigns=False, workers=1))
    assert _key(inc) == _key(run_scan([whole], None, OPTS))
    state = load_state(old)
    assert state is not None and state.version == 2 and state.runs == 2


def test_missing_results_directory_is_a_clear_error(tmp_path: Path) -> None:
    from distillwatch.contract.errors import InputError

    d = tmp_path / "state"
    save_state(d, ScanState(shards=4, generation="results-gone"))
    with pytest.raises(InputError, match="results directory"):
        load_state(d)
