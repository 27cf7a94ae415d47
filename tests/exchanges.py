"""Builders for hand-made exchanges and a deterministic pattern extractor for scan tests.

The pattern extractor is a test double for the signals stage (so scan mechanics are tested
on their own); the real classifier is tested in tests/signals.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from distillwatch.contract.exchange import Exchange
from distillwatch.signals.base import INTENT_FAMILIES, RequestSignals

T0 = datetime(2026, 2, 1, tzinfo=UTC)


def exchange(
    i: int,
    acct: str = "a-1",
    seconds: float = 0.0,
    prompt: str = "What is 2 + 2?",
    model: str = "teacher-1",
    **extra: Any,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": f"ex-{acct}-{i}",
        "ts": (T0 + timedelta(seconds=seconds)).isoformat().replace("+00:00", "Z"),
        "account_id": acct,
        "request": {
            "endpoint": "chat.completions",
            "model": model,
            "messages": [{"role": "user", "content": prompt}],
            "params": {"temperature": 0.7, "max_tokens": 1024},
        },
        "response": {
            "status": 200,
            "text": "4",
            "finish_reason": "stop",
            "usage": {"input_tokens": 12, "output_tokens": 40, "reasoning_tokens": 0},
        },
        "client": {"ip": "203.0.113.7", "asn": 64500, "user_agent": "OpenAI/Python 1.40.0"},
    }
    for k, v in extra.items():
        if isinstance(v, dict) and isinstance(d.get(k), dict):
            d[k] = {**d[k], **v}
        else:
            d[k] = v
    return d


COT = re.compile(r"internal reasoning|full reasoning|verbatim|hidden thoughts", re.I)
GRADE = re.compile(r"rubric|score (this|the) (answer|response)", re.I)


class PatternExtractor:
    """A tiny deterministic stand-in for the signals stage, used by scan tests."""

    def extract(self, ex: Exchange) -> RequestSignals:
        text = ex.request.last_user_text()
        intent = dict.fromkeys(INTENT_FAMILIES, 0.0)
        if COT.search(text):
            intent["reasoning_extraction"] = 0.95
        if GRADE.search(text):
            intent["reward_grading"] = 0.9
        top = max(intent.values())
        cap = "math" if re.search(r"\d", text) else "chat"
        return RequestSignals(
            intent=intent,
            intent_score=top,
            flagged=top >= 0.5,
            capability=cap,
            language="en",
            template="t-" + hashlib.sha1(re.sub(r"\d+", "#", text).encode()).hexdigest()[:8],
            client="openai-python",
        )

    def extract_many(self, exs: Sequence[Exchange]) -> list[RequestSignals]:
        return [self.extract(e) for e in exs]


def pattern_extractor() -> PatternExtractor:
    return PatternExtractor()
