"""Contract `Response`s from what the upstream answered and what the caller received.

`text` and `reasoning` are what left the gateway, verbatim: `<think>` blocks stay in the
text unless the gateway stripped them (then both are as stripped), so the log is the same
data a provider's own logs would hold and `scan` interprets it with the same code.
"""

from __future__ import annotations

from typing import Any

from distillwatch.contract.exchange import Response, Usage
from distillwatch.gateway.reasoning import split_think


def _usage(u: Any) -> Usage | None:
    if not isinstance(u, dict):
        return None
    inp = u.get("prompt_tokens", u.get("input_tokens"))
    out = u.get("completion_tokens", u.get("output_tokens"))
    det = u.get("completion_tokens_details") or u.get("output_tokens_details") or {}
    rt = det.get("reasoning_tokens") if isinstance(det, dict) else None
    return Usage(
        input_tokens=inp if isinstance(inp, int) else None,
        output_tokens=out if isinstance(out, int) else None,
        reasoning_tokens=rt if isinstance(rt, int) else None,
    )


def _reasoning_of(msg: dict[str, Any]) -> str | None:
    for f in ("reasoning_content", "reasoning"):
        v = msg.get(f)
        if isinstance(v, str) and v:
            return v
    return None


def finish(
    text: str | None,
    reasoning: str | None,
    stripped: bool,
    status: int,
    finish_reason: str | None,
    tool_calls: int | None,
    usage: Usage | None,
    latency_ms: float,
) -> Response:
    return Response(
        status=status,
        text=split_think(text)[0] if stripped else text,
        reasoning=None if stripped else reasoning,
        finish_reason=finish_reason,
        tool_calls=tool_calls,
        usage=usage,
        latency_ms=round(latency_ms, 3),
    )


def from_json(endpoint: str, body: Any, status: int, stripped: bool, latency_ms: float) -> Response:
    """Response record from a non-streamed answer (before any stripping was applied)."""
    if not isinstance(body, dict):
        return Response(status=status, latency_ms=round(latency_ms, 3))
    if endpoint == "responses":
        return _from_responses(body, status, stripped, latency_ms)
    choices = body.get("choices")
    first = choices[0] if isinstance(choices, list) and choices else {}
    if not isinstance(first, dict):
        first = {}
    m = first.get("message")
    msg: dict[str, Any] = m if isinstance(m, dict) else {}
    text = msg.get("content") if isinstance(msg.get("content"), str) else first.get("text")
    calls = msg.get("tool_calls")
    return finish(
        text if isinstance(text, str) else None,
        _reasoning_of(msg),
        stripped,
        status,
        first.get("finish_reason") if isinstance(first.get("finish_reason"), str) else None,
        len(calls) if isinstance(calls, list) else None,
        _usage(body.get("usage")),
        latency_ms,
    )


def _from_responses(body: dict[str, Any], status: int, stripped: bool, ms: float) -> Response:
    texts: list[str] = []
    reasoning: list[str] = []
    calls = 0
    for item in body.get("output") or ():
        if not isinstance(item, dict):
            continue
        kind = item.get("type")
        if kind == "message":
            for part in item.get("content") or ():
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    texts.append(part["text"])
        elif kind == "reasoning":
            for part in (item.get("content") or []) + (item.get("summary") or []):
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    reasoning.append(part["text"])
        elif kind in ("function_call", "custom_tool_call"):
            calls += 1
    st = body.get("status")
    return finish(
        "".join(texts) if texts else None,
        "\n".join(reasoning) or None,
        stripped,
        status,
        st if isinstance(st, str) else None,
        calls or None,
        _usage(body.get("usage")),
        ms,
    )


class ChatStreamRecorder:
    """Accumulates choice 0 of streamed chat/completion chunks (as the upstream sent them)."""

    __slots__ = ("finish_reason", "reasoning", "text", "tool_ids", "usage")

    def __init__(self) -> None:
        self.text: list[str] = []
        self.reasoning: list[str] = []
        self.finish_reason: str | None = None
        self.tool_ids: set[int] = set()
        self.usage: Usage | None = None

    def add(self, chunk: dict[str, Any]) -> None:
        if chunk.get("usage"):
            self.usage = _usage(chunk["usage"])
        for ch in chunk.get("choices") or ():
            if not isinstance(ch, dict) or ch.get("index", 0) != 0:
                continue
            delta = ch.get("delta")
            if isinstance(delta, dict):
                c = delta.get("content")
                if isinstance(c, str):
                    self.text.append(c)
                r = _reasoning_of(delta)
                if r:
                    self.reasoning.append(r)
                for tc in delta.get("tool_calls") or ():
                    if isinstance(tc, dict):
                        self.tool_ids.add(int(tc.get("index", 0)))
            elif isinstance(ch.get("text"), str):  # legacy completions
                self.text.append(ch["text"])
            if isinstance(ch.get("finish_reason"), str):
                self.finish_reason = ch["finish_reason"]

    def response(self, status: int, stripped: bool, latency_ms: float) -> Response:
        return finish(
            "".join(self.text) if self.text else None,
            "".join(self.reasoning) or None,
            stripped,
            status,
            self.finish_reason,
            len(self.tool_ids) or None,
            self.usage,
            latency_ms,
        )


class ResponsesStreamRecorder:
    """Keeps the final `response.completed` object of a streamed Responses call."""

    __slots__ = ("final",)

    def __init__(self) -> None:
        self.final: dict[str, Any] | None = None

    def add(self, event: dict[str, Any]) -> None:
        if event.get("type") in ("response.completed", "response.incomplete", "response.failed"):
            r = event.get("response")
            if isinstance(r, dict):
                self.final = r

    def response(self, status: int, stripped: bool, latency_ms: float) -> Response:
        if self.final is None:
            return Response(status=status, latency_ms=round(latency_ms, 3))
        return _from_responses(self.final, status, stripped, latency_ms)
