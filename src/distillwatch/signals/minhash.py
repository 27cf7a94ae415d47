"""Vectorised MinHash that gives exactly datasketch's signatures (scheme "affine32").

Fixed, published parameters, so that two organisations can compare sketches:
`NUM_PERM` = 32 permutations, `SEED` = 1, shingle hash = xxh32 (seed 0) of the shingle's
UTF-8 bytes, permutations as datasketch >= 2.0 draws them for scheme "affine32"
(`np.random.RandomState(seed)`: odd `a`, any `b`, `phv = a * fmix32(h) + b mod 2**32`).
`datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=shingle_hash,
scheme="affine32")` fed the same shingles has the same `hashvalues` (tested). A batch's
shingles are hashed together by `xxh32_many`, the same xxh32 in numpy (tested against
`xxhash`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import xxhash

NUM_PERM = 32
SEED = 1
EMPTY = np.uint32(0xFFFFFFFF)


def shingle_hash(data: bytes) -> int:
    """The 32-bit shingle hash: xxh32 with seed 0."""
    return xxhash.xxh32_intdigest(data)


_P1, _P2, _P3, _P4, _P5 = (
    np.uint32(p) for p in (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1)
)


def _rotl(x: npt.NDArray[np.uint32], r: int) -> npt.NDArray[np.uint32]:
    return (x << np.uint32(r)) | (x >> np.uint32(32 - r))


def xxh32_many(
    data: npt.NDArray[np.uint8], starts: npt.NDArray[np.intp], lengths: npt.NDArray[np.intp]
) -> npt.NDArray[np.uint32]:
    """xxh32 (seed 0) of each `data[starts[i]:][:lengths[i]]`: `shingle_hash` of many byte
    strings at once, the same to the bit (XXH32 as its specification spells it out)."""
    n = len(starts)
    if not n:
        return np.zeros(0, np.uint32)
    pad = np.concatenate((data, np.zeros(16, np.uint8))).astype(np.uint32)  # room to overread
    words = pad[:-3] | pad[1:-2] << 8 | pad[2:-1] << 16 | pad[3:] << 24  # at every offset
    starts = np.asarray(starts, np.intp)
    lengths = np.asarray(lengths, np.intp)
    stripes = lengths >> 4
    with np.errstate(over="ignore"):
        h = np.full(n, _P5, np.uint32)
        long = np.flatnonzero(stripes)
        if len(long):
            # most strings short: the long ones, most stripes first, so that the strings
            # with a k-th stripe are a prefix
            long = long[np.argsort(-stripes[long], kind="stable")]
            todo = stripes[long]
            at = starts[long]
            acc = [np.full(len(long), v, np.uint32) for v in (_P1 + _P2, _P2, 0, -_P1)]
            lives = np.searchsorted(-todo, -np.arange(todo[0]), "left").tolist()
            for k, live in enumerate(lives):  # the strings with a k-th stripe: live of them
                pos = at[:live] + 16 * k
                for lane in range(4):
                    v = acc[lane][:live] + words[pos + 4 * lane] * _P2
                    acc[lane][:live] = _rotl(v, 13) * _P1
            h[long] = _rotl(acc[0], 1) + _rotl(acc[1], 7) + _rotl(acc[2], 12) + _rotl(acc[3], 18)
        h += lengths.astype(np.uint32)
        pos = starts + (stripes << 4)
        rest = lengths & 15
        top = int(rest.max())
        for k in range(top >> 2):  # the remaining 4-byte words
            v = _rotl(h + words[pos + 4 * k] * _P3, 17) * _P4
            h = np.where(rest >= 4 * (k + 1), v, h)
        pos += rest & ~3
        rest &= 3
        for k in range(min(top, 3)):  # the remaining bytes
            v = _rotl(h + pad[pos + k] * _P5, 11) * _P1
            h = np.where(rest > k, v, h)
        h ^= h >> np.uint32(15)
        h *= _P2
        h ^= h >> np.uint32(13)
        h *= _P3
        h ^= h >> np.uint32(16)
    return h


@lru_cache(maxsize=8)
def permutations(
    num_perm: int = NUM_PERM, seed: int = SEED
) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """(a, b) drawn exactly as datasketch draws them for scheme affine32."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def fmix32(h: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finalizer (datasketch's pre-mix for affine32)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


def signatures(
    hashes: npt.NDArray[np.uint32],
    counts: Sequence[int],
    num_perm: int = NUM_PERM,
    seed: int = SEED,
) -> npt.NDArray[np.uint32]:
    """MinHash signatures, one row per set; set i owns the next counts[i] shingle hashes."""
    a, b = permutations(num_perm, seed)
    n = len(counts)
    out = np.full((n, num_perm), EMPTY, np.uint32)
    if hashes.size == 0:
        return out
    cnt = np.asarray(counts, np.int64)
    nonempty = cnt > 0
    starts = (np.cumsum(cnt) - cnt)[nonempty]
    mixed = fmix32(hashes.astype(np.uint32))
    with np.errstate(over="ignore"):
        if hashes.size * num_perm <= 1 << 16:
            # permutation-major, so that each set's minimum reduces contiguous memory
            phv = a[:, None] * mixed[None, :] + b[:, None]
            out[nonempty] = np.minimum.reduceat(phv, starts, axis=1).T
            return out
        # many hashes: one permutation at a time, in one buffer (a large temporary array
        # costs page faults)
        phv = np.empty_like(mixed)
        mins = np.empty((num_perm, len(starts)), np.uint32)
        for k in range(num_perm):
            np.multiply(mixed, a[k], out=phv)
            phv += b[k]
            np.minimum.reduceat(phv, starts, out=mins[k])
    out[nonempty] = mins.T
    return out
