"""In-process state: one gateway process, nothing shared. Folds need no lock: they run on
the event loop without awaiting between read and write."""

from __future__ import annotations

from distillwatch.contract.exchange import Exchange
from distillwatch.detect.live import LiveDetector
from distillwatch.gateway.state.base import LiveVerdict, fold_exchange
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.profile import AccountProfile
from distillwatch.signals.base import RequestSignals


class MemoryStore:
    kind = "memory"

    def __init__(self) -> None:
        self.ctx = ProfileContext()
        self.profiles: dict[str, AccountProfile] = {}
        self.verdicts: dict[str, LiveVerdict] = {}
        self.buckets: dict[str, tuple[float, float]] = {}

    async def verdict(self, account_id: str) -> LiveVerdict | None:
        return self.verdicts.get(account_id)

    async def fold(self, detector: LiveDetector, ex: Exchange, sig: RequestSignals) -> LiveVerdict:
        aid = ex.account_id
        profile = self.profiles.get(aid)
        if profile is None:
            profile = self.profiles[aid] = AccountProfile(aid)
        v = self.verdicts.get(aid) or LiveVerdict()
        self.verdicts[aid] = v = fold_exchange(detector, profile, self.ctx, v, ex, sig)
        return v

    async def take(self, bucket: str, rate: float, burst: float, now: float) -> float:
        tokens, last = self.buckets.get(bucket, (burst, now))
        tokens = min(burst, tokens + max(0.0, now - last) * rate)
        if tokens >= 1.0:
            self.buckets[bucket] = (tokens - 1.0, now)
            return 0.0
        self.buckets[bucket] = (tokens, now)
        return (1.0 - tokens) / rate if rate > 0 else float("inf")

    async def profile(self, account_id: str) -> tuple[AccountProfile, ProfileContext] | None:
        p = self.profiles.get(account_id)
        return None if p is None else (p, self.ctx)

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        return None
