"""Recall against false-positive rate as the score threshold varies (the ROC of the scan's
`score`), with the scan's own operating point (its `flagged` decisions) for reference."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from distillwatch.evaluate.protocols import Label

MAX_POINTS_KEPT = 400


@dataclass(frozen=True, slots=True)
class ThresholdCurve:
    thresholds: list[float | None]
    """Score thresholds (flagged = score >= t), descending; None is "flag nothing"."""
    recall: list[float]
    false_positive_rate: list[float]
    operating_recall: float | None
    operating_fpr: float | None
    unscored: int
    """Labeled accounts without a score (absent from the scan): never flagged on the curve."""

    @property
    def auc(self) -> float | None:
        if len(self.recall) < 2:
            return None
        x = [*self.false_positive_rate, 1.0]
        y = [*self.recall, self.recall[-1]]
        return float(np.trapezoid(y, x))

    def as_dict(self) -> dict[str, Any]:
        idx = thin_indices(len(self.thresholds), MAX_POINTS_KEPT)
        return {
            "auc": self.auc,
            "unscored_accounts": self.unscored,
            "operating_point": {
                "recall": self.operating_recall,
                "false_positive_rate": self.operating_fpr,
            },
            "points": [
                {
                    "threshold": self.thresholds[i],
                    "recall": self.recall[i],
                    "false_positive_rate": self.false_positive_rate[i],
                }
                for i in idx
            ],
        }


def threshold_curve(
    labels: Mapping[str, Label], scores: Mapping[str, float], flagged: Collection[str]
) -> ThresholdCurve:
    """One point per distinct score among labeled accounts, plus the (0, 0) start."""
    pos = np.array([scores[a] for a, lab in labels.items() if lab.is_attack and a in scores])
    neg = np.array([scores[a] for a, lab in labels.items() if not lab.is_attack and a in scores])
    n_pos = sum(1 for lab in labels.values() if lab.is_attack)
    n_neg = len(labels) - n_pos
    cuts = np.unique(np.concatenate([pos, neg]))[::-1]
    pos_sorted, neg_sorted = np.sort(pos), np.sort(neg)
    tp = len(pos_sorted) - np.searchsorted(pos_sorted, cuts, side="left")
    fp = len(neg_sorted) - np.searchsorted(neg_sorted, cuts, side="left")
    recall = [0.0] + [float(x) / n_pos if n_pos else 0.0 for x in tp]
    fpr = [0.0] + [float(x) / n_neg if n_neg else 0.0 for x in fp]
    op_tp = sum(1 for a, lab in labels.items() if lab.is_attack and a in flagged)
    op_fp = sum(1 for a, lab in labels.items() if not lab.is_attack and a in flagged)
    return ThresholdCurve(
        thresholds=[None, *(float(c) for c in cuts)],
        recall=recall,
        false_positive_rate=fpr,
        operating_recall=op_tp / n_pos if n_pos else None,
        operating_fpr=op_fp / n_neg if n_neg else None,
        unscored=sum(1 for a in labels if a not in scores),
    )


def thin_indices(n: int, keep: int) -> list[int]:
    """Up to `keep` evenly spread indices of n, always with the first and last."""
    if n <= keep:
        return list(range(n))
    return sorted({round(i * (n - 1) / (keep - 1)) for i in range(keep)})
