"""Peak memory and time of an incremental scan (`scan --state`) over a range month.

Runs the scan twice into a fresh state directory: the whole month (writing the state of
every account), then one of its files again on top of that state (so the second run loads
and rewrites the whole month's state, as a daily run does; re-read exchanges only make the
scores approximate, which does not matter for memory). Reports each run's seconds, the peak
RSS of the process tree, the main process's own peak, and the state's size on disk.
To compare with another source tree in the same session, run this file again with
`PYTHONPATH=/path/to/other/src`.

    .venv/bin/python benchmarks/probe_scan_state.py benchmarks/work/range-16000000-parquet-s101
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _machine import PeakMemory, machine
from distillwatch.contract.readers import expand_paths
from distillwatch.scan.run import ScanOptions, run_scan


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("month", type=Path, help="a range directory (with exchanges/)")
    ap.add_argument("--workers", type=int, default=0)
    a = ap.parse_args()
    files = sorted(expand_paths([a.month / "exchanges"]))
    halves = [files, files[:1]]
    state = Path(tempfile.mkdtemp(prefix="distillwatch-state-"))
    runs = []
    try:
        for i, part in enumerate(halves):
            t = time.perf_counter()
            with PeakMemory() as mem:
                res = run_scan(part, None, ScanOptions(workers=a.workers, state_dir=str(state)))
            runs.append(
                {
                    "run": i + 1,
                    "files": len(part),
                    "exchanges": res.summary["exchanges_read"],
                    "accounts": res.summary["accounts"],
                    "seconds": round(time.perf_counter() - t, 1),
                    "peak_rss_tree_mb": round(mem.peak / 2**20),
                    "state_mb": round(_size(state) / 2**20),
                }
            )
            print(json.dumps(runs[-1]), flush=True)
    finally:
        shutil.rmtree(state, ignore_errors=True)
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps({"machine": machine(), "main_process_peak_rss_mb": main_peak}))


if __name__ == "__main__":
    main()
