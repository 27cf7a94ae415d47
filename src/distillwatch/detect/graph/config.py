"""Every tunable of the campaign graph in one typed settings object (no config dicts).

Weights are in the same log-odds-like units as account scoring (see detect/rules.py), so a
campaign's total goes through the same `score_of` and meets the same calibrated threshold.
"""

from __future__ import annotations

from dataclasses import dataclass, field

INDICATOR_KINDS: tuple[str, ...] = (
    "payment",
    "email_domain",
    "signup_cohort",
    "ip_prefix",
    "asn",
    "tls",
    "user_agent",
    "client",
    "template",
    "prompt",
)
"""Indicator kinds, in a fixed order (their index is stored in tables and on disk)."""

DEFAULT_KIND_WEIGHTS: dict[str, float] = {
    # Strong: one card or one exact prompt across accounts is rarely a coincidence.
    "payment": 1.2,
    "prompt": 0.9,
    "template": 0.8,
    # Medium: a rare client stack or TLS fingerprint, a custom email domain, a signup cohort.
    "tls": 0.45,
    "user_agent": 0.45,
    "email_domain": 0.4,
    "signup_cohort": 0.3,
    "client": 0.2,
    # Weak alone: residential proxies and carrier NAT put strangers on one /24 or ASN.
    "ip_prefix": 0.3,
    "asn": 0.15,
}
"""Largest contribution one kind can make to a link (reached by a value shared by 2 accounts)."""


@dataclass(frozen=True)
class GraphConfig:
    """How accounts are linked, clustered and judged."""

    kind_weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_KIND_WEIGHTS))
    kind_cap: float = 1.0
    """Per pair, the values of one kind add up (IDF-weighted) to at most cap × kind weight."""
    max_df_share: float = 0.05
    """Values held by more than this share of accounts (and `max_df_floor`) say nothing."""
    max_df_floor: int = 100
    clique_limit: int = 24
    """Values shared by more accounts than this link each account to `ring_k` neighbours
    (ordered by first sighting) instead of to all: O(df·k) edges, not O(df²)."""
    ring_k: int = 6
    min_link: float = 0.6
    """A pair becomes an edge when its summed link weight reaches this."""
    kind_caps: dict[str, float] = field(default_factory=lambda: {"ip_prefix": 1.6})
    """Per-kind override of `kind_cap` (one weak kind still cannot reach `min_link` alone)."""
    overlap_kinds: dict[str, float] = field(default_factory=lambda: {"ip_prefix": 0.2})
    """Kinds of which an account holds many values (a rotating proxy pool's /24s): a pair's
    link is the IDF-weighted share of the smaller account's values it shares, reaching the
    kind's cap at this share. Two proxy pools drawn from the same ISPs share a few /24s;
    one campaign's accounts share a good part of theirs."""
    content_kinds: tuple[str, ...] = ("prompt", "template")
    """What an account sends. Benchmark items are shared by design among unrelated accounts
    (eval runners, students, several campaigns), so these kinds are discounted by how many
    otherwise-unlinked groups hold a value and need corroboration by another kind."""
    spread_power: float = 1.0
    """A content value held by accounts in `g` distinct infrastructure groups (connected
    components of the links without content kinds) is weighted by g^-spread_power."""
    corroborating_kinds: tuple[str, ...] = (
        "payment",
        "email_domain",
        "signup_cohort",
        "ip_prefix",
        "tls",
        "user_agent",
        "client",
    )
    corroborate_min: float = 0.1
    """Content links of a pair count fully only once the pair shares at least this much
    weight of `corroborating_kinds` (from that time on); before that, or without it, they
    count `uncorroborated_factor` of their weight."""
    uncorroborated_factor: float = 0.0
    member_min_link: float = 0.9
    """A campaign member's own link time comes only from an edge of at least this weight
    inside the campaign: a weak path into a guilty cell gives the campaign id, not a flag."""
    cohort_window_s: float = 3 * 86400.0
    """Signup cohort: same channel, created_at in the same window."""
    # Synchronized activity (pair bonus, only on pairs already sharing an indicator).
    sync_weight: float = 0.4
    sync_lo: float = 0.3
    sync_hi: float = 0.8
    sync_min_hours: int = 6
    sync_candidate_min: float = 0.15
    # Pool swap (pair bonus): B starts after A went quiet and shares its behaviour.
    swap_weight: float = 0.6
    swap_quiet_s: float = 2 * 86400.0
    swap_gap_s: float = 7 * 86400.0
    swap_overlap_s: float = 3600.0
    swap_min_shared: float = 0.5
    # Clustering (Leiden, CPM objective).
    resolution: float = 1.0
    """CPM resolution in edge-weight units: a community holds while its members are linked,
    on average, by more than this per pair (0.05 merged distinct campaigns on the range)."""
    leiden_iterations: int = 2
    seed: int = 7
    min_campaign_size: int = 2
    # Campaign judgement.
    intent_gate: float = 1.0
    """A cluster is a campaign only with at least this much collective-intent evidence:
    shared infrastructure and shape alone never make a campaign (universities, enterprises)."""
    # Relays: accounts that carry many end users' traffic, judged by the harvest inside.
    relay_min_end_user_share: float = 0.5
    relay_min_end_users: float = 20.0
    relay_min_harvest_share: float = 0.08
    relay_min_harvest: int = 20
    relay_min_distinct_harvest: int = 5
    """...and at least this many distinct flagged prompts: a router re-sending a few of its
    users' borderline prompts is not a harvest (at most `FLAGGED_KEEP` are remembered)."""

    def __post_init__(self) -> None:
        # A config read back from JSON (persist.load) has lists where tuples are declared.
        for name in ("content_kinds", "corroborating_kinds"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
