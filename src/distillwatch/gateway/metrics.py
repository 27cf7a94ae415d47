"""Prometheus metrics of one gateway process (its own registry, so tests can run several)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class GatewayMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "distillwatch_gateway_requests",
            "Requests by endpoint, action and status",
            ["endpoint", "action", "status"],
            registry=r,
        )
        self.actions = Counter(
            "distillwatch_gateway_actions", "Policy actions applied", ["action"], registry=r
        )
        self.overhead = Histogram(
            "distillwatch_gateway_overhead_seconds",
            "Gateway time before forwarding (auth, state, decision)",
            buckets=(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.25),
            registry=r,
        )
        self.upstream = Histogram(
            "distillwatch_gateway_upstream_seconds", "Upstream time to headers", registry=r
        )
        self.errors = Counter(
            "distillwatch_gateway_errors",
            "Failures by kind (detector, state, upstream, ...)",
            ["kind"],
            registry=r,
        )
        self.flagged = Counter(
            "distillwatch_gateway_accounts_flagged", "Accounts newly flagged live", registry=r
        )
        self.batch_accounts = Gauge(
            "distillwatch_gateway_batch_accounts",
            "Accounts in the loaded batch verdicts",
            registry=r,
        )
