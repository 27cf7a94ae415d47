"""The policy file: score bands and evidence codes mapped to graduated actions.

One TOML file, decoded into typed msgspec Structs. Unknown fields and wrong types are
errors that name the field (`$.rules[1].when.min_score`), so a typo never silently turns a
rule off. Without a file the gateway runs `Policy()` — the defaults below.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

import msgspec

from distillwatch.contract.errors import ConfigError

Action = Literal[
    "allow", "tag", "throttle", "strip_reasoning", "cap", "require_verification", "block"
]
FailMode = Literal["open", "closed"]


class _Strict(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    pass


class When(_Strict):
    """Conditions of a rule; all the given ones must hold (an empty `when` always holds)."""

    min_score: float | None = None
    """Live account score at or above this (the same score as `scan`)."""
    max_score: float | None = None
    flagged: bool | None = None
    """Live flag at the calibrated operating point."""
    evidence_any: list[str] = msgspec.field(default_factory=list)
    """Any of these evidence codes, live or from the batch scan's reasons."""
    batch_flagged: bool | None = None
    """Flagged by the latest batch scan (SCAN_DIR/accounts.jsonl)."""
    campaign: bool | None = None
    """Member of a campaign in the latest batch scan (SCAN_DIR/campaigns.jsonl)."""
    request_flagged: bool | None = None
    """This request's own extraction-intent signal (computed before forwarding)."""
    accounts: list[str] = msgspec.field(default_factory=list)
    """Only these account ids."""
    verified: bool | None = None
    """Account identity verification, as the keys file states it."""


class Rule(_Strict):
    name: str
    actions: list[Action]
    when: When = msgspec.field(default_factory=When)


class DetectorSettings(_Strict):
    on_error: FailMode = "open"
    """Detection or state failing before forwarding: open forwards (allow), closed refuses."""
    timeout_ms: float = 50.0
    """Budget for request signals computed before forwarding (rules with request_flagged)."""
    fold: Literal["after_response", "before_response"] = "after_response"
    """When a completed exchange is folded into the profile. after_response adds no latency;
    before_response orders folds strictly (replay, several replicas behind one client)."""


class StateSettings(_Strict):
    on_error: FailMode = "open"
    """Shared state (Redis) unreachable: open uses batch verdicts only, closed refuses."""


class Limits(_Strict):
    max_body_bytes: int = 8 * 1024 * 1024
    upstream_timeout_s: float = 600.0
    connect_timeout_s: float = 5.0


class Throttle(_Strict):
    """Token buckets: `rate` requests per second refill up to `burst`."""

    account_rate: float = 0.2
    account_burst: float = 10.0
    campaign_rate: float = 1.0
    campaign_burst: float = 30.0


class Cap(_Strict):
    max_tokens: int | None = 1024
    n: int | None = 1
    logprobs: bool = False
    """False removes logprobs from capped requests."""
    top_logprobs: int | None = 0


class Tag(_Strict):
    header: str = "x-distillwatch-tag"
    to: Literal["upstream", "client", "both"] = "upstream"
    """Upstream lets the serving stack act on it (watermark, route) without telling the caller."""


class Verification(_Strict):
    code: str = "account_verification_required"
    message: str = "This account must complete identity verification to continue."


class Trust(_Strict):
    """Headers set by the provider's own edge, trusted for client facts; none by default."""

    client_ip_header: str | None = None
    asn_header: str | None = None
    country_header: str | None = None
    tls_fingerprint_header: str | None = None
    conversation_id_header: str | None = None
    """A session/conversation id the provider's own app layer sets (chat has no field)."""
    replay_headers: bool = False
    """Take exchange id and time from x-distillwatch-replay-id / -ts (replay tests only)."""


class Logs(_Strict):
    rotate_bytes: int = 256 * 1024 * 1024
    rotate_seconds: float = 3600.0


class Policy(_Strict):
    rules: list[Rule] = msgspec.field(default_factory=lambda: list(DEFAULT_RULES))
    detector: DetectorSettings = msgspec.field(default_factory=DetectorSettings)
    state: StateSettings = msgspec.field(default_factory=StateSettings)
    limits: Limits = msgspec.field(default_factory=Limits)
    throttle: Throttle = msgspec.field(default_factory=Throttle)
    cap: Cap = msgspec.field(default_factory=Cap)
    tag: Tag = msgspec.field(default_factory=Tag)
    verification: Verification = msgspec.field(default_factory=Verification)
    trust: Trust = msgspec.field(default_factory=Trust)
    logs: Logs = msgspec.field(default_factory=Logs)

    def __post_init__(self) -> None:
        names = [r.name for r in self.rules]
        dup = {n for n in names if names.count(n) > 1}
        if dup:
            raise ValueError(f"rule names must be unique, repeated: {sorted(dup)}")

    @property
    def uses_request_signals(self) -> bool:
        return any(r.when.request_flagged is not None for r in self.rules)


DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(name="elevated", actions=["tag"], when=When(min_score=0.5)),
    Rule(
        name="flagged_live",
        actions=["tag", "strip_reasoning", "cap", "throttle"],
        when=When(flagged=True),
    ),
    Rule(
        name="flagged_batch",
        actions=["tag", "strip_reasoning", "cap", "throttle", "require_verification"],
        when=When(batch_flagged=True),
    ),
    Rule(name="campaign", actions=["block"], when=When(campaign=True)),
)


def parse_policy(raw: dict[str, object], source: str = "policy") -> Policy:
    try:
        return msgspec.convert(raw, Policy)
    except (msgspec.ValidationError, ValueError) as e:
        raise ConfigError(f"{source}: {e}") from None


def load_policy(path: str | Path | None) -> Policy:
    """Policy from a TOML file (defaults when `path` is None); errors name the field."""
    if path is None:
        return Policy()
    p = Path(path)
    try:
        raw = tomllib.loads(p.read_text())
    except FileNotFoundError:
        raise ConfigError(f"{p}: policy file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: not valid TOML: {e}") from None
    return parse_policy(raw, str(p))
