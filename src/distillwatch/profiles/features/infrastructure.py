"""Where traffic comes from: networks, TLS and client traits (the campaign graph's links)."""

from __future__ import annotations

import msgspec

from distillwatch.profiles.context import ProfileContext
from distillwatch.profiles.facts import Facts
from distillwatch.profiles.features.base import Feature, share
from distillwatch.profiles.sketches import TopK


def _topk() -> TopK:
    return TopK(capacity=128)


class Infrastructure(Feature, kw_only=True):
    name = "infrastructure"
    description = "IP /24s, ASNs, TLS fingerprints, user agents, client families seen"

    ip_prefixes: TopK = msgspec.field(default_factory=_topk)
    asns: TopK = msgspec.field(default_factory=_topk)
    tls: TopK = msgspec.field(default_factory=_topk)
    user_agents: TopK = msgspec.field(default_factory=_topk)
    clients: TopK = msgspec.field(default_factory=_topk)
    prompts: TopK = msgspec.field(default_factory=lambda: TopK(capacity=128))

    def update(self, f: Facts) -> None:
        ts = f.ts
        if f.ip_prefix:
            self.ip_prefixes.add(f.ip_prefix, ts)
        if f.asn is not None:
            self.asns.add(str(f.asn), ts)
        if f.tls:
            self.tls.add(f.tls, ts)
        if f.user_agent:
            self.user_agents.add(f.user_agent, ts)
        self.clients.add(f.client, ts)
        self.prompts.add(f.prompt_hash, ts)

    def merge(self, other: Infrastructure) -> None:
        self.ip_prefixes.merge(other.ip_prefixes)
        self.asns.merge(other.asns)
        self.tls.merge(other.tls)
        self.user_agents.merge(other.user_agents)
        self.clients.merge(other.clients)
        self.prompts.merge(other.prompts)

    def values(self, ctx: ProfileContext) -> dict[str, float | None]:
        n = self.asns.total
        return {
            "distinct_asns": float(len(self.asns.counts)),
            "distinct_ip_prefixes": float(len(self.ip_prefixes.counts)),
            "asn_rotation": share(len(self.asns.counts), n) if n >= 10 else None,
            "distinct_clients": float(len(self.clients.counts)),
        }
