"""The parts of a request that every signal reads, cut once per exchange.

The intent model is weighted to the last user turn: it gets most of the character budget,
while the system prompt and earlier turns share a small "context" budget in their own
feature namespace. Long texts keep their head and tail (instructions sit at either end of
a payload), which bounds the cost of a request whatever its size.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from distillwatch.contract.exchange import Exchange

USER_HEAD = 256
USER_TAIL = 128
CONTEXT_HEAD = 128
CONTEXT_TAIL = 128
"""The system prompt's head and tail go to the context: a harness's own instructions often
open it and an operator's added directive often closes it."""
SYSTEM_KEEP = 2048
"""Characters kept; the system prompt is kept longer for client (harness) recognition."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid(text: str) -> str:
    """`text` with lone surrogates (not encodable, so fatal to every encoder downstream)
    replaced by '?'; Python API callers can pass them, JSON and Parquet readers cannot."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return text.encode("utf-8", "replace").decode("utf-8")


def head_tail(text: str, head: int, tail: int) -> str:
    """`text` if short, else its first `head` and last `tail` characters joined by a newline."""
    if len(text) <= head + tail:
        return text
    return text[:head] + "\n" + text[-tail:] if tail else text[:head]


@dataclass(slots=True, frozen=True)
class RequestText:
    """Texts and flags of one request, already truncated."""

    user: str
    """Last user turn (head + tail)."""
    context: str
    """System prompt and earlier user turns (head only)."""
    system: str
    """System prompt (first `SYSTEM_KEEP` characters) for client recognition."""
    has_image: bool
    has_tools: bool
    user_agent: str
    tls_fingerprint: str


def prepare(ex: Exchange) -> RequestText:
    """Cut the request of `ex` into the texts the signals read; never raises on None fields."""
    req = ex.request
    msgs = req.messages or []
    last_user = ""
    earlier: list[str] = []
    system_parts: list[str] = [req.system] if req.system else []
    has_image = False
    has_tools = bool(req.params is not None and req.params.tools)
    found_last = False
    for m in reversed(msgs):
        c = m.content
        if isinstance(c, list):
            for part in c:
                kind = part.get("type") if isinstance(part, dict) else None
                if isinstance(kind, str) and ("image" in kind):
                    has_image = True
        role = m.role
        if role == "user":
            if not found_last:
                last_user = m.text()
                found_last = True
            elif len(earlier) < 2:
                earlier.append(m.text()[:CONTEXT_HEAD])
        elif role in ("system", "developer"):
            system_parts.append(m.text())
        elif role == "tool" or role == "function":
            has_tools = True
    full_system = _valid("\n".join(system_parts)) if system_parts else ""
    last_user = _valid(last_user)
    earlier = [_valid(e) for e in earlier]
    system = full_system[:SYSTEM_KEEP]
    ctx = cut_context(full_system, earlier)
    client = ex.client
    return RequestText(
        user=head_tail(last_user, USER_HEAD, USER_TAIL),
        context=ctx,
        system=system,
        has_image=has_image,
        has_tools=has_tools,
        user_agent=(client.user_agent or "") if client is not None else "",
        tls_fingerprint=(client.tls_fingerprint or "") if client is not None else "",
    )


def cut_context(system: str, earlier: list[str]) -> str:
    """The context the intent model reads: the system prompt's head and tail, then up to two
    earlier user turns (each already cut to `CONTEXT_HEAD`)."""
    ctx = head_tail(system, CONTEXT_HEAD, CONTEXT_TAIL)
    if earlier:
        ctx = (ctx + "\n" + "\n".join(e[:CONTEXT_HEAD] for e in earlier)).strip()
    return ctx
