"""Contract `Request`s from OpenAI HTTP bodies (chat.completions, completions, responses).

Only what the contract records is read; unknown body fields are forwarded untouched and
never break parsing. A field of the wrong type raises `BodyError` naming it, which the
gateway answers with a 400 like the OpenAI API would.
"""

from __future__ import annotations

from typing import Any

from distillwatch.contract.exchange import Message, Params, Request


class BodyError(ValueError):
    """The body is JSON but not a request the endpoint accepts (the message names the field)."""


def _int(body: dict[str, Any], *names: str) -> int | None:
    for n in names:
        v = body.get(n)
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, int):
            raise BodyError(f"'{n}' must be an integer")
        return v
    return None


def _float(body: dict[str, Any], name: str) -> float | None:
    v = body.get(name)
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise BodyError(f"'{name}' must be a number")
    return float(v)


def _model(body: dict[str, Any]) -> str:
    m = body.get("model")
    if not isinstance(m, str) or not m:
        raise BodyError("'model' is required and must be a string")
    return m


def _message(obj: Any, where: str) -> Message:
    if not isinstance(obj, dict):
        raise BodyError(f"'{where}' must be an object")
    role = obj.get("role")
    if not isinstance(role, str):
        raise BodyError(f"'{where}.role' is required and must be a string")
    content = obj.get("content")
    if (
        content is not None
        and not isinstance(content, str)
        and (not isinstance(content, list) or not all(isinstance(p, dict) for p in content))
    ):
        raise BodyError(f"'{where}.content' must be a string or a list of parts")
    return Message(role=role, content=content)


def _params(body: dict[str, Any], max_tokens: int | None, effort: str | None) -> Params:
    lp = body.get("logprobs")
    tools = body.get("tools")
    return Params(
        temperature=_float(body, "temperature"),
        top_p=_float(body, "top_p"),
        max_tokens=max_tokens,
        n=_int(body, "n"),
        logprobs=bool(lp) if lp is not None else None,
        top_logprobs=_int(body, "top_logprobs"),
        reasoning_effort=effort,
        stream=bool(body.get("stream")) if body.get("stream") is not None else None,
        tools=len(tools) if isinstance(tools, list) else None,
        seed=_int(body, "seed"),
    )


def chat_request(body: dict[str, Any]) -> Request:
    model = _model(body)
    msgs = body.get("messages")
    if not isinstance(msgs, list) or not msgs:
        raise BodyError("'messages' is required and must be a non-empty array")
    messages = [_message(m, f"messages[{i}]") for i, m in enumerate(msgs)]
    effort = body.get("reasoning_effort")
    return Request(
        model=model,
        messages=messages,
        endpoint="chat.completions",
        params=_params(
            body,
            _int(body, "max_completion_tokens", "max_tokens"),
            effort if isinstance(effort, str) else None,
        ),
    )


def completion_request(body: dict[str, Any]) -> Request:
    model = _model(body)
    prompt = body.get("prompt")
    if isinstance(prompt, list):
        prompt = "\n".join(p for p in prompt if isinstance(p, str))
    if not isinstance(prompt, str):
        raise BodyError("'prompt' is required and must be a string or an array of strings")
    p = _params(body, _int(body, "max_tokens"), None)
    if isinstance(body.get("logprobs"), int) and not isinstance(body.get("logprobs"), bool):
        p.logprobs, p.top_logprobs = True, body["logprobs"]  # legacy: logprobs is a count
    return Request(
        model=model,
        messages=[Message(role="user", content=prompt)],
        endpoint="completions",
        params=p,
    )


def responses_request(body: dict[str, Any]) -> Request:
    model = _model(body)
    inp = body.get("input")
    messages: list[Message] = []
    if isinstance(inp, str):
        messages.append(Message(role="user", content=inp))
    elif isinstance(inp, list):
        for i, item in enumerate(inp):
            if isinstance(item, dict) and "role" in item:
                messages.append(_message(item, f"input[{i}]"))
    elif inp is not None:
        raise BodyError("'input' must be a string or an array of input items")
    instructions = body.get("instructions")
    reasoning = body.get("reasoning")
    effort = reasoning.get("effort") if isinstance(reasoning, dict) else None
    return Request(
        model=model,
        messages=messages,
        endpoint="responses",
        system=instructions if isinstance(instructions, str) else None,
        params=_params(
            body, _int(body, "max_output_tokens"), effort if isinstance(effort, str) else None
        ),
    )


PARSERS = {
    "chat.completions": chat_request,
    "completions": completion_request,
    "responses": responses_request,
}


def end_user_of(body: dict[str, Any]) -> str | None:
    u = body.get("user") or body.get("safety_identifier")
    return u if isinstance(u, str) else None


def conversation_of(body: dict[str, Any]) -> str | None:
    c = body.get("conversation")
    if isinstance(c, dict):
        c = c.get("id")
    if isinstance(c, str):
        return c
    prev = body.get("previous_response_id")
    return prev if isinstance(prev, str) else None
