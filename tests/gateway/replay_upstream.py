"""An upstream that answers each replayed request with the response recorded in the data
(found by the exchange id the gateway forwards as x-request-id), streamed or not."""

from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


def _usage(u: dict[str, Any] | None) -> dict[str, Any] | None:
    if not u:
        return None
    out: dict[str, Any] = {}
    if u.get("input_tokens") is not None:
        out["prompt_tokens"] = u["input_tokens"]
    if u.get("output_tokens") is not None:
        out["completion_tokens"] = u["output_tokens"]
    if u.get("reasoning_tokens") is not None:
        out["completion_tokens_details"] = {"reasoning_tokens": u["reasoning_tokens"]}
    return out


def make_replay_upstream(responses: dict[str, dict[str, Any]]) -> Starlette:
    async def chat(request: Request) -> Response:
        body = await request.json()
        rec = responses[request.headers["x-request-id"]]
        calls = [
            {"id": f"call_{i}", "type": "function", "function": {"name": "f", "arguments": "{}"}}
            for i in range(rec.get("tool_calls") or 0)
        ]
        n = body.get("n") or 1
        if not body.get("stream"):
            msg: dict[str, Any] = {"role": "assistant", "content": rec.get("text")}
            if rec.get("reasoning"):
                msg["reasoning_content"] = rec["reasoning"]
            if calls:
                msg["tool_calls"] = calls
            ch = {"message": msg, "finish_reason": rec.get("finish_reason")}
            return JSONResponse(
                {
                    "id": "x",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [{**ch, "index": i} for i in range(n)],
                    "usage": _usage(rec.get("usage")),
                }
            )

        async def gen() -> Any:
            def chunk(delta: dict[str, Any], finish: str | None = None, **kw: Any) -> bytes:
                d = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body["model"],
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                    **kw,
                }
                return b"data: " + json.dumps(d).encode() + b"\n\n"

            yield chunk({"role": "assistant", "content": ""})
            if rec.get("reasoning"):
                yield chunk({"reasoning_content": rec["reasoning"]})
            text = rec.get("text") or ""
            for i in range(0, len(text), 40):
                yield chunk({"content": text[i : i + 40]})
            for i, c in enumerate(calls):
                yield chunk({"tool_calls": [{**c, "index": i}]})
            yield chunk({}, rec.get("finish_reason"))
            u = _usage(rec.get("usage"))
            if u and (body.get("stream_options") or {}).get("include_usage"):
                d = {
                    "id": "x",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": body["model"],
                    "choices": [],
                    "usage": u,
                }
                yield b"data: " + json.dumps(d).encode() + b"\n\n"
            yield b"data: [DONE]\n\n"

        return StreamingResponse(gen(), media_type="text/event-stream")

    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])
