"""The `signals` output record, exactly as the contract lists its fields."""

from __future__ import annotations

from typing import Any

from distillwatch.signals.base import INTENT_FAMILIES, RequestSignals

DIGITS = 4


def signals_record(exchange_id: str, sig: RequestSignals) -> dict[str, Any]:
    """`{id, intent_score, flagged, intent{4 families}, capability, language, template, client}`."""
    return {
        "id": exchange_id,
        "intent_score": round(sig.intent_score, DIGITS),
        "flagged": sig.flagged,
        "intent": {f: round(sig.intent.get(f, 0.0), DIGITS) for f in INTENT_FAMILIES},
        "capability": sig.capability,
        "language": sig.language,
        "template": sig.template,
        "client": sig.client,
    }
