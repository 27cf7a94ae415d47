"""What a state backend offers; in process (`memory`) or shared through Redis (`redis://`).

The fold — profile update plus re-score on the shared cadence — is the same function for
every backend (`fold_exchange`); backends only make the read-modify-write atomic.
"""

from __future__ import annotations

from typing import Protocol

import msgspec

from distillwatch.contract.exchange import Exchange
from distillwatch.detect.evidence import Evidence
from distillwatch.detect.live import LiveDetector
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.profile import AccountProfile
from distillwatch.signals.base import RequestSignals

MAX_EVIDENCE = 8


class StateError(Exception):
    """The state backend is unreachable or failed; the policy decides open or closed."""


class LiveVerdict(msgspec.Struct, kw_only=True, omit_defaults=True):
    """An account's live verdict after its latest scored exchange."""

    exchanges: int = 0
    score: float | None = None
    flagged: bool = False
    flagged_at: float | None = None
    exchanges_before_flag: int | None = None
    evidence: list[Evidence] = msgspec.field(default_factory=list)


VERDICT_ENC = msgspec.msgpack.Encoder()
VERDICT_DEC = msgspec.msgpack.Decoder(LiveVerdict)


def fold_exchange(
    detector: LiveDetector,
    profile: AccountProfile,
    ctx: ProfileContext,
    verdict: LiveVerdict,
    ex: Exchange,
    sig: RequestSignals,
) -> LiveVerdict:
    """Fold one completed exchange; the first flag sets `flagged_at` to its time (as scan)."""
    obs = detector.observe(profile, ctx, ex, sig, verdict.flagged)
    verdict.exchanges = profile.count
    if obs.score is not None:
        verdict.score = obs.score.score
        verdict.evidence = obs.score.evidence[:MAX_EVIDENCE]
        if obs.newly_flagged:
            verdict.flagged = True
            verdict.flagged_at = ex.epoch
            verdict.exchanges_before_flag = profile.count  # as scan: the flagging one too
    return verdict


class StateStore(Protocol):
    kind: str

    async def verdict(self, account_id: str) -> LiveVerdict | None: ...

    async def fold(
        self, detector: LiveDetector, ex: Exchange, sig: RequestSignals
    ) -> LiveVerdict: ...

    async def take(self, bucket: str, rate: float, burst: float, now: float) -> float:
        """Take one token; 0.0 when granted, else seconds until one is available."""
        ...

    async def profile(self, account_id: str) -> tuple[AccountProfile, ProfileContext] | None: ...

    async def ping(self) -> bool: ...

    async def close(self) -> None: ...


def open_store(url: str) -> StateStore:
    """`memory` (default) or `redis://host:port/db` (optionally `?prefix=dw:`)."""
    if url in ("", "memory"):
        from distillwatch.gateway.state.memory import MemoryStore

        return MemoryStore()
    if url.startswith(("redis://", "rediss://", "unix://")):
        from distillwatch.gateway.state.redis_store import RedisStore

        return RedisStore(url)
    from distillwatch.contract.errors import ConfigError

    raise ConfigError(f"--state: expected 'memory' or a redis:// URL, got {url!r}")
