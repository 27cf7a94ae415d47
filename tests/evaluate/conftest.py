"""Fixtures for the evaluate tests; the data lives in evaluate_fixtures.py."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from evaluate_fixtures import ACCOUNTS, DETECTED, LABELS, write_jsonl

from distillwatch.evaluate.inputs import AccountFinding, LabelRecord


@pytest.fixture
def labels() -> dict[str, LabelRecord]:
    return {r["account_id"]: LabelRecord(**r) for r in LABELS}


@pytest.fixture
def findings() -> dict[str, AccountFinding]:
    return {r["account_id"]: msgspec.convert(r, AccountFinding) for r in ACCOUNTS}


@pytest.fixture
def scan_dir(tmp_path: Path) -> Path:
    d = tmp_path / "scan"
    write_jsonl(d / "accounts.jsonl", list(ACCOUNTS))
    write_jsonl(
        d / "campaigns.jsonl",
        [
            {"campaign_id": c, "accounts": a, "score": 0.9, "exchanges": 1}
            for c, a in DETECTED.items()
        ],
    )
    return d


@pytest.fixture
def labels_path(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "labels.jsonl", list(LABELS))
