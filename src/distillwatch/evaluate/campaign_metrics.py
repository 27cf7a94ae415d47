"""Campaign-level detection: recall over true campaigns, purity of detected campaigns, and
how each true campaign was split across detected ones."""

from __future__ import annotations

import itertools
import statistics
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from distillwatch.evaluate.intervals import DEFAULT_ALPHA, Rate
from distillwatch.evaluate.protocols import Label

DEFAULT_CAMPAIGN_THRESHOLD = 0.8
"""A true campaign counts as detected when at least this share of its accounts is flagged."""


@dataclass(frozen=True, slots=True)
class TrueCampaign:
    """A ground-truth campaign: how much of it was flagged and how detection split it."""

    campaign_id: str
    personas: list[str]
    accounts: int
    flagged: int
    detected: bool
    pieces: dict[str, int]
    """Detected campaign id -> how many of this campaign's accounts it holds."""
    unassigned: int
    """Accounts of this campaign in no detected campaign."""

    @property
    def largest_piece_share(self) -> float:
        return max(self.pieces.values(), default=0) / self.accounts

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign_id": self.campaign_id,
            "personas": self.personas,
            "accounts": self.accounts,
            "flagged": self.flagged,
            "flagged_share": self.flagged / self.accounts,
            "detected": self.detected,
            "detected_campaigns": len(self.pieces),
            "largest_piece_share": self.largest_piece_share,
            "unassigned": self.unassigned,
            "pieces": dict(sorted(self.pieces.items(), key=lambda kv: (-kv[1], kv[0]))),
        }


@dataclass(frozen=True, slots=True)
class DetectedCampaign:
    """A detected campaign's purity: the largest share of its labeled accounts that belong to
    one true campaign (benign accounts only ever add to the denominator)."""

    campaign_id: str
    accounts: int
    labeled: int
    benign: int
    dominant: str | None
    purity: float | None
    """None when none of its accounts is labeled."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "campaign_id": self.campaign_id,
            "accounts": self.accounts,
            "labeled": self.labeled,
            "benign": self.benign,
            "dominant_true_campaign": self.dominant,
            "purity": self.purity,
        }


@dataclass(frozen=True, slots=True)
class CampaignMetrics:
    threshold: float
    recall: Rate
    true_campaigns: list[TrueCampaign]
    detected: list[DetectedCampaign]
    solo_attack_accounts: int
    """Attack accounts with no campaign_id: not in campaign recall, singletons for purity."""

    @property
    def purities(self) -> list[float]:
        return [d.purity for d in self.detected if d.purity is not None]

    @property
    def mean_purity(self) -> float | None:
        p = self.purities
        return sum(p) / len(p) if p else None

    def purity_summary(self) -> dict[str, Any]:
        p = sorted(self.purities)
        out: dict[str, Any] = {
            "mean": self.mean_purity,
            "n": len(p),
            "unlabeled_campaigns": sum(1 for d in self.detected if d.purity is None),
            "pure": sum(1 for x in p if x == 1.0),
        }
        if p:
            q = statistics.quantiles(p, n=4, method="inclusive") if len(p) > 1 else [p[0]] * 3
            out.update(min=p[0], q1=q[0], median=q[1], q3=q[2], max=p[-1])
        edges = [0.0, 0.5, 0.8, 0.9, 1.0]
        out["histogram"] = [
            {
                "from": lo,
                "to": hi,
                "count": sum(1 for x in p if lo <= x < hi or (hi == 1.0 and x == 1.0)),
            }
            for lo, hi in itertools.pairwise(edges)
        ]
        return out

    def split_summary(self) -> dict[str, Any]:
        counts = Counter(len(t.pieces) for t in self.true_campaigns)
        n = len(self.true_campaigns)
        return {
            "detected_campaigns_per_true_campaign": {str(k): v for k, v in sorted(counts.items())},
            "mean_pieces": sum(len(t.pieces) for t in self.true_campaigns) / n if n else None,
            "mean_largest_piece_share": (
                sum(t.largest_piece_share for t in self.true_campaigns) / n if n else None
            ),
            "in_one_piece": counts.get(1, 0),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "threshold": self.threshold,
            "recall": self.recall.as_dict(),
            "solo_attack_accounts": self.solo_attack_accounts,
            "purity": self.purity_summary(),
            "split": self.split_summary(),
            "true_campaigns": [t.as_dict() for t in self.true_campaigns],
            "detected_campaigns": [d.as_dict() for d in self.detected],
        }


def campaign_metrics(
    labels: Mapping[str, Label],
    flagged: Collection[str],
    detected: Mapping[str, Sequence[str]],
    threshold: float = DEFAULT_CAMPAIGN_THRESHOLD,
    alpha: float = DEFAULT_ALPHA,
) -> CampaignMetrics:
    """Campaign recall = true campaigns with >= `threshold` of their accounts flagged / true
    campaigns (attack accounts grouped by labeled campaign_id); purity per detected campaign;
    how each true campaign's accounts spread over detected campaigns."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    members: dict[str, list[str]] = defaultdict(list)
    solo = 0
    for account_id, lab in labels.items():
        if lab.is_attack:
            if lab.campaign_id is None:
                solo += 1
            else:
                members[lab.campaign_id].append(account_id)
    placed: dict[str, list[str]] = defaultdict(list)  # account -> detected campaigns
    for cid, accs in detected.items():
        for a in dict.fromkeys(accs):
            placed[a].append(cid)
    truths = []
    for cid in sorted(members):
        accs = members[cid]
        n_flagged = sum(1 for a in accs if a in flagged)
        pieces: Counter[str] = Counter(d for a in accs for d in placed.get(a, ()))
        truths.append(
            TrueCampaign(
                campaign_id=cid,
                personas=sorted({labels[a].persona_name for a in accs}),
                accounts=len(accs),
                flagged=n_flagged,
                detected=n_flagged >= threshold * len(accs),
                pieces=dict(pieces),
                unassigned=sum(1 for a in accs if a not in placed),
            )
        )
    found = [_purity(cid, accs, labels) for cid, accs in sorted(detected.items())]
    return CampaignMetrics(
        threshold=threshold,
        recall=Rate(sum(t.detected for t in truths), len(truths), alpha),
        true_campaigns=truths,
        detected=found,
        solo_attack_accounts=solo,
    )


def _purity(cid: str, accounts: Sequence[str], labels: Mapping[str, Label]) -> DetectedCampaign:
    unique = list(dict.fromkeys(accounts))
    owners: Counter[str] = Counter()
    benign = labeled = 0
    for a in unique:
        lab = labels.get(a)
        if lab is None:
            continue
        labeled += 1
        if not lab.is_attack:
            benign += 1
        else:  # an attack account without a campaign is its own one-account campaign
            owners[lab.campaign_id if lab.campaign_id is not None else f"solo:{a}"] += 1
    top = owners.most_common(1)
    dominant, count = top[0] if top else (None, 0)
    return DetectedCampaign(
        campaign_id=cid,
        accounts=len(unique),
        labeled=labeled,
        benign=benign,
        dominant=dominant,
        purity=count / labeled if labeled else None,
    )
