"""The columnar Parquet decode agrees with the row-by-row path it replaces, row for row.

The row-by-row path (`batch.to_pylist()` then `msgspec.convert`) is the reference: every
row it accepts must come out of `decode_batch` equal (time zone object included), and every
row it rejects must come out as an `InvalidRow`.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import msgspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from distillwatch.contract.arrow import EXCHANGE_SCHEMA, to_parquet_row
from distillwatch.contract.arrow_decode import InvalidRow, decode_batch
from distillwatch.contract.exchange import Exchange
from distillwatch.contract.readers import ReadReport, _from_parquet_row, read_parquet


def _rows(seed: int, n: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)

    def maybe(v: Any, p: float = 0.2) -> Any:
        return None if rng.random() < p else v

    def message() -> dict[str, Any]:
        if rng.random() < 0.1:
            parts = [{"type": "text", "text": maybe("hi")}, {"type": "image", "text": None}]
            return {"role": maybe("user", 0.1), "content": None, "content_parts": maybe(parts)}
        role = maybe(rng.choice(["user", "assistant", "system"]), 0.05)
        return {"role": role, "content": maybe(f"hello {rng.random()}"), "content_parts": None}

    t0 = datetime(2026, 3, 1, tzinfo=UTC)
    return [
        to_parquet_row(
            {
                "id": maybe(f"e{i}", 0.03),
                "ts": t0 + timedelta(milliseconds=rng.randrange(-(10**9), 10**10)),
                "account_id": maybe("a", 0.03),
                "api_key_id": maybe("k"),
                "org_id": maybe("o", 0.7),
                "end_user_id": maybe("u"),
                "client": maybe({"ip": maybe("1.2.3.4"), "asn": maybe(rng.randrange(99))}),
                "account": maybe(
                    {"created_at": maybe(t0), "tier": maybe("free"), "verified": maybe(True)},
                    0.6,
                ),
                "request": maybe(
                    {
                        "model": maybe("m", 0.03),
                        "system": maybe("s"),
                        "messages": maybe([message() for _ in range(rng.randrange(4))], 0.03),
                        "params": maybe({"temperature": maybe(rng.random()), "n": maybe(2)}),
                    },
                    0.03,
                ),
                "response": maybe({"text": maybe("t"), "usage": maybe({"input_tokens": maybe(3)})}),
            }
        )
        for i in range(n)
    ]


def _reference(rec: dict[str, Any]) -> Exchange | None:
    try:
        return msgspec.convert(_from_parquet_row(rec), Exchange)
    except (msgspec.ValidationError, ValueError, TypeError):
        return None


@pytest.mark.parametrize(
    ("unit", "tz"),
    [("ms", "UTC"), ("s", None), ("us", "+00:00"), ("ms", "Etc/UTC"), ("ns", "UTC")],
)
def test_decode_matches_row_by_row(unit: str, tz: str | None) -> None:
    ts = pa.field("ts", pa.timestamp(unit, tz=tz))
    schema = pa.schema([ts if f.name == "ts" else f for f in EXCHANGE_SCHEMA])
    table = pa.Table.from_pylist(_rows(7, 400), schema=schema)
    checked = invalid = 0
    for batch in table.slice(13).to_batches(max_chunksize=97):
        for got, rec in zip(decode_batch(batch), batch.to_pylist(), strict=True):
            want = _reference(rec)
            if want is None:
                assert isinstance(got, InvalidRow)
                invalid += 1
                continue
            assert isinstance(got, Exchange)
            assert got == want
            assert repr(got.ts) == repr(want.ts)  # same tzinfo object kind, not only instant
            checked += 1
    assert checked > 100 and invalid > 20


def test_null_timestamp_is_reported_not_fatal(tmp_path: Path) -> None:
    req = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    rows = [
        {"id": "e1", "ts": datetime(2026, 2, 1, tzinfo=UTC), "account_id": "a", "request": req},
        {"id": "e2", "ts": None, "account_id": "a", "request": req},
    ]
    path = tmp_path / "null-ts.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path)
    report = ReadReport()
    assert [e.id for e in read_parquet(path, report)] == ["e1"]
    assert report.skipped == {"missing_field": 1}
    assert "$.ts" in report.examples[0].detail


def test_timestamp_beyond_datetime_range_fails_as_pyarrow_does() -> None:
    req = {"model": "m", "messages": []}
    table = pa.Table.from_pylist([{"id": "e", "ts": 0, "account_id": "a", "request": req}])
    year_10000_ms = pa.array([253_402_300_800_000], pa.int64())
    table = table.set_column(1, "ts", year_10000_ms.cast(pa.timestamp("ms", tz="UTC")))
    with pytest.raises(OverflowError):
        decode_batch(table.to_batches()[0])
