"""Links between accounts from shared indicator values, weighted by how rare each value is.

A value held by `df` of `n` accounts contributes `kind_weight × log(n/df) / log(n/2)` to the
link of every pair holding it (1 for a value only two accounts share, falling towards 0 as
it becomes common); values held by more than `max_df` accounts are dropped (a popular SDK
user agent says nothing). Values shared by many accounts link each to `ring_k` neighbours
in order of first sighting rather than to all (a ring, not a clique). Per pair, the
contributions of one kind add up to at most `kind_cap × kind_weight`.

Kinds of which an account holds many values (`overlap_kinds`: a proxy pool's /24s) link by
the share of the smaller account's values a pair shares. Content kinds (prompts, templates)
are discounted by how many distinct infrastructure groups hold a value (benchmark items are
shared by unrelated accounts on purpose) and count only once the pair also shares a
corroborating kind (see `GraphConfig.content_kinds`).

Every contribution carries the time it became observable (the later of the two accounts'
first sightings of the value), so an edge has the time its weight first reached
`min_link` — the moment the link existed.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from distillwatch.detect.graph.config import INDICATOR_KINDS, GraphConfig
from distillwatch.detect.graph.indicators import IndicatorTable


@dataclass
class Contributions:
    """Per (pair, kind) capped increments, each with the time it became observable."""

    pair: np.ndarray  # int64: src * n + dst, src < dst
    kind: np.ndarray  # int8; -1 for pair bonuses (sync, swap)
    delta: np.ndarray  # float64
    at: np.ndarray  # float64

    def __len__(self) -> int:
        return int(self.pair.shape[0])

    @classmethod
    def concat(cls, parts: list[Contributions]) -> Contributions:
        return cls(
            np.concatenate([p.pair for p in parts]),
            np.concatenate([p.kind for p in parts]),
            np.concatenate([p.delta for p in parts]),
            np.concatenate([p.at for p in parts]),
        )


@dataclass
class Edges:
    src: np.ndarray  # int32
    dst: np.ndarray  # int32
    weight: np.ndarray  # float64
    at: np.ndarray  # float64: when the edge's weight first reached min_link

    def __len__(self) -> int:
        return int(self.src.shape[0])


@dataclass
class PairTotals:
    """Every candidate pair (sharing at least one usable value) and its indicator weight."""

    pair: np.ndarray
    total: np.ndarray
    behaviour: np.ndarray
    """Weight from what an operator carries over between accounts (templates, prompts,
    client stack, payment): what a pool swap keeps."""


BEHAVIOUR_KINDS = frozenset({"template", "prompt", "tls", "user_agent", "payment"})


def max_df(n: int, cfg: GraphConfig) -> int:
    return max(cfg.max_df_floor, int(cfg.max_df_share * n))


def idf(df: np.ndarray, n: int) -> np.ndarray:
    """1 for a value shared by two accounts, log-decreasing to 0 when everyone has it."""
    if n <= 2:
        return np.ones(df.shape, np.float64)
    out: np.ndarray = np.clip(np.log(n / np.maximum(df, 2)) / np.log(n / 2.0), 0.0, 1.0)
    return out


def _segment_starts(sorted_keys: np.ndarray) -> np.ndarray:
    """Index of the first row of each row's segment (rows sorted by key)."""
    if sorted_keys.shape[0] == 0:
        return np.zeros(0, np.int64)
    new = np.empty(sorted_keys.shape[0], bool)
    new[0] = True
    new[1:] = sorted_keys[1:] != sorted_keys[:-1]
    idx = np.arange(sorted_keys.shape[0])
    starts: np.ndarray = np.maximum.accumulate(np.where(new, idx, 0))
    return starts


def _segment_cumsum(x: np.ndarray, starts: np.ndarray) -> np.ndarray:
    cs = np.cumsum(x)
    before = np.where(starts > 0, cs[np.maximum(starts - 1, 0)], 0.0)
    out: np.ndarray = cs - before
    return out


def _pairs_in_groups(
    gstart: np.ndarray, gsize: np.ndarray, cfg: GraphConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Row index pairs (a, b), a < b, inside groups of rows [gstart, gstart + gsize)."""
    a_parts: list[np.ndarray] = []
    b_parts: list[np.ndarray] = []
    small = gsize <= cfg.clique_limit
    for s in np.unique(gsize[small]):
        starts = gstart[small & (gsize == s)]
        iu, ju = np.triu_indices(int(s), 1)
        a_parts.append((starts[:, None] + iu[None, :]).ravel())
        b_parts.append((starts[:, None] + ju[None, :]).ravel())
    big = ~small
    if big.any():
        starts, sizes = gstart[big], gsize[big]
        pos = np.repeat(starts, sizes) + (
            np.arange(int(sizes.sum())) - np.repeat(np.cumsum(sizes) - sizes, sizes)
        )
        end = np.repeat(starts + sizes, sizes)
        for j in range(1, cfg.ring_k + 1):
            ok = pos + j < end
            a_parts.append(pos[ok])
            b_parts.append(pos[ok] + j)
    if not a_parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    return np.concatenate(a_parts).astype(np.int64), np.concatenate(b_parts).astype(np.int64)


def _kind_mask(kinds: tuple[str, ...]) -> np.ndarray:
    return np.array([k in kinds for k in INDICATOR_KINDS], bool)


def _empty() -> Contributions:
    return Contributions(np.zeros(0, np.int64), np.zeros(0, np.int8), np.zeros(0), np.zeros(0))


def _raw_contributions(
    table: IndicatorTable,
    n: int,
    cfg: GraphConfig,
    rows_ok: np.ndarray,
    row_df: np.ndarray,
    inv: np.ndarray,
    scale: np.ndarray,
    dirty: np.ndarray | None,
) -> Contributions:
    """Capped per-(pair, kind) contributions of the values of rows `rows_ok` (row weight ×
    `scale`)."""
    keep = rows_ok & (row_df >= 2) & (row_df <= max_df(n, cfg))
    if dirty is not None:
        touched = np.zeros(int(inv.max(initial=-1)) + 1, bool)
        touched[inv[keep & dirty[table.account]]] = True
        keep &= touched[inv]
    rows = np.nonzero(keep)[0]
    grp = inv[rows]
    order = np.lexsort((table.first_seen[rows], grp))
    rows, grp = rows[order], grp[order]
    bounds = np.nonzero(np.r_[True, grp[1:] != grp[:-1]])[0] if rows.size else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[bounds, rows.size])
    # Candidate pairs can number tens of millions on a large month: every intermediate is
    # dropped as soon as it is used, so the peak holds a few arrays of that length, not all.
    a, b = _pairs_in_groups(bounds, sizes, cfg)
    ra, rb = rows[a], rows[b]
    del a, b, rows, grp, bounds, sizes
    acc_a = table.account[ra].astype(np.int64)
    acc_b = table.account[rb].astype(np.int64)
    if dirty is not None:
        ok = dirty[acc_a] | dirty[acc_b]
        ra, rb, acc_a, acc_b = ra[ok], rb[ok], acc_a[ok], acc_b[ok]
        del ok
    diff = acc_a != acc_b
    ra, rb, acc_a, acc_b = ra[diff], rb[diff], acc_a[diff], acc_b[diff]
    del diff
    pair = np.minimum(acc_a, acc_b) * n + np.maximum(acc_a, acc_b)
    kind = table.kind[ra]
    kw = np.array([cfg.kind_weights.get(k, 0.0) for k in INDICATOR_KINDS], np.float64)
    w = kw[kind] * idf(row_df[ra], n) * scale[ra]
    caps = np.array([cfg.kind_caps.get(k, cfg.kind_cap) for k in INDICATOR_KINDS], np.float64)
    full = np.array([cfg.overlap_kinds.get(k, 0.0) for k in INDICATOR_KINDS], np.float64)
    if (full > 0).any():
        # Per (account, kind): how many values; share-based kinds divide by the smaller.
        held = np.zeros((n, len(INDICATOR_KINDS)), np.float64)
        np.add.at(held, (table.account.astype(np.int64), table.kind.astype(np.int64)), 1.0)
        smaller = np.maximum(np.minimum(held[acc_a, kind], held[acc_b, kind]), 1.0)
        over = full[kind] > 0
        w = np.where(over, w * caps[kind] / (np.maximum(full[kind], 1e-9) * smaller), w)
        del held, smaller, over
    del acc_a, acc_b
    at = np.maximum(table.first_seen[ra], table.first_seen[rb])
    del ra, rb
    # Cap per (pair, kind): increments of the capped running sum, in time order.
    order = np.lexsort((at, kind, pair))
    pair, kind, w, at = pair[order], kind[order], w[order], at[order]
    del order
    seg = pair * len(INDICATOR_KINDS) + kind
    cum = _segment_cumsum(w, _segment_starts(seg))
    del seg
    cap = kw[kind] * caps[kind]
    delta = np.minimum(cum, cap)
    cum -= w
    del w
    np.minimum(cum, cap, out=cum)
    delta -= cum  # capped running sum minus the capped sum before this increment
    del cum, cap
    nz = delta > 1e-12
    return Contributions(pair[nz], kind[nz], delta[nz], at[nz])


def infrastructure_groups(
    table: IndicatorTable, n: int, cfg: GraphConfig, row_df: np.ndarray, inv: np.ndarray
) -> np.ndarray:
    """Connected component per account of the links made without content kinds: accounts
    an operator ties together by cards, domains, cohorts, networks and client stacks."""
    infra = ~_kind_mask(cfg.content_kinds)[table.kind]
    c = _raw_contributions(table, n, cfg, infra, row_df, inv, np.ones(len(table)), None)
    e = edges_from(c, n, cfg)
    m = coo_matrix((np.ones(len(e)), (e.src, e.dst)), shape=(n, n))
    _, comp = connected_components(m, directed=False)
    out: np.ndarray = comp.astype(np.int64)
    return out


def content_spread(
    table: IndicatorTable, groups: np.ndarray, inv: np.ndarray, content: np.ndarray
) -> np.ndarray:
    """Per row: how many distinct infrastructure groups hold the row's value (content rows;
    1 elsewhere)."""
    out = np.ones(len(table), np.float64)
    rows = np.nonzero(content)[0]
    if rows.size == 0:
        return out
    key = np.unique(np.column_stack([inv[rows], groups[table.account[rows]]]), axis=0)
    per_value = np.bincount(key[:, 0], minlength=int(inv.max()) + 1)
    out[rows] = np.maximum(per_value[inv[rows]], 1)
    return out


def _corroborate(c: Contributions, cfg: GraphConfig) -> Contributions:
    """Content contributions count fully only from the time the pair shares
    `corroborate_min` of corroborating kinds; before (or without) that, a fraction."""
    if len(c) == 0:
        return c
    content = _kind_mask(cfg.content_kinds)[c.kind]
    corr = _kind_mask(cfg.corroborating_kinds)[c.kind]
    # When each pair's corroborating weight first reached corroborate_min.
    idx = np.nonzero(corr)[0]
    order = idx[np.lexsort((c.at[idx], c.pair[idx]))]
    pair, delta, at = c.pair[order], c.delta[order], c.at[order]
    cum = _segment_cumsum(delta, _segment_starts(pair))
    hit = cum >= cfg.corroborate_min - 1e-12
    keys, first = np.unique(pair[hit], return_index=True)
    when = at[hit][first]
    pos = np.searchsorted(keys, c.pair)
    pos = np.minimum(pos, max(keys.shape[0] - 1, 0))
    has = (keys.shape[0] > 0) & (keys[pos] == c.pair) if keys.shape[0] else np.zeros(len(c), bool)
    t_ok = np.where(has, when[pos] if keys.shape[0] else np.inf, np.inf)
    f = cfg.uncorroborated_factor
    parts = [Contributions(c.pair[~content], c.kind[~content], c.delta[~content], c.at[~content])]
    ci = np.nonzero(content)[0]
    if f > 0:
        parts.append(Contributions(c.pair[ci], c.kind[ci], c.delta[ci] * f, c.at[ci]))
    ok = ci[np.isfinite(t_ok[ci])]
    if ok.size:
        parts.append(
            Contributions(
                c.pair[ok], c.kind[ok], c.delta[ok] * (1.0 - f), np.maximum(c.at[ok], t_ok[ok])
            )
        )
    out = Contributions.concat(parts)
    nz = out.delta > 1e-12
    return Contributions(out.pair[nz], out.kind[nz], out.delta[nz], out.at[nz])


def indicator_contributions(
    table: IndicatorTable, n: int, cfg: GraphConfig, dirty: np.ndarray | None = None
) -> Contributions:
    """Capped per-(pair, kind) contributions of shared values; with `dirty` (a bool mask of
    accounts), only pairs touching a dirty account (incremental updates). Content values
    (prompts, templates) are discounted by how many unrelated infrastructure groups hold
    them and need corroboration by another kind (see `GraphConfig.content_kinds`)."""
    if len(table) == 0:
        return _empty()
    _, inv, df = np.unique(table.value, return_inverse=True, return_counts=True)
    inv = inv.astype(np.int64)
    row_df = df[inv]
    content = _kind_mask(cfg.content_kinds)[table.kind]
    scale = np.ones(len(table), np.float64)
    if content.any() and cfg.spread_power > 0:
        groups = infrastructure_groups(table, n, cfg, row_df, inv)
        scale = content_spread(table, groups, inv, content) ** -cfg.spread_power
    raw = _raw_contributions(table, n, cfg, np.ones(len(table), bool), row_df, inv, scale, dirty)
    return _corroborate(raw, cfg)


def pair_totals(c: Contributions) -> PairTotals:
    """Sum contributions per pair (and the behaviour part of it)."""
    if len(c) == 0:
        z = np.zeros(0)
        return PairTotals(np.zeros(0, np.int64), z, z)
    uniq, inv = np.unique(c.pair, return_inverse=True)
    total = np.bincount(inv, weights=c.delta, minlength=uniq.shape[0])
    beh_idx = np.array([i for i, k in enumerate(INDICATOR_KINDS) if k in BEHAVIOUR_KINDS])
    is_beh = np.isin(c.kind, beh_idx)
    behaviour = np.bincount(inv, weights=np.where(is_beh, c.delta, 0.0), minlength=uniq.shape[0])
    return PairTotals(uniq, total, behaviour)


def edges_from(c: Contributions, n: int, cfg: GraphConfig) -> Edges:
    """Pairs whose summed weight reaches `min_link`, with the time it first did."""
    if len(c) == 0:
        return Edges(np.zeros(0, np.int32), np.zeros(0, np.int32), np.zeros(0), np.zeros(0))
    order = np.lexsort((c.at, c.pair))
    pair, delta, at = c.pair[order], c.delta[order], c.at[order]
    starts = _segment_starts(pair)
    cum = _segment_cumsum(delta, starts)
    last = np.r_[pair[1:] != pair[:-1], True]
    total = cum[last]
    keys = pair[last]
    crossed = cum >= cfg.min_link - 1e-9
    # First crossing time per pair: min of `at` over crossed rows (rows are time-ordered).
    big = np.where(crossed, at, np.inf)
    seg_id = np.cumsum(np.r_[True, pair[1:] != pair[:-1]]) - 1
    first_cross = np.full(keys.shape[0], np.inf)
    np.minimum.at(first_cross, seg_id, big)
    ok = total >= cfg.min_link - 1e-9
    keys, total, first_cross = keys[ok], total[ok], first_cross[ok]
    return Edges((keys // n).astype(np.int32), (keys % n).astype(np.int32), total, first_cross)
