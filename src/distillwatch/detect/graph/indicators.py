"""The indicator table: one row per (account, indicator value), columnar for speed.

Values are hashed (xxh64 of kind + value) so tables from different days, shards or a
synthetic benchmark meet on the same keys without a shared dictionary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import xxhash

from distillwatch.detect.graph.config import INDICATOR_KINDS
from distillwatch.detect.graph.records import AccountRecord

KIND_INDEX: dict[str, int] = {k: i for i, k in enumerate(INDICATOR_KINDS)}


_SIGN = 1 << 63


def value_key(kind: str, value: str) -> int:
    """Stable signed 64-bit key of one indicator value."""
    h = xxhash.xxh64_intdigest(f"{kind}\x00{value}".encode())
    return h - (1 << 64) if h >= _SIGN else h


Rows = tuple[np.ndarray, np.ndarray, np.ndarray]
"""One account's indicator rows: kind (int8), value key (int64), first seen (float64)."""


def rows_of(rec: AccountRecord) -> Rows:
    kind: list[int] = []
    val: list[int] = []
    first: list[float] = []
    for k, values in rec.indicators.items():
        ki = KIND_INDEX.get(k)
        if ki is None:
            continue
        for v, t in values.items():
            kind.append(ki)
            val.append(value_key(k, v))
            first.append(t)
    return np.asarray(kind, np.int8), np.asarray(val, np.int64), np.asarray(first, np.float64)


@dataclass
class IndicatorTable:
    account: np.ndarray  # int32 account index
    kind: np.ndarray  # int8 index into INDICATOR_KINDS
    value: np.ndarray  # int64 value key
    first_seen: np.ndarray  # float64: when this account's use of the value was observable

    def __len__(self) -> int:
        return int(self.account.shape[0])

    @classmethod
    def empty(cls) -> IndicatorTable:
        return cls(
            np.zeros(0, np.int32),
            np.zeros(0, np.int8),
            np.zeros(0, np.int64),
            np.zeros(0, np.float64),
        )

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, Rows]]) -> IndicatorTable:
        parts = list(rows)
        if not parts:
            return cls.empty()
        sizes = np.array([r[0].shape[0] for _, r in parts], np.int64)
        return cls(
            np.repeat(np.array([i for i, _ in parts], np.int32), sizes),
            np.concatenate([r[0] for _, r in parts]),
            np.concatenate([r[1] for _, r in parts]),
            np.concatenate([r[2] for _, r in parts]),
        )

    @classmethod
    def from_records(cls, records: Iterable[tuple[int, AccountRecord]]) -> IndicatorTable:
        return cls.from_rows((i, rows_of(r)) for i, r in records)
