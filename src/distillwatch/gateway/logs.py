"""Append-only logs: contract exchanges (rotating JSON Lines that `scan` reads directly) and
the decision log (one JSON object per decision, with its evidence and no secrets)."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import IO, Any

import msgspec

from distillwatch.contract.exchange import Exchange
from distillwatch.contract.writers import ExchangeWriter

_ENC = msgspec.json.Encoder()


def _stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime())


class RotatingExchangeLog:
    """`exchanges-<utc time>-<pid>.jsonl` files, rotated by size or age; replicas can share a
    directory (the pid keeps names apart) and scan reads the directory in name order."""

    def __init__(self, directory: str | Path, rotate_bytes: int, rotate_seconds: float) -> None:
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.rotate_bytes = rotate_bytes
        self.rotate_seconds = rotate_seconds
        self._writer: ExchangeWriter | None = None
        self._opened = 0.0
        self._seq = 0
        self.written = 0

    def _open(self) -> ExchangeWriter:
        self._seq += 1
        name = f"exchanges-{_stamp()}-{os.getpid()}-{self._seq:04d}.jsonl"
        self._opened = time.monotonic()
        self._writer = ExchangeWriter(self.dir / name)
        return self._writer

    def write(self, ex: Exchange) -> None:
        w = self._writer
        if w is None or (
            time.monotonic() - self._opened > self.rotate_seconds
            or (w.path.exists() and w._fh is not None and w._fh.tell() > self.rotate_bytes)
        ):
            self.close()
            w = self._open()
        w.write(ex)
        self.written += 1

    def flush(self) -> None:
        if self._writer is not None and self._writer._fh is not None:
            self._writer._fh.flush()

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


class DecisionLog:
    def __init__(self, path: str | Path) -> None:
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        self._fh: IO[bytes] | None = p.open("ab")

    def write(self, record: dict[str, Any]) -> None:
        if self._fh is not None:
            self._fh.write(_ENC.encode(record) + b"\n")

    def flush(self) -> None:
        if self._fh is not None:
            self._fh.flush()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
