"""The graph's account records, kept msgpack-encoded: a record decoded is several times its
encoded size (dicts of hours, indicator values), and most are read once per build.

A `RecordStore` is a sequence of `AccountRecord`s: indexing decodes a copy, so changing a
record means storing it back (`store[i] = rec`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import msgspec

from distillwatch.detect.graph.records import AccountRecord

_ENC = msgspec.msgpack.Encoder()
_DEC = msgspec.msgpack.Decoder(AccountRecord)


def encode(rec: AccountRecord) -> bytes:
    return _ENC.encode(rec)


def decode(raw: bytes) -> AccountRecord:
    return _DEC.decode(raw)


class RecordStore(Sequence[AccountRecord]):
    __slots__ = ("_raw",)

    def __init__(self, records: Iterable[AccountRecord | bytes] = ()) -> None:
        self._raw: list[bytes] = []
        for r in records:
            self.append(r)

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, i: int) -> AccountRecord: ...
    @overload
    def __getitem__(self, i: slice) -> list[AccountRecord]: ...
    def __getitem__(self, i: int | slice) -> AccountRecord | list[AccountRecord]:
        if isinstance(i, slice):
            return [decode(r) for r in self._raw[i]]
        return decode(self._raw[i])

    def __iter__(self) -> Iterator[AccountRecord]:
        return (decode(r) for r in self._raw)

    def __setitem__(self, i: int, rec: AccountRecord | bytes) -> None:
        self._raw[i] = rec if isinstance(rec, bytes) else encode(rec)

    def append(self, rec: AccountRecord | bytes) -> None:
        self._raw.append(rec if isinstance(rec, bytes) else encode(rec))

    def raw(self, i: int) -> bytes:
        """Record i as stored (msgpack)."""
        return self._raw[i]

    def raws(self) -> list[bytes]:
        return list(self._raw)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RecordStore):
            return list(self) == list(other)
        if isinstance(other, list):
            return list(self) == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]
