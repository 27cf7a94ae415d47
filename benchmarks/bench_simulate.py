"""Speed and peak memory of `distillwatch simulate`.

Runs each case in a fresh subprocess (so peak RSS is per case): the default demo month as
the baseline, then a month scaled to the target volume (1M exchanges by default, 16M with
--big), with one worker and with two. Writes benchmarks/results/simulate.json and .md.

    .venv/bin/python benchmarks/bench_simulate.py            # 1M
    .venv/bin/python benchmarks/bench_simulate.py --big      # 16M (several minutes)
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"
DEMO_EXCHANGES_PER_ACCOUNT = 172.0  # measured: the demo month gives ~345k for 2000 accounts


def run_case(case: dict[str, Any]) -> dict[str, Any]:
    """Child side: one simulate run, timed, with its peak RSS (self and worker processes)."""
    from distillwatch.simulate.runner import SimulateArgs, simulate

    out = Path(case.pop("out"))
    if case.get("part"):
        case["part"] = tuple(case["part"])
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    m = simulate(out, SimulateArgs(**case))
    wall = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    shutil.rmtree(out, ignore_errors=True)
    n = m["counts"]["exchanges"]
    return {
        **case,
        "part": list(case["part"]) if case.get("part") else None,
        "exchanges": n,
        "seconds": round(wall, 1),
        "exchanges_per_s": round(n / wall),
        "peak_rss_mb_parent": round(self_kb / 1024),
        "peak_rss_mb_worker": round(child_kb / 1024) if case.get("workers", 1) > 1 else None,
        "output_mb": round(size / 2**20),
        "bytes_per_exchange": round(size / max(1, n)),
    }


def spawn(case: dict[str, Any]) -> dict[str, Any]:
    r = subprocess.run(
        [sys.executable, __file__, "--case", json.dumps(case)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--big", action="store_true", help="16M exchanges instead of 1M")
    ap.add_argument("--target", type=int, default=None)
    ap.add_argument("--scratch", default="/tmp/bench_simulate")
    ap.add_argument("--workers", type=int, default=2, help="workers of the --big run")
    ap.add_argument(
        "--part", default=None, help="K/N: run only shard part K of N (chunks of a --big run)"
    )
    ap.add_argument("--note", default=None, help="a remark on the conditions, kept in the results")
    ap.add_argument("--case", default=None, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.case:
        print(json.dumps(run_case(json.loads(a.case))))
        return
    target = a.target or (16_000_000 if a.big else 1_000_000)
    accounts = 2000 if target <= 2_000_000 else 20_000
    scale = round(target / (accounts * DEMO_EXCHANGES_PER_ACCOUNT), 2)
    base = {"days": 30, "seed": 1, "out": f"{a.scratch}/run"}
    part = tuple(int(x) for x in a.part.split("/")) if a.part else None
    cases = []
    if part is None or part[0] == 0:
        cases.append(
            {
                **base,
                "accounts": 2000,
                "scale": 1.0,
                "workers": 1,
                "label": "baseline: demo defaults",
            }
        )
    if not a.big:
        cases.append(
            {
                **base,
                "accounts": accounts,
                "scale": scale,
                "workers": 1,
                "label": f"{target:,} target, 1 worker",
            }
        )
    w = a.workers if a.big else 2
    cases.append(
        {
            **base,
            "accounts": accounts,
            "scale": scale,
            "workers": w,
            "part": part,
            "label": f"{target:,} target, {w} worker{'s' if w > 1 else ''}"
            + (f", part {part[0]}/{part[1]}" if part else ""),
        }
    )
    rows = []
    for c in cases:
        label = c.pop("label")
        r = spawn(c)
        r["case"] = label
        rows.append(r)
        print(json.dumps(r), flush=True)
    key = "16M" if a.big else "1M"
    RESULTS.mkdir(exist_ok=True)
    jpath = RESULTS / "simulate.json"
    data = json.loads(jpath.read_text()) if jpath.is_file() else {}
    data["machine"] = (
        f"2 cores, 24 GB ({platform.processor() or platform.machine()}), shared with other work"
    )
    if a.note:
        data["note"] = a.note
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    if part is None:
        data[key] = {"date": now, "cases": rows}
    else:
        entry = data.get(key) if data.get(key, {}).get("n_parts") == part[1] else None
        entry = entry or {"n_parts": part[1], "parts": {}, "cases": []}
        entry["date"] = now
        for r in rows:
            if r["part"] is None:
                entry["baseline"] = r
            else:
                entry["parts"][str(r["part"][0])] = r
        entry["cases"] = [entry["baseline"]] if "baseline" in entry else []
        entry["cases"] += [entry["parts"][k] for k in sorted(entry["parts"])]
        if len(entry["parts"]) == part[1]:
            ps = list(entry["parts"].values())
            n = sum(r["exchanges"] for r in ps)
            secs = sum(r["seconds"] for r in ps)
            entry["cases"].append(
                {
                    **ps[0],
                    "case": f"{target:,} target, all {part[1]} parts (sequential runs)",
                    "part": None,
                    "exchanges": n,
                    "seconds": round(secs, 1),
                    "exchanges_per_s": round(n / secs),
                    "peak_rss_mb_parent": max(r["peak_rss_mb_parent"] for r in ps),
                    "output_mb": sum(r["output_mb"] for r in ps),
                }
            )
        data[key] = entry
    jpath.write_text(json.dumps(data, indent=2) + "\n")
    md = [
        "# simulate benchmark",
        "",
        f"Machine: {data['machine']}.",
        "",
        "Format jsonl.gz (gzip level 1), 8 shard files, 30 days. Peak RSS from getrusage.",
        "",
    ]
    if data.get("note"):
        md += [f"Note: {data['note']}", ""]
    for k in ("1M", "16M"):
        if k not in data:
            continue
        md += [
            f"## {k} ({data[k]['date']})",
            "",
            "| case | accounts | scale | workers | exchanges | seconds | exchanges/s | peak RSS parent MB | peak RSS worker MB | output MB | bytes/exchange |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in data[k]["cases"]:
            md.append(
                f"| {r['case']} | {r['accounts']} | {r['scale']} | {r['workers']} | {r['exchanges']:,} | "
                f"{r['seconds']} | {r['exchanges_per_s']:,} | {r['peak_rss_mb_parent']} | "
                f"{r['peak_rss_mb_worker'] or '-'} | {r['output_mb']} | {r['bytes_per_exchange']} |"
            )
        md.append("")
    (RESULTS / "simulate.md").write_text("\n".join(md))


if __name__ == "__main__":
    main()
