"""Concept features: which lexicon concepts a request names, and in which combinations.

Terms of `lexicon.CONCEPTS` are tokenised exactly as the classifier tokenises requests, and
hashed with the same word hash, so matching is a sorted-array lookup of the batch's word
n-gram hashes (vectorised, no Python loop per word). A request's concepts are a bit mask
for the user turn and one for the context; the features are the concepts present (per
namespace; except `NO_SINGLE`, the ideas honest prompts name alone all the time), every
pair of concepts the request names together, every family rule of `lexicon.FAMILY_RULES`
it satisfies, and which families' rules fired. Their weights are learned with the n-gram weights.

Concepts added after a model shipped (`lexicon.EXTRA_CONCEPTS`) get bits after the base ones
and are cleared for every model not trained with them (`allowed_mask`), so a new idea can be
tried without changing any existing file's features or fingerprint.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import numpy as np
import numpy.typing as npt
import xxhash

from distillwatch.signals.lexicon import CONCEPTS, EXTRA_CONCEPTS, EXTRA_RULES, FAMILY_RULES

MAX_TERM_WORDS = 6
"""Longer terms match on their first this many words (long katakana words, mostly)."""
MIN_STEM = 4
MIN_STEM_HANGUL = 2
"""Shortest prefix term: Hangul syllables carry a word in two characters."""
VALUE_CONCEPT = 0.5
VALUE_PAIR = 0.5
VALUE_RULE = 1.0
"""Feature values; n-gram features of a request have unit norm together."""
NAMES: tuple[str, ...] = (*CONCEPTS, *EXTRA_CONCEPTS)
"""Concept bit k is NAMES[k]: the extra concepts come after the base ones, so a base
concept's bit is the same with or without them."""
_MUL = np.uint64(0x100000001B3)


@dataclass(frozen=True, slots=True)
class Tables:
    """Sorted term hashes and the concept bits they carry, exact n-grams and stems apart."""

    exact_keys: npt.NDArray[np.uint64]
    exact_bits: npt.NDArray[np.uint32]
    stem_keys: npt.NDArray[np.uint64]
    stem_bits: npt.NDArray[np.uint32]
    stem_lengths: tuple[int, ...]
    filter: npt.NDArray[np.bool_]
    """A one-hash Bloom filter over all keys: almost every word misses it, so the sorted
    search runs only on the few that may be terms."""


FILTER_BITS = 20
_FILTER_MIX = np.uint64(0x9E3779B97F4A7C15)
_FILTER_SHIFT = np.uint64(64 - FILTER_BITS)


def _slot(h: npt.NDArray[np.uint64]) -> npt.NDArray[np.uint64]:
    with np.errstate(over="ignore"):
        return (h * _FILTER_MIX) >> _FILTER_SHIFT


def _sorted_table(
    entries: dict[int, int],
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint32]]:
    keys = np.array(sorted(entries), np.uint64)
    bits = np.array([entries[int(k)] for k in keys], np.uint32)
    return keys, bits


@lru_cache(maxsize=2)
def tables(fold: bool = False) -> Tables:
    """The lexicon, tokenised and hashed like requests are (`fold`: as `features.fold_i`
    folds them)."""
    from distillwatch.signals.features import is_own_word, words_of

    exact: dict[int, int] = {}
    stems: dict[int, int] = {}
    stem_lengths: set[int] = set()
    terms: list[tuple[str, int, bool]] = []
    every = {**CONCEPTS, **EXTRA_CONCEPTS}
    for k, name in enumerate(NAMES):
        for lang, spec in every[name].items():
            for raw in spec.split("|"):
                term = raw.strip()
                if not term:
                    raise ValueError(f"lexicon {name}/{lang}: empty term in {spec!r}")
                terms.append((term.rstrip("*"), k, term.endswith("*")))
    words, _ = words_of([t for t, _, _ in terms], fold)
    for i, (term, k, is_stem) in enumerate(terms):
        sel = np.flatnonzero(words.seg == i)
        if sel.size == 0:
            raise ValueError(f"lexicon term {term!r} has no word characters")
        if is_stem:
            hangul = any("\uac00" <= ch <= "\ud7af" for ch in term)
            if sel.size != 1 or len(term) < (MIN_STEM_HANGUL if hangul else MIN_STEM):
                raise ValueError(f"lexicon stem {term!r}: one word, {MIN_STEM}+ characters")
            h = int(words.hashes[sel[0]])
            stems[h] = stems.get(h, 0) | (1 << k)
            stem_lengths.add(int(words.ends[sel[0]] - words.starts[sel[0]] + 1))
            continue
        lengths = words.ends[sel] - words.starts[sel] + 1
        if sel.size > 1 and (lengths == 1).all() and term.isascii():
            # a word n-gram's hash of one-character words equals the word they spell: "0 0"
            # would match every two-digit number, "a b c" the word "abc" (CJK characters are
            # words of their own, so a CJK term is meant to match as its characters)
            raise ValueError(f"lexicon term {term!r}: one-character words match as one word")
        if sel.size == 1 and len(term) == 1 and is_own_word(term):
            # every CJK character is a word, so a one-character term matches inside every
            # word that holds it: 条 in 条件 (condition), 件 in 文件 (file), 例 in 例えば
            raise ValueError(f"lexicon term {term!r}: one CJK character matches inside words")
        h = 0
        for w in words.hashes[sel[:MAX_TERM_WORDS]].tolist():
            h = (h * int(_MUL) + int(w)) & 0xFFFFFFFFFFFFFFFF
        exact[h] = exact.get(h, 0) | (1 << k)
    ek, eb = _sorted_table(exact)
    sk, sb = _sorted_table(stems)
    filt = np.zeros(1 << FILTER_BITS, np.bool_)
    filt[_slot(np.concatenate((ek, sk)))] = True
    return Tables(ek, eb, sk, sb, tuple(sorted(stem_lengths)), filt)


_BATCH_FILTER_BITS = 18
_BATCH_FILTER_SHIFT = np.uint64(64 - _BATCH_FILTER_BITS)


@lru_cache(maxsize=2)
def _batch_filter(fold: bool) -> npt.NDArray[np.bool_]:
    """`Tables.filter` with 2**18 slots for `segment_masks`: a batch's candidates are read in
    one pass, and a table that stays in the core's own cache costs less than the few more
    candidates it lets through (they are looked up, so which pass does not change a mask)."""
    t = tables(fold)
    keys = np.concatenate((t.exact_keys, t.stem_keys))
    filt = np.zeros(1 << _BATCH_FILTER_BITS, np.bool_)
    with np.errstate(over="ignore"):
        filt[(keys * _FILTER_MIX) >> _BATCH_FILTER_SHIFT] = True
    return filt


def segment_masks(
    seg: npt.NDArray[np.int64],
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    hashes: npt.NDArray[np.uint64],
    prefix_sums: npt.NDArray[np.uint64],
    inverse_powers: npt.NDArray[np.uint64],
    n_segments: int,
    fold: bool = False,
) -> npt.NDArray[np.uint32]:
    """Concept bits of every segment, from its words (see `features.Words`): the bits of its
    word n-grams of 1..MAX_TERM_WORDS words that are exact terms, and of its words' prefixes
    of every stem length that are stems.

    Every candidate hash goes into one array and through the Bloom filter in one pass; the
    few that pass are then checked (an n-gram inside one segment, a prefix of a stem length)
    and looked up. Candidates are laid out so that no compaction is needed before the
    filter: n-grams as a (MAX_TERM_WORDS x words) table, by first word (those running past
    the last word are never looked up), then word prefixes of every length from the
    shortest stem length to the longest, word after word, each as long as the word allows.
    """
    t = tables(fold)
    out = np.zeros(n_segments, np.uint32)
    nw = hashes.size
    if nw == 0:
        return out
    levels = min(MAX_TERM_WORDS, nw)
    n_exact = levels * nw
    n_stem = 0
    lo = hi = 0
    count = first = np.zeros(0, np.int64)
    if t.stem_lengths:
        lo, hi = t.stem_lengths[0], t.stem_lengths[-1]
        count = ends - starts  # word length - 1
        count += 2 - lo
        np.maximum(count, 0, out=count)  # prefixes of lo..min(length, hi) characters
        np.minimum(count, hi - lo + 1, out=count)
        first = np.cumsum(count)
        n_stem = int(first[-1])
        first -= count
    cand = np.empty(n_exact + n_stem, np.uint64)
    grams = cand[:n_exact].reshape(levels, nw)
    grams[0] = hashes
    with np.errstate(over="ignore"):
        for n in range(1, levels):  # grams[n, p]: words p..p+n
            m = nw - n
            np.multiply(grams[n - 1, :m], _MUL, out=grams[n, :m])
            grams[n, :m] += hashes[n:]
            grams[n, m:] = 0
        if n_stem:
            # a prefix's end is its word's start plus its length: lo, lo + 1, ... per word
            end = np.arange(lo, lo + n_stem, dtype=np.int64)
            end += np.repeat(starts - first, count)
            prefix = cand[n_exact:]
            prefix_sums.take(end, out=prefix)
            prefix -= np.repeat(prefix_sums[starts], count)
            prefix *= np.repeat(inverse_powers[starts], count)
        slot = cand * _FILTER_MIX
    slot >>= _BATCH_FILTER_SHIFT
    maybe = _batch_filter(fold).take(slot.view(np.int64)).nonzero()[0]
    if maybe.size == 0:
        return out
    split = int(np.searchsorted(maybe, n_exact))
    hit_seg: list[npt.NDArray[np.int64]] = []
    hit_bits: list[npt.NDArray[np.uint32]] = []
    ex = maybe[:split]
    if ex.size and t.exact_keys.size:
        more, p = np.divmod(ex, nw)  # words after the first, first word
        last = p + more
        inside = last < nw
        inside[inside] = seg[last[inside]] == seg[p[inside]]  # within one segment
        pos, bits = _lookup_keys(t.exact_keys, t.exact_bits, cand[ex[inside]])
        hit_seg.append(seg[p[inside][pos]])
        hit_bits.append(bits)
    st = maybe[split:] - n_exact
    if st.size and t.stem_keys.size:
        word = np.searchsorted(first, st, side="right") - 1
        if len(t.stem_lengths) < hi - lo + 1:  # a length between that no stem has
            length = st - first[word] + lo
            is_stem_length = np.isin(length, t.stem_lengths)
            st, word = st[is_stem_length], word[is_stem_length]
        pos, bits = _lookup_keys(t.stem_keys, t.stem_bits, cand[n_exact + st])
        hit_seg.append(seg[word[pos]])
        hit_bits.append(bits)
    if hit_seg:
        np.bitwise_or.at(out, np.concatenate(hit_seg), np.concatenate(hit_bits))
    return out


def _lookup_keys(
    keys: npt.NDArray[np.uint64], bits: npt.NDArray[np.uint32], h: npt.NDArray[np.uint64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint32]]:
    """(positions in `h` that are keys, their concept bits); `keys` sorted, not empty."""
    pos = np.searchsorted(keys, h)
    np.minimum(pos, keys.size - 1, out=pos)
    hit = np.flatnonzero(keys[pos] == h)
    return hit, bits[pos[hit]]


@lru_cache(maxsize=2)
def _lexicon_maps(fold: bool) -> tuple[dict[int, int], dict[int, int]]:
    """`concepts.tables(fold)` as dicts, term hash -> concept bits (exact n-grams, stems)."""
    t = tables(fold)
    exact = dict(zip(t.exact_keys.tolist(), t.exact_bits.tolist(), strict=True))
    stems = dict(zip(t.stem_keys.tolist(), t.stem_bits.tolist(), strict=True))
    return exact, stems


_FEW_CANDIDATES = 32
"""Up to this many Bloom-filter candidates are looked up in a dict, more with one search."""


def one_segment_mask(
    starts: npt.NDArray[np.int64],
    ends: npt.NDArray[np.int64],
    hashes: npt.NDArray[np.uint64],
    prefix_sums: npt.NDArray[np.uint64],
    inverse_powers: npt.NDArray[np.uint64],
    fold: bool,
) -> int:
    """`segment_masks` of one segment (at least one word; the single-request path,
    `features.featurize_one`): the concept bits of its
    word n-grams of 1..MAX_TERM_WORDS words that are exact terms, and of its words' prefixes
    of every stem length that are stems, with one Bloom-filter pass over both."""
    t = tables(fold)
    nw = hashes.size
    hs = [hashes]
    h = hashes
    for n in range(2, min(MAX_TERM_WORDS, nw) + 1):
        m = nw - n + 1
        h = h[:m] * _MUL + hashes[n - 1 : n - 1 + m]
        hs.append(h)
    n_exact = sum(x.size for x in hs)
    lengths = np.asarray(t.stem_lengths, np.int64)
    # (stem length, word) pairs with the word at least that long, as one flat index
    pairs = (lengths[:, None] <= ends - starts + 1).reshape(-1).nonzero()[0]
    li = pairs // nw
    wi = pairs - li * nw
    s = starts[wi]
    hs.append((prefix_sums[s + lengths[li]] - prefix_sums[s]) * inverse_powers[s])
    every = np.concatenate(hs)
    maybe = t.filter.take(_slot(every)).nonzero()[0]
    if maybe.size == 0:
        return 0
    split = int(np.searchsorted(maybe, n_exact))
    out = 0
    for part, keys, bits, table in (
        (maybe[:split], t.exact_keys, t.exact_bits, 0),
        (maybe[split:], t.stem_keys, t.stem_bits, 1),
    ):
        if part.size == 0 or keys.size == 0:
            continue
        cand = every[part]
        if part.size <= _FEW_CANDIDATES:
            d = _lexicon_maps(fold)[table]
            for c in cand.tolist():
                out |= d.get(c, 0)
        else:
            _, hit = _lookup_keys(keys, bits, cand)
            if hit.size:
                out |= int(np.bitwise_or.reduce(hit))
    return out


def check_extras(extras: Sequence[str]) -> tuple[str, ...]:
    """`extras` as a model records them (sorted, once each); ValueError names an unknown one."""
    unknown = sorted(set(extras) - EXTRA_CONCEPTS.keys())
    if unknown:
        raise ValueError(
            f"unknown extra concept(s) {', '.join(unknown)}; known: {', '.join(EXTRA_CONCEPTS)}"
        )
    return tuple(sorted(set(extras)))


@lru_cache(maxsize=8)
def lexicon_digest(extras: tuple[str, ...] = ()) -> str:
    """A fingerprint of the lexicon, rules and feature values, kept in the model file: a model
    trained on other concept features is refused rather than silently misread. Without
    extras it is the fingerprint files had before extra concepts existed."""
    parts: list[object] = [
        CONCEPTS,
        FAMILY_RULES,
        VALUE_CONCEPT,
        VALUE_PAIR,
        VALUE_RULE,
        MAX_TERM_WORDS,
        sorted(NO_SINGLE),
    ]
    if extras:
        parts.append({n: [EXTRA_CONCEPTS[n], EXTRA_RULES.get(n, {})] for n in check_extras(extras)})
    spec = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return xxhash.xxh64_hexdigest(spec.encode())


@lru_cache(maxsize=8)
def allowed_mask(extras: tuple[str, ...] = ()) -> int:
    """The concept bits a model trained with `extras` reads (the others are cleared)."""
    return sum(1 << k for k, n in enumerate(NAMES) if n in CONCEPTS or n in check_extras(extras))


def _bucket(key: str, shift: int) -> int:
    return xxhash.xxh64_intdigest(key.encode(), seed=0x5EED) >> shift


NO_SINGLE = frozenset({"THOUGHT", "EXPAND", "ENCODE", "RESPONSE", "BOTH"})
"""Concepts that count only in combination: honest prompts name them alone all the time
("explain your reasoning", "fill in", "in English", "the answer", "both")."""
_SINGLE_MASK = sum(1 << k for k, n in enumerate(NAMES) if n in CONCEPTS and n not in NO_SINGLE)
"""Extra concepts count only in pairs and rules."""

_RULE_MASKS: tuple[tuple[str, str, int], ...] = tuple(
    (fam, str(i), sum(1 << NAMES.index(c) for c in combo))
    for fam, combos in FAMILY_RULES.items()
    for i, combo in enumerate(combos)
) + tuple(
    # an extra concept's rules after all base rules, keyed by its name: they need its bit,
    # which models trained without it never see set
    (fam, f"{extra}.{i}", sum(1 << NAMES.index(c) for c in combo))
    for extra, fams in EXTRA_RULES.items()
    for fam, combos in fams.items()
    for i, combo in enumerate(combos)
)


@lru_cache(maxsize=65536)
def row_features(
    user_mask: int, context_mask: int, n_bits: int
) -> tuple[tuple[int, ...], tuple[float, ...]]:
    """Feature buckets and values for one request's (user, context) concept masks."""
    shift = 64 - n_bits
    idx: list[int] = []
    val: list[float] = []
    for ns, mask in (("u", user_mask), ("c", context_mask)):
        single = mask & _SINGLE_MASK
        for k in range(len(NAMES)):
            if single >> k & 1:
                idx.append(_bucket(f"concept|{ns}|{NAMES[k]}", shift))
                val.append(VALUE_CONCEPT)
    # combinations over the whole request: an instruction counts wherever it sits
    both = user_mask | context_mask
    present = [k for k in range(len(NAMES)) if both >> k & 1]
    for a, b in combinations(present, 2):
        idx.append(_bucket(f"pair|{NAMES[a]}|{NAMES[b]}", shift))
        val.append(VALUE_PAIR)
    fired: set[str] = set()
    for fam, key, need in _RULE_MASKS:
        if both & need == need:
            idx.append(_bucket(f"rule|{fam}|{key}", shift))
            val.append(VALUE_RULE)
            fired.add(fam)
    for fam in sorted(fired):
        idx.append(_bucket(f"family|{fam}", shift))
        val.append(VALUE_RULE)
    if fired:
        idx.append(_bucket("family|any", shift))
        val.append(VALUE_RULE)
    return tuple(idx), tuple(val)
