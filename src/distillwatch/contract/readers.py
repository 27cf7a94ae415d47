"""Streaming readers for contract exchanges: JSON Lines (plain or gzip), Parquet, directories.

A bad line never stops a read: it is skipped, counted by reason and reported with its file
and line number (`ReadReport`). Memory is bounded by one Parquet row group or one line.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from distillwatch.contract.arrow_decode import InvalidRow, Unsupported, decode_batch
from distillwatch.contract.errors import InputError
from distillwatch.contract.exchange import EXCHANGE_DECODER, AccountInfo, Exchange

MAX_LINE_BYTES = 8 * 1024 * 1024
"""Lines longer than this are skipped as `line_too_long` without being held in memory."""

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
PARQUET_SUFFIXES = (".parquet", ".pq")
MAX_EXAMPLES = 200
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class BadLine:
    file: str
    line: int
    reason: str
    detail: str


@dataclass
class ReadReport:
    """What a read saw: exchanges accepted, lines skipped by reason, and examples."""

    files: int = 0
    read: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: list[BadLine] = field(default_factory=list)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    def skip(self, file: str, line: int, reason: str, detail: str) -> None:
        self.skipped[reason] += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(BadLine(file, line, reason, detail[:300]))

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "exchanges_read": self.read,
            "skipped": self.skipped_total,
            "skipped_by_reason": dict(sorted(self.skipped.items())),
            "skipped_examples": [
                {"file": b.file, "line": b.line, "reason": b.reason, "detail": b.detail}
                for b in self.examples
            ],
        }


def classify_error(exc: Exception) -> str:
    """A stable reason code for why a line was rejected."""
    if isinstance(exc, UnicodeDecodeError):
        return "non_utf8"
    msg = str(exc)
    if isinstance(exc, msgspec.ValidationError):
        if "missing required field" in msg:
            return "missing_field"
        if "datetime" in msg.lower() or "RFC3339" in msg:
            return "bad_timestamp"
        return "wrong_type"
    return "invalid_json"


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the contract files inside directories, in name order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and _kind(f) is not None and not f.name.startswith(".")
            )
            out.extend(f for f in found if f.name not in ("labels.jsonl", "accounts.jsonl"))
        elif p.is_file():
            if _kind(p) is None:
                raise InputError(
                    f"{p}: unknown format (expected {', '.join(JSONL_SUFFIXES + PARQUET_SUFFIXES)})"
                )
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return out


def is_parquet(path: Path) -> bool:
    return _kind(path) == "parquet"


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return None


def _open_binary(path: Path) -> io.BufferedIOBase:
    raw = path.open("rb")
    magic = raw.read(2)
    raw.seek(0)
    if magic == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return raw


class TruncatedInput(Exception):
    """The compressed stream ended early; lines before the break were already yielded."""


def iter_lines(path: Path, max_line_bytes: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) per line; bytes is None for a line over the limit (not kept).

    Reads 1 MiB chunks and splits them, so a truncated gzip member still yields every
    complete line before the break, then raises `TruncatedInput`.
    """
    limit = max_line_bytes if max_line_bytes is not None else MAX_LINE_BYTES
    lineno = 0
    rest = b""
    too_long = False
    with _open_binary(path) as f:
        while True:
            try:
                chunk = f.read1(1 << 20)
            except (EOFError, OSError, zlib.error) as e:
                if rest and not too_long:
                    lineno += 1
                    yield lineno, rest
                raise TruncatedInput(str(e)) from e
            if not chunk:
                break
            pieces = (rest + chunk).split(b"\n") if rest else chunk.split(b"\n")
            rest = pieces.pop()
            for piece in pieces:
                lineno += 1
                if too_long or len(piece) > limit:
                    too_long = False
                    yield lineno, None
                else:
                    yield lineno, piece
            if len(rest) > limit:
                too_long = True  # keep discarding until the line's newline arrives
                rest = b""
    if too_long:
        lineno += 1
        yield lineno, None
    elif rest:
        lineno += 1
        yield lineno, rest


def iter_records(
    path: Path, decoder: msgspec.json.Decoder[T], report: ReadReport
) -> Iterator[tuple[int, T]]:
    """(line number, record) for every valid line of a JSON Lines file; the rest go to
    `report` with file, line and reason. Shared by every JSON Lines reader."""
    name = str(path)
    lineno = 0
    try:
        for lineno, line in iter_lines(path):
            if line is None:
                report.skip(name, lineno, "line_too_long", f"over {MAX_LINE_BYTES} bytes")
                continue
            if not line.strip():
                continue
            try:
                rec = decoder.decode(line.decode("utf-8"))
            except (msgspec.DecodeError, msgspec.ValidationError, UnicodeDecodeError) as e:
                report.skip(name, lineno, classify_error(e), str(e))
                continue
            yield lineno, rec
    except TruncatedInput as e:
        # Everything before the break was read; report where the file broke off.
        report.skip(name, lineno + 1, "truncated_file", str(e))


def read_jsonl(path: Path, report: ReadReport) -> Iterator[Exchange]:
    for _, ex in iter_records(path, EXCHANGE_DECODER, report):
        report.read += 1
        yield ex


def read_parquet(
    path: Path, report: ReadReport, batch_size: int = 8192, row_groups: range | None = None
) -> Iterator[Exchange]:
    """Rows of a Parquet file (or of some of its row groups, for parallel readers)."""
    import pyarrow.parquet as pq

    name = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as e:  # pyarrow raises several types for a corrupt file
        raise InputError(f"{path}: not a readable Parquet file ({e})") from e
    groups = list(row_groups) if row_groups is not None else list(range(pf.num_row_groups))
    meta = pf.metadata
    row = sum(meta.row_group(i).num_rows for i in range(groups[0])) if groups else 0
    if not groups:
        return
    for batch in pf.iter_batches(batch_size=batch_size, row_groups=groups):
        try:
            decoded = decode_batch(batch)
        except Unsupported:
            decoded = None
        if decoded is not None:
            for item in decoded:
                row += 1
                if isinstance(item, InvalidRow):
                    report.skip(name, row, "missing_field", f"required field is null: {item.path}")
                    continue
                report.read += 1
                yield item
            continue
        for rec in batch.to_pylist():  # types differ from ours: validate row by row
            row += 1
            try:
                ex = msgspec.convert(_from_parquet_row(rec), Exchange)
            except (msgspec.ValidationError, ValueError, TypeError) as e:
                report.skip(name, row, classify_error(e), str(e))
                continue
            report.read += 1
            yield ex


def parquet_row_groups(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).num_row_groups)


def _from_parquet_row(rec: dict[str, Any]) -> dict[str, Any]:
    """Undo the Parquet encoding of message parts (`content_parts`, see contract/arrow.py)."""
    req = rec.get("request")
    if isinstance(req, dict):
        for m in req.get("messages") or ():
            if isinstance(m, dict):
                parts = m.pop("content_parts", None)
                if parts is not None and m.get("content") is None:
                    m["content"] = [{k: v for k, v in p.items() if v is not None} for p in parts]
    return rec  # nulls are fine: every optional field of the contract accepts None


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: (_drop_none(v) if isinstance(v, dict) else v) for k, v in d.items() if v is not None}


def read_exchanges(
    paths: Sequence[str | Path],
    report: ReadReport,
    accounts: dict[str, AccountInfo] | None = None,
) -> Iterator[Exchange]:
    """Every valid exchange in `paths`, in file order; `accounts` fills missing account info."""
    files = expand_paths(paths)
    if not files:
        raise InputError(f"no exchange files found in {', '.join(map(str, paths))}")
    for path in files:
        report.files += 1
        reader = read_parquet if _kind(path) == "parquet" else read_jsonl
        for ex in reader(path, report):
            if accounts is not None and ex.account is None:
                ex.account = accounts.get(ex.account_id)
            yield ex


class AccountRecord(AccountInfo, kw_only=True):
    account_id: str


def read_accounts(path: str | Path, report: ReadReport | None = None) -> dict[str, AccountInfo]:
    """The separate accounts file: `{account_id, <account fields>}` per line (or Parquet)."""
    report = report if report is not None else ReadReport()
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: accounts file not found")
    out: dict[str, AccountInfo] = {}
    rows: Iterable[tuple[int, Any]]
    if _kind(p) == "parquet":
        import pyarrow.parquet as pq

        rows = enumerate((_drop_none(r) for r in pq.read_table(p).to_pylist()), start=1)
        for i, rec in rows:
            try:
                r = msgspec.convert(rec, AccountRecord)
            except (msgspec.ValidationError, ValueError, TypeError) as e:
                report.skip(str(p), i, classify_error(e), str(e))
                continue
            out[r.account_id] = _info(r)
        return out
    for _, r in iter_records(p, msgspec.json.Decoder(AccountRecord), report):
        out[r.account_id] = _info(r)
    return out


def _info(r: AccountRecord) -> AccountInfo:
    return AccountInfo(
        created_at=r.created_at,
        signup_channel=r.signup_channel,
        email_domain=r.email_domain,
        payment_fingerprint=r.payment_fingerprint,
        verified=r.verified,
        tier=r.tier,
    )
