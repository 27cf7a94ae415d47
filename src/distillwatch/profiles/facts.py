"""The compact per-exchange record that account profiles fold: what one request tells us.

Built once per exchange from the exchange and its request signals (`facts_from`), it is all
a profile ever sees, so the batch scan can spill it to disk between stages and the gateway
can build it per request. Array-like msgpack keeps it small on disk.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

import msgspec

from distillwatch.contract.exchange import Exchange
from distillwatch.signals.base import INTENT_FAMILIES, RequestSignals


class Facts(msgspec.Struct, array_like=True, gc=False, kw_only=True):
    ts: float
    account_id: str
    model: str
    conversation_id: str | None
    end_user_id: str | None
    user_turns: int
    assistant_turns: int
    has_system: bool
    input_tokens: int | None
    output_tokens: int | None
    reasoning_tokens: int | None
    reasoning_returned: bool
    max_tokens: int | None
    n: int | None
    logprobs: bool
    top_logprobs: int | None
    temperature: float | None
    thinking_budget: int | None
    reasoning_effort: str | None
    tools: int | None
    finish_reason: str | None
    intent: tuple[float, ...]
    intent_flagged: bool
    capability: str
    language: str
    template: str
    client: str
    prompt_hash: str
    ip_prefix: str | None
    asn: int | None
    tls: str | None
    user_agent: str | None

    def intent_of(self, family: str) -> float:
        return self.intent[INTENT_FAMILIES.index(family)]


def ip_prefix(ip: str | None) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) network of an address: how proxies and NATs group."""
    if not ip:
        return None
    return _ip_prefix(ip)


@lru_cache(maxsize=65536)
def _ip_prefix(ip: str) -> str | None:
    """Memoised: an account sends from a handful of addresses."""
    if ":" not in ip:  # IPv4 fast path: the hot case in every log line
        parts = ip.split(".")
        if (
            len(parts) == 4
            and all(p.isdigit() for p in parts)
            and max(int(p) for p in parts) <= 255
        ):
            return f"{int(parts[0])}.{int(parts[1])}.{int(parts[2])}.0/24"
        return None
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return None
    bits = 24 if addr.version == 4 else 48
    return str(ipaddress.ip_network(f"{addr}/{bits}", strict=False))


def facts_from(ex: Exchange, sig: RequestSignals, prompt_hash: str) -> Facts:
    req = ex.request
    p = req.params
    resp = ex.response
    usage = resp.usage if resp is not None else None
    c = ex.client
    user_turns = 0
    assistant_turns = 0
    for m in req.messages:
        if m.role == "user":
            user_turns += 1
        elif m.role == "assistant":
            assistant_turns += 1
    return Facts(
        ts=ex.epoch,
        account_id=ex.account_id,
        model=req.model,
        conversation_id=ex.conversation_id,
        end_user_id=ex.end_user_id,
        user_turns=user_turns,
        assistant_turns=assistant_turns,
        has_system=bool(req.system) or any(m.role in ("system", "developer") for m in req.messages),
        input_tokens=usage.input_tokens if usage else None,
        output_tokens=usage.output_tokens if usage else None,
        reasoning_tokens=usage.reasoning_tokens if usage else None,
        reasoning_returned=bool(resp is not None and resp.reasoning),
        max_tokens=p.max_tokens if p else None,
        n=p.n if p else None,
        logprobs=bool(p and (p.logprobs or (p.top_logprobs or 0) > 0)),
        top_logprobs=p.top_logprobs if p else None,
        temperature=p.temperature if p else None,
        thinking_budget=p.thinking_budget if p else None,
        reasoning_effort=p.reasoning_effort if p else None,
        tools=p.tools if p else None,
        finish_reason=resp.finish_reason if resp else None,
        intent=tuple(sig.intent.get(f, 0.0) for f in INTENT_FAMILIES),
        intent_flagged=sig.flagged,
        capability=sig.capability,
        language=sig.language,
        template=sig.template,
        client=sig.client,
        prompt_hash=prompt_hash,
        ip_prefix=ip_prefix(c.ip) if c else None,
        asn=c.asn if c else None,
        tls=c.tls_fingerprint if c else None,
        user_agent=c.user_agent if c else None,
    )
