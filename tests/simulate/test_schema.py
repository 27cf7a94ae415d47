"""Every exchange of a small run is a valid contract exchange (JSON Schema and our reader)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import jsonschema
import pytest
from simulate_helpers import iter_exchanges

from distillwatch.contract.readers import ReadReport, read_accounts, read_exchanges

SCHEMA = Path("/work/shared/contract/exchange.schema.json")


@pytest.mark.skipif(not SCHEMA.is_file(), reason="shared contract not present")
def test_every_exchange_matches_the_json_schema(small_range: Path) -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    n = 0
    for ex in iter_exchanges(small_range):
        errors = list(validator.iter_errors(ex))
        assert not errors, (ex["id"], [e.message for e in errors[:3]])
        # RFC 3339 with Z (the schema's "format" is not checked by jsonschema without extras)
        assert ex["ts"].endswith("Z") and datetime.fromisoformat(ex["ts"].replace("Z", "+00:00"))
        assert "account" not in ex  # account context lives only in accounts.jsonl
        n += 1
    assert n > 1000


def test_reader_accepts_everything(small_range: Path) -> None:
    report = ReadReport()
    accounts = read_accounts(small_range / "accounts.jsonl")
    n = sum(1 for _ in read_exchanges([small_range / "exchanges"], report, accounts))
    manifest = json.loads((small_range / "manifest.json").read_text())
    assert report.skipped_total == 0, report.as_dict()
    assert n == report.read == manifest["counts"]["exchanges"]


def test_exchange_ids_unique_and_fields_present(small_range: Path) -> None:
    ids = set()
    for ex in iter_exchanges(small_range):
        assert ex["id"] not in ids
        ids.add(ex["id"])
        c = ex["client"]
        assert c["ip"] and isinstance(c["asn"], int) and len(c["country"]) == 2
        assert c["user_agent"] and c["tls_fingerprint"]
        assert ex["api_key_id"]
        u = ex["response"]["usage"]
        assert u["input_tokens"] > 0 and u["output_tokens"] > 0
        assert ex["request"]["messages"][-1]["role"] in ("user", "tool")
