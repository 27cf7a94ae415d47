"""Account-level detection: recall, false-positive rate and precision, overall and per
persona, each with its counts and an exact interval.

A campaign's accounts share an operator, a script and infrastructure: they are caught or
missed together, so recall over 300 accounts of 11 campaigns carries far less evidence than
300 independent trials. Recall also gets an interval clustered by campaign (the cluster
bootstrap of `cluster_intervals`, each solo attack account its own cluster), never narrower
than the exact one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from distillwatch.evaluate.cluster_intervals import cluster_interval
from distillwatch.evaluate.intervals import DEFAULT_ALPHA, Rate
from distillwatch.evaluate.protocols import Label


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One persona (with one label): its detection rate and its one-vs-rest precision.

    `rate` is recall for an attack persona and false-positive rate for a benign one.
    `precision` is the precision the detector would have if this persona were the only one
    of its label (attack: TP_p / (TP_p + FP); benign: TP / (TP + FP_p)).
    """

    persona: str
    label: str
    rate: Rate
    precision: Rate

    @property
    def metric(self) -> str:
        return "recall" if self.label == "attack" else "false_positive_rate"

    def as_dict(self) -> dict[str, Any]:
        return {
            "persona": self.persona,
            "label": self.label,
            "metric": self.metric,
            "n": self.rate.n,
            "flagged": self.rate.k,
            **{k: v for k, v in self.rate.as_dict().items() if k not in ("k", "n")},
            "precision": self.precision.as_dict(),
        }


@dataclass(frozen=True, slots=True)
class AccountMetrics:
    tp: int
    fp: int
    fn: int
    tn: int
    recall: Rate
    false_positive_rate: Rate
    precision: Rate
    by_persona: list[GroupRow]
    by_campaign: dict[str, tuple[int, int]]
    """Attack accounts flagged and labeled per campaign (a solo account: its own id)."""

    @property
    def recall_interval_by_campaign(self) -> tuple[float, float]:
        return clustered_recall_interval(list(self.by_campaign.values()), self.recall.alpha)

    def as_dict(self) -> dict[str, Any]:
        lo, hi = self.recall_interval_by_campaign
        return {
            "confusion": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn},
            "recall": self.recall.as_dict(),
            "recall_clustered_by_campaign": {
                "ci_low": lo,
                "ci_high": hi,
                "clusters": len(self.by_campaign),
                "by_campaign": {c: list(kn) for c, kn in sorted(self.by_campaign.items())},
            },
            "false_positive_rate": self.false_positive_rate.as_dict(),
            "precision": self.precision.as_dict(),
            "by_persona": [g.as_dict() for g in self.by_persona],
        }


def account_metrics(
    labels: Mapping[str, Label], flagged: Collection[str], alpha: float = DEFAULT_ALPHA
) -> AccountMetrics:
    """Recall = flagged attack / attack accounts; FPR = flagged benign / benign accounts;
    precision = flagged attack / flagged labeled accounts. Only labeled accounts count; a
    labeled account not in `flagged` (including one the scan never saw) is not flagged."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])  # [flagged, n]
    campaigns: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for account_id, lab in labels.items():
        g = groups[(lab.persona_name, "attack" if lab.is_attack else "benign")]
        g[1] += 1
        g[0] += account_id in flagged
        if lab.is_attack:
            c = campaigns[lab.campaign_id or f"solo:{account_id}"]
            c[1] += 1
            c[0] += account_id in flagged
    tp = sum(f for (_, kind), (f, _) in groups.items() if kind == "attack")
    pos = sum(n for (_, kind), (_, n) in groups.items() if kind == "attack")
    fp = sum(f for (_, kind), (f, _) in groups.items() if kind == "benign")
    neg = sum(n for (_, kind), (_, n) in groups.items() if kind == "benign")
    rows = []
    for (persona, kind), (f, n) in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        prec = Rate(f, f + fp, alpha) if kind == "attack" else Rate(tp, tp + f, alpha)
        rows.append(GroupRow(persona, kind, Rate(f, n, alpha), prec))
    return AccountMetrics(
        tp=tp,
        fp=fp,
        fn=pos - tp,
        tn=neg - fp,
        recall=Rate(tp, pos, alpha),
        false_positive_rate=Rate(fp, neg, alpha),
        precision=Rate(tp, tp + fp, alpha),
        by_persona=rows,
        by_campaign={c: (k, n) for c, (k, n) in campaigns.items()},
    )


def clustered_recall_interval(
    per_campaign: list[tuple[int, int]] | list[list[int]], alpha: float = DEFAULT_ALPHA
) -> tuple[float, float]:
    """Recall's interval with campaigns as clusters, from (flagged, accounts) per campaign."""
    return cluster_interval([k for k, _ in per_campaign], [n for _, n in per_campaign], alpha)
