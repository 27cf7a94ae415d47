"""Request shaping before forwarding: the `cap` action, on the endpoint's own field names."""

from __future__ import annotations

from typing import Any

from distillwatch.respond.policy import Cap


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def apply_cap(body: dict[str, Any], endpoint: str, cap: Cap) -> list[str]:
    """Lower max_tokens / n / logprobs in place; returns the fields changed (for the log)."""
    changed: list[str] = []
    limit = cap.max_tokens
    if limit is not None:
        if endpoint == "responses":
            names = ["max_output_tokens"]
        elif endpoint == "chat.completions" and "max_completion_tokens" in body:
            names = ["max_completion_tokens"]
        else:
            names = ["max_tokens"]
        for name in names:
            cur = body.get(name)
            if not isinstance(cur, int) or isinstance(cur, bool) or cur > limit:
                body[name] = limit
                changed.append(name)
    if cap.n is not None and _is_int(body.get("n")) and body["n"] > cap.n:
        body["n"] = cap.n
        changed.append("n")
    if not cap.logprobs:
        for name in ("logprobs", "top_logprobs"):
            if body.get(name) not in (None, False, 0):
                changed.append(name)
            body.pop(name, None)
        inc = body.get("include")
        if isinstance(inc, list) and "message.output_text.logprobs" in inc:
            body["include"] = [i for i in inc if i != "message.output_text.logprobs"]
            changed.append("include")
    elif cap.top_logprobs is not None:
        name = "logprobs" if endpoint == "completions" else "top_logprobs"
        if _is_int(body.get(name)) and body[name] > cap.top_logprobs:
            body[name] = cap.top_logprobs
            changed.append(name)
    return changed
