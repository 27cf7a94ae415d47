"""Streaming writers for contract exchanges (JSON Lines, gzip or not, and Parquet)."""

from __future__ import annotations

import gzip
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import msgspec

from distillwatch.contract.arrow import EXCHANGE_SCHEMA, to_parquet_row
from distillwatch.contract.exchange import Exchange, exchange_to_dict

_ENC = msgspec.json.Encoder()


class ExchangeWriter:
    """Appends exchanges (Exchange objects or contract dicts) to one file.

    The format follows the suffix: `.jsonl`, `.jsonl.gz` or `.parquet`. Parquet rows are
    buffered into row groups of `row_group_size`, so memory stays bounded.
    """

    def __init__(self, path: str | Path, row_group_size: int = 50_000, compresslevel: int = 3):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        name = self.path.name.lower()
        self._parquet = name.endswith(".parquet")
        self._rows: list[dict[str, Any]] = []
        self._row_group_size = row_group_size
        self._pq_writer: Any = None
        self._fh: IO[bytes] | gzip.GzipFile | None = None
        self.count = 0
        if not self._parquet:
            if name.endswith(".gz"):
                self._fh = gzip.GzipFile(self.path, "wb", compresslevel=compresslevel, mtime=0)
            else:
                self._fh = self.path.open("wb")

    def write(self, ex: Exchange | dict[str, Any]) -> None:
        d = exchange_to_dict(ex) if isinstance(ex, Exchange) else ex
        self.count += 1
        if self._fh is not None:
            self._fh.write(_ENC.encode(d) + b"\n")
            return
        self._rows.append(to_parquet_row(d))
        if len(self._rows) >= self._row_group_size:
            self._flush_parquet()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._rows:
            return
        for r in self._rows:
            if isinstance(r.get("ts"), str):
                r["ts"] = datetime.fromisoformat(r["ts"].replace("Z", "+00:00"))
            acc = r.get("account")
            if isinstance(acc, dict) and isinstance(acc.get("created_at"), str):
                acc["created_at"] = datetime.fromisoformat(acc["created_at"].replace("Z", "+00:00"))
        table = pa.Table.from_pylist(self._rows, schema=EXCHANGE_SCHEMA)
        if self._pq_writer is None:
            self._pq_writer = pq.ParquetWriter(self.path, EXCHANGE_SCHEMA, compression="zstd")
        self._pq_writer.write_table(table)
        self._rows = []

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self._parquet:
            self._flush_parquet()
            if self._pq_writer is None:  # no rows: still write a valid empty file
                import pyarrow.parquet as pq

                self._pq_writer = pq.ParquetWriter(self.path, EXCHANGE_SCHEMA, compression="zstd")
            self._pq_writer.close()
            self._pq_writer = None

    def __enter__(self) -> ExchangeWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
