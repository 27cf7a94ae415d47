"""Run the range: build the population, generate shards (optionally in processes), write
exchanges, accounts.jsonl, labels.jsonl and manifest.json.

Determinism: every account has its own RNG keyed by (seed, account index) and every shard is
written by exactly one worker in account order, so the bytes depend on the arguments only
(not on the number of workers). Gzip headers carry no time or name.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import msgspec

from distillwatch.contract.writers import ExchangeWriter
from distillwatch.simulate.account_traffic import AccountTraffic, account_kept
from distillwatch.simulate.config import DEFAULT_CONFIG, RangeConfig
from distillwatch.simulate.context import RunContext, parse_start
from distillwatch.simulate.families import Selection, all_families
from distillwatch.simulate.pools import Pools
from distillwatch.simulate.population import AccountSpec, Infra, build_population

FORMATS = ("jsonl.gz", "jsonl", "parquet")
_POOLS: dict[int, Pools] = {}


@dataclass(frozen=True, slots=True)
class SimulateArgs:
    days: int = 30
    accounts: int = 2000
    seed: int = 0
    scale: float = 1.0
    fmt: str = "jsonl.gz"
    only: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    start: str | None = None
    workers: int = 1
    compresslevel: int = 1
    shards: int | None = None
    part: tuple[int, int] | None = None  # (K, N): write only shard files k with k % N == K


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class _JsonlSink:
    """JSON Lines (gzip or plain) with a time-free gzip header, written in large chunks."""

    def __init__(self, path: Path, compresslevel: int) -> None:
        self._raw = path.open("wb")
        self._fh: IO[bytes] | gzip.GzipFile = (
            gzip.GzipFile(
                filename="", mode="wb", fileobj=self._raw, compresslevel=compresslevel, mtime=0
            )
            if path.name.endswith(".gz")
            else self._raw
        )
        self._enc = msgspec.json.Encoder()

    def write_many(self, rows: list[dict[str, Any]]) -> None:
        enc = self._enc.encode
        self._fh.write(b"\n".join(enc(r) for r in rows) + b"\n")

    def close(self) -> None:
        self._fh.close()
        self._raw.close()


class _ParquetSink:
    def __init__(self, path: Path) -> None:
        self._w = ExchangeWriter(path)

    def write_many(self, rows: list[dict[str, Any]]) -> None:
        for r in rows:
            self._w.write(r)

    def close(self) -> None:
        self._w.close()


def generate_shard(job: tuple[RunContext, list[AccountSpec], str, str, int]) -> dict[str, int]:
    """Write one shard file; returns exchanges per account id."""
    ctx, specs, path, fmt, level = job
    pools = _POOLS.get(ctx.seed)
    if pools is None:  # one pool set per process and seed, shared by its shards
        _POOLS.clear()
        pools = _POOLS[ctx.seed] = Pools(ctx.seed)
    sink: _JsonlSink | _ParquetSink = (
        _ParquetSink(Path(path)) if fmt == "parquet" else _JsonlSink(Path(path), level)
    )
    counts: dict[str, int] = {}
    try:
        for spec in specs:
            gen = AccountTraffic(spec, ctx, pools)
            c = 0
            for rows in gen.days():
                sink.write_many(rows)
                c += len(rows)
            counts[spec.account_id] = c
    finally:
        sink.close()
    return counts


def simulate(
    out_dir: str | Path, args: SimulateArgs, cfg: RangeConfig = DEFAULT_CONFIG
) -> dict[str, Any]:
    """Generate a range into `out_dir`; returns the manifest (no timings in it: same bytes
    for the same arguments). With `part=(K, N)` only shard files k ≡ K (mod N) are written
    (a big range split over several runs or machines); the manifest's exchange counts then
    cover that part only, while accounts/labels are always complete."""
    from distillwatch.contract.errors import ConfigError

    if args.days < 1 or args.accounts < 1:
        raise ConfigError("--days and --accounts must be at least 1")
    if args.scale <= 0:
        raise ConfigError("--scale must be positive")
    if args.part is not None and not 0 <= args.part[0] < args.part[1]:
        raise ConfigError("--part K/N needs 0 <= K < N")
    if args.fmt not in FORMATS:
        raise ConfigError(f"--format must be one of {', '.join(FORMATS)}, not {args.fmt!r}")
    selection = Selection.parse(cfg, list(args.only), list(args.exclude))
    start = parse_start(args.start or cfg.start)
    ctx = RunContext(
        cfg=cfg, seed=args.seed, start=start, days=args.days, scale=args.scale, selection=selection
    )
    specs, infras = build_population(cfg, args.accounts, start, args.days, args.seed)
    kept = [s for s in specs if account_kept(s, ctx)]
    out = Path(out_dir)
    ex_dir = out / "exchanges"
    ex_dir.mkdir(parents=True, exist_ok=True)
    n_shards = args.shards or cfg.shards
    mine = [k for k in range(n_shards) if args.part is None or k % args.part[1] == args.part[0]]
    for old in ex_dir.glob("part-*"):
        if args.part is None or int(old.name[5:8]) in mine:
            old.unlink()
    jobs = []
    for k in mine:
        shard_specs = kept[k::n_shards]
        path = ex_dir / f"part-{k:03d}.{args.fmt}"
        jobs.append((ctx, shard_specs, str(path), args.fmt, args.compresslevel))
    counts: dict[str, int] = {}
    if args.workers > 1:
        with ProcessPoolExecutor(max_workers=args.workers) as pool:
            for c in pool.map(generate_shard, jobs):
                counts.update(c)
    else:
        for job in jobs:
            counts.update(generate_shard(job))
    _write_accounts(out / "accounts.jsonl", kept)
    _write_labels(out / "labels.jsonl", kept)
    manifest = _manifest(args, cfg, ctx, kept, infras, counts, selection)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=False) + "\n")
    return manifest


def _write_accounts(path: Path, specs: list[AccountSpec]) -> None:
    enc = msgspec.json.Encoder()
    with path.open("wb") as f:
        for s in specs:
            f.write(
                enc.encode(
                    {
                        "account_id": s.account_id,
                        "created_at": _iso(s.created_at),
                        "signup_channel": s.signup_channel,
                        "email_domain": s.email_domain,
                        "payment_fingerprint": s.payment_fingerprint,
                        "verified": s.verified,
                        "tier": s.tier,
                    }
                )
                + b"\n"
            )


def _write_labels(path: Path, specs: list[AccountSpec]) -> None:
    enc = msgspec.json.Encoder()
    with path.open("wb") as f:
        for s in specs:
            f.write(
                enc.encode(
                    {
                        "account_id": s.account_id,
                        "label": s.group,
                        "campaign_id": s.campaign_id,
                        "persona": s.family,
                    }
                )
                + b"\n"
            )


def _manifest(
    args: SimulateArgs,
    cfg: RangeConfig,
    ctx: RunContext,
    kept: list[AccountSpec],
    infras: list[Infra],
    counts: dict[str, int],
    sel: Selection,
) -> dict[str, Any]:
    acc_by: Counter[str] = Counter(s.family for s in kept)
    ex_by: Counter[str] = Counter()
    for s in kept:
        ex_by[s.family] += counts.get(s.account_id, 0)
    kept_campaigns = {s.campaign_id for s in kept if s.campaign_id}
    params = asdict(args)
    params["workers"] = None  # does not change the output; kept out so manifests compare equal
    return {
        "generator": "distillwatch.simulate",
        "generator_digest": generator_digest(),
        "parameters": params,
        "seed": args.seed,
        "window": {"start": _iso(ctx.start), "end": _iso(ctx.end), "days": args.days},
        "models": {
            "existing": cfg.models.existing,
            "new": cfg.models.new,
            "release_at": _iso(ctx.release),
        },
        "selection": sel.as_dict(),
        "families": all_families(cfg),
        "counts": {
            "accounts": len(kept),
            "attack_accounts": sum(1 for s in kept if s.group == "attack"),
            "exchanges": sum(counts.values()),
            "accounts_by_persona": dict(sorted(acc_by.items())),
            "exchanges_by_persona": dict(sorted(ex_by.items())),
        },
        "campaigns": [
            {
                "campaign_id": i.campaign_id,
                "family": i.family,
                "accounts": sum(1 for s in kept if s.campaign_id == i.campaign_id),
            }
            for i in infras
            if i.campaign_id in kept_campaigns
        ],
        "files": {
            "exchanges": "exchanges/",
            "accounts": "accounts.jsonl",
            "labels": "labels.jsonl",
        },
    }


def generator_digest() -> str:
    """A digest of the simulator's code and text (this package's sources): a range written by
    other code is another range, whatever its arguments, so caches of ranges compare it."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for f in sorted(root.rglob("*.py")):
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def is_current(range_dir: Path) -> bool:
    """Whether `range_dir` holds a complete range written by this simulator's code."""
    man = range_dir / "manifest.json"
    if not man.exists():
        return False
    return bool(json.loads(man.read_text()).get("generator_digest") == generator_digest())


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
