"""The scan's outputs, exactly as the contract names them: accounts, campaigns, summary."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import msgspec

from distillwatch.contract.exchange import format_ts
from distillwatch.detect.evidence import Evidence


class Reason(msgspec.Struct, kw_only=True):
    code: str
    value: float | int
    detail: str


class AccountFinding(msgspec.Struct, kw_only=True):
    account_id: str
    score: float
    flagged: bool
    flagged_at: str | None
    campaign_id: str | None
    exchanges: int
    exchanges_before_flag: int | None
    reasons: list[Reason]


class CampaignFinding(msgspec.Struct, kw_only=True):
    campaign_id: str
    accounts: list[str]
    score: float
    exchanges: int
    first_seen: str
    last_seen: str
    targets: list[str]
    reasons: list[Reason]


def reasons_of(evidence: list[Evidence], limit: int = 8) -> list[Reason]:
    return [
        Reason(
            code=e.code,
            value=round(e.value, 4) if isinstance(e.value, float) else e.value,
            detail=e.detail,
        )
        for e in evidence[:limit]
    ]


def ts_str(epoch: float | None) -> str | None:
    return None if epoch is None else format_ts(datetime.fromtimestamp(epoch, tz=UTC))


_ENC = msgspec.json.Encoder()


def write_jsonl(path: Path, rows: list[Any]) -> None:
    with path.open("wb") as fh:
        for r in rows:
            fh.write(_ENC.encode(r) + b"\n")


def write_summary(path: Path, summary: dict[str, Any]) -> None:
    path.write_text(json.dumps(summary, indent=2, sort_keys=False) + "\n")
