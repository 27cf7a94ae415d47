"""Every reader path, and every kind of bad line: skipped, counted, reported, nothing lost."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from distillwatch.contract.errors import InputError
from distillwatch.contract.readers import ReadReport, read_accounts, read_exchanges
from distillwatch.contract.writers import ExchangeWriter
from exchanges import exchange


def _write_lines(path: Path, lines: list[bytes]) -> None:
    data = b"".join(line + b"\n" for line in lines)
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data))
    else:
        path.write_bytes(data)


def _good(n: int) -> list[bytes]:
    return [json.dumps(exchange(i, seconds=i)).encode() for i in range(n)]


@pytest.mark.parametrize("name", ["x.jsonl", "x.jsonl.gz", "x.parquet"])
def test_each_format_round_trips(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    with ExchangeWriter(path) as w:
        for i in range(5):
            w.write(exchange(i, seconds=i, extra_unknown_field={"x": 1}))
    report = ReadReport()
    got = list(read_exchanges([path], report))
    assert [e.id for e in got] == [f"ex-a-1-{i}" for i in range(5)]
    assert report.read == 5 and report.skipped_total == 0
    assert got[0].request.params is not None and got[0].request.params.max_tokens == 1024
    assert got[0].ts.tzinfo is not None


def test_parts_content_survives_parquet(tmp_path: Path) -> None:
    parts = [{"type": "text", "text": "describe"}, {"type": "image"}]
    path = tmp_path / "p.parquet"
    with ExchangeWriter(path) as w:
        w.write(
            exchange(0, request={"model": "m", "messages": [{"role": "user", "content": parts}]})
        )
    (ex,) = list(read_exchanges([path], ReadReport()))
    assert ex.request.messages[0].content == parts
    assert ex.request.messages[0].text() == "describe\n[image]"


def test_directory_reads_all_files_in_name_order(tmp_path: Path) -> None:
    d = tmp_path / "logs"
    d.mkdir()
    _write_lines(d / "b.jsonl", _good(2)[1:])
    _write_lines(d / "a.jsonl.gz", _good(1))
    with ExchangeWriter(d / "c.parquet") as w:
        w.write(exchange(9, seconds=9))
    (d / "labels.jsonl").write_text('{"account_id": "a-1", "label": "benign"}\n')
    (d / "notes.txt").write_text("ignored")
    report = ReadReport()
    ids = [e.id for e in read_exchanges([d], report)]
    assert ids == ["ex-a-1-0", "ex-a-1-1", "ex-a-1-9"]
    assert report.files == 3


BAD_CASES = {
    "truncated": (b'{"id": "x", "ts": "2026-02-01T00:00:00Z", "acc', "invalid_json"),
    "missing": (json.dumps({"id": "x", "ts": "2026-02-01T00:00:00Z"}).encode(), "missing_field"),
    "wrong_type": (
        json.dumps(exchange(0) | {"account_id": 17}).encode(),
        "wrong_type",
    ),
    "wrong_nested_type": (
        json.dumps(exchange(0, request={"params": {"temperature": "hot"}})).encode(),
        "wrong_type",
    ),
    "bad_ts": (json.dumps(exchange(0) | {"ts": "yesterday at noon"}).encode(), "bad_timestamp"),
    "bad_ts_range": (
        json.dumps(exchange(0) | {"ts": "2026-13-45T99:00:00Z"}).encode(),
        "bad_timestamp",
    ),
    "non_utf8": (b'{"id": "\xff\xfe", "ts": "2026-02-01T00:00:00Z"}', "non_utf8"),
    "not_object": (b"[1, 2, 3]", "wrong_type"),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_bad_line_is_skipped_counted_and_located(tmp_path: Path, case: str, suffix: str) -> None:
    bad, reason = BAD_CASES[case]
    good = _good(4)
    path = tmp_path / f"log{suffix}"
    _write_lines(path, [good[0], good[1], bad, good[2], good[3]])
    report = ReadReport()
    got = list(read_exchanges([path], report))
    assert len(got) == 4, "no valid line may be lost"
    assert report.skipped == {reason: 1}
    (example,) = report.examples
    assert example.file == str(path) and example.line == 3 and example.reason == reason


def test_huge_line_is_skipped_without_loading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import distillwatch.contract.readers as readers

    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 1000)
    huge = json.dumps(exchange(0, prompt="x" * 50_000)).encode()
    path = tmp_path / "log.jsonl"
    good = _good(2)
    _write_lines(path, [good[0], huge, good[1]])
    report = ReadReport()
    got = list(readers.read_exchanges([path], report))
    assert [e.id for e in got] == ["ex-a-1-0", "ex-a-1-1"]
    assert report.skipped == {"line_too_long": 1}
    assert report.examples[0].line == 2


def test_blank_lines_are_not_errors(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl"
    _write_lines(path, [_good(1)[0], b"", b"   "])
    report = ReadReport()
    assert len(list(read_exchanges([path], report))) == 1
    assert report.skipped_total == 0


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    path = tmp_path / "log.jsonl.gz"
    data = gzip.compress(b"".join(line + b"\n" for line in _good(200)))
    path.write_bytes(data[: len(data) // 2])
    report = ReadReport()
    got = list(read_exchanges([path], report))
    assert 0 < len(got) < 200
    assert report.skipped["truncated_file"] == 1
    assert set(report.skipped) <= {"truncated_file", "invalid_json"}


def test_missing_and_unknown_inputs_raise_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read_exchanges([tmp_path / "nope.jsonl"], ReadReport()))
    (tmp_path / "x.csv").write_text("a,b")
    with pytest.raises(InputError, match="unknown format"):
        list(read_exchanges([tmp_path / "x.csv"], ReadReport()))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no exchange files"):
        list(read_exchanges([empty], ReadReport()))


def test_accounts_file_fills_missing_account(tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    rows = [exchange(0), exchange(1, acct="a-2", account={"email_domain": "inline.example"})]
    _write_lines(log, [json.dumps(r).encode() for r in rows])
    acc = tmp_path / "accounts.jsonl"
    acc.write_text(
        json.dumps(
            {
                "account_id": "a-1",
                "email_domain": "uni.example",
                "payment_fingerprint": "pf1",
                "created_at": "2026-01-01T00:00:00Z",
            }
        )
        + "\n"
        + json.dumps({"account_id": "a-2", "email_domain": "file.example"})
        + "\n"
        + "not json\n"
    )
    report = ReadReport()
    accounts = read_accounts(acc, report)
    assert report.skipped == {"invalid_json": 1}
    got = {e.account_id: e for e in read_exchanges([log], ReadReport(), accounts)}
    assert got["a-1"].account is not None and got["a-1"].account.email_domain == "uni.example"
    # Account context on the exchange itself wins over the file.
    assert got["a-2"].account is not None and got["a-2"].account.email_domain == "inline.example"


def test_contract_example_and_schema_agree() -> None:
    """Our decoder accepts what the shared JSON Schema accepts (checked on a full example)."""
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = Path(__file__).parents[3] / "shared" / "contract" / "exchange.schema.json"
    if not schema_path.exists():
        pytest.skip("shared contract not present beside the checkout")
    schema = json.loads(schema_path.read_text())
    ex = exchange(
        0,
        end_user_id="u1",
        conversation_id="c1",
        account={"signup_channel": "edu", "verified": True},
    )
    jsonschema.validate(ex, schema)
    from distillwatch.contract.exchange import EXCHANGE_DECODER

    assert EXCHANGE_DECODER.decode(json.dumps(ex)).end_user_id == "u1"


def test_parquet_with_other_types_and_null_required_fields(tmp_path: Path) -> None:
    """A foreign Parquet file (string timestamps, missing columns, nulls in required fields)
    is read row by row or column by column with the same outcome: bad rows reported."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [
        {
            "id": "e1",
            "ts": "2026-02-01T00:00:00Z",
            "account_id": "a",
            "request": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        },
        {
            "id": "e2",
            "ts": "not a time",
            "account_id": "a",
            "request": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        },
        {
            "id": "e3",
            "ts": "2026-02-01T00:00:01Z",
            "account_id": None,
            "request": {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        },
    ]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "strings.parquet")
    report = ReadReport()
    got = list(read_exchanges([tmp_path / "strings.parquet"], report))
    assert [e.id for e in got] == ["e1"]
    assert report.skipped == {"bad_timestamp": 1, "wrong_type": 1}
    assert sorted(b.line for b in report.examples) == [2, 3]

    typed = [dict(r, ts=r["ts"].replace("not a time", "2026-02-01T00:00:02Z")) for r in rows]
    for r in typed:
        from datetime import datetime

        r["ts"] = datetime.fromisoformat(r["ts"].replace("Z", "+00:00"))
    typed[0]["request"]["messages"][0]["role"] = None
    pq.write_table(pa.Table.from_pylist(typed), tmp_path / "typed.parquet")
    report = ReadReport()
    got = list(read_exchanges([tmp_path / "typed.parquet"], report))
    assert [e.id for e in got] == ["e2"]
    assert report.skipped == {"missing_field": 2}
    details = sorted(b.detail for b in report.examples)
    assert any("account_id" in d for d in details) and any("role" in d for d in details)
