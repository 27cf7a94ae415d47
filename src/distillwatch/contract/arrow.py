"""The Arrow/Parquet encoding of an exchange: the contract's nested structure, column for field.

Parquet has no "string or list" type, so a message whose content is a list of parts is
written with `content` null and the parts in `content_parts` (type, text); readers that do
not know `content_parts` simply see no text, and distillwatch's reader restores the list.
"""

from __future__ import annotations

from typing import Any

import pyarrow as pa

CLIENT = pa.struct(
    [
        ("ip", pa.string()),
        ("asn", pa.int64()),
        ("country", pa.string()),
        ("user_agent", pa.string()),
        ("tls_fingerprint", pa.string()),
    ]
)
ACCOUNT = pa.struct(
    [
        ("created_at", pa.timestamp("ms", tz="UTC")),
        ("signup_channel", pa.string()),
        ("email_domain", pa.string()),
        ("payment_fingerprint", pa.string()),
        ("verified", pa.bool_()),
        ("tier", pa.string()),
    ]
)
PART = pa.struct([("type", pa.string()), ("text", pa.string())])
MESSAGE = pa.struct(
    [("role", pa.string()), ("content", pa.string()), ("content_parts", pa.list_(PART))]
)
PARAMS = pa.struct(
    [
        ("temperature", pa.float64()),
        ("top_p", pa.float64()),
        ("max_tokens", pa.int64()),
        ("n", pa.int64()),
        ("logprobs", pa.bool_()),
        ("top_logprobs", pa.int64()),
        ("reasoning_effort", pa.string()),
        ("thinking_budget", pa.int64()),
        ("stream", pa.bool_()),
        ("tools", pa.int64()),
        ("seed", pa.int64()),
    ]
)
REQUEST = pa.struct(
    [
        ("endpoint", pa.string()),
        ("model", pa.string()),
        ("system", pa.string()),
        ("messages", pa.list_(MESSAGE)),
        ("params", PARAMS),
    ]
)
USAGE = pa.struct(
    [("input_tokens", pa.int64()), ("output_tokens", pa.int64()), ("reasoning_tokens", pa.int64())]
)
RESPONSE = pa.struct(
    [
        ("status", pa.int64()),
        ("text", pa.string()),
        ("reasoning", pa.string()),
        ("finish_reason", pa.string()),
        ("tool_calls", pa.int64()),
        ("usage", USAGE),
        ("latency_ms", pa.float64()),
    ]
)
EXCHANGE_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("ts", pa.timestamp("ms", tz="UTC")),
        ("account_id", pa.string()),
        ("api_key_id", pa.string()),
        ("org_id", pa.string()),
        ("end_user_id", pa.string()),
        ("conversation_id", pa.string()),
        ("client", CLIENT),
        ("account", ACCOUNT),
        ("request", REQUEST),
        ("response", RESPONSE),
    ]
)


def to_parquet_row(d: dict[str, Any]) -> dict[str, Any]:
    """A contract exchange dict (as from `exchange_to_dict`) made fit for `EXCHANGE_SCHEMA`."""
    req = d.get("request")
    if isinstance(req, dict) and req.get("messages"):
        msgs = []
        for m in req["messages"]:
            c = m.get("content")
            if isinstance(c, list):
                parts = [
                    {"type": str(p.get("type", "text")), "text": p.get("text")}
                    for p in c
                    if isinstance(p, dict)
                ]
                msgs.append({"role": m.get("role"), "content": None, "content_parts": parts})
            else:
                msgs.append({"role": m.get("role"), "content": c, "content_parts": None})
        d = {**d, "request": {**req, "messages": msgs}}
    return d
