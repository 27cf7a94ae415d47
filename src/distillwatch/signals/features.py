"""Hashed character n-grams of a batch of requests, computed with numpy in one pass.

Every text of the batch is lower-cased, joined with a separator and decoded to an array of
code points; n-gram hashes are rolling polynomial hashes over that array, so the cost per
character is a handful of vectorised integer operations and there is no Python loop per
n-gram. The same function builds the training matrix and the inference features, so the
shipped model sees exactly what it was trained on.

Fixed parameters (part of the model format, recorded in the model file):
n-gram sizes `NGRAMS`, word n-gram sizes `WORD_NGRAMS`, `N_BITS` hash buckets, digits
folded to `0`, whitespace to a space, context n-grams salted into their own namespace, each
row scaled by 1/sqrt(#features).

Word uni- and bigrams generalise across paraphrases that share words but not spelling
context. A word is a run of letters/digits (any script); every CJK ideograph or kana is a
word of its own (those scripts have no spaces). Word hashes are polynomial hashes computed
from one prefix sum over the code points (no Python loop per word either).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

NGRAMS: tuple[int, ...] = (2, 3, 4)
WORD_NGRAMS: tuple[int, ...] = (1, 2)
N_BITS = 18
_SEP = 1
_MUL = np.uint64(0x100000001B3)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SIZE_SALT = np.uint64(0xC2B2AE3D27D4EB4F)
_SIZE_SALTS = {s: np.uint64((s * 0xC2B2AE3D27D4EB4F) % (1 << 64)) for s in range(2, 9)}
_CTX_SALT = np.uint64(0x165667B19E3779F9)
_WORD_SALTS = {1: np.uint64(0x27D4EB2F165667C5), 2: np.uint64(0x85EBCA77C2B2AE63)}
_WP = 0x100000001B3
_WP_INV = pow(_WP, -1, 1 << 64)


def _powers(base: int, n: int) -> npt.NDArray[np.uint64]:
    """base**i mod 2**64 for i < n (uint64 arithmetic wraps)."""
    out = np.full(n, base, np.uint64)
    if n:
        out[0] = 1
    with np.errstate(over="ignore"):
        return np.cumprod(out, dtype=np.uint64)


_POW_CACHE: dict[int, tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]] = {}


def _pow_tables(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    size = 1 << max(12, (n - 1).bit_length())
    t = _POW_CACHE.get(size)
    if t is None:
        t = (_powers(_WP, size), _powers(_WP_INV, size))
        _POW_CACHE[size] = t
    return t[0][:n], t[1][:n]


def _char_classes() -> npt.NDArray[np.uint8]:
    """Class of every BMP code point: 0 not in a word, 1 word character, 2 CJK (a word alone)."""
    cp = np.arange(0x10000, dtype=np.uint32)
    ascii_word = ((cp >= 97) & (cp <= 122)) | (cp == 48) | (cp == 95)
    wide = (cp >= 0xC0) & (cp != 0xD7) & (cp != 0xF7)
    punct = (
        ((cp >= 0x2000) & (cp <= 0x206F))
        | ((cp >= 0x3000) & (cp <= 0x303F))
        | ((cp >= 0xFF00) & (cp <= 0xFF0F))
        | ((cp >= 0xFF1A) & (cp <= 0xFF20))
        | ((cp >= 0xFF3B) & (cp <= 0xFF40))
        | ((cp >= 0xFF5B) & (cp <= 0xFF65))
        | ((cp >= 0x0600) & (cp <= 0x060F))
        | (cp == 0x061F)
        | (cp == 0x0964)
        | (cp == 0x0965)
        | ((cp >= 0xD800) & (cp <= 0xDFFF))
    )
    cjk = ((cp >= 0x3040) & (cp <= 0x30FF)) | ((cp >= 0x3400) & (cp <= 0x9FFF))
    out = (ascii_word | (wide & ~punct)).astype(np.uint8)
    out[cjk] = 2
    return out


_CLASS = _char_classes()


@dataclass(slots=True)
class Words:
    """The words of a batch, in position order: segment, start, end (inclusive), hash."""

    seg: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    hashes: npt.NDArray[np.uint64]
    prefix_sums: npt.NDArray[np.uint64]
    """Polynomial prefix sums over the code points (for hashes of word prefixes)."""


def _word_features(
    cp: npt.NDArray[np.uint32], seg: npt.NDArray[np.int64], shift: np.uint64
) -> tuple[Words, npt.NDArray[np.int32], npt.NDArray[np.bool_]]:
    """The words, and per word (unigram, bigram-with-next) buckets with validity (a
    segment's last word has no bigram)."""
    total = cp.shape[0]
    cls = _CLASS[np.minimum(cp, 0xFFFF)]
    cls[cp > 0xFFFF] = 0  # outside the BMP (emoji, rare ideographs): not a word
    # a word starts where class 1 follows class 0, or at any CJK character; it ends likewise
    nxt = np.empty_like(cls)
    nxt[:-1] = cls[1:]
    nxt[-1] = 0
    boundary = (cls != nxt) | (cls == 2)  # after position i a word ends (if cls[i] != 0)
    inword = cls != 0
    ends = np.flatnonzero(boundary & inword)
    begin = np.empty_like(boundary)
    begin[0] = True
    begin[1:] = boundary[:-1]
    starts = np.flatnonzero(begin & inword)
    nw = starts.size
    idx = np.zeros((nw, 2), np.int32)
    valid = np.zeros((nw, 2), np.bool_)
    if nw == 0:
        z = np.zeros(0, np.int64)
        return Words(z, z, z, np.zeros(0, np.uint64), np.zeros(1, np.uint64)), idx, valid
    pw, inv = _pow_tables(total + 1)
    wseg = seg[starts]
    valid[:, 0] = True
    valid[:-1, 1] = wseg[1:] == wseg[:-1]
    with np.errstate(over="ignore"):
        pref = np.zeros(total + 1, np.uint64)
        np.cumsum(cp.astype(np.uint64) * pw[:total], dtype=np.uint64, out=pref[1:])
        wh = (pref[ends + 1] - pref[starts]) * inv[starts]
        ctx = (wseg & 1).astype(np.uint64) * _CTX_SALT
        idx[:, 0] = ((wh ^ ctx ^ _WORD_SALTS[1]) * _MIX) >> shift
        bh = wh[:-1] * _MUL + wh[1:]
        idx[:-1, 1] = ((bh ^ ctx[:-1] ^ _WORD_SALTS[2]) * _MIX) >> shift
    return Words(wseg, starts, ends, wh, pref), idx, valid


@dataclass(slots=True)
class SparseRows:
    """CSR parts of an (n_rows x 2**N_BITS) matrix; duplicates in a row add up."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int32]
    data: npt.NDArray[np.float32]
    n_rows: int


def _codepoints(parts: Sequence[str]) -> npt.NDArray[np.uint32]:
    joined = "\x01".join(parts).lower()
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    cp[(cp >= 48) & (cp <= 57)] = 48
    cp[(cp >= 9) & (cp <= 13)] = 32
    return cp


def featurize(users: Sequence[str], contexts: Sequence[str], n_bits: int = N_BITS) -> SparseRows:
    """Hashed n-gram features of requests i = (users[i], contexts[i]).

    Rows keep every (position, size) slot, with value 0 for n-grams that cross a text
    boundary, so no sorting is needed and the row order is the position order.
    """
    return _featurize(users, contexts, n_bits, False)[0]


def featurize_with_user_alone(
    users: Sequence[str], contexts: Sequence[str], n_bits: int = N_BITS
) -> tuple[SparseRows, SparseRows]:
    """(`featurize(users, contexts)`, `featurize(users, [""] * n)`) from one pass: the user
    turn's n-grams, words and concepts are the same in both; only the row scale differs.
    The second equals a separate call entry for entry (up to zero-valued slots)."""
    joint, alone = _featurize(users, contexts, n_bits, True)
    assert alone is not None
    return joint, alone


def _featurize(
    users: Sequence[str], contexts: Sequence[str], n_bits: int, user_alone: bool
) -> tuple[SparseRows, SparseRows | None]:
    n = len(users)
    k = len(NGRAMS)
    parts: list[str] = []
    for u, c in zip(users, contexts, strict=True):
        parts.append(u.lower())
        parts.append(c.lower())
    if n == 0:
        empty = SparseRows(np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), 0)
        return empty, (empty if user_alone else None)
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
    words, widx, wvalid = _word_features(cp, seg, shift)
    wseg = words.seg
    per_seg = np.bincount(seg, weights=valid.sum(axis=1), minlength=2 * n)
    per_seg += np.bincount(wseg, weights=wvalid.sum(axis=1), minlength=2 * n)
    counts = per_seg[0::2] + per_seg[1::2]
    scale = (1.0 / np.sqrt(np.maximum(counts, 1.0))).astype(np.float32)
    masks = _concept_masks(words, total, n)
    c_idx, c_val, concept_len = _concept_block(masks[0::2], masks[1::2], n_bits)
    # each row: its char slots, its word slots (both in position order, 0 if invalid), then
    # its concept features
    seg_end = np.cumsum(lens + 1)
    char_len = np.diff(np.minimum(seg_end[1::2], total) * k, prepend=0)
    word_len = np.bincount(wseg >> 1, minlength=n) * 2
    joint = _assemble(
        n,
        (char_len, idx.reshape(-1), valid.reshape(-1) * np.repeat(scale, char_len)),
        (word_len, widx.reshape(-1), wvalid.reshape(-1) * np.repeat(scale, word_len)),
        (concept_len, c_idx, c_val),
    )
    if not user_alone:
        return joint, None
    # The user turn alone: its segment's char slots, its words, its own concepts, scaled by
    # its own count (what featurize(users, [""] * n) computes, without hashing again).
    is_user = (seg & 1) == 0
    u_char_len = (lens[0::2] + 1) * k
    u_words = (wseg & 1) == 0
    u_word_len = np.bincount(wseg[u_words] >> 1, minlength=n) * 2
    u_scale = (1.0 / np.sqrt(np.maximum(per_seg[0::2], 1.0))).astype(np.float32)
    uc_idx, uc_val, u_concept_len = _concept_block(masks[0::2], np.zeros(n, np.uint32), n_bits)
    alone = _assemble(
        n,
        (
            u_char_len,
            idx[is_user].reshape(-1),
            valid[is_user].reshape(-1) * np.repeat(u_scale, u_char_len),
        ),
        (
            u_word_len,
            widx[u_words].reshape(-1),
            wvalid[u_words].reshape(-1) * np.repeat(u_scale, u_word_len),
        ),
        (u_concept_len, uc_idx, uc_val),
    )
    return joint, alone


def _assemble(
    n: int,
    *blocks: tuple[npt.NDArray[np.int64], npt.NDArray[np.int32], npt.NDArray[np.float32]],
) -> SparseRows:
    """CSR rows made of consecutive blocks: row r holds block 0's lengths[r] entries, then
    block 1's, and so on; each block gives (lengths per row, indices, values) in row order."""
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(sum(lengths for lengths, _, _ in blocks), out=indptr[1:])
    indices = np.empty(indptr[-1], np.int32)
    data = np.empty(indptr[-1], np.float32)
    before = np.zeros(n, np.int64)  # slots of a row taken by the earlier blocks
    for lengths, idx, val in blocks:
        if idx.size:
            first = np.cumsum(lengths) - lengths  # a row's first entry within the block
            dest = np.arange(idx.size, dtype=np.int64)
            dest += np.repeat(indptr[:-1] + before - first, lengths)
            indices[dest] = idx
            data[dest] = val
        before += lengths
    return SparseRows(indptr, indices, data, n)


def _concept_masks(words: Words, total: int, n: int) -> npt.NDArray[np.uint32]:
    """Concept bits of every segment (user and context of each row, interleaved)."""
    from distillwatch.signals.concepts import segment_masks

    _, inv = _pow_tables(total + 1)
    return segment_masks(
        words.seg, words.starts, words.ends, words.hashes, words.prefix_sums, inv, 2 * n
    )


def _concept_block(
    user_masks: npt.NDArray[np.uint32], context_masks: npt.NDArray[np.uint32], n_bits: int
) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.float32], npt.NDArray[np.int64]]:
    """Concept feature buckets and values of every row, and how many each row has."""
    from distillwatch.signals.concepts import row_features

    n = user_masks.shape[0]
    idx: list[int] = []
    val: list[float] = []
    lengths = np.zeros(n, np.int64)
    for r, (u, c) in enumerate(zip(user_masks.tolist(), context_masks.tolist(), strict=True)):
        if u or c:
            i, v = row_features(u, c, n_bits)
            idx.extend(i)
            val.extend(v)
            lengths[r] = len(i)
    return np.array(idx, np.int32), np.array(val, np.float32), lengths


def words_of(parts: Sequence[str]) -> tuple[Words, int]:
    """The words of `parts` (one segment each), tokenised and hashed as `featurize` does."""
    lowered = [p.lower() for p in parts]
    lens = np.fromiter((len(p) for p in lowered), dtype=np.int64, count=len(lowered))
    cp = _codepoints(lowered)
    total = cp.shape[0]
    seg = np.repeat(np.arange(len(lowered), dtype=np.int64), lens + 1)[:total]
    words, _, _ = _word_features(cp, seg, np.uint64(64 - N_BITS))
    return words, total


def to_scipy(rows: SparseRows, n_bits: int = N_BITS) -> Any:
    """The features as a scipy CSR matrix (training and evaluation only)."""
    from scipy.sparse import csr_matrix

    m = csr_matrix((rows.data, rows.indices, rows.indptr), shape=(rows.n_rows, 1 << n_bits))
    m.sum_duplicates()
    m.eliminate_zeros()
    return m
