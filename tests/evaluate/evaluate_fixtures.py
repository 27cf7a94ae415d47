"""Small hand-made ground truth and scan outputs shared by the evaluate tests (a uniquely
named module, so importing it never collides with other areas' conftest files)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def write_jsonl(path: Path, rows: list[dict[str, Any] | str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8"
    )
    return path


# The worked example of docs/evaluation.md (hand-computed numbers are in the tests).
LABELS: list[dict[str, Any]] = [
    *(
        {"account_id": f"a{i}", "label": "attack", "campaign_id": "c1", "persona": "hydra"}
        for i in range(1, 5)
    ),
    {"account_id": "a5", "label": "attack", "campaign_id": "c2", "persona": "relay"},
    {"account_id": "a6", "label": "attack", "campaign_id": "c2", "persona": "relay"},
    {"account_id": "a7", "label": "attack", "campaign_id": None, "persona": "solo"},
    *(
        {"account_id": f"b{i}", "label": "benign", "campaign_id": None, "persona": "eval_runner"}
        for i in range(1, 6)
    ),
    {"account_id": "b6", "label": "benign", "campaign_id": None, "persona": "chat_app"},
    {"account_id": "b7", "label": "benign", "campaign_id": None, "persona": "chat_app"},
]
FLAGGED = {"a1", "a2", "a3", "a4", "a5", "b1", "b6"}
DETECTED = {
    "D1": ["a1", "a2", "a3", "b1"],
    "D2": ["a4", "a5"],
    "D3": ["x-unlabeled", "a7"],
    "D4": ["x-unlabeled"],
}


def account_row(
    account_id: str,
    *,
    score: float,
    flagged: bool,
    exchanges: int,
    before: int | None = None,
    flagged_at: str | None = None,
    campaign_id: str | None = None,
) -> dict[str, Any]:
    return {
        "account_id": account_id,
        "score": score,
        "flagged": flagged,
        "flagged_at": flagged_at,
        "campaign_id": campaign_id,
        "exchanges": exchanges,
        "exchanges_before_flag": before,
        "reasons": [],
    }


# a4 is absent from the scan; x-unlabeled is scanned but has no label.
ACCOUNTS: list[dict[str, Any]] = [
    account_row(
        "a1",
        score=0.95,
        flagged=True,
        exchanges=100,
        before=10,
        flagged_at="2026-01-01T10:00:00Z",
        campaign_id="D1",
    ),
    account_row(
        "a2",
        score=0.90,
        flagged=True,
        exchanges=50,
        before=0,
        flagged_at="2026-01-01T09:00:00Z",
        campaign_id="D1",
    ),
    account_row(
        "a3",
        score=0.85,
        flagged=True,
        exchanges=20,
        before=None,
        flagged_at="2026-01-01T12:00:00Z",
        campaign_id="D1",
    ),
    account_row(
        "a5",
        score=0.80,
        flagged=True,
        exchanges=10,
        before=5,
        flagged_at="2026-01-01T11:00:00Z",
        campaign_id="D2",
    ),
    account_row("a6", score=0.30, flagged=False, exchanges=30),
    account_row("a7", score=0.20, flagged=False, exchanges=40, campaign_id="D3"),
    account_row(
        "b1",
        score=0.88,
        flagged=True,
        exchanges=7,
        before=3,
        flagged_at="2026-01-01T08:00:00Z",
        campaign_id="D1",
    ),
    account_row("b2", score=0.10, flagged=False, exchanges=9),
    account_row("b3", score=0.10, flagged=False, exchanges=9),
    account_row("b4", score=0.05, flagged=False, exchanges=9),
    account_row("b5", score=0.05, flagged=False, exchanges=9),
    account_row(
        "b6", score=0.82, flagged=True, exchanges=4, before=1, flagged_at="2026-01-01T08:30:00Z"
    ),
    account_row("b7", score=0.40, flagged=False, exchanges=4),
    account_row(
        "x-unlabeled",
        score=0.99,
        flagged=True,
        exchanges=3,
        before=1,
        flagged_at="2026-01-01T07:00:00Z",
        campaign_id="D3",
    ),
]
