"""Redis-backed state, so several gateway replicas share profiles, context, flags, buckets.

Folds are optimistic transactions (WATCH the account's keys, read, fold, MULTI/EXEC, retry
on conflict); model first-seen times and the log start (one hash) only ever decrease,
through a Lua min-update; token buckets are one Lua script each. Any Redis failure raises
`StateError`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError, WatchError

from distillwatch.contract.exchange import Exchange
from distillwatch.detect.live import LiveDetector
from distillwatch.gateway.state.base import (
    VERDICT_DEC,
    VERDICT_ENC,
    LiveVerdict,
    StateError,
    fold_exchange,
)
from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.profile import AccountProfile
from distillwatch.signals.base import RequestSignals

MAX_RETRIES = 50

LOG_START = "\x00log_start"
"""Field of the context hash holding the log start (no model name starts with NUL)."""

_CTX_MIN = """
for _, f in ipairs({ARGV[1], ARGV[3]}) do
  local cur = redis.call('HGET', KEYS[1], f)
  if (not cur) or tonumber(ARGV[2]) < tonumber(cur) then redis.call('HSET', KEYS[1], f, ARGV[2]) end
end
return 1
"""

_BUCKET = """
local b = redis.call('HMGET', KEYS[1], 't', 'ts')
local rate, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens = tonumber(b[1]) or burst
local last = tonumber(b[2]) or now
if now > last then tokens = math.min(burst, tokens + (now - last) * rate) end
local wait = 0
if tokens >= 1 then tokens = tokens - 1 elseif rate > 0 then wait = (1 - tokens) / rate else wait = -1 end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'ts', tostring(math.max(now, last)))
redis.call('EXPIRE', KEYS[1], ARGV[4])
return tostring(wait)
"""


def _split(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    q = parse_qs(parts.query)
    prefix = q.pop("prefix", ["dw:"])[0]
    rest = "&".join(f"{k}={v[0]}" for k, v in q.items())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, rest, "")), prefix


class RedisStore:
    kind = "redis"

    def __init__(self, url: str, timeout_s: float = 0.5) -> None:
        clean, self.prefix = _split(url)
        self.r: Any = aioredis.Redis.from_url(
            clean,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            retry=Retry(NoBackoff(), 0),
        )
        self._ctx_min = self.r.register_script(_CTX_MIN)
        self._bucket = self.r.register_script(_BUCKET)
        self.models_key = self.prefix + "ctx:first_seen"

    def _pk(self, aid: str) -> str:
        return f"{self.prefix}p:{aid}"

    def _vk(self, aid: str) -> str:
        return f"{self.prefix}v:{aid}"

    async def verdict(self, account_id: str) -> LiveVerdict | None:
        try:
            raw = await self.r.get(self._vk(account_id))
        except (RedisError, OSError) as e:
            raise StateError(f"redis: {e}") from e
        return None if raw is None else VERDICT_DEC.decode(raw)

    async def _ctx(self, r: Any) -> ProfileContext:
        seen = {k.decode(): float(v) for k, v in (await r.hgetall(self.models_key)).items()}
        return ProfileContext(log_start=seen.pop(LOG_START, None), model_first_seen=seen)

    async def fold(self, detector: LiveDetector, ex: Exchange, sig: RequestSignals) -> LiveVerdict:
        aid = ex.account_id
        pk, vk = self._pk(aid), self._vk(aid)
        try:
            async with self.r.pipeline(transaction=True) as pipe:
                for _ in range(MAX_RETRIES):
                    try:
                        await pipe.watch(pk, vk)
                        raw_p, raw_v = await pipe.mget(pk, vk)
                        ctx = await self._ctx(pipe)
                        profile = AccountProfile.from_bytes(raw_p) if raw_p else AccountProfile(aid)
                        v = VERDICT_DEC.decode(raw_v) if raw_v else LiveVerdict()
                        v = fold_exchange(detector, profile, ctx, v, ex, sig)
                        pipe.multi()
                        pipe.set(pk, profile.to_bytes())
                        pipe.set(vk, VERDICT_ENC.encode(v))
                        await self._ctx_min(
                            keys=[self.models_key],
                            args=[ex.request.model, repr(ex.epoch), LOG_START],
                            client=pipe,
                        )
                        await pipe.execute()
                        return v
                    except WatchError:
                        continue
        except (RedisError, OSError) as e:
            raise StateError(f"redis: {e}") from e
        raise StateError(f"redis: fold of {aid} kept conflicting ({MAX_RETRIES} retries)")

    async def take(self, bucket: str, rate: float, burst: float, now: float) -> float:
        ttl = int(max(60.0, burst / rate * 2 if rate > 0 else 3600.0))
        try:
            wait = await self._bucket(
                keys=[f"{self.prefix}b:{bucket}"], args=[rate, burst, repr(now), ttl]
            )
        except (RedisError, OSError) as e:
            raise StateError(f"redis: {e}") from e
        w = float(wait)
        return float("inf") if w < 0 else w

    async def profile(self, account_id: str) -> tuple[AccountProfile, ProfileContext] | None:
        try:
            raw = await self.r.get(self._pk(account_id))
            if raw is None:
                return None
            return AccountProfile.from_bytes(raw), await self._ctx(self.r)
        except (RedisError, OSError) as e:
            raise StateError(f"redis: {e}") from e

    async def ping(self) -> bool:
        try:
            return bool(await self.r.ping())
        except (RedisError, OSError):
            return False

    async def close(self) -> None:
        await self.r.aclose()
