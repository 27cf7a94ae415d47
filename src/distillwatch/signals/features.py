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

One request (the gateway's case) has its own path, `featurize_one`, which gives the entries
`featurize_texts` gives a batch of one, to the bit, with far fewer numpy calls.
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


def is_own_word(ch: str) -> bool:
    """Whether the character `ch` is a word on its own to the tokeniser (kana, ideographs)."""
    cp = ord(ch)
    return cp <= 0xFFFF and bool(_CLASS[cp] == 2)


@dataclass(slots=True)
class Words:
    """The words of a batch, in position order: segment, start, end (inclusive), hash."""

    seg: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    hashes: npt.NDArray[np.uint64]
    prefix_sums: npt.NDArray[np.uint64]
    """Polynomial prefix sums over the code points (for hashes of word prefixes)."""


def _word_spans(
    cpp: npt.NDArray[np.uint64], total: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(first, last position) of every word of `cpp[:total]` (`cpp[total]` is a separator): a
    word ends after position i where the character class changes, or at a CJK character;
    the next one may begin at i + 1 (and one may begin at 0). Classes are read from a table
    over all code points (outside the BMP: not a word)."""
    cls_next = _CLASS_ALL.take(cpp[: total + 1].view(np.int64))  # the separator: class 0
    cls = cls_next[:-1]
    after = np.empty(total + 1, np.bool_)
    after[0] = True
    boundary = after[1:]
    np.not_equal(cls, cls_next[1:], out=boundary)
    boundary |= cls == 2
    inword = cls != 0
    return (after[:-1] & inword).nonzero()[0], (boundary & inword).nonzero()[0]


def _words(
    cpp: npt.NDArray[np.uint64], total: int, seg_end: npt.NDArray[np.int64]
) -> tuple[Words, npt.NDArray[np.int64]]:
    """The words of the code points `cpp[:total]` (`cpp[total]` is a separator; `_word_spans`),
    and how many each segment has (`seg_end`: the position of every segment's separator,
    ascending)."""
    none = np.zeros(seg_end.shape[0], np.int64)
    if total == 0:  # one empty text
        z = np.zeros(0, np.int64)
        return Words(z, z, z, np.zeros(0, np.uint64), np.zeros(1, np.uint64)), none
    starts, ends = _word_spans(cpp, total)
    if starts.size == 0:
        z = np.zeros(0, np.int64)
        return Words(z, z, z, np.zeros(0, np.uint64), np.zeros(1, np.uint64)), none
    pw, inv = _pow_tables(total + 1)
    with np.errstate(over="ignore"):
        pref = np.zeros(total + 1, np.uint64)
        np.cumsum(cpp[:total] * pw[:total], dtype=np.uint64, out=pref[1:])
        wh = pref[ends + 1]
        wh -= pref[starts]
        wh *= inv[starts]
    # no word holds a separator: a segment's words are those before its separator and after
    # the one before
    counts = np.searchsorted(starts, seg_end)
    counts[1:] -= counts[:-1].copy()
    seg = np.repeat(np.arange(seg_end.shape[0], dtype=np.int64), counts)
    return Words(seg, starts, ends, wh, pref), counts


@dataclass(slots=True)
class SparseRows:
    """CSR parts of an (n_rows x 2**N_BITS) matrix; duplicates in a row add up."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int32]
    data: npt.NDArray[np.float32]
    n_rows: int


def fold_i(text: str) -> str:
    """`text` with Turkish İ and ı written as i, so that lower-casing reads upper- and
    lower-case Turkish alike. Python's `str.lower` is not Turkish-aware: "AKIL" lowers to
    "akil" while "akıl" stays, and "İyi" to "i̇yi" (i and a combining dot); models trained
    with `fold` (format 4) see one spelling for all three (and for the dotless-i ASCII
    spelling Turkish users often type; other Turkish letters are left as they are)."""
    return text.replace("İ", "i").replace("ı", "i")


def _code_points(
    texts: Sequence[str], fold: bool = False
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint64], int, bool]:
    """(lengths, code points, their number, whether a text holds the separator) of the
    lower-cased texts joined by a separator, followed by `max(NGRAMS)` separators. Digits
    fold to `0`, whitespace to a space. Each text is lower-cased alone (lower-casing can
    change a text's length), and lower-casing is idempotent, so the joined text is not
    lowered again. With `fold`, Turkish İ and ı are folded first (`fold_i`). The separator
    after a segment belongs to it.
    """
    parts = [fold_i(t).lower() for t in texts] if fold else [t.lower() for t in texts]
    lens = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    joined = chr(_SEP).join(parts)
    cp = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    cp[(cp >= 48) & (cp <= 57)] = 48
    cp[(cp >= 9) & (cp <= 13)] = 32
    total = cp.shape[0]
    cpp = np.empty(total + max(NGRAMS), np.uint64)
    cpp[:total] = cp
    cpp[total:] = _SEP
    return lens, cpp, total, joined.count(chr(_SEP)) >= len(parts)


def row_scale(counts: npt.NDArray[np.float64]) -> npt.NDArray[np.float32]:
    """A request row's scale: 1 / sqrt(its valid slots), at least one slot. Training rows
    carry it in their values; inference applies it to per-text sums (`TextRows`)."""
    return (1.0 / np.sqrt(np.maximum(counts, 1.0))).astype(np.float32)


def featurize(
    users: Sequence[str],
    contexts: Sequence[str],
    n_bits: int = N_BITS,
    fold: bool = False,
    extras: tuple[str, ...] = (),
) -> SparseRows:
    """Hashed n-gram features of requests i = (users[i], contexts[i]).

    Rows keep every (position, size) slot, with value 0 for n-grams that cross a text
    boundary, so no sorting is needed and the row order is the position order. `fold`:
    Turkish İ and ı read as i (`fold_i`), in the n-grams and the lexicon alike. `extras`:
    the extra concepts read (`lexicon.EXTRA_CONCEPTS`; the shipped model reads none).
    """
    return _featurize(users, contexts, n_bits, fold, extras)


@dataclass(slots=True)
class TextRows:
    """Inference features of n texts of one kind (user turns, or contexts), unscaled.

    `rows` holds 2n CSR rows: the char slots of each text, then the word slots of each
    text, with 0/1 values (slot validity). With P = rows @ W, text i's unscaled sum is
    S[i] = P[i] + P[n + i]; a request's logits are `(S_user + S_context) / sqrt(count_user
    + count_context)` plus its concept row's product (see `concept_rows`), which is what
    `featurize` builds as one row. Factoring by text lets the inference path score a user
    turn once for both of its readings and memoise a context's part (one system prompt
    serves a whole app's traffic).
    """

    rows: SparseRows
    counts: npt.NDArray[np.float64]
    """Valid slots of each text (the row scale's denominator)."""
    masks: npt.NDArray[np.uint32]
    """Concept bits of each text."""


def featurize_texts(
    texts: Sequence[str],
    context: bool,
    n_bits: int = N_BITS,
    fold: bool = False,
    extras: tuple[str, ...] = (),
) -> TextRows:
    """`TextRows` of texts in the user namespace, or in the context namespace."""
    n = len(texts)
    k = len(NGRAMS)
    if n == 0:
        z = np.zeros(0, np.float32)
        empty = SparseRows(np.zeros(1, np.int64), np.zeros(0, np.int32), z, 0)
        return TextRows(empty, np.zeros(0, np.float64), np.zeros(0, np.uint32))
    c = _core(texts, context, n_bits, fold, extras)
    lengths = np.empty(2 * n, np.int64)
    np.multiply(c.lens + 1, k, out=lengths[:n])  # a text's positions, its separator's too
    lengths[n - 1] -= k  # the batch's last text has no separator after it
    np.multiply(c.word_counts, 2, out=lengths[n:])
    indptr = np.zeros(2 * n + 1, np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return TextRows(SparseRows(indptr, c.indices, c.valid, 2 * n), c.per_seg, c.masks)


@dataclass(slots=True)
class TextSlots:
    """`featurize_texts` of a batch of one text, for the single-request path: the same CSR
    entries (its char slots, then its word slots, values 0/1 as `valid`) in one array, built
    with a fraction of the numpy calls (a request's fixed cost is mostly their overhead)."""

    indices: npt.NDArray[np.int32]
    valid: npt.NDArray[np.bool_]
    n_char: int
    """Entries of the char row (the word row holds the rest)."""
    count: float
    """Valid slots (`TextRows.counts`)."""
    mask: int
    """Concept bits (`TextRows.masks`)."""


_FOLD_ALL = np.arange(0x110000, dtype=np.uint32)
_FOLD_ALL[48:58] = 48  # digits to 0
_FOLD_ALL[9:14] = 32  # whitespace to a space
_CLASS_ALL = np.zeros(0x110000, np.uint8)
_CLASS_ALL[:0x10000] = _CLASS  # outside the BMP (emoji, rare ideographs): not a word
_SLOT_SALTS = {
    ctx: [(_CTX_SALT if ctx else np.uint64(0)) ^ _SIZE_SALTS[s] for s in sorted(NGRAMS)]
    for ctx in (False, True)
}
_WORD_SLOT_SALTS = {
    ctx: tuple((_CTX_SALT if ctx else np.uint64(0)) ^ _WORD_SALTS[n] for n in WORD_NGRAMS)
    for ctx in (False, True)
}


def featurize_one(
    text: str,
    context: bool,
    n_bits: int = N_BITS,
    fold: bool = False,
    extras: tuple[str, ...] = (),
) -> TextSlots:
    """`featurize_texts([text], context, ...)`, entry for entry (see `TextSlots`): one
    segment, so no segment bookkeeping; digits, whitespace and word classes read from tables
    over all code points; n-gram validity read off the text's length unless the text holds
    the separator character itself. Integer arithmetic throughout, so the same buckets."""
    k = len(NGRAMS)
    low = fold_i(text).lower() if fold else text.lower()
    raw = np.frombuffer(low.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    total = raw.shape[0]
    if total == 0:
        return TextSlots(np.zeros(0, np.int32), np.zeros(0, np.bool_), 0, 0.0, 0)
    pad = max(NGRAMS)
    cpp = np.empty(total + pad, np.uint64)  # the code points (`_code_points`), then separators
    cpp[:total] = _FOLD_ALL.take(raw)
    cpp[total:] = _SEP
    shift = np.uint64(64 - n_bits)
    starts, ends = _word_spans(cpp, total)  # the words of one segment (`_words`)
    nw = starts.size
    n_char = total * k
    indices = np.empty(n_char + 2 * nw, np.int32)
    flags = np.empty(n_char + 2 * nw, np.bool_)
    # char n-grams (`_core`): rolling hashes, salted per size and namespace
    slots = np.empty((total, k), np.uint64)
    salts = _SLOT_SALTS[context]
    h = cpp[:total].copy()
    col = 0
    for size in range(2, pad + 1):
        h *= _MUL
        h += cpp[size - 1 : size - 1 + total]
        if size in NGRAMS:
            slots[:, col] = h ^ salts[col]
            col += 1
    slots *= _MIX
    slots >>= shift
    indices[:n_char] = slots.reshape(-1)
    # a slot is valid unless its n-gram holds a separator: only the ones running past the
    # text's end, unless the text holds the separator character itself
    valid = flags[:n_char].reshape(total, k)
    if chr(_SEP) in low:
        csum = np.zeros(total + pad + 1, np.int32)
        np.cumsum(cpp == _SEP, dtype=np.int32, out=csum[1:])
        for col, size in enumerate(sorted(NGRAMS)):
            np.equal(csum[size : size + total], csum[:total], out=valid[:, col])
        n_valid = int(np.count_nonzero(valid))
    else:
        valid[:] = True
        n_valid = 0
        for col, size in enumerate(sorted(NGRAMS)):
            first_bad = max(total - size + 1, 0)
            valid[first_bad:, col] = False
            n_valid += first_bad
    if nw == 0:
        return TextSlots(indices, flags, n_char, float(n_valid), 0)
    pw, inv = _pow_tables(total + 1)
    w_salt, b_salt = _WORD_SLOT_SALTS[context]
    widx = indices[n_char:].reshape(nw, 2)
    wvalid = flags[n_char:].reshape(nw, 2)
    wvalid[:] = True
    wvalid[-1, 1] = False  # the last word has no bigram
    widx[-1, 1] = 0
    pref = np.zeros(total + 1, np.uint64)
    np.cumsum(cpp[:total] * pw[:total], dtype=np.uint64, out=pref[1:])
    wh = (pref[ends + 1] - pref[starts]) * inv[starts]
    widx[:, 0] = ((wh ^ w_salt) * _MIX) >> shift
    bh = wh[:-1] * _MUL + wh[1:]
    widx[:-1, 1] = ((bh ^ b_salt) * _MIX) >> shift
    from distillwatch.signals.concepts import allowed_mask, one_segment_mask

    mask = one_segment_mask(starts, ends, wh, pref, inv, fold) & allowed_mask(extras)
    return TextSlots(indices, flags, n_char, float(n_valid + 2 * nw - 1), mask)


def concept_rows(
    user_masks: npt.NDArray[np.uint32], context_masks: npt.NDArray[np.uint32], n_bits: int
) -> SparseRows:
    """The concept features of requests with these (user, context) concept bits."""
    n = user_masks.shape[0]
    lengths, idx, val = _concept_block(user_masks, context_masks, n_bits)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return SparseRows(indptr, idx, val, n)


def stack_rows(*parts: SparseRows) -> SparseRows:
    """The rows of `parts`, one after another (so a batch costs one sparse product)."""
    offsets = np.cumsum([0] + [p.indptr[-1] for p in parts[:-1]])
    indptr = np.concatenate(
        [np.zeros(1, np.int64)] + [p.indptr[1:] + o for p, o in zip(parts, offsets, strict=True)]
    )
    return SparseRows(
        indptr,
        np.concatenate([p.indices for p in parts]),
        np.concatenate([p.data for p in parts]),
        sum(p.n_rows for p in parts),
    )


@dataclass(slots=True)
class _Core:
    """Char slots, words and concepts of a batch of text segments."""

    lens: npt.NDArray[np.int64]
    total: int
    """Positions (code points and separators between segments)."""
    words: Words
    word_counts: npt.NDArray[np.int64]
    """Words of each segment."""
    indices: npt.NDArray[np.int32]
    """The buckets of every position's char slots (`total` x len(NGRAMS), position order),
    then of every word's (unigram, bigram-with-next) slots."""
    valid: npt.NDArray[np.float32]
    """1 for each of those slots that is valid, 0 for one that is not (an n-gram holding a
    separator, a segment's last word's bigram)."""
    per_seg: npt.NDArray[np.float64]
    """Valid slots (chars and words) per segment."""
    masks: npt.NDArray[np.uint32]


_SIZES = np.array(sorted(NGRAMS), np.int64)
_TAIL_J = np.array([j for s in sorted(NGRAMS) for j in range(s)], np.int64)
_TAIL_COL = np.array([c for c, s in enumerate(sorted(NGRAMS)) for _ in range(s)], np.int64)
"""The char slots that hold a segment's separator: the slot of size s (column c) at j
positions before it, for j < s."""


def _core(
    texts: Sequence[str],
    context: bool | npt.NDArray[np.bool_],
    n_bits: int,
    fold: bool = False,
    extras: tuple[str, ...] = (),
) -> _Core:
    """Features of each text as one segment; context segments' n-grams are salted apart
    (`context`: for all segments, or per segment)."""
    n_seg = len(texts)
    k = len(NGRAMS)
    lens, cpp, total, sep_inside = _code_points(texts, fold)
    seg_end = np.cumsum(lens + 1)
    seg_end -= 1  # each segment's separator (the last one's is past the end)
    words, word_counts = _words(cpp, total, seg_end)
    nw = words.starts.size
    n_char = total * k
    indices = np.empty(n_char + 2 * nw, np.int32)
    valid = np.empty(n_char + 2 * nw, np.float32)
    shift = np.uint64(64 - n_bits)
    if np.ndim(context) == 0:
        ctx = _CTX_SALT if context else np.uint64(0)  # one namespace: salts fold together
        salt = None
        ctx_pos = None
    else:
        salt = np.asarray(context).astype(np.uint64) * _CTX_SALT
        ctx = np.uint64(0)
        ctx_pos = np.repeat(salt, lens + 1)[:total]
    # char n-grams: rolling hashes, salted per size and namespace, mixed and shifted at once
    slots = np.empty((total, k), np.uint64)
    h = cpp[:total].copy()
    tmp = h if ctx_pos is None else np.empty_like(h)
    col = 0
    with np.errstate(over="ignore"):
        for size in range(2, max(NGRAMS) + 1):
            h *= _MUL
            h += cpp[size - 1 : size - 1 + total]
            if size not in NGRAMS:
                continue
            if ctx_pos is None:
                np.bitwise_xor(h, ctx ^ _SIZE_SALTS[size], out=slots[:, col])
            else:
                np.bitwise_xor(h, ctx_pos, out=tmp)
                np.bitwise_xor(tmp, _SIZE_SALTS[size], out=slots[:, col])
            col += 1
        slots *= _MIX
    slots >>= shift
    indices[:n_char] = slots.reshape(-1)
    # a char slot is valid unless its n-gram holds a separator: unless a text holds the
    # separator character itself, those are the few slots before each segment's separator
    if not sep_inside:
        valid[:n_char] = 1
        pos = seg_end[:, None] - _TAIL_J
        bad = (lens[:, None] >= _TAIL_J) & (pos < total)
        pos *= k
        pos += _TAIL_COL
        valid[pos[bad]] = 0
        char_counts = np.maximum(lens[:, None] - (_SIZES - 1), 0).sum(axis=1)
    else:
        csum = np.zeros(total + max(NGRAMS) + 1, np.int32)
        np.cumsum(cpp == _SEP, dtype=np.int32, out=csum[1:])
        ok = np.empty((total, k), np.bool_)
        for col, size in enumerate(sorted(NGRAMS)):
            np.equal(csum[size : size + total], csum[:total], out=ok[:, col])
        valid[:n_char] = ok.reshape(-1)
        # a segment's slots less its invalid ones (a position is in the first segment whose
        # separator is not before it)
        char_counts = (lens + 1) * k
        char_counts[-1] -= k
        at = np.flatnonzero(~ok.reshape(-1)) // k
        char_counts -= np.bincount(np.searchsorted(seg_end, at), minlength=n_seg)
    if nw:
        widx = indices[n_char:].reshape(nw, 2)
        wvalid = valid[n_char:].reshape(nw, 2)
        wvalid[:, 0] = 1
        np.equal(words.seg[1:], words.seg[:-1], out=wvalid[:-1, 1])  # not a segment's last
        wvalid[-1, 1] = 0
        wh = words.hashes
        with np.errstate(over="ignore"):
            uni = wh ^ (ctx ^ _WORD_SALTS[1])
            bi = wh[:-1] * _MUL
            bi += wh[1:]
            bi ^= ctx ^ _WORD_SALTS[2]
            if salt is not None:
                wctx = salt[words.seg]
                uni ^= wctx
                bi ^= wctx[:-1]
            uni *= _MIX
            bi *= _MIX
        uni >>= shift
        bi >>= shift
        widx[:, 0] = uni
        widx[:-1, 1] = bi
        widx[-1, 1] = 0
    # valid slots per segment: a segment of length L has max(L - s + 1, 0) valid char
    # n-grams of size s, and every word's slots but its last word's bigram
    per_seg = (char_counts + 2 * word_counts - (word_counts > 0)).astype(np.float64)
    masks = _concept_masks(words, total, n_seg, fold, extras)
    return _Core(lens, total, words, word_counts, indices, valid, per_seg, masks)


def _featurize(
    users: Sequence[str],
    contexts: Sequence[str],
    n_bits: int,
    fold: bool = False,
    extras: tuple[str, ...] = (),
) -> SparseRows:
    n = len(users)
    k = len(NGRAMS)
    if n == 0:
        return SparseRows(np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32), 0)
    parts: list[str] = []
    for u, cx in zip(users, contexts, strict=True):
        parts.append(u)
        parts.append(cx)
    c = _core(parts, np.arange(2 * n) % 2 == 1, n_bits, fold, extras)
    total = c.total
    n_char = total * k
    scale = row_scale(c.per_seg[0::2] + c.per_seg[1::2])
    # each row: its char slots, its word slots (both in position order, 0 if invalid), then
    # its concept features
    seg_end = np.cumsum(c.lens + 1)
    char_len = np.diff(np.minimum(seg_end[1::2], total) * k, prepend=0).astype(np.int64)
    word_len = (c.word_counts[0::2] + c.word_counts[1::2]) * 2
    char_val = c.valid[:n_char] * np.repeat(scale, char_len)
    word_val = c.valid[n_char:] * np.repeat(scale, word_len)
    return _assemble(
        n,
        (char_len, c.indices[:n_char], char_val),
        (word_len, c.indices[n_char:], word_val),
        _concept_block(c.masks[0::2], c.masks[1::2], n_bits),
    )


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


def _concept_masks(
    words: Words, total: int, n_seg: int, fold: bool = False, extras: tuple[str, ...] = ()
) -> npt.NDArray[np.uint32]:
    """Concept bits of every segment (the lexicon folded as the text was), the extra concepts
    a model was not trained with cleared."""
    from distillwatch.signals.concepts import allowed_mask, segment_masks

    _, inv = _pow_tables(total + 1)
    masks = segment_masks(
        words.seg, words.starts, words.ends, words.hashes, words.prefix_sums, inv, n_seg, fold
    )
    masks &= np.uint32(allowed_mask(extras))
    return masks


def _concept_block(
    user_masks: npt.NDArray[np.uint32], context_masks: npt.NDArray[np.uint32], n_bits: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int32], npt.NDArray[np.float32]]:
    """How many concept features each row has, and their buckets and values (a block of
    `_assemble`): `concepts.row_features` of each distinct pair of masks, copied to the
    rows that have it (most rows name no concept, and the rest few combinations)."""
    from distillwatch.signals.concepts import row_features

    n = user_masks.shape[0]
    lengths = np.zeros(n, np.int64)
    key = user_masks.astype(np.uint64) << np.uint64(32)
    key |= context_masks
    rows = np.flatnonzero(key)
    if rows.size == 0:
        return lengths, np.zeros(0, np.int32), np.zeros(0, np.float32)
    pairs, which = np.unique(key[rows], return_inverse=True)
    idx: list[int] = []
    val: list[float] = []
    sizes: list[int] = []
    for pair in pairs.tolist():
        i, v = row_features(pair >> 32, pair & 0xFFFFFFFF, n_bits)
        idx.extend(i)
        val.extend(v)
        sizes.append(len(i))
    size = np.array(sizes, np.int64)
    row_len = size[which]
    lengths[rows] = row_len
    # a row's entries are its pair's: the pair's first entry, on from the row's first slot
    first = np.cumsum(size) - size
    row_first = np.cumsum(row_len) - row_len
    src = np.arange(int(row_len.sum()), dtype=np.int64)
    src += np.repeat(first[which] - row_first, row_len)
    return lengths, np.array(idx, np.int32)[src], np.array(val, np.float32)[src]


def words_of(parts: Sequence[str], fold: bool = False) -> tuple[Words, int]:
    """The words of `parts` (one segment each), tokenised and hashed as `featurize` does."""
    lens, cpp, total, _ = _code_points(parts, fold)
    return _words(cpp, total, np.cumsum(lens + 1) - 1)[0], total


def to_scipy(rows: SparseRows, n_bits: int = N_BITS) -> Any:
    """The features as a scipy CSR matrix (training and evaluation only)."""
    from scipy.sparse import csr_matrix

    m = csr_matrix((rows.data, rows.indices, rows.indptr), shape=(rows.n_rows, 1 << n_bits))
    m.sum_duplicates()
    m.eliminate_zeros()
    return m


TRAINING_CHUNK = 32_768
"""Requests featurized at once for training: `featurize`'s intermediates grow with the
batch (the fourteen-pair corpus needed over 24 GB in one piece), the matrix far less."""


def feature_matrix(
    users: Sequence[str],
    contexts: Sequence[str],
    n_bits: int = N_BITS,
    chunk: int = TRAINING_CHUNK,
    fold: bool = False,
    extras: tuple[str, ...] = (),
) -> Any:
    """`to_scipy(featurize(users, contexts))`, a chunk of rows at a time: the same matrix
    to the last bit, and so the same model. A row depends on its own texts and on whether
    another follows it (the batch's last text ends without a separator), so each chunk is
    featurized with the next request after it, and that row dropped."""
    from scipy.sparse import vstack

    n = len(users)
    if n <= chunk:
        return to_scipy(featurize(users, contexts, n_bits, fold, extras), n_bits)
    parts = []
    for i in range(0, n, chunk):
        j = min(i + chunk, n)
        k = min(j + 1, n)  # one request more, as in one piece
        m = to_scipy(featurize(users[i:k], contexts[i:k], n_bits, fold, extras), n_bits)
        parts.append(m[: j - i])
    return vstack(parts, format="csr")
