"""CPU cost of two non-signal scan stages: Parquet decode and account replay, per exchange.

    .venv/bin/python benchmarks/probe_read_replay.py                       # this tree
    .venv/bin/python benchmarks/probe_read_replay.py --baseline-src /tmp/old/src

Each source tree (this one, and optionally a copy of an older `src/`) is measured in its own
subprocess in the same run, so before/after numbers share the machine's state; the digests
of the decoded exchanges and of the replay results (profiles included, byte for byte) must
match between trees.

Data: the 1.2M-exchange range month of bench_scan.py (benchmarks/work/range-1000000-*-s101).
Replay runs on the facts of `--shards` of the scan's 32 account shards, built once (signals
included) and cached in benchmarks/work/probe-facts-*.msgpack.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent
WORK = HERE / "work"
MONTH = "range-1000000-{fmt}-s101"
SCAN_SHARDS = 32


def _facts_path(shards: int) -> Path:
    return WORK / f"probe-facts-{shards}of{SCAN_SHARDS}.msgpack"


def prepare(shards: int) -> Path:
    """Facts of the accounts in the first `shards` scan shards, plus the global context."""
    import msgspec

    from distillwatch.contract.readers import ReadReport, read_exchanges
    from distillwatch.profiles.context import ProfileContext
    from distillwatch.scan.spill import shard_of
    from distillwatch.scan.stages import facts_stage
    from distillwatch.signals import load_extractor

    out = _facts_path(shards)
    if out.exists():
        return out
    extractor = load_extractor()
    ctx = ProfileContext()
    facts = []
    batch = []
    for ex in read_exchanges([WORK / MONTH.format(fmt="parquet") / "exchanges"], ReadReport()):
        ctx.observe_model(ex.request.model, ex.epoch)
        if shard_of(ex.account_id, SCAN_SHARDS) < shards:
            batch.append(ex)
            if len(batch) >= 2048:
                facts.extend(facts_stage(batch, extractor))
                batch.clear()
    facts.extend(facts_stage(batch, extractor))
    data = {"log_start": ctx.log_start, "models": ctx.model_first_seen, "facts": facts}
    out.write_bytes(msgspec.msgpack.encode(data))
    return out


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def measure(shards: int) -> dict[str, object]:
    """One pass over one source tree (run in a subprocess with that tree on PYTHONPATH)."""
    import msgspec

    from distillwatch.contract.readers import ReadReport, read_jsonl, read_parquet
    from distillwatch.detect.scoring import Scorer
    from distillwatch.profiles.context import ProfileContext
    from distillwatch.profiles.facts import Facts
    from distillwatch.scan.stages import replay_shard

    enc = msgspec.msgpack.Encoder()
    res: dict[str, object] = {"src": os.path.dirname(sys.modules["distillwatch"].__file__ or "")}
    pq = WORK / MONTH.format(fmt="parquet") / "exchanges" / "part-000.parquet"
    gz = WORK / MONTH.format(fmt="jsonl.gz") / "exchanges" / "part-000.jsonl.gz"

    # Timed pass: each exchange is dropped as it comes, as a scan drops exchanges once their
    # facts are built (holding a whole file would make the garbage collector the subject).
    # Then an untimed pass hashes them.
    for key, reader, path in (("parquet", read_parquet, pq), ("jsonl_gz", read_jsonl, gz)):
        t = time.process_time()
        n = sum(1 for _ in reader(path, ReadReport()))
        res[f"{key}_decode_us"] = round((time.process_time() - t) / n * 1e6, 2)
        res[f"{key}_rows"] = n
        h = hashlib.sha256()
        for ex in reader(path, ReadReport()):
            h.update(enc.encode(ex))
        res[f"{key}_digest"] = h.hexdigest()[:16]

    raw = msgspec.msgpack.decode(_facts_path(shards).read_bytes())
    facts = msgspec.convert(raw["facts"], list[Facts])
    ctx = ProfileContext(log_start=raw["log_start"], model_first_seen=dict(raw["models"]))
    scorer = Scorer()
    t = time.process_time()
    results = replay_shard(facts, ctx, scorer)
    res["replay_us"] = round((time.process_time() - t) / len(facts) * 1e6, 2)
    res["replay_exchanges"] = len(facts)
    res["replay_accounts"] = len(results)
    res["replay_digest"] = _digest(enc.encode(results))
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline-src", help="a copy of an older src/ to measure beside this one")
    ap.add_argument("--current-src", help="measure this src/ as 'current' (default: this tree)")
    ap.add_argument("--shards", type=int, default=4, help="scan shards (of 32) to replay")
    ap.add_argument("--repeat", type=int, default=3, help="rounds; each metric's best counts")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.shards)))
        return
    prepare(args.shards)
    trees = [("current", args.current_src or str(HERE.parent / "src"))]
    if args.baseline_src:
        trees.insert(0, ("baseline", args.baseline_src))
    # Trees alternate, one pass each per round, and each metric keeps its best round: on a
    # shared machine that compares the two under the same load.
    runs: dict[str, dict[str, object]] = {}
    for _ in range(args.repeat):
        for name, src in trees:
            # A fixed hash seed: profiles hold sets, which msgpack writes in iteration order.
            env = {**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": "0"}
            cmd = [sys.executable, __file__, "--child", "--shards", str(args.shards)]
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
            got = json.loads(out.strip().splitlines()[-1])
            best = runs.setdefault(name, got)
            for k, v in got.items():
                if k.endswith("_us"):
                    best[k] = min(best[k], v)  # type: ignore[type-var]
    for name, r in runs.items():
        print(name, json.dumps(r))
    if len(runs) == 2:
        b, c = runs["baseline"], runs["current"]
        for k in ("parquet_decode_us", "jsonl_gz_decode_us", "replay_us"):
            print(f"{k:20s} {b[k]:8.2f} -> {c[k]:8.2f}  ({b[k] / c[k]:.2f}x)")
        for k in ("parquet_digest", "jsonl_gz_digest", "replay_digest"):
            print(f"{k:20s} {'identical' if b[k] == c[k] else 'DIFFERENT'}")


if __name__ == "__main__":
    main()
