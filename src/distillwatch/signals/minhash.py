"""Vectorised MinHash that gives exactly datasketch's signatures (scheme "affine32").

Fixed, published parameters, so that two organisations can compare sketches:
`NUM_PERM` = 32 permutations, `SEED` = 1, shingle hash = xxh32 (seed 0) of the shingle's
UTF-8 bytes, permutations as datasketch >= 2.0 draws them for scheme "affine32"
(`np.random.RandomState(seed)`: odd `a`, any `b`, `phv = a * fmix32(h) + b mod 2**32`).
`datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=shingle_hash,
scheme="affine32")` fed the same shingles has the same `hashvalues` (tested).
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
    with np.errstate(over="ignore"):
        # permutation-major, so that each set's minimum reduces contiguous memory
        phv = a[:, None] * fmix32(hashes.astype(np.uint32))[None, :] + b[:, None]
    cnt = np.asarray(counts, np.int64)
    nonempty = cnt > 0
    starts = np.concatenate(([0], np.cumsum(cnt)[:-1]))[nonempty]
    out[nonempty] = np.minimum.reduceat(phv, starts, axis=1).T
    return out
