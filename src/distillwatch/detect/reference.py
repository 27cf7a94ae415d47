"""Benign reference traffic for calibration: a simulated benign-only month on seeds that
are never used for evaluation, scanned with campaign linking, scored per account."""

from __future__ import annotations

import os
from pathlib import Path

from distillwatch.detect.calibration import Calibration, calibrate

REFERENCE_SEEDS = (9001, 9002)
"""Calibration seeds. Evaluation, demos and benchmarks use other seeds (see docs/evaluation.md)."""


def calibrate_on_reference(
    work: Path,
    accounts: int = 6000,
    days: int = 30,
    seeds: tuple[int, ...] = REFERENCE_SEEDS,
    budget: float = 0.001,
    intent_model: str | None = None,
) -> Calibration:
    from distillwatch.detect.calibration import single_group_floor
    from distillwatch.scan.run import ScanOptions, run_scan
    from distillwatch.simulate.runner import SimulateArgs, simulate

    scores: list[float] = []
    by_persona: dict[str, float] = {}
    for seed in seeds:
        d = work / f"reference-s{seed}"
        simulate(
            d,
            SimulateArgs(
                days=days,
                accounts=accounts,
                seed=seed,
                only=("benign",),
                workers=os.cpu_count() or 1,
            ),
        )
        # Score with the floor as threshold so campaign boosts are those of a real scan.
        cal_path = work / "floor.json"
        cal_path.write_text(Calibration(threshold=single_group_floor()).to_json())
        res = run_scan(
            [d / "exchanges"],
            None,
            ScanOptions(
                accounts_file=str(d / "accounts.jsonl"),
                calibration=str(cal_path),
                intent_model=intent_model,
            ),
        )
        model = res.summary["intent_model"]
        labels = _personas(d / "labels.jsonl")
        for r in res.results:
            scores.append(r.score)
            p = labels.get(r.account_id, "unknown")
            by_persona[p] = max(by_persona.get(p, 0.0), r.score)
    source = (
        f"benign-only range, seeds {', '.join(map(str, seeds))}, {days} days, "
        f"{accounts} accounts per seed before benign filtering"
    )
    if intent_model is not None:
        source += f", intent model {model['file']} ({model['sha256']})"
    return calibrate(scores, budget=budget, source=source, by_persona_max=by_persona)


def _personas(path: Path) -> dict[str, str]:
    import json

    out: dict[str, str] = {}
    for line in path.read_text().splitlines():
        if line.strip():
            r = json.loads(line)
            out[r["account_id"]] = r.get("persona", "unknown")
    return out
