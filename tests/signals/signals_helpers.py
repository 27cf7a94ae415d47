"""Helpers for the signals tests: building exchanges without boilerplate."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from distillwatch.contract.exchange import Client, Exchange, Message, Params, Request


def make_exchange(
    user: str | list[dict[str, Any]] | None = "hello",
    *,
    system: str | None = None,
    ua: str | None = None,
    i: int = 0,
    extra: list[Message] | None = None,
    tools: int | None = None,
) -> Exchange:
    msgs: list[Message] = []
    if system is not None:
        msgs.append(Message(role="system", content=system))
    msgs.extend(extra or [])
    msgs.append(Message(role="user", content=user))
    return Exchange(
        id=f"ex-{i}",
        ts=datetime(2026, 1, 1, tzinfo=UTC),
        account_id="a-1",
        request=Request(model="m", messages=msgs, params=Params(tools=tools) if tools else None),
        client=Client(user_agent=ua) if ua is not None else None,
    )
