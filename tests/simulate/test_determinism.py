"""Same arguments give the same bytes (whatever the worker count); another seed differs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from distillwatch.simulate.runner import SimulateArgs, simulate

ARGS = SimulateArgs(days=3, accounts=120, seed=5)


def _files(d: Path) -> dict[str, bytes]:
    return {str(p.relative_to(d)): p.read_bytes() for p in sorted(d.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    simulate(tmp_path / "a", ARGS)
    simulate(tmp_path / "b", replace(ARGS, workers=2))
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a.keys() == b.keys() and len(a) >= 4
    assert a == b


def test_other_seed_other_bytes(tmp_path: Path) -> None:
    simulate(tmp_path / "a", ARGS)
    simulate(tmp_path / "c", replace(ARGS, seed=6))
    a, c = _files(tmp_path / "a"), _files(tmp_path / "c")
    assert a["labels.jsonl"] != c["labels.jsonl"]
    assert a["exchanges/part-000.jsonl.gz"] != c["exchanges/part-000.jsonl.gz"]


def test_scale_multiplies_volume(tmp_path: Path) -> None:
    m1 = simulate(tmp_path / "s1", ARGS)
    m3 = simulate(tmp_path / "s3", replace(ARGS, scale=3.0))
    ratio = m3["counts"]["exchanges"] / m1["counts"]["exchanges"]
    assert 2.4 < ratio < 3.6


def test_parts_add_up_to_the_full_run(tmp_path: Path) -> None:
    simulate(tmp_path / "full", ARGS)
    simulate(tmp_path / "split", replace(ARGS, part=(0, 2)))
    simulate(tmp_path / "split", replace(ARGS, part=(1, 2)))
    full, split = _files(tmp_path / "full"), _files(tmp_path / "split")
    ex = {k for k in full if k.startswith("exchanges/")}
    assert ex == {k for k in split if k.startswith("exchanges/")}
    assert all(full[k] == split[k] for k in ex)
    assert full["labels.jsonl"] == split["labels.jsonl"]


def test_day_times_covers_any_request_count() -> None:
    """Small sessions drawn by chance never leave requests without a session."""
    import numpy as np

    from distillwatch.simulate.config import Timing
    from distillwatch.simulate.timing import day_times

    t = Timing(
        daily_median=10.0,
        daily_sigma=1.0,
        p_active_day=1.0,
        session_median=50.0,
        session_sigma=2.5,
        gap_shape=1.0,
        gap_scale_s=5.0,
    )
    for seed in range(300):
        rng = np.random.default_rng(seed)
        n = int(rng.integers(1, 400))
        times, session = day_times(rng, t, n, 0.0, 0)
        assert len(times) == n and len(session) == n
