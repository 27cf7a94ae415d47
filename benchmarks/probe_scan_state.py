"""Peak memory and time of an incremental scan (`scan --state`) over a range month.

Two runs into a fresh state directory, each in its own process (a process that has already
run a scan keeps its heap, and forked workers would count it again): the whole month
(writing the state of every account), then one of its files again on top of that state (so
the second run loads and rewrites the whole month's state, as a daily run does; re-read
exchanges only make the scores approximate, which does not matter for memory). Reports each
run's seconds, the peak RSS of the process tree and of the main process, and the state's
size on disk. To compare with another source tree, run this file again with
`PYTHONPATH=/path/to/other/src`.

    .venv/bin/python benchmarks/probe_scan_state.py benchmarks/work/range-16000000-parquet-s101
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
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


def one_run(files: list[str], state: Path, workers: int) -> dict[str, object]:
    t = time.perf_counter()
    with PeakMemory() as mem:
        res = run_scan(files, None, ScanOptions(workers=workers, state_dir=str(state)))
    return {
        "files": len(files),
        "exchanges": res.summary["exchanges_read"],
        "accounts": res.summary["accounts"],
        "seconds": round(time.perf_counter() - t, 1),
        "peak_rss_tree_mb": round(mem.peak / 2**20),
        "peak_rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "state_mb": round(_size(state) / 2**20),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("month", type=Path, help="a range directory (with exchanges/)")
    ap.add_argument("--workers", type=int, default=0)
    ap.add_argument("--one-run", nargs=2, metavar=("STATE", "FILES_JSON"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one_run:
        state, files = a.one_run
        print(json.dumps(one_run(json.loads(files), Path(state), a.workers)))
        return
    files = [str(f) for f in sorted(expand_paths([a.month / "exchanges"]))]
    state = Path(tempfile.mkdtemp(prefix="distillwatch-state-"))
    try:
        for i, part in enumerate([files, files[:1]]):
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    str(a.month),
                    "--workers",
                    str(a.workers),
                    "--one-run",
                    str(state),
                    json.dumps(part),
                ],
                check=True,
                capture_output=True,
                text=True,
                env=dict(os.environ),
            )
            print(json.dumps({"run": i + 1, **json.loads(out.stdout.strip().splitlines()[-1])}))
    finally:
        shutil.rmtree(state, ignore_errors=True)
    print(json.dumps({"machine": machine()}))


if __name__ == "__main__":
    main()
