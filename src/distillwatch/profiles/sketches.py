"""Small mergeable summaries used by profile features.

`TopK` is the batch Misra–Gries heavy-hitters summary (Agarwal et al., "Mergeable
Summaries", 2012): exact while an account has at most `capacity` distinct values, and a
summary with error at most n/capacity beyond. `Distinct` counts distinct values exactly up
to `EXACT_LIMIT`, then with a HyperLogLog (datasketch, p=12); the HLL of a set does not
depend on insertion order, so merging two profiles gives the same state as one pass.
"""

from __future__ import annotations

import msgspec
import numpy as np
import xxhash
from datasketch import HyperLogLog

HLL_P = 12
EXACT_LIMIT = 1024
_HLL_MASK = (1 << HLL_P) - 1
_HLL_MAX_RANK = 32 - HLL_P
"""Rank bits left above the register index in a 32-bit hash (datasketch's `max_rank`)."""
_COUNTS: dict[bytes, float] = {}
_COUNTS_MAX = 1024
"""Estimates of recently counted register states (4 KiB each: at most ~4 MiB kept)."""


def _hash32(b: bytes) -> int:
    return xxhash.xxh32_intdigest(b)


class TopK(msgspec.Struct, kw_only=True):
    capacity: int = 256
    counts: dict[str, int] = msgspec.field(default_factory=dict)
    first: dict[str, float] = msgspec.field(default_factory=dict)
    total: int = 0

    def add(self, key: str, ts: float = 0.0, count: int = 1) -> None:
        self.total += count
        counts = self.counts
        c = counts.get(key)
        if c is not None:
            counts[key] = c + count
            first = self.first
            if ts < first[key]:
                first[key] = ts
            return
        counts[key] = count
        self.first[key] = ts
        if len(counts) >= 2 * self.capacity:
            self._prune()

    def _prune(self) -> None:
        if len(self.counts) <= self.capacity:
            return
        cut = sorted(self.counts.values(), reverse=True)[self.capacity]
        self.counts = {k: c - cut for k, c in self.counts.items() if c > cut}
        self.first = {k: self.first[k] for k in self.counts}

    def merge(self, other: TopK) -> None:
        self.total += other.total
        for k, c in other.counts.items():
            if k in self.counts:
                self.counts[k] += c
                self.first[k] = min(self.first[k], other.first[k])
            else:
                self.counts[k] = c
                self.first[k] = other.first[k]
        if len(self.counts) >= 2 * self.capacity:
            self._prune()

    def top(self, k: int) -> list[tuple[str, int]]:
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]

    def top_counts(self, k: int) -> list[int]:
        """The k largest counts, largest first (ties need no key order: only sums use them).

        Scoring asks for this after every exchange, so it sorts bare ints, not keyed items.
        """
        vals = self.counts.values()
        if k == 1:
            return [max(vals)] if vals else []
        return sorted(vals, reverse=True)[:k]

    def top_share(self, k: int) -> float:
        if self.total == 0:
            return 0.0
        return sum(self.top_counts(k)) / self.total


class Distinct(msgspec.Struct, kw_only=True):
    exact: set[str] = msgspec.field(default_factory=set)
    registers: bytes | None = None

    def add(self, value: str) -> None:
        regs = self.registers
        if regs is None:
            self.exact.add(value)
            if len(self.exact) > EXACT_LIMIT:
                self._to_hll()
            return
        # datasketch's HyperLogLog.update on the stored registers, without rebuilding the
        # sketch object per value: register = max(register, rank of the hash's high bits).
        hv = _hash32(value.encode())
        idx = hv & _HLL_MASK
        rank = _HLL_MAX_RANK + 1 - (hv >> HLL_P).bit_length()
        if rank > regs[idx]:
            b = bytearray(regs)
            b[idx] = rank
            self.registers = bytes(b)

    def _hll(self) -> HyperLogLog:
        assert self.registers is not None
        reg = np.frombuffer(self.registers, dtype=np.int8).astype(np.int8)
        return HyperLogLog(p=HLL_P, reg=reg, hashfunc=_hash32)

    def _to_hll(self) -> None:
        h = HyperLogLog(p=HLL_P, hashfunc=_hash32)
        if self.registers is not None:
            h = self._hll()
        for v in sorted(self.exact):
            h.update(v.encode())
        self.exact = set()
        self.registers = h.reg.astype(np.int8).tobytes()

    def merge(self, other: Distinct) -> None:
        if self.registers is None and other.registers is None:
            self.exact |= other.exact
            if len(self.exact) > EXACT_LIMIT:
                self._to_hll()
            return
        if self.registers is None:
            self._to_hll()
        mine = np.frombuffer(self.registers or b"", dtype=np.int8)
        if other.registers is not None:
            theirs = np.frombuffer(other.registers, dtype=np.int8)
            mine = np.maximum(mine, theirs)
        self.registers = mine.astype(np.int8).tobytes()
        for v in sorted(other.exact):
            self.add(v)

    def count(self) -> float:
        regs = self.registers
        if regs is None:
            return float(len(self.exact))
        # Scoring asks after every exchange while the registers rarely change; bytes cache
        # their hash, so the lookup is cheap and the estimate is the same function of them.
        est = _COUNTS.get(regs)
        if est is None:
            est = float(self._hll().count())
            if len(_COUNTS) >= _COUNTS_MAX:
                _COUNTS.clear()
            _COUNTS[regs] = est
        return est
