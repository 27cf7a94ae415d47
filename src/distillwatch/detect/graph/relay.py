"""Relays and resellers: accounts that carry many end users' traffic, judged by the harvest
inside them rather than by their volume.

A router's volume, language spread and around-the-clock timing are its customers', not an
attack; what matters is whether extraction harvest rides along. An account is relay-like
when most requests name an end user and it has many distinct ones. It is a harvesting relay
when its intent-flagged share and flagged count both pass their floors and its flagged
requests are at least `relay_min_distinct_harvest` distinct prompts (a router re-sending a
few borderline prompts of its users is not harvesting); the flag time is the end of the
first hour at which all held, from the hourly series (causal). Relay-like
accounts are left out of the link graph: they share something with everyone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from distillwatch.detect.graph.config import GraphConfig
from distillwatch.detect.graph.records import AccountRecord


@dataclass
class RelayVerdict:
    account_id: str
    harvest_share: float
    harvest: int
    end_users: float
    languages: int
    guilty: bool
    flagged_at: float | None


def is_relay_like(r: AccountRecord, cfg: GraphConfig) -> bool:
    share = r.end_user_requests / r.exchanges if r.exchanges else 0.0
    return share >= cfg.relay_min_end_user_share and r.end_users >= cfg.relay_min_end_users


def judge_relay(r: AccountRecord, cfg: GraphConfig) -> RelayVerdict:
    hs = sorted(set(r.hours) | set(r.flagged_hours))
    vol = np.cumsum([r.hours.get(h, 0) for h in hs]) if hs else np.zeros(0)
    flg = np.cumsum([r.flagged_hours.get(h, 0) for h in hs]) if hs else np.zeros(0)
    ok = (flg >= cfg.relay_min_harvest) & (flg >= cfg.relay_min_harvest_share * np.maximum(vol, 1))
    firsts = sorted(r.flagged_first.values())
    n_distinct = cfg.relay_min_distinct_harvest
    if len(firsts) < n_distinct:
        ok[:] = False
    elif n_distinct > 0:  # from the hour its n-th distinct flagged prompt was seen
        ok &= np.array(hs) >= firsts[n_distinct - 1]
    first = int(np.argmax(ok)) if ok.any() else None
    total_flagged = int(flg[-1]) if hs else 0
    n = r.exchanges
    share = total_flagged / n if n else 0.0
    langs = sum(1 for c in r.languages.values() if n and c / n >= 0.05)
    return RelayVerdict(
        account_id=r.account_id,
        harvest_share=share,
        harvest=total_flagged,
        end_users=r.end_users,
        languages=langs,
        guilty=first is not None,
        flagged_at=float((hs[first] + 1) * 3600) if first is not None else None,
    )
