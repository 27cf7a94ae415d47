"""What every request gets from the signals stage: the shared vocabulary and result type.

The profiles (batch scan), the gateway (per request) and `distillwatch signals` all consume
`RequestSignals`; the extractor that produces it lives in this package.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import msgspec

from distillwatch.contract.exchange import Exchange

INTENT_FAMILIES: tuple[str, ...] = (
    "reasoning_extraction",
    "reward_grading",
    "safe_rewrite",
    "synthetic_data",
)
"""Extraction-intent families, in the order the contract lists them."""

CAPABILITIES: tuple[str, ...] = (
    "math",
    "science",
    "coding",
    "agentic",
    "vision",
    "grading",
    "rewriting",
    "creative",
    "chat",
    "enterprise",
)
"""Capability targets; math covers math and general step-by-step reasoning."""

DISTILLATION_TARGETS: frozenset[str] = frozenset(
    {"math", "science", "coding", "agentic", "grading", "rewriting"}
)
"""Capabilities that distillation campaigns harvest (what 'capability focus' measures)."""


class RequestSignals(msgspec.Struct, kw_only=True):
    """Per-request signals; field names match the `signals` output in the contract."""

    intent: dict[str, float]
    intent_score: float
    flagged: bool
    capability: str
    language: str
    template: str
    client: str


class SignalExtractor(Protocol):
    """Computes `RequestSignals` for exchanges; deterministic and side-effect free."""

    def extract(self, ex: Exchange) -> RequestSignals: ...

    def extract_many(self, exs: Sequence[Exchange]) -> list[RequestSignals]: ...
