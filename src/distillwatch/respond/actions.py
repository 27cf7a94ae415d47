"""Graduated actions and the decision for one request: which rules hold, what to do, why."""

from __future__ import annotations

import msgspec

from distillwatch.respond.policy import Policy, When

ACTIONS: tuple[str, ...] = (
    "allow",
    "tag",
    "throttle",
    "strip_reasoning",
    "cap",
    "require_verification",
    "block",
)
"""From mildest to strongest; a decision is the union of the matched rules' actions."""
_RANK = {a: i for i, a in enumerate(ACTIONS)}


class AccountView(msgspec.Struct, kw_only=True):
    """What the gateway knows about the caller when a request arrives (before it is folded)."""

    account_id: str
    score: float | None = None
    flagged: bool = False
    evidence: list[str] = msgspec.field(default_factory=list)
    batch_flagged: bool = False
    batch_score: float | None = None
    batch_reasons: list[str] = msgspec.field(default_factory=list)
    campaign_id: str | None = None
    verified: bool | None = None
    request_flagged: bool | None = None


class Decision(msgspec.Struct, kw_only=True):
    actions: list[str]
    rules: list[str]

    def has(self, action: str) -> bool:
        return action in self.actions

    @property
    def strongest(self) -> str:
        return self.actions[-1]


def _holds(w: When, v: AccountView) -> bool:
    if w.accounts and v.account_id not in w.accounts:
        return False
    if w.min_score is not None and (v.score is None or v.score < w.min_score):
        return False
    if w.max_score is not None and (v.score is None or v.score > w.max_score):
        return False
    if w.flagged is not None and v.flagged != w.flagged:
        return False
    if w.batch_flagged is not None and v.batch_flagged != w.batch_flagged:
        return False
    if w.campaign is not None and (v.campaign_id is not None) != w.campaign:
        return False
    if w.verified is not None and bool(v.verified) != w.verified:
        return False
    if w.request_flagged is not None and bool(v.request_flagged) != w.request_flagged:
        return False
    if w.evidence_any:
        codes = set(v.evidence) | set(v.batch_reasons)
        if not codes.intersection(w.evidence_any):
            return False
    return True


def decide(policy: Policy, view: AccountView) -> Decision:
    """Union of the actions of every rule that holds; `allow` when none does.

    require_verification is dropped for accounts the keys file marks verified: they have
    already done what it asks.
    """
    acts: set[str] = set()
    names: list[str] = []
    for rule in policy.rules:
        if _holds(rule.when, view):
            names.append(rule.name)
            acts.update(rule.actions)
    if view.verified:
        acts.discard("require_verification")
    if len(acts) > 1:
        acts.discard("allow")
    if not acts:
        acts.add("allow")
    return Decision(actions=sorted(acts, key=_RANK.__getitem__), rules=names)
