"""Spill per-exchange facts to disk, partitioned by account, so replay runs in bounded memory.

Each shard file is a sequence of frames (4-byte little-endian length, msgpack list of
`Facts`). Shards are by a stable hash of the account id, so all of an account's exchanges
land in one shard whichever worker read them.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from pathlib import Path

import msgspec
import xxhash

from distillwatch.profiles.facts import Facts

FRAME = 4096
_LEN = struct.Struct("<I")
_ENC = msgspec.msgpack.Encoder()
_DEC = msgspec.msgpack.Decoder(list[Facts])


def shard_of(account_id: str, shards: int) -> int:
    return xxhash.xxh64_intdigest(account_id.encode()) % shards


class ShardWriter:
    """Buffers facts per shard and appends frames to `<dir>/<prefix>-<shard>.spill`."""

    def __init__(self, directory: Path, prefix: str, shards: int) -> None:
        self.directory = directory
        self.prefix = prefix
        self.shards = shards
        self._buf: list[list[Facts]] = [[] for _ in range(shards)]
        self.count = 0
        directory.mkdir(parents=True, exist_ok=True)

    def path(self, shard: int) -> Path:
        return self.directory / f"{self.prefix}-{shard:04d}.spill"

    def add(self, f: Facts) -> None:
        s = shard_of(f.account_id, self.shards)
        buf = self._buf[s]
        buf.append(f)
        self.count += 1
        if len(buf) >= FRAME:
            self._flush(s)

    def _flush(self, s: int) -> None:
        buf = self._buf[s]
        if not buf:
            return
        data = _ENC.encode(buf)
        with self.path(s).open("ab") as fh:
            fh.write(_LEN.pack(len(data)))
            fh.write(data)
        self._buf[s] = []

    def close(self) -> None:
        for s in range(self.shards):
            self._flush(s)


def read_frames(paths: Iterable[Path]) -> Iterator[bytes]:
    """The encoded frames of a shard's files, in spill order (missing files are empty)."""
    for p in paths:
        if not p.exists():
            continue
        with p.open("rb") as fh:
            while head := fh.read(4):
                (n,) = _LEN.unpack(head)
                yield fh.read(n)


def read_shard(paths: list[Path]) -> Iterator[Facts]:
    for frame in read_frames(paths):
        yield from _DEC.decode(frame)
