"""The shardable stages of a scan, as plain functions over a shard of exchanges or facts.

`facts_stage` turns exchanges into facts (signals included); `replay_shard` folds each
account's facts in time order and records when the evidence first crossed the threshold.
Both take and return plain data, so they run the same in one process, a process pool, or
a Spark `mapPartitions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from operator import attrgetter

import msgspec
import numpy as np

from distillwatch.contract.exchange import Exchange
from distillwatch.detect.cadence import should_score
from distillwatch.detect.evidence import Evidence
from distillwatch.detect.scoring import Scorer
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts, facts_from
from distillwatch.profiles.profile import AccountProfile
from distillwatch.signals.base import SignalExtractor


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
    timestamps: bytes
    """float64 epoch seconds of the account's exchanges, sorted (numpy bytes)."""
    campaign_id: str | None = None

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
    account_id: str, facts: Sequence[Facts], ctx: ProfileContext, scorer: Scorer
) -> AccountResult:
    """Fold `facts` (already in time order) and score on the shared cadence."""
    profile = AccountProfile(account_id)
    flagged_at: float | None = None
    before: int | None = None
    at_flag = None
    for i, f in enumerate(facts, start=1):
        profile.update(f)
        if flagged_at is None and should_score(i):
            ctx.now = f.ts
            s = scorer.score(profile, ctx)
            if s.flagged:
                flagged_at, before, at_flag = f.ts, i, s
    ctx.now = None
    final = scorer.score(profile, ctx)
    if flagged_at is None and final.flagged:
        # Crossed between cadence points after the last one: flag at the last exchange.
        flagged_at, before = facts[-1].ts, len(facts)
    # A flag is sticky (containment happened); report the stronger of the two moments.
    best = at_flag if at_flag is not None and at_flag.score > final.score else final
    flagged = flagged_at is not None
    return AccountResult(
        account_id=account_id,
        score=best.score,
        total=best.total,
        flagged=flagged,
        flagged_at=flagged_at,
        exchanges=len(facts),
        exchanges_before_flag=before,
        evidence=best.evidence,
        groups=best.groups,
        profile=profile.to_bytes(),
        timestamps=np.fromiter((f.ts for f in facts), dtype=np.float64, count=len(facts)).tobytes(),
    )


def replay_shard(
    facts: Iterable[Facts], ctx: ProfileContext, scorer: Scorer
) -> list[AccountResult]:
    """Replay every account in a shard; input order does not matter (sorted here)."""
    ordered = sorted(facts, key=attrgetter("account_id", "ts"))
    return [
        replay_account(acc, list(group), ctx, scorer)
        for acc, group in groupby(ordered, key=attrgetter("account_id"))
    ]
