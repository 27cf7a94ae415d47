"""Held-out evaluation of the whole scan on the traffic range, per seed and pooled.

For each held-out seed: `distillwatch simulate`, one scan (signals and per-account replay),
then the campaign stage twice on the same replayed accounts — with the current
`GraphConfig` and, as the baseline in the same run, with the previous defaults (content links
counted alone, no spread discount, CPM resolution 0.05) — and `distillwatch.evaluate` on
each. Writes per persona recall / false-positive rate with pooled Clopper–Pearson intervals,
campaign recall, purity and the leak fraction, per seed and pooled.

Tune on dev seeds only (1, 2); these seeds (11, 12, 13) are for reporting.

    .venv/bin/python benchmarks/eval_range.py                      # 3 seeds, 30 days, 2000 accts
    .venv/bin/python benchmarks/eval_range.py --days 14 --accounts 1000
    .venv/bin/python benchmarks/eval_range.py --lofo --lofo-seed 11   # + leave-one-family-out
    .venv/bin/python benchmarks/eval_range.py --lofo --resume         # after an interruption

Writes benchmarks/results/range_eval.json and .md (`--name` changes the stem).
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from _machine import machine
from distillwatch.detect.calibration import load_calibration
from distillwatch.detect.campaigns import find_campaigns
from distillwatch.detect.graph import GraphConfig
from distillwatch.detect.scoring import Scorer
from distillwatch.evaluate.evaluation import evaluate_scan
from distillwatch.evaluate.merge import (
    merge_evaluations,
    merge_leak,
    pooled_recall_by_campaign,
    render_merged_markdown,
)
from distillwatch.profiles.context import ProfileContext
from distillwatch.scan.run import ScanOptions, run_scan, write_outputs

ROOT = Path(__file__).resolve().parent
CLI = str(Path(sys.executable).parent / "distillwatch")
ATTACK_CAMPAIGN_FAMILIES = (
    "hydra_reasoning",
    "rubric_reward",
    "safe_rewrite",
    "agentic_harvest",
    "release_pivot",
    "pool_swap",
    "slow_drip",
    "relay",
    "evasive",
)

BASELINE = GraphConfig(
    kind_caps={},
    overlap_kinds={},
    spread_power=0.0,
    uncorroborated_factor=1.0,
    member_min_link=0.0,
    resolution=0.05,
)
"""The campaign stage's defaults before this change (for the same-run comparison)."""

CONFIGS: dict[str, GraphConfig] = {"current": GraphConfig(), "baseline": BASELINE}


def _context(models: dict[str, str]) -> ProfileContext:
    """The scan's model context again, from its summary (first sighting per model)."""
    ctx = ProfileContext()
    for m, ts in models.items():
        ctx.observe_model(m, datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp())
    return ctx


def simulate(out: Path, seed: int, days: int, accounts: int, exclude: str | None) -> float:
    if out.exists():
        shutil.rmtree(out)
    cmd = [CLI, "simulate", "--out", str(out), "--seed", str(seed), "--days", str(days)]
    cmd += ["--accounts", str(accounts)]
    if exclude:
        cmd += ["--exclude-family", exclude]
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t


def scan_and_evaluate(data: Path) -> dict[str, Any]:
    """One scan; the campaign stage and the evaluation once per config."""
    t = time.perf_counter()
    opts = ScanOptions(accounts_file=str(data / "accounts.jsonl"), campaigns=False)
    scan = run_scan([data / "exchanges"], None, opts)
    scan_s = time.perf_counter() - t
    ctx = _context(scan.summary["models"])
    scorer = Scorer(load_calibration(None))
    out: dict[str, Any] = {"scan_s": round(scan_s, 1), "configs": {}}
    for name, cfg in CONFIGS.items():
        results = copy.deepcopy(scan.results)
        t = time.perf_counter()
        campaigns = find_campaigns(results, scan.accounts, ctx, scorer, cfg)
        stage_s = time.perf_counter() - t
        scan_dir = data / f"scan-{name}"
        summary = dict(scan.summary, campaigns=len(campaigns))
        summary["flagged_accounts"] = sum(1 for r in results if r.flagged)
        write_outputs(scan_dir, results, campaigns, summary)
        ev = evaluate_scan(data / "labels.jsonl", scan_dir).as_dict()
        for bulky in ("threshold_curve", "leak_timeline"):
            ev.pop(bulky, None)
        ev["campaign_stage_s"] = round(stage_s, 2)
        ev["eval_runners_in_campaigns"] = _eval_runner_members(data / "labels.jsonl", results)
        out["configs"][name] = ev
    return out


def _eval_runner_members(labels: Path, results: list[Any]) -> int:
    personas = {}
    for line in labels.read_text().splitlines():
        d = json.loads(line)
        personas[d["account_id"]] = d["persona"]
    return sum(1 for r in results if r.campaign_id and personas.get(r.account_id) == "eval_runner")


def _purity_line(ev: dict[str, Any]) -> str:
    p = ev["campaigns"]["purity"]
    if not p["n"]:
        return "no detected campaigns"
    sp = ev["campaigns"]["split"]
    return (
        f"purity mean {p['mean']:.3f} (min {p['min']:.3f}, {p['pure']}/{p['n']} pure); "
        f"true campaigns in one piece {sp['in_one_piece']}/{len(ev['campaigns']['true_campaigns'])}"
        f", mean pieces {sp['mean_pieces']:.2f}; eval runners in campaigns "
        f"{ev['eval_runners_in_campaigns']}"
    )


def render(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# Range evaluation (held-out seeds)",
        "",
        f"Machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gb')} GB "
        "(shared with other work). "
        f"Range: {report['days']} days, {report['accounts']} accounts per seed, seeds "
        f"{', '.join(str(s) for s in report['seeds'])}. Tuned on dev seeds 1 and 2 only.",
        "",
        "`current` is the campaign stage as committed; `baseline` the previous defaults, on "
        "the same replayed accounts (same signals, same account-level flags).",
        "",
    ]
    for name in CONFIGS:
        runs = {f"seed {s}": report["runs"][str(s)]["configs"][name] for s in report["seeds"]}
        lines += [f"## {name}", ""]
        lines.append(render_merged_markdown(merge_evaluations(runs), merge_leak(runs)))
        clustered = pooled_recall_by_campaign(runs)
        if clustered is not None:
            lo, hi, n = clustered
            lines.append(
                f"- pooled recall, interval clustered by campaign ({n} campaigns and solo "
                f"accounts; one campaign's accounts are caught or missed together): "
                f"[{100 * lo:.1f}, {100 * hi:.1f}]"
            )
        for run, ev in runs.items():
            lines.append(f"- {run}: {_purity_line(ev)}")
        lines.append("")
    if report.get("lofo"):
        lines += [
            "## Leave one family out",
            "",
            f"Seed {report['lofo_seed']}, {report['lofo_days']} days, "
            f"{report['lofo_accounts']} accounts; each run without one attack family.",
            "",
        ]
        for name in CONFIGS:
            runs = {f"-{f}": r["configs"][name] for f, r in report["lofo"].items()}
            lines += [f"### {name}", ""]
            lines.append(render_merged_markdown(merge_evaluations(runs), merge_leak(runs)))
            for run, ev in runs.items():
                lines.append(f"- {run}: {_purity_line(ev)}")
            lines.append("")
    t = report["timings_s"]
    lines.append(f"Time: simulate {t['simulate']:.0f} s, scan+evaluate {t['scan']:.0f} s in all.")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[11, 12, 13])
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--accounts", type=int, default=2000)
    ap.add_argument("--work", default="/tmp/distillwatch-range-eval")
    ap.add_argument("--name", default="range_eval")
    ap.add_argument("--lofo", action="store_true", help="also leave each attack family out")
    ap.add_argument("--lofo-seed", type=int, default=11)
    ap.add_argument("--lofo-days", type=int, default=14)
    ap.add_argument("--lofo-accounts", type=int, default=1000)
    ap.add_argument("--keep", action="store_true", help="keep the simulated data")
    ap.add_argument("--resume", action="store_true", help="skip runs already in the results")
    a = ap.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "machine": machine(),
        "seeds": a.seeds,
        "days": a.days,
        "accounts": a.accounts,
        "configs": {n: repr(c) for n, c in CONFIGS.items()},
        "runs": {},
        "timings_s": {"simulate": 0.0, "scan": 0.0},
    }
    jobs: list[tuple[str, int, int, int, str | None]] = [
        (str(s), s, a.days, a.accounts, None) for s in a.seeds
    ]
    if a.lofo:
        report.update(
            lofo={}, lofo_seed=a.lofo_seed, lofo_days=a.lofo_days, lofo_accounts=a.lofo_accounts
        )
        jobs += [
            (f"lofo-{f}", a.lofo_seed, a.lofo_days, a.lofo_accounts, f)
            for f in ATTACK_CAMPAIGN_FAMILIES
        ]
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    path = out / f"{a.name}.json"
    if a.resume and path.exists():
        done = json.loads(path.read_text())
        report["runs"].update(done.get("runs", {}))
        if a.lofo:
            report["lofo"].update(done.get("lofo", {}))
        report["timings_s"] = done["timings_s"]
    for key, seed, days, accounts, exclude in jobs:
        if key in report["runs"] or (exclude and exclude in report.get("lofo", {})):
            continue
        data = work / key
        report["timings_s"]["simulate"] += simulate(data, seed, days, accounts, exclude)
        t = time.perf_counter()
        res = scan_and_evaluate(data)
        report["timings_s"]["scan"] += time.perf_counter() - t
        if exclude:
            report["lofo"][exclude] = res
        else:
            report["runs"][key] = res
        cur = res["configs"]["current"]
        print(f"{key}: scan {res['scan_s']} s; current: {_purity_line(cur)}", flush=True)
        if not a.keep:
            shutil.rmtree(data)
        # Saved after every run, so an interrupted evaluation resumes (--resume).
        path.write_text(json.dumps(report, indent=1, default=str) + "\n")
    (out / f"{a.name}.md").write_text(render(report))
    print(f"wrote {path} and {a.name}.md")


if __name__ == "__main__":
    main()
