"""Removing reasoning from answers: reasoning fields and `<think>…</think>` blocks.

`ThinkStripper` works on a stream of text pieces: a tag split across chunks ("<thi" +
"nk>") is held back until it is known, so nothing of a think block leaks in any chunk.
"""

from __future__ import annotations

import re
from typing import Any

OPEN = "<think>"
CLOSE = "</think>"
REASONING_FIELDS = ("reasoning_content", "reasoning", "reasoning_details", "thinking")
_BLOCK = re.compile(r"<think>(.*?)(?:</think>|\Z)", re.DOTALL)


def _partial(tail: str, tag: str) -> int:
    """Length of the longest proper prefix of `tag` that `tail` ends with."""
    for k in range(min(len(tag) - 1, len(tail)), 0, -1):
        if tail.endswith(tag[:k]):
            return k
    return 0


class ThinkStripper:
    """Feed text pieces in order; get back the visible text, think blocks removed."""

    __slots__ = ("inside", "pending")

    def __init__(self) -> None:
        self.inside = False
        self.pending = ""

    def feed(self, text: str) -> str:
        s = self.pending + text
        self.pending = ""
        if not self.inside and "<" not in s:
            return s
        out: list[str] = []
        i = 0
        while True:
            if self.inside:
                j = s.find(CLOSE, i)
                if j < 0:
                    rest = s[i:]
                    k = _partial(rest, CLOSE)
                    self.pending = rest[len(rest) - k :] if k else ""
                    return "".join(out)
                i = j + len(CLOSE)
                self.inside = False
            else:
                j = s.find(OPEN, i)
                if j < 0:
                    rest = s[i:]
                    k = _partial(rest, OPEN)
                    out.append(rest[: len(rest) - k])
                    self.pending = rest[len(rest) - k :]
                    return "".join(out)
                out.append(s[i:j])
                i = j + len(OPEN)
                self.inside = True

    def flush(self) -> str:
        """Text held back at the end of the stream (a partial tag that never completed)."""
        p, self.pending = self.pending, ""
        return "" if self.inside else p


def _strip_all(text: str) -> str:
    s = ThinkStripper()
    return s.feed(text) + s.flush()


def split_think(text: str | None) -> tuple[str | None, str | None]:
    """(visible text, think-block text) of an answer, for the exchange record."""
    if text is None or OPEN not in text:
        return text, None
    thought = "\n".join(m.group(1) for m in _BLOCK.finditer(text))
    return _strip_all(text), thought or None


def strip_chat_body(body: dict[str, Any]) -> None:
    for choice in body.get("choices") or ():
        if not isinstance(choice, dict):
            continue
        msg = choice.get("message")
        if isinstance(msg, dict):
            for f in REASONING_FIELDS:
                msg.pop(f, None)
            if isinstance(msg.get("content"), str):
                msg["content"] = _strip_all(msg["content"])
        if isinstance(choice.get("text"), str):  # legacy completions
            choice["text"] = _strip_all(choice["text"])


def strip_responses_body(body: dict[str, Any]) -> None:
    out = body.get("output")
    if not isinstance(out, list):
        return
    kept = []
    for item in out:
        if isinstance(item, dict) and item.get("type") == "reasoning":
            continue
        if isinstance(item, dict):
            for part in item.get("content") or ():
                if isinstance(part, dict) and isinstance(part.get("text"), str):
                    part["text"] = _strip_all(part["text"])
        kept.append(item)
    body["output"] = kept
    if isinstance(body.get("output_text"), str):
        body["output_text"] = _strip_all(body["output_text"])
