"""Hashed character n-grams of a batch of requests, computed with numpy in one pass.

Every text of the batch is lower-cased, joined with a separator and decoded to an array of
code points; n-gram hashes are rolling polynomial hashes over that array, so the cost per
character is a handful of vectorised integer operations and there is no Python loop per
n-gram. The same function builds the training matrix and the inference features, so the
shipped model sees exactly what it was trained on.

Fixed parameters (part of the model format, recorded in the model file):
n-gram sizes `NGRAMS`, `N_BITS` hash buckets, digits folded to `0`, whitespace to a space,
context n-grams salted into their own namespace, each row scaled by 1/sqrt(#n-grams).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

NGRAMS: tuple[int, ...] = (2, 3, 4)
N_BITS = 18
_SEP = 1
_MUL = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SIZE_SALT = np.uint64(0xC2B2AE3D27D4EB4F)
_SIZE_SALTS = {s: np.uint64((s * 0xC2B2AE3D27D4EB4F) % (1 << 64)) for s in range(2, 9)}
_CTX_SALT = np.uint64(0x165667B19E3779F9)


@dataclass(slots=True)
class SparseRows:
    """CSR parts of an (n_rows x 2**N_BITS) matrix; duplicates in a row add up."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int32]
    data: npt.NDArray[np.float32]
    n_rows: int


def _codepoints(parts: Sequence[str]) -> npt.NDArray[np.uint32]:
    joined = "\x01".join(parts).lower()
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).copy()
    cp[(cp >= 48) & (cp <= 57)] = 48
    cp[(cp >= 9) & (cp <= 13)] = 32
    return cp


def featurize(users: Sequence[str], contexts: Sequence[str], n_bits: int = N_BITS) -> SparseRows:
    """Hashed n-gram features of requests i = (users[i], contexts[i]).

    Rows keep every (position, size) slot, with value 0 for n-grams that cross a text
    boundary, so no sorting is needed and the row order is the position order.
    """
    n = len(users)
    k = len(NGRAMS)
    parts: list[str] = []
    for u, c in zip(users, contexts, strict=True):
        parts.append(u.lower())
        parts.append(c.lower())
    if n == 0:
        return SparseRows(np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), 0)
    lens = np.fromiter((len(p) for p in parts), dtype=np.int64, count=2 * n)
    cp = _codepoints(parts)
    total = cp.shape[0]
    # segment of every position; the separator after a segment belongs to it
    seg = np.repeat(np.arange(2 * n, dtype=np.int64), lens + 1)[:total]
    pad = max(NGRAMS)
    cpp = np.concatenate((cp, np.full(pad, _SEP, np.uint32))).astype(np.uint64)
    csum = np.concatenate(([0], np.cumsum(cpp == _SEP, dtype=np.int32)))
    ctx = (seg & 1).astype(np.uint64) * _CTX_SALT
    shift = np.uint64(64 - n_bits)
    idx = np.empty((total, k), np.int32)
    valid = np.empty((total, k), np.bool_)
    h = cpp[:total].copy()
    col = 0
    for size in range(2, pad + 1):
        h *= _MUL
        h += cpp[size - 1 : size - 1 + total]
        if size not in NGRAMS:
            continue
        valid[:, col] = csum[size : size + total] == csum[:total]
        hv = h ^ ctx
        hv ^= _SIZE_SALTS[size]
        hv *= _MIX
        hv >>= shift
        idx[:, col] = hv
        col += 1
    per_seg = np.bincount(seg, weights=valid.sum(axis=1), minlength=2 * n)
    counts = per_seg[0::2] + per_seg[1::2]
    scale = (1.0 / np.sqrt(np.maximum(counts, 1.0))).astype(np.float32)
    data = valid.astype(np.float32)
    data *= scale[seg >> 1][:, None]
    seg_end = np.cumsum(lens + 1)
    row_end = np.minimum(seg_end[1::2], total) * k
    indptr = np.concatenate(([0], row_end)).astype(np.int64)
    return SparseRows(indptr, idx.reshape(-1), data.reshape(-1), n)


def to_scipy(rows: SparseRows, n_bits: int = N_BITS) -> Any:
    """The features as a scipy CSR matrix (training and evaluation only)."""
    from scipy.sparse import csr_matrix

    m = csr_matrix((rows.data, rows.indices, rows.indptr), shape=(rows.n_rows, 1 << n_bits))
    m.sum_duplicates()
    m.eliminate_zeros()
    return m
