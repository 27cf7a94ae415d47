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

import msgspec
import numpy as np

from distillwatch.contract.exchange import Exchange
from distillwatch.detect.cadence import should_score
from distillwatch.detect.evidence import Evidence
from distillwatch.detect.scoring import AccountScore, Scorer
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts, facts_from
from distillwatch.profiles.profile import AccountProfile
from distillwatch.signals.base import SignalExtractor


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
    return AccountResult(
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
