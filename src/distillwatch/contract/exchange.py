"""One API exchange, exactly as `exchange.schema.json` describes it.

msgspec Structs validate types while decoding (a wrong type or a missing required field
raises `msgspec.ValidationError` naming the path) and ignore unknown fields, which is what
the contract asks for, at a few microseconds per line.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import msgspec


class Client(msgspec.Struct, omit_defaults=True):
    ip: str | None = None
    asn: int | None = None
    country: str | None = None
    user_agent: str | None = None
    tls_fingerprint: str | None = None


class AccountInfo(msgspec.Struct, omit_defaults=True):
    created_at: datetime | None = None
    signup_channel: str | None = None
    email_domain: str | None = None
    payment_fingerprint: str | None = None
    verified: bool | None = None
    tier: str | None = None

    def __post_init__(self) -> None:
        if self.created_at is not None and self.created_at.tzinfo is None:
            self.created_at = self.created_at.replace(tzinfo=UTC)


class Message(msgspec.Struct, omit_defaults=True):
    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The message's text; non-text parts become a short marker like `[image]`."""
        c = self.content
        if c is None:
            return ""
        if isinstance(c, str):
            return c
        out: list[str] = []
        for part in c:
            t = part.get("text")
            if isinstance(t, str):
                out.append(t)
            else:
                kind = part.get("type")
                out.append(f"[{kind if isinstance(kind, str) else 'part'}]")
        return "\n".join(out)


class Params(msgspec.Struct, omit_defaults=True):
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | None = None
    n: int | None = None
    logprobs: bool | None = None
    top_logprobs: int | None = None
    reasoning_effort: str | None = None
    thinking_budget: int | None = None
    stream: bool | None = None
    tools: int | None = None
    seed: int | None = None


class Request(msgspec.Struct, omit_defaults=True):
    model: str
    messages: list[Message]
    endpoint: str | None = None
    system: str | None = None
    params: Params | None = None

    def last_user_text(self) -> str:
        for m in reversed(self.messages):
            if m.role == "user":
                return m.text()
        return ""


class Usage(msgspec.Struct, omit_defaults=True):
    input_tokens: int | None = None
    output_tokens: int | None = None
    reasoning_tokens: int | None = None


class Response(msgspec.Struct, omit_defaults=True):
    status: int | None = None
    text: str | None = None
    reasoning: str | None = None
    finish_reason: str | None = None
    tool_calls: int | None = None
    usage: Usage | None = None
    latency_ms: float | None = None


class Exchange(msgspec.Struct, omit_defaults=True):
    id: str
    ts: datetime
    account_id: str
    request: Request
    api_key_id: str | None = None
    org_id: str | None = None
    end_user_id: str | None = None
    conversation_id: str | None = None
    client: Client | None = None
    account: AccountInfo | None = None
    response: Response | None = None

    def __post_init__(self) -> None:
        # RFC 3339 requires an offset; a naive time is read as UTC rather than dropped.
        if self.ts.tzinfo is None:
            self.ts = self.ts.replace(tzinfo=UTC)

    @property
    def epoch(self) -> float:
        return self.ts.timestamp()


EXCHANGE_DECODER = msgspec.json.Decoder(Exchange)
JSON_ENCODER = msgspec.json.Encoder()


def exchange_to_dict(ex: Exchange) -> dict[str, Any]:
    """Contract JSON object (None fields omitted, `ts` as RFC 3339 with `Z`)."""
    d: dict[str, Any] = msgspec.to_builtins(ex)
    d["ts"] = format_ts(ex.ts)
    return d


def format_ts(ts: datetime) -> str:
    """RFC 3339 in UTC with a `Z`, millisecond resolution."""
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
