"""Orchestrates a scan: read → facts (signals) → spill by account → causal replay → campaigns
→ outputs. Reading and replay run in a process pool (`workers`); each stage is one of the
plain functions in `stages`, so other engines can run them unchanged."""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distillwatch.contract.errors import InputError
from distillwatch.contract.exchange import AccountInfo, Exchange
from distillwatch.contract.readers import (
    ReadReport,
    expand_paths,
    is_parquet,
    parquet_row_groups,
    read_accounts,
    read_exchanges,
    read_parquet,
)
from distillwatch.detect.calibration import load_calibration
from distillwatch.detect.scoring import Scorer
from distillwatch.profiles.context import ProfileContext
from distillwatch.scan.outputs import (
    AccountFinding,
    CampaignFinding,
    reasons_of,
    ts_str,
    write_jsonl,
    write_summary,
)
from distillwatch.scan.spill import ShardWriter, shard_of
from distillwatch.scan.stages import AccountResult, ReplayOutput, facts_stage, replay_spilled
from distillwatch.scan.state import (
    ScanState,
    load_all_results,
    load_shard,
    load_state,
    new_generation,
    save_shard,
    save_state,
)
from distillwatch.signals.base import SignalExtractor

if TYPE_CHECKING:  # the campaign graph (scipy, igraph) loads only when the stage runs
    from distillwatch.detect.graph import GraphConfig

BATCH = 2048


def default_extractor(intent_model: str | None = None) -> SignalExtractor:
    from distillwatch.signals import load_extractor

    return load_extractor(intent_model)


@dataclass
class ScanOptions:
    accounts_file: str | None = None
    workers: int = 0
    """Processes for reading and replay; 0 picks min(CPU count, input files)."""
    shards: int = 32
    calibration: str | None = None
    extractor_factory: Callable[[], SignalExtractor] = default_extractor
    campaigns: bool = True
    tmp_dir: str | None = None
    state_dir: str | None = None
    """Carry account state between runs here (incremental scans of new days)."""
    intent_model: str | None = None
    """An intent model file for the request signals instead of the shipped one (e.g. one
    with the opt-in embedding stage); used only with the default extractor factory."""


@dataclass
class ReadOutput:
    report: dict[str, Any]
    models: dict[str, float]
    log_start: float | None
    accounts: dict[str, AccountInfo]
    facts: int


@dataclass
class ScanResult:
    results: list[AccountResult]
    campaigns: list[CampaignFinding]
    summary: dict[str, Any]
    accounts: dict[str, AccountInfo] = field(default_factory=dict)


_COUNTER: Any = None


def _init_worker(counter: Any) -> None:
    global _COUNTER
    _COUNTER = counter


Unit = tuple[str, int, int]
"""A unit of reading work: (file, first row group, end row group); (file, 0, 0) = whole file."""


def _read_units(
    units: list[Unit], report: ReadReport, accounts: dict[str, AccountInfo] | None
) -> Iterator[Exchange]:
    for path, lo, hi in units:
        if hi > lo:
            report.files += 1 if lo == 0 else 0
            for ex in read_parquet(Path(path), report, row_groups=range(lo, hi)):
                if accounts is not None and ex.account is None:
                    ex.account = accounts.get(ex.account_id)
                yield ex
        else:
            yield from read_exchanges([path], report, accounts)


def _read_part(
    files: list[Unit],
    spill_dir: str,
    prefix: str,
    shards: int,
    accounts_file: str | None,
    extractor_factory: Callable[[], SignalExtractor],
    progress: Any = None,
) -> ReadOutput:
    """Stage 1 for a set of files: exchanges → facts, spilled by account shard."""
    progress = progress if progress is not None else _COUNTER
    report = ReadReport()
    accounts = read_accounts(accounts_file, report) if accounts_file else None
    extractor = extractor_factory()
    # The model, the lexicon tables and the accounts live for the whole stage: keep the
    # cyclic collector from re-scanning them on every pass (measured: ~6% of the stage).
    gc.freeze()
    ctx = ProfileContext()
    infos: dict[str, AccountInfo] = {}
    writer = ShardWriter(Path(spill_dir), prefix, shards)
    batch: list[Exchange] = []

    def flush() -> None:
        for f in facts_stage(batch, extractor):
            writer.add(f)
        if progress is not None:
            with progress.get_lock():
                progress.value += len(batch)
        batch.clear()

    for ex in _read_units(files, report, accounts):
        ctx.observe_model(ex.request.model, ex.epoch)
        if ex.account is not None and ex.account_id not in infos:
            infos[ex.account_id] = ex.account
        batch.append(ex)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    writer.close()
    return ReadOutput(report.as_dict(), ctx.model_first_seen, ctx.log_start, infos, writer.count)


@dataclass
class ReplayPlan:
    """What every replay task shares: context, calibration, and what to hand back."""

    ctx: ProfileContext
    calibration: str | None
    accounts: dict[str, AccountInfo]
    graph_cfg: GraphConfig | None
    """Build each account's campaign record in the worker (None: no campaign stage)."""
    return_profiles: bool
    """Hand the profiles back to the caller (a campaign stage run by the caller)."""
    prior_dir: str | None = None
    """A state generation the workers read their shard's earlier results from."""
    state_out: str | None = None
    """The generation the workers write their shard's new results to (profiles included)."""


def _replay_part(
    shards: list[int],
    shard_paths: list[list[str]],
    plan: ReplayPlan,
    priors: list[dict[str, AccountResult]] | None,
) -> ReplayOutput:
    """Replay shards; their earlier results come from `priors` (one dict per shard) or,
    when that is None, from the plan's prior state generation."""
    scorer = Scorer(load_calibration(plan.calibration))
    out = ReplayOutput(results=[], records=[])
    for i, (shard, paths) in enumerate(zip(shards, shard_paths, strict=True)):
        if priors is not None:
            shard_priors = priors[i]
        elif plan.prior_dir is not None:
            shard_priors = load_shard(Path(plan.prior_dir), shard)
        else:
            shard_priors = {}
        part = replay_spilled(
            [Path(p) for p in paths],
            plan.ctx,
            scorer,
            shard_priors,
            plan.accounts,
            plan.graph_cfg,
            plan.return_profiles or plan.state_out is not None,
        )
        del shard_priors
        if plan.state_out is not None:
            save_shard(Path(plan.state_out), shard, part.results)
            if not plan.return_profiles:
                for r in part.results:
                    r.profile = b""
        out.results.extend(part.results)
        out.records.extend(part.records)
    return out


_PLAN: ReplayPlan | None = None


def _replay_task(
    shards: list[int],
    shard_paths: list[list[str]],
    priors: list[dict[str, AccountResult]] | None,
) -> ReplayOutput:
    assert _PLAN is not None, "replay plan not set before the pool forked"
    return _replay_part(shards, shard_paths, _PLAN, priors)


def _plan(files: list[Path], workers: int) -> list[list[Unit]]:
    """Balance reading over workers by size; Parquet files split by row groups when there
    are fewer files than workers (gzip JSON Lines cannot be split)."""
    units: list[tuple[Unit, float]] = []
    for f in files:
        size = float(f.stat().st_size)
        groups = parquet_row_groups(f) if is_parquet(f) and len(files) < workers else 0
        if groups > 1:
            step = max(1, -(-groups // workers))
            for lo in range(0, groups, step):
                hi = min(groups, lo + step)
                units.append(((str(f), lo, hi), size * (hi - lo) / groups))
        else:
            units.append(((str(f), 0, 0), size))
    parts = max(1, min(workers, len(units)))
    buckets: list[list[Unit]] = [[] for _ in range(parts)]
    sizes = [0.0] * parts
    for unit, size in sorted(units, key=lambda u: -u[1]):
        i = sizes.index(min(sizes))
        buckets[i].append(unit)
        sizes[i] += size
    return [b for b in buckets if b]


def _merge_reports(parts: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {
        "files": 0,
        "exchanges_read": 0,
        "skipped": 0,
        "skipped_by_reason": {},
        "skipped_examples": [],
    }
    for r in parts:
        merged["files"] += r["files"]
        merged["exchanges_read"] += r["exchanges_read"]
        merged["skipped"] += r["skipped"]
        for k, v in r["skipped_by_reason"].items():
            merged["skipped_by_reason"][k] = merged["skipped_by_reason"].get(k, 0) + v
        merged["skipped_examples"].extend(r["skipped_examples"])
    merged["skipped_examples"] = merged["skipped_examples"][:200]
    return merged


def run_scan(
    inputs: Sequence[str | Path],
    out_dir: str | Path | None,
    options: ScanOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> ScanResult:
    """Scan `inputs` and (when `out_dir` is given) write accounts/campaigns/summary there."""
    opts = options or ScanOptions()
    t0 = time.perf_counter()
    intent_model, extractor_factory = _signals_model(opts)
    state_dir = Path(opts.state_dir) if opts.state_dir else None
    state = load_state(state_dir) if state_dir else None
    if state is not None and intent_model is not None:
        _check_state_model(state, intent_model, state_dir)
    # Earlier results are read by the replay workers, shard by shard, when the state was
    # written with this shard count; otherwise (version 1, another --shards) they are
    # loaded here once and handed out by shard.
    prior_dir: Path | None = None
    priors: dict[str, AccountResult] = {}
    if state is not None and state_dir is not None:
        if state.version == 2 and state.shards == opts.shards and state.generation:
            prior_dir = state_dir / state.generation
        else:
            priors = {r.account_id: r for r in load_all_results(state_dir, state)}
    files = expand_paths(inputs)
    workers = opts.workers or (os.cpu_count() or 1)
    parts = _plan(files, workers)
    tmp = Path(tempfile.mkdtemp(prefix="distillwatch-spill-", dir=opts.tmp_dir))
    try:
        counter: Any = mp.get_context("fork").Value("q", 0)
        outs: list[ReadOutput]
        if len(parts) <= 1:
            outs = (
                [
                    _read_part(
                        parts[0] if parts else [],
                        str(tmp),
                        "w0",
                        opts.shards,
                        opts.accounts_file,
                        extractor_factory,
                        counter,
                    )
                ]
                if parts
                else []
            )
        else:
            with ProcessPoolExecutor(
                len(parts),
                mp_context=mp.get_context("fork"),
                initializer=_init_worker,
                initargs=(counter,),
            ) as pool:
                futs = [
                    pool.submit(
                        _read_part,
                        part,
                        str(tmp),
                        f"w{i}",
                        opts.shards,
                        opts.accounts_file,
                        extractor_factory,
                    )
                    for i, part in enumerate(parts)
                ]
                while not all(f.done() for f in futs):
                    time.sleep(0.2)
                    if on_progress:
                        on_progress(counter.value)
                outs = [f.result() for f in futs]
        if on_progress:
            on_progress(counter.value)
        t_read = time.perf_counter()

        ctx = ProfileContext()
        accounts: dict[str, AccountInfo] = dict(state.accounts) if state else {}
        if state is not None:
            for m, ts in state.model_first_seen.items():
                ctx.observe_model(m, ts)
            if state.log_start is not None:
                ctx.log_start = min(state.log_start, ctx.log_start or state.log_start)
        for o in outs:
            for m, ts in o.models.items():
                ctx.observe_model(m, ts)
            for a, info in o.accounts.items():
                accounts.setdefault(a, info)

        shard_paths = [
            [str(tmp / f"w{i}-{s:04d}.spill") for i in range(len(outs))] for s in range(opts.shards)
        ]
        rworkers = max(1, min(opts.workers or (os.cpu_count() or 1), opts.shards))
        graph_dir = Path(opts.state_dir) / "campaign-graph" if opts.state_dir else None
        generation = new_generation(state_dir) if state_dir is not None else None
        plan = ReplayPlan(
            ctx=ctx,
            calibration=opts.calibration,
            accounts=accounts,
            graph_cfg=_graph_config(graph_dir) if opts.campaigns else None,
            # Profiles reach the main process only for a campaign stage run by the caller
            # (campaigns=False); the next run's state is written by the workers.
            return_profiles=not opts.campaigns,
            prior_dir=str(prior_dir) if prior_dir is not None else None,
            state_out=str(generation) if generation is not None else None,
        )
        by_shard: list[dict[str, AccountResult]] | None = None
        if prior_dir is None:
            by_shard = [{} for _ in range(opts.shards)]
            for a, r in priors.items():
                by_shard[shard_of(a, opts.shards)][a] = r
        del priors
        if state is not None:
            state.results = []
        all_shards = list(range(opts.shards))
        if rworkers == 1:
            replayed = [_replay_part(all_shards, shard_paths, plan, by_shard)]
        else:
            # One task per shard, so a worker hands back (and frees) one shard's accounts
            # at a time instead of holding half the month until the end. The plan reaches
            # the forked workers as a global, not pickled per task.
            global _PLAN
            _PLAN = plan
            try:
                with ProcessPoolExecutor(rworkers, mp_context=mp.get_context("fork")) as pool:
                    replayed = list(
                        pool.map(
                            _replay_task,
                            [[k] for k in all_shards],
                            [[p] for p in shard_paths],
                            [None] * opts.shards if by_shard is None else [[b] for b in by_shard],
                        )
                    )
            finally:
                _PLAN = None
        del by_shard
        # Sorted by account; each result's campaign record (if built) stays beside it.
        pairs = sorted(
            (
                (r, part.records[k] if part.records else b"")
                for part in replayed
                for k, r in enumerate(part.results)
            ),
            key=lambda rr: rr[0].account_id,
        )
        del replayed
        results = [r for r, _ in pairs]
        records = [rec for _, rec in pairs] if plan.graph_cfg is not None else None
        del pairs
        t_replay = time.perf_counter()
        campaigns: list[CampaignFinding] = []
        if opts.campaigns:
            campaigns = _campaign_stage(results, records, accounts, ctx, opts)
        records = None
        t_campaigns = time.perf_counter()
        if state_dir is not None and generation is not None:
            save_state(
                state_dir,
                ScanState(
                    log_start=ctx.log_start,
                    model_first_seen=ctx.model_first_seen,
                    accounts=accounts,
                    shards=opts.shards,
                    generation=generation.name,
                    runs=(state.runs if state else 0) + 1,
                    intent_model=intent_model["sha256"] if intent_model else None,
                ),
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    report = _merge_reports([o.report for o in outs])
    calibration = load_calibration(opts.calibration)
    summary: dict[str, Any] = {
        "exchanges_read": report["exchanges_read"],
        "skipped": report["skipped"],
        "skipped_by_reason": report["skipped_by_reason"],
        "skipped_examples": report["skipped_examples"],
        "files": report["files"],
        "accounts": len(results),
        "flagged_accounts": sum(1 for r in results if r.flagged),
        "campaigns": len(campaigns),
        "threshold": calibration.threshold,
        "calibration": calibration.source,
        "intent_model": intent_model,
        "models": {m: ts_str(t) for m, t in sorted(ctx.model_first_seen.items())},
        "timings_s": {
            "read_and_signals": round(t_read - t0, 3),
            "replay": round(t_replay - t_read, 3),
            "campaigns": round(t_campaigns - t_replay, 3),
            "total": round(time.perf_counter() - t0, 3),
        },
        "workers": len(parts),
    }
    total = summary["timings_s"]["total"]
    summary["exchanges_per_second"] = round(report["exchanges_read"] / total, 1) if total else None
    if out_dir is not None:
        write_outputs(Path(out_dir), results, campaigns, summary)
    return ScanResult(results=results, campaigns=campaigns, summary=summary, accounts=accounts)


def _signals_model(
    opts: ScanOptions,
) -> tuple[dict[str, Any] | None, Callable[[], SignalExtractor]]:
    """The intent model's identity (None under a custom extractor) and the factory the read
    workers build their extractor with. The model is loaded here first, so a bad file fails
    before any work, with its name."""
    if opts.extractor_factory is not default_extractor:
        if opts.intent_model is not None:
            raise ValueError("ScanOptions: intent_model applies only to the default extractor")
        return None, opts.extractor_factory
    from distillwatch.signals import load_extractor
    from distillwatch.signals.model import model_identity

    # loaded once per process (`load_extractor` is memoised): the read workers fork from
    # here and find it loaded
    try:
        identity = model_identity(opts.intent_model, load_extractor(opts.intent_model).model)
    except ValueError as e:
        raise InputError(f"intent model: {e}") from e
    if opts.intent_model is None:
        return identity, default_extractor
    return identity, partial(default_extractor, opts.intent_model)


def _check_state_model(state: ScanState, model: dict[str, Any], state_dir: Path | None) -> None:
    """A state's profiles carry intent shares read by one model: continuing them with
    another would mix two scales in one account."""
    if state.intent_model is not None and state.intent_model != model["sha256"]:
        raise InputError(
            f"{state_dir}: this state was built with intent model {state.intent_model}, this "
            f"run reads {model['file']} ({model['sha256']}); pass the same --intent-model (or "
            "use the distillwatch version whose shipped model built it), or start a new "
            "--state directory"
        )


def _graph_config(graph_dir: Path | None) -> GraphConfig:
    from distillwatch.detect.campaigns import graph_config

    return graph_config(graph_dir)


def _campaign_stage(
    results: list[AccountResult],
    records: list[bytes] | None,
    accounts: dict[str, AccountInfo],
    ctx: ProfileContext,
    opts: ScanOptions,
) -> list[CampaignFinding]:
    from distillwatch.detect.campaigns import find_campaigns

    graph_dir = Path(opts.state_dir) / "campaign-graph" if opts.state_dir else None
    return find_campaigns(
        results,
        accounts,
        ctx,
        Scorer(load_calibration(opts.calibration)),
        graph_dir=graph_dir,
        records=records,
    )


def write_outputs(
    out: Path,
    results: list[AccountResult],
    campaigns: list[CampaignFinding],
    summary: dict[str, Any],
) -> None:
    out.mkdir(parents=True, exist_ok=True)
    rows = [
        AccountFinding(
            account_id=r.account_id,
            score=round(r.score, 6),
            flagged=r.flagged,
            flagged_at=ts_str(r.flagged_at),
            campaign_id=r.campaign_id,
            exchanges=r.exchanges,
            exchanges_before_flag=r.exchanges_before_flag,
            reasons=reasons_of(r.evidence),
        )
        for r in results
    ]
    write_jsonl(out / "accounts.jsonl", rows)
    write_jsonl(out / "campaigns.jsonl", campaigns)
    write_summary(out / "summary.json", summary)
