"""Server-sent events between upstream and caller: split, record, and (when the policy says)
strip reasoning from streamed chunks, chunk boundaries included."""

from __future__ import annotations

from typing import Any

import msgspec

from distillwatch.gateway.reasoning import (
    REASONING_FIELDS,
    ThinkStripper,
    split_think,
    strip_responses_body,
)

_DEC = msgspec.json.Decoder()
_ENC = msgspec.json.Encoder()


class SSESplitter:
    """Splits a byte stream into complete SSE events (without the blank-line separator)."""

    __slots__ = ("buf",)

    def __init__(self) -> None:
        self.buf = b""

    def feed(self, data: bytes) -> list[bytes]:
        buf = self.buf + data
        if b"\r" in buf:
            buf = buf.replace(b"\r\n", b"\n")
        parts = buf.split(b"\n\n")
        self.buf = parts.pop()
        return [p for p in parts if p]

    def rest(self) -> bytes:
        r, self.buf = self.buf.strip(), b""
        return r


def event_data(event: bytes) -> bytes | None:
    """The data of an SSE event (data lines joined), or None when it has none."""
    lines = [ln[5:].lstrip(b" ") if ln.startswith(b"data:") else None for ln in event.split(b"\n")]
    datas = [d for d in lines if d is not None]
    return b"\n".join(datas) if datas else None


def event_name(event: bytes) -> bytes | None:
    for ln in event.split(b"\n"):
        if ln.startswith(b"event:"):
            return ln[6:].strip()
    return None


def decode(data: bytes) -> dict[str, Any] | None:
    try:
        obj = _DEC.decode(data)
    except msgspec.DecodeError:
        return None
    return obj if isinstance(obj, dict) else None


def encode_event(obj: dict[str, Any], name: bytes | None = None) -> bytes:
    head = b"event: " + name + b"\n" if name else b""
    return head + b"data: " + _ENC.encode(obj) + b"\n\n"


class ChatStreamStripper:
    """Removes reasoning deltas and think blocks from chat/completions chunks, per choice."""

    def __init__(self) -> None:
        self.by_choice: dict[int, ThinkStripper] = {}

    def apply(self, chunk: dict[str, Any]) -> dict[str, Any] | None:
        """The chunk to send, or None when nothing visible is left in it."""
        keep = bool(chunk.get("usage"))
        for ch in chunk.get("choices") or ():
            if not isinstance(ch, dict):
                continue
            st = self.by_choice.setdefault(int(ch.get("index", 0)), ThinkStripper())
            done = isinstance(ch.get("finish_reason"), str)
            delta = ch.get("delta")
            if isinstance(delta, dict):
                for f in REASONING_FIELDS:
                    delta.pop(f, None)
                c = delta.get("content")
                if isinstance(c, str):
                    delta["content"] = st.feed(c) + (st.flush() if done else "")
                elif done:
                    tail = st.flush()
                    if tail:
                        delta["content"] = tail
                if delta.get("content") or any(k != "content" for k in delta) or done:
                    keep = True
            elif isinstance(ch.get("text"), str):
                ch["text"] = st.feed(ch["text"]) + (st.flush() if done else "")
                if ch["text"] or done:
                    keep = True
            elif done:
                keep = True
        return chunk if keep else None


_REASONING_EVENTS = (
    "response.reasoning_text.delta",
    "response.reasoning_text.done",
    "response.reasoning_summary_text.delta",
    "response.reasoning_summary_text.done",
    "response.reasoning_summary_part.added",
    "response.reasoning_summary_part.done",
)


class ResponsesStreamStripper:
    """Drops reasoning events and items, strips think blocks from output text deltas."""

    def __init__(self) -> None:
        self.by_output: dict[int, ThinkStripper] = {}
        self.reasoning_outputs: set[int] = set()

    def apply(self, event: dict[str, Any]) -> dict[str, Any] | None:
        kind = event.get("type")
        if not isinstance(kind, str):
            return event
        if kind in _REASONING_EVENTS or kind.startswith("response.reasoning"):
            return None
        idx = event.get("output_index")
        if kind.startswith("response.output_item."):
            item = event.get("item")
            if isinstance(item, dict) and item.get("type") == "reasoning":
                if isinstance(idx, int):
                    self.reasoning_outputs.add(idx)
                return None
        if isinstance(idx, int) and idx in self.reasoning_outputs:
            return None
        if kind == "response.output_text.delta" and isinstance(event.get("delta"), str):
            st = self.by_output.setdefault(idx if isinstance(idx, int) else 0, ThinkStripper())
            event["delta"] = st.feed(event["delta"])
            return event if event["delta"] else None
        if kind == "response.output_text.done" and isinstance(event.get("text"), str):
            st = self.by_output.pop(idx if isinstance(idx, int) else 0, ThinkStripper())
            tail = st.flush()
            event["text"] = split_think(event["text"])[0] or ""
            if tail:
                return event
        if kind in (
            "response.completed",
            "response.incomplete",
            "response.created",
            "response.in_progress",
            "response.failed",
        ):
            r = event.get("response")
            if isinstance(r, dict):
                strip_responses_body(r)
        return event
