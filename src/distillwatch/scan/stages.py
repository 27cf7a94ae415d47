"""The shardable stages of a scan, as plain functions over a shard of exchanges or facts.

`facts_stage` turns exchanges into facts (signals included); `replay_shard` folds each
account's facts in time order and records when the evidence first crossed the threshold.
Both take and return plain data, so they run the same in one process, a process pool, or
a Spark `mapPartitions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
import numpy as np

from distillwatch.contract.exchange import AccountInfo, Exchange
from distillwatch.detect.cadence import should_score
from distillwatch.detect.evidence import Evidence
from distillwatch.detect.scoring import AccountScore, Scorer
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts, facts_from
from distillwatch.profiles.profile import AccountProfile
from distillwatch.scan.spill import read_frames
from distillwatch.signals.base import SignalExtractor

if TYPE_CHECKING:  # the graph package (scipy, igraph) is imported only where records are built
    from distillwatch.detect.graph.config import GraphConfig
    from distillwatch.detect.graph.records import AccountRecord


class FlagMoment(msgspec.Struct, kw_only=True):
    """The score and evidence at the moment an account was first flagged."""

    score: float
    total: float
    evidence: list[Evidence]
    groups: dict[str, float]


class AccountResult(msgspec.Struct, kw_only=True):
    """One account after replay: the contract fields plus what the campaign stage needs."""

    account_id: str
    score: float
    total: float
    flagged: bool
    flagged_at: float | None
    exchanges: int
    exchanges_before_flag: int | None
    evidence: list[Evidence]
    groups: dict[str, float]
    profile: bytes
    """The account's profile (msgpack); empty when the scan needs it no further (no state
    kept, campaign records already built in the replay worker)."""
    timestamps: bytes
    """float64 epoch seconds of the account's exchanges, sorted (numpy bytes)."""
    campaign_id: str | None = None
    at_flag: FlagMoment | None = None
    """Kept so that an incremental run reports the same score as one pass."""

    def times(self) -> np.ndarray:
        return np.frombuffer(self.timestamps, dtype=np.float64)


def facts_stage(
    exchanges: Sequence[Exchange],
    extractor: SignalExtractor,
) -> list[Facts]:
    from distillwatch.signals.fingerprint import prompt_fingerprint

    sigs = extractor.extract_many(exchanges)
    return [
        facts_from(ex, sig, prompt_fingerprint(ex)) for ex, sig in zip(exchanges, sigs, strict=True)
    ]


def replay_account(
    account_id: str,
    facts: Sequence[Facts],
    ctx: ProfileContext,
    scorer: Scorer,
    prior: AccountResult | None = None,
) -> AccountResult:
    """Fold `facts` (already in time order) and score on the shared cadence.

    With `prior` (the account's state from an earlier scan), the new exchanges continue
    its profile, exchange count and flag: an incremental day costs only that day.
    """
    return _replay(account_id, facts, ctx, scorer, prior)[0]


def _replay(
    account_id: str,
    facts: Sequence[Facts],
    ctx: ProfileContext,
    scorer: Scorer,
    prior: AccountResult | None = None,
) -> tuple[AccountResult, AccountProfile]:
    profile = AccountProfile.from_bytes(prior.profile) if prior else AccountProfile(account_id)
    offset = prior.exchanges if prior else 0
    flagged_at: float | None = prior.flagged_at if prior else None
    before: int | None = prior.exchanges_before_flag if prior else None
    at_flag: FlagMoment | None = prior.at_flag if prior else None
    for i, f in enumerate(facts, start=offset + 1):
        profile.update(f)
        if flagged_at is None and should_score(i):
            ctx.now = f.ts
            s = scorer.score(profile, ctx)
            if s.flagged:
                flagged_at, before = f.ts, i
                at_flag = FlagMoment(
                    score=s.score, total=s.total, evidence=s.evidence, groups=s.groups
                )
    ctx.now = None
    final = scorer.score(profile, ctx)
    total_n = offset + len(facts)
    if flagged_at is None and final.flagged:
        # Crossed between cadence points after the last one: flag at the last exchange.
        flagged_at, before = facts[-1].ts, total_n
    # A flag is sticky (containment happened); report the stronger of the two moments.
    best: FlagMoment | AccountScore = final
    if at_flag is not None and at_flag.score > final.score:
        best = at_flag
    score, total, evidence, groups = best.score, best.total, best.evidence, best.groups
    times = np.fromiter((f.ts for f in facts), dtype=np.float64, count=len(facts))
    if prior is not None:
        times = np.sort(np.concatenate([prior.times(), times]), kind="stable")
    result = AccountResult(
        account_id=account_id,
        score=score,
        total=total,
        flagged=flagged_at is not None,
        flagged_at=flagged_at,
        exchanges=total_n,
        exchanges_before_flag=before,
        evidence=evidence,
        groups=groups,
        profile=profile.to_bytes(),
        timestamps=times.tobytes(),
        at_flag=at_flag,
    )
    return result, profile


class _Key(msgspec.Struct, array_like=True, gc=False):
    """The leading fields of a spilled `Facts`: enough to group it without decoding it."""

    ts: float
    account_id: str


_RAWS = msgspec.msgpack.Decoder(list[msgspec.Raw])
_KEY = msgspec.msgpack.Decoder(_Key)
_FACTS = msgspec.msgpack.Decoder(Facts)
_RECORD = msgspec.msgpack.Encoder()


def _spilled_by_account(paths: Iterable[Path]) -> dict[str, list[msgspec.Raw]]:
    """A shard's facts grouped by account, still encoded (a quarter of their decoded size),
    in spill order."""
    groups: dict[str, list[msgspec.Raw]] = {}
    for frame in read_frames(paths):
        for raw in _RAWS.decode(frame):
            groups.setdefault(_KEY.decode(raw).account_id, []).append(raw)
    return groups


def raised_by_campaign(r: AccountResult) -> bool:
    """Whether the result's evidence is a campaign's raise (from an earlier run)."""
    return bool(r.evidence) and r.evidence[0].code in {"campaign_member", "relay_harvest"}


def campaign_record(
    r: AccountResult, profile: AccountProfile, info: AccountInfo | None, cfg: GraphConfig
) -> AccountRecord:
    """The campaign graph's record of a replayed account: its own evidence, not a campaign's
    raise from an earlier run."""
    from distillwatch.detect.graph.records import record_from

    raised = raised_by_campaign(r)
    return record_from(
        r.account_id,
        profile,
        info,
        cfg,
        r.score if not raised else 0.0,
        r.flagged_at if not raised else None,
    )


class ReplayOutput(msgspec.Struct, kw_only=True):
    """What a replay worker hands back: results, and (when asked) each one's campaign record,
    msgpack-encoded, in the same order."""

    results: list[AccountResult]
    records: list[bytes]


def replay_spilled(
    paths: Iterable[Path],
    ctx: ProfileContext,
    scorer: Scorer,
    priors: Mapping[str, AccountResult] | None = None,
    accounts: Mapping[str, AccountInfo] | None = None,
    graph_cfg: GraphConfig | None = None,
    keep_profiles: bool = True,
) -> ReplayOutput:
    """Replay one spilled shard (same results as `replay_shard` over its facts), plus the
    priors with no new facts (quiet since the last run).

    Facts stay encoded until their account's turn, and each account's profile becomes its
    campaign record (with `graph_cfg`) here, so the main process never holds the profiles
    unless `keep_profiles` (incremental state, or a campaign stage run later)."""
    priors = priors or {}
    accounts = accounts or {}
    out = ReplayOutput(results=[], records=[])

    def emit(r: AccountResult, profile: AccountProfile | None) -> None:
        if graph_cfg is not None:
            p = profile if profile is not None else AccountProfile.from_bytes(r.profile)
            rec = campaign_record(r, p, accounts.get(r.account_id), graph_cfg)
            out.records.append(_RECORD.encode(rec))
        if not keep_profiles:
            r.profile = b""
        out.results.append(r)

    groups = _spilled_by_account(paths)
    for acc in sorted(groups):
        facts = sorted((_FACTS.decode(raw) for raw in groups.pop(acc)), key=attrgetter("ts"))
        emit(*_replay(acc, facts, ctx, scorer, priors.get(acc)))
    del groups
    replayed = {r.account_id for r in out.results}
    for acc in sorted(priors):
        if acc not in replayed:
            emit(priors[acc], None)
    return out


def replay_shard(
    facts: Iterable[Facts],
    ctx: ProfileContext,
    scorer: Scorer,
    priors: Mapping[str, AccountResult] | None = None,
) -> list[AccountResult]:
    """Replay every account in a shard; input order does not matter (sorted here)."""
    ordered = sorted(facts, key=attrgetter("account_id", "ts"))
    priors = priors or {}
    return [
        replay_account(acc, list(group), ctx, scorer, priors.get(acc))
        for acc, group in groupby(ordered, key=attrgetter("account_id"))
    ]
