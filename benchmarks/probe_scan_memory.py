"""Where a scan's memory goes: per-stage RSS (main process and process tree) and bytes per
account by structure, on one range month.

    nice -n 5 .venv/bin/python benchmarks/probe_scan_memory.py \
        benchmarks/work/range-1000000-parquet-s101 --workers 2 --out /tmp/probe-out

Samples RSS every 0.1 s while `run_scan` runs and splits the samples by the stage timings
the scan reports. Then, for a sample of accounts, sizes each structure the main process
holds per account (deep `sys.getsizeof` of the Python objects, and msgpack length), and
extrapolates to `--accounts-target` accounts. With `--compare DIR`, checks that
accounts.jsonl and campaigns.jsonl equal those in DIR byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import msgspec
import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _machine import _tree_rss
from distillwatch.scan.run import ScanOptions, run_scan

MB = 2**20


class Timeline:
    """(time, main RSS, tree RSS) samples, from a background thread."""

    def __init__(self, interval: float = 0.1) -> None:
        self.interval = interval
        self.samples: list[tuple[float, int, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        pid = os.getpid()
        page = os.sysconf("SC_PAGE_SIZE")
        main = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * page
        self.samples.append((time.perf_counter(), main, _tree_rss(pid)))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            time.sleep(self.interval)

    def __enter__(self) -> Timeline:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def peak(self, lo: float, hi: float) -> tuple[int, int]:
        inside = [(m, t) for ts, m, t in self.samples if lo <= ts <= hi]
        if not inside:
            return 0, 0
        return max(m for m, _ in inside), max(t for _, t in inside)


def deep_size(obj: Any, seen: set[int] | None = None) -> int:
    """Bytes of `obj` and everything it references (shared objects counted once)."""
    seen = set() if seen is None else seen
    if id(obj) in seen:
        return 0
    seen.add(id(obj))
    size = sys.getsizeof(obj)
    if isinstance(obj, np.ndarray):
        return size if obj.base is None else size + obj.nbytes
    if isinstance(obj, dict):
        return size + sum(deep_size(k, seen) + deep_size(v, seen) for k, v in obj.items())
    if isinstance(obj, list | tuple | set | frozenset):
        return size + sum(deep_size(x, seen) for x in obj)
    fields = getattr(obj, "__struct_fields__", None)
    if fields is not None:
        return size + sum(deep_size(getattr(obj, f), seen) for f in fields)
    if hasattr(obj, "__dict__") and not isinstance(obj, type):
        return size + deep_size(vars(obj), seen)
    return size


def _fields(obj: Any) -> Iterable[str]:
    f = getattr(obj, "__struct_fields__", None)
    if f is not None:
        return list(f)
    return list(vars(obj)) if hasattr(obj, "__dict__") else []


def per_field(objs: list[Any]) -> dict[str, dict[str, float]]:
    """Mean deep bytes and msgpack bytes per field over `objs`."""
    out: dict[str, dict[str, float]] = {}
    if not objs:
        return out
    for name in _fields(objs[0]):
        vals = [getattr(o, name) for o in objs]
        py = sum(deep_size(v) for v in vals) / len(vals)
        try:
            mp = sum(len(msgspec.msgpack.encode(v)) for v in vals) / len(vals)
        except TypeError:
            mp = float("nan")
        out[name] = {"python": round(py), "msgpack": round(mp)}
    out["(whole)"] = {
        "python": round(sum(deep_size(o) for o in objs) / len(objs)),
        "msgpack": float("nan"),
    }
    return out


def account_structures(results: list[Any], sample: int, accounts: dict[str, Any]) -> dict[str, Any]:
    """Per-account bytes of what the main process holds after replay, and of what the
    campaign stage derives from it (profile decoded, graph record)."""
    from distillwatch.detect.graph import GraphConfig, record_from
    from distillwatch.profiles.profile import AccountProfile

    rng = np.random.default_rng(0)
    idx = rng.choice(len(results), size=min(sample, len(results)), replace=False)
    picked = [results[int(i)] for i in sorted(idx)]
    out: dict[str, Any] = {"sampled": len(picked), "result": per_field(picked)}
    profiles = []
    for r in picked:
        raw = getattr(r, "profile", None)
        if isinstance(raw, bytes) and raw:
            profiles.append(AccountProfile.from_bytes(raw))
    if profiles:
        out["profile_decoded"] = per_field([p.state for p in profiles])
        cfg = GraphConfig()
        recs = [record_from(p.account_id, p, accounts.get(p.account_id), cfg) for p in profiles]
        out["graph_record"] = per_field(recs)
    rec = getattr(picked[0], "record", None) if picked else None
    if rec is not None:
        out["graph_record"] = per_field([r.record for r in picked])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="a range month (with exchanges/, accounts.jsonl)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--out", type=Path, default=Path("/tmp/probe-scan-out"))
    ap.add_argument("--state", type=Path, default=None, help="run with scan --state DIR")
    ap.add_argument("--compare", type=Path, default=None, help="reference output dir")
    ap.add_argument("--sample", type=int, default=400)
    ap.add_argument("--accounts-target", type=int, default=99_000)
    ap.add_argument("--json", type=Path, default=None, help="also write the report here")
    args = ap.parse_args()

    opts = ScanOptions(
        accounts_file=str(args.data / "accounts.jsonl"),
        workers=args.workers,
        state_dir=str(args.state) if args.state else None,
    )
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    with Timeline() as tl:
        res = run_scan([args.data / "exchanges"], args.out, opts)
    wall = time.perf_counter() - t0
    ts = res.summary["timings_s"]
    bounds = {
        "read_and_signals": (t0, t0 + ts["read_and_signals"]),
        "replay": (t0 + ts["read_and_signals"], t0 + ts["read_and_signals"] + ts["replay"]),
        "campaigns_and_outputs": (t0 + ts["read_and_signals"] + ts["replay"], t0 + wall + 1),
    }
    stages = {}
    for name, (lo, hi) in bounds.items():
        m, t = tl.peak(lo, hi)
        stages[name] = {"main_mb": round(m / MB), "tree_mb": round(t / MB)}
    base_main = tl.samples[0][1] if tl.samples else 0
    n_acc = len(res.results)
    peak_tree = max(t for _, _, t in tl.samples)
    peak_main = max(m for _, m, _ in tl.samples)
    report: dict[str, Any] = {
        "data": str(args.data),
        "workers": args.workers,
        "exchanges": res.summary["exchanges_read"],
        "accounts": n_acc,
        "wall_s": round(wall, 1),
        "main_cpu_s": round(time.process_time() - cpu0, 1),
        "timings_s": ts,
        "baseline_main_mb": round(base_main / MB),
        "peak_tree_mb": round(peak_tree / MB),
        "peak_main_mb": round(peak_main / MB),
        "stages": stages,
    }
    structs = account_structures(res.results, args.sample, res.accounts)
    report["per_account_bytes"] = structs
    whole = structs["result"]["(whole)"]["python"]
    report["results_total_mb"] = round(whole * n_acc / MB)
    report["results_total_mb_at_target"] = round(whole * args.accounts_target / MB)
    if args.compare is not None:
        same = {}
        for name in ("accounts.jsonl", "campaigns.jsonl"):
            same[name] = (args.out / name).read_bytes() == (args.compare / name).read_bytes()
        report["identical_to_reference"] = same
    text = json.dumps(report, indent=2)
    print(text)
    if args.json is not None:
        args.json.write_text(text + "\n")


if __name__ == "__main__":
    main()
