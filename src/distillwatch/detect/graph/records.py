"""What the campaign graph keeps per account: indicators with first sightings, hourly series.

A record is built from one account's replay result (its profile) and account info, is small
next to the profile, and merges exactly with the next day's record for the same account, so
the graph can be updated a day at a time and persisted without the month's exchanges.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

from distillwatch.contract.exchange import AccountInfo
from distillwatch.detect.graph.config import GraphConfig
from distillwatch.profiles.features.base import add_counts
from distillwatch.profiles.features.intent import merge_earliest
from distillwatch.profiles.profile import AccountProfile
from distillwatch.profiles.sketches import TopK


def _min_first(a: dict[str, float], b: dict[str, float]) -> None:
    for k, t in b.items():
        cur = a.get(k)
        if cur is None or t < cur:
            a[k] = t


class AccountRecord(msgspec.Struct, kw_only=True):
    account_id: str
    created_at: float | None = None
    first_ts: float | None = None
    last_ts: float | None = None
    exchanges: int = 0
    indicators: dict[str, dict[str, float]] = msgspec.field(default_factory=dict)
    """kind → value → first time the value was observable for this account."""
    hours: dict[int, int] = msgspec.field(default_factory=dict)
    flagged_hours: dict[int, int] = msgspec.field(default_factory=dict)
    flagged_first: dict[str, int] = msgspec.field(default_factory=dict)
    """The earliest distinct flagged prompts and the hour each was first flagged
    (profiles/features/intent.py, `FLAGGED_KEEP`): the relay judge counts prompts, not
    requests."""
    intent_families: dict[str, int] = msgspec.field(default_factory=dict)
    """Per family, requests flagged for it (relay campaigns name their families from it)."""
    request_hours: dict[int, int] = msgspec.field(default_factory=dict)
    weighted_hours: dict[int, int] = msgspec.field(default_factory=dict)
    weighted_families: dict[str, int] = msgspec.field(default_factory=dict)
    """Requests counted for intent per hour, their weighted intent per hour, and per family
    (thousandths): what the campaign judge reads (profiles/features/intent.py)."""
    capabilities: dict[str, int] = msgspec.field(default_factory=dict)
    templates: dict[str, int] = msgspec.field(default_factory=dict)
    distinct_prompts: float = 0.0
    by_model_hour: dict[str, dict[int, int]] = msgspec.field(default_factory=dict)
    end_user_requests: int = 0
    end_users: float = 0.0
    languages: dict[str, int] = msgspec.field(default_factory=dict)
    own_score: float = 0.0
    own_flagged_at: float | None = None

    def merge(self, other: AccountRecord) -> None:
        """Fold a later record of the same account (e.g. the next day) into this one."""
        if other.created_at is not None:
            self.created_at = (
                other.created_at
                if self.created_at is None
                else min(self.created_at, other.created_at)
            )
        if other.first_ts is not None:
            self.first_ts = (
                other.first_ts if self.first_ts is None else min(self.first_ts, other.first_ts)
            )
        if other.last_ts is not None:
            self.last_ts = (
                other.last_ts if self.last_ts is None else max(self.last_ts, other.last_ts)
            )
        self.exchanges += other.exchanges
        for kind, vals in other.indicators.items():
            _min_first(self.indicators.setdefault(kind, {}), vals)
        add_counts(self.hours, other.hours)
        add_counts(self.flagged_hours, other.flagged_hours)
        merge_earliest(self.flagged_first, other.flagged_first)
        add_counts(self.intent_families, other.intent_families)
        add_counts(self.request_hours, other.request_hours)
        add_counts(self.weighted_hours, other.weighted_hours)
        add_counts(self.weighted_families, other.weighted_families)
        add_counts(self.capabilities, other.capabilities)
        add_counts(self.templates, other.templates)
        # Distinct prompts of two days are not additive; the sum is an upper bound.
        self.distinct_prompts += other.distinct_prompts
        for m, hrs in other.by_model_hour.items():
            add_counts(self.by_model_hour.setdefault(m, {}), hrs)
        self.end_user_requests += other.end_user_requests
        self.end_users = max(self.end_users, other.end_users)
        add_counts(self.languages, other.languages)
        self.own_score = max(self.own_score, other.own_score)
        if other.own_flagged_at is not None and (
            self.own_flagged_at is None or other.own_flagged_at < self.own_flagged_at
        ):
            self.own_flagged_at = other.own_flagged_at


def _epoch(dt: datetime | None) -> float | None:
    return None if dt is None else dt.timestamp()


def _values(top: TopK) -> dict[str, float]:
    return dict(top.first)


def record_from(
    account_id: str,
    profile: AccountProfile,
    info: AccountInfo | None,
    cfg: GraphConfig,
    own_score: float = 0.0,
    own_flagged_at: float | None = None,
) -> AccountRecord:
    """Build the graph's record for one account from its profile and account info."""
    st = profile.state
    created = _epoch(info.created_at) if info is not None else None
    first_ts = st.volume.first_ts
    # Account facts are known from signup; without a signup time, from first activity.
    known_at = created if created is not None else (first_ts if first_ts is not None else 0.0)
    ind: dict[str, dict[str, float]] = {}
    if info is not None:
        if info.payment_fingerprint:
            ind["payment"] = {info.payment_fingerprint: known_at}
        if info.email_domain:
            ind["email_domain"] = {info.email_domain.lower(): known_at}
        if info.signup_channel and created is not None:
            window = int(created // cfg.cohort_window_s)
            ind["signup_cohort"] = {f"{info.signup_channel}|{window}": known_at}
    infra = st.infrastructure
    for kind, top in (
        ("ip_prefix", infra.ip_prefixes),
        ("asn", infra.asns),
        ("tls", infra.tls),
        ("user_agent", infra.user_agents),
        ("client", infra.clients),
        ("prompt", infra.prompts),
        ("template", st.templates.templates),
    ):
        vals = _values(top)
        if kind == "client":
            vals.pop("unknown", None)
        if vals:
            ind[kind] = vals
    return AccountRecord(
        account_id=account_id,
        created_at=created,
        first_ts=first_ts,
        last_ts=st.volume.last_ts,
        exchanges=int(st.volume.count),
        indicators=ind,
        hours=dict(st.volume.hours),
        flagged_hours=dict(st.intent.flagged_hours),
        flagged_first=dict(st.intent.flagged_first),
        intent_families=dict(st.intent.flagged),
        request_hours=dict(st.intent.request_hours),
        weighted_hours=dict(st.intent.weighted_hours),
        weighted_families=dict(st.intent.weighted_milli),
        capabilities=dict(st.capability.counts),
        templates=dict(st.templates.templates.counts),
        distinct_prompts=st.templates.prompts.count(),
        by_model_hour={m: dict(h) for m, h in st.release_pivot.by_model_hour.items()},
        end_user_requests=int(st.end_users.with_end_user),
        end_users=st.end_users.users.count(),
        languages=dict(st.language.counts),
        own_score=own_score,
        own_flagged_at=own_flagged_at,
    )
