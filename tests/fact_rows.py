"""One quiet `Facts` row for tests, with only the fields a test cares about given.

`Facts` itself has no defaults on purpose (the scan must fill every field); tests that build
rows by hand start from this plain single-turn request instead of spelling out all 31 fields.
"""

from __future__ import annotations

from typing import Any

from distillwatch.profiles import Facts

QUIET: dict[str, Any] = {
    "ts": 1_769_904_000.0,  # 2026-02-01T00:00:00Z
    "account_id": "a",
    "model": "m",
    "conversation_id": None,
    "end_user_id": None,
    "user_turns": 1,
    "assistant_turns": 0,
    "has_system": False,
    "input_tokens": None,
    "output_tokens": None,
    "reasoning_tokens": None,
    "reasoning_returned": False,
    "max_tokens": None,
    "n": None,
    "logprobs": False,
    "top_logprobs": None,
    "temperature": None,
    "thinking_budget": None,
    "reasoning_effort": None,
    "tools": None,
    "finish_reason": None,
    "intent": (0.0, 0.0, 0.0, 0.0),
    "intent_flagged": False,
    "capability": "chat",
    "language": "en",
    "template": "t",
    "client": "unknown",
    "prompt_hash": "p",
    "ip_prefix": None,
    "asn": None,
    "tls": None,
    "user_agent": None,
}


def facts(**fields: Any) -> Facts:
    """A `Facts` row: `QUIET` with `fields` over it (an unknown field name is an error)."""
    unknown = set(fields) - set(QUIET)
    if unknown:
        raise TypeError(f"not Facts fields: {sorted(unknown)}")
    return Facts(**{**QUIET, **fields})
