"""A fast OpenAI-compatible upstream for gateway tests (and the benchmark).

Answers are chosen by markers in the last user message, so each test states what it wants:
  THINK       reasoning_content plus a <think> block, split across stream chunk boundaries
  SLOW        sleeps 2 s before answering (timeouts)
  BREAK       a stream that dies mid-way (upstream disconnect)
  ECHO        the answer is the JSON of the request body the upstream received
Every request's headers and body are kept in `seen` for assertions.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

THINK_PIECES = ["<thi", "nk>secret ", "chain of th", "ought</th", "ink>", "The answer ", "is 4."]
REASONING = "hidden reasoning tokens"


def last_user(body: dict[str, Any]) -> str:
    if "messages" in body:
        for m in reversed(body["messages"]):
            if m.get("role") == "user":
                c = m.get("content")
                return c if isinstance(c, str) else json.dumps(c)
    inp = body.get("input", body.get("prompt", ""))
    return inp if isinstance(inp, str) else json.dumps(inp)


def usage() -> dict[str, Any]:
    return {
        "prompt_tokens": 12,
        "completion_tokens": 40,
        "total_tokens": 52,
        "completion_tokens_details": {"reasoning_tokens": 7},
    }


def make_upstream(stream_delay_s: float = 0.0) -> tuple[Starlette, list[dict[str, Any]]]:
    seen: list[dict[str, Any]] = []

    async def chat(request: Request) -> Response:
        body = await request.json()
        seen.append({"headers": dict(request.headers), "body": body, "path": request.url.path})
        text = last_user(body)
        if "SLOW" in text:
            await asyncio.sleep(2.0)
        legacy = request.url.path.endswith("/completions") and "messages" not in body
        answer = json.dumps(body) if "ECHO" in text else "The answer is 4."
        think = "THINK" in text
        content = "".join(THINK_PIECES) if think else answer
        created = int(time.time())
        if not body.get("stream"):
            if legacy:
                choice: dict[str, Any] = {"index": 0, "text": content, "finish_reason": "stop"}
                obj = "text_completion"
            else:
                msg: dict[str, Any] = {"role": "assistant", "content": content}
                if think:
                    msg["reasoning_content"] = REASONING
                choice = {"index": 0, "message": msg, "finish_reason": "stop", "logprobs": None}
                obj = "chat.completion"
            n = body.get("n") or 1
            choices = [{**choice, "index": i} for i in range(n)]
            return JSONResponse(
                {
                    "id": "chatcmpl-1",
                    "object": obj,
                    "created": created,
                    "model": body["model"],
                    "choices": choices,
                    "usage": usage(),
                }
            )
        pieces = THINK_PIECES if think else ["The ", "answer ", "is ", "4."]

        async def gen() -> Any:
            def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
                if legacy:
                    ch: dict[str, Any] = {
                        "index": 0,
                        "text": delta.get("content", ""),
                        "finish_reason": finish,
                    }
                else:
                    ch = {"index": 0, "delta": delta, "finish_reason": finish}
                d = {
                    "id": "chatcmpl-1",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": body["model"],
                    "choices": [ch],
                }
                return b"data: " + json.dumps(d).encode() + b"\n\n"

            yield chunk({"role": "assistant", "content": ""})
            if think:
                yield chunk({"reasoning_content": REASONING})
            for i, p in enumerate(pieces):
                if stream_delay_s:
                    await asyncio.sleep(stream_delay_s)
                if "BREAK" in text and i == 2:
                    raise RuntimeError("upstream died mid-stream")
                yield chunk({"content": p})
            yield chunk({}, "stop")
            if (body.get("stream_options") or {}).get("include_usage"):
                d = {
                    "id": "chatcmpl-1",
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": body["model"],
                    "choices": [],
                    "usage": usage(),
                }
                yield b"data: " + json.dumps(d).encode() + b"\n\n"
            yield b"data: [DONE]\n\n"

        return StreamingResponse(gen(), media_type="text/event-stream")

    async def responses(request: Request) -> Response:
        body = await request.json()
        seen.append({"headers": dict(request.headers), "body": body, "path": request.url.path})
        text = last_user(body)
        think = "THINK" in text
        visible = "".join(THINK_PIECES) if think else "The answer is 4."
        output: list[dict[str, Any]] = []
        if think:
            output.append(
                {
                    "id": "rs_1",
                    "type": "reasoning",
                    "summary": [],
                    "content": [{"type": "reasoning_text", "text": REASONING}],
                }
            )
        output.append(
            {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "status": "completed",
                "content": [{"type": "output_text", "text": visible, "annotations": []}],
            }
        )
        resp = {
            "id": "resp_1",
            "object": "response",
            "created_at": time.time(),
            "model": body["model"],
            "status": "completed",
            "output": output,
            "usage": {
                "input_tokens": 12,
                "output_tokens": 40,
                "total_tokens": 52,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens_details": {"reasoning_tokens": 7},
            },
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
        }
        if not body.get("stream"):
            return JSONResponse(resp)

        async def gen() -> Any:
            seq = 0

            def ev(d: dict[str, Any]) -> bytes:
                nonlocal seq
                d["sequence_number"] = seq
                seq += 1
                return f"event: {d['type']}\ndata: {json.dumps(d)}\n\n".encode()

            base = {**resp, "status": "in_progress", "output": []}
            yield ev({"type": "response.created", "response": base})
            idx = 0
            if think:
                yield ev(
                    {
                        "type": "response.output_item.added",
                        "output_index": 0,
                        "item": {"id": "rs_1", "type": "reasoning", "summary": []},
                    }
                )
                yield ev(
                    {
                        "type": "response.reasoning_text.delta",
                        "output_index": 0,
                        "item_id": "rs_1",
                        "content_index": 0,
                        "delta": REASONING,
                    }
                )
                yield ev(
                    {"type": "response.output_item.done", "output_index": 0, "item": output[0]}
                )
                idx = 1
            yield ev(
                {
                    "type": "response.output_item.added",
                    "output_index": idx,
                    "item": {
                        "id": "msg_1",
                        "type": "message",
                        "role": "assistant",
                        "status": "in_progress",
                        "content": [],
                    },
                }
            )
            for p in THINK_PIECES if think else ["The answer ", "is 4."]:
                yield ev(
                    {
                        "type": "response.output_text.delta",
                        "output_index": idx,
                        "item_id": "msg_1",
                        "content_index": 0,
                        "delta": p,
                        "logprobs": [],
                    }
                )
            yield ev(
                {
                    "type": "response.output_text.done",
                    "output_index": idx,
                    "item_id": "msg_1",
                    "content_index": 0,
                    "text": visible,
                    "logprobs": [],
                }
            )
            yield ev({"type": "response.completed", "response": resp})

        return StreamingResponse(gen(), media_type="text/event-stream")

    async def models(request: Request) -> Response:
        seen.append({"headers": dict(request.headers), "body": None, "path": request.url.path})
        return JSONResponse(
            {
                "object": "list",
                "data": [{"id": "teacher-1", "object": "model", "created": 0, "owned_by": "test"}],
            }
        )

    app = Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/completions", chat, methods=["POST"]),
            Route("/v1/responses", responses, methods=["POST"]),
            Route("/v1/models", models, methods=["GET"]),
        ]
    )
    return app, seen
