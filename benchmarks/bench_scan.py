"""Scan throughput and peak memory on range-generated months, from Parquet and JSONL.gz.

    .venv/bin/python benchmarks/bench_scan.py --exchanges 1000000
    .venv/bin/python benchmarks/bench_scan.py --exchanges 16000000 --formats parquet

Baseline in the same run: reading and decoding the same files into exchanges with the
same number of worker processes and nothing else (the I/O floor the scan builds on).
Writes benchmarks/results/scan.json and scan.md (results of earlier sizes are kept).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _machine import PeakMemory, machine
from distillwatch.contract.readers import ReadReport, expand_paths, read_exchanges
from distillwatch.scan.run import ScanOptions, run_scan
from distillwatch.simulate.runner import SimulateArgs, is_current, simulate

HERE = Path(__file__).parent
WORK = HERE / "work"
RESULTS = HERE / "results"
EXCHANGES_PER_ACCOUNT_MONTH = 145  # measured: 80,000 accounts x 30 days gave 11.77M exchanges


def ensure_data(n: int, fmt: str, seed: int) -> tuple[Path, dict[str, object]]:
    d = WORK / f"range-{n}-{fmt}-s{seed}"
    man = d / "manifest.json"
    if is_current(d):  # a range the simulator's current code wrote; else simulate it again
        return d, json.loads(man.read_text())
    if d.exists():
        shutil.rmtree(d)
    accounts = max(100, n // EXCHANGES_PER_ACCOUNT_MONTH)
    t = time.perf_counter()
    m = simulate(
        d, SimulateArgs(days=30, accounts=accounts, seed=seed, fmt=fmt, workers=os.cpu_count() or 1)
    )
    print(
        f"  generated {m['counts']['exchanges']:,} exchanges ({fmt}) in {time.perf_counter() - t:.0f}s"
    )
    return d, m


def _read_only(files: list[str]) -> int:
    r = ReadReport()
    n = 0
    for _ in read_exchanges(files, r):
        n += 1
    return n


def baseline_read(d: Path, workers: int) -> dict[str, float]:
    files = [str(f) for f in expand_paths([d / "exchanges"])]
    parts = [files[i::workers] for i in range(workers)]
    t = time.perf_counter()
    with PeakMemory() as mem, ProcessPoolExecutor(workers) as pool:
        n = sum(pool.map(_read_only, parts))
    s = time.perf_counter() - t
    return {
        "exchanges": n,
        "seconds": round(s, 2),
        "per_second": round(n / s),
        "peak_rss_mb": round(mem.peak / 2**20),
    }


def scan(d: Path, workers: int) -> dict[str, object]:
    out = WORK / (d.name + "-scan")
    t = time.perf_counter()
    with PeakMemory() as mem:
        res = run_scan(
            [d / "exchanges"],
            out,
            ScanOptions(accounts_file=str(d / "accounts.jsonl"), workers=workers),
        )
    s = time.perf_counter() - t
    n = int(res.summary["exchanges_read"])
    return {
        "exchanges": n,
        "accounts": res.summary["accounts"],
        "seconds": round(s, 2),
        "per_second": round(n / s),
        "peak_rss_mb": round(mem.peak / 2**20),
        "stages_s": res.summary["timings_s"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--exchanges", type=int, default=1_000_000)
    ap.add_argument("--formats", nargs="+", default=["parquet", "jsonl.gz"])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=101)
    args = ap.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / "scan.json"
    results = json.loads(path.read_text()) if path.exists() else {"runs": {}}
    results["machine"] = machine()
    for fmt in args.formats:
        print(f"{fmt}: {args.exchanges:,} requested")
        d, _ = ensure_data(args.exchanges, fmt, args.seed)
        base = baseline_read(d, args.workers)
        print(f"  baseline read: {base}")
        sc = scan(d, args.workers)
        print(f"  scan:          {sc}")
        results["runs"][f"{fmt}/{args.exchanges}"] = {
            "format": fmt,
            "requested": args.exchanges,
            "workers": args.workers,
            "baseline_read": base,
            "scan": sc,
            "date": time.strftime("%Y-%m-%d"),
        }
    path.write_text(json.dumps(results, indent=2) + "\n")
    write_markdown(results)


def write_markdown(results: dict[str, object]) -> None:
    m = results["machine"]
    assert isinstance(m, dict)
    lines = [
        "# Scan throughput",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}.",
        "Data: `distillwatch simulate` months (30 days, default persona mix). Baseline: the same",
        "files read and decoded into exchanges by the same number of processes, nothing else.",
        "",
        "| format | exchanges | workers | baseline read /s | scan /s | scan s | scan peak RSS MB | read+signals s | replay s | campaigns s |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    runs = results["runs"]
    assert isinstance(runs, dict)
    for _, r in sorted(runs.items()):
        b, s = r["baseline_read"], r["scan"]
        st = s["stages_s"]
        lines.append(
            f"| {r['format']} | {s['exchanges']:,} | {r['workers']} | {b['per_second']:,} | "
            f"{s['per_second']:,} | {s['seconds']} | {s['peak_rss_mb']:,} | {st['read_and_signals']} | "
            f"{st['replay']} | {st['campaigns']} |"
        )
    (RESULTS / "scan.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
