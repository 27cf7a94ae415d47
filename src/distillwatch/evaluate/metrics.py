"""Evaluation metrics as a library: account, campaign and leak metrics with exact intervals.

Everything here takes plain mappings (ground truth by account id, the set of flagged account
ids, detected campaigns as lists of account ids) so benchmarks and scripts can call it
without files. Definitions are spelled out in docs/evaluation.md. This module is the public
surface; the code lives in one module per idea.
"""

from __future__ import annotations

from distillwatch.evaluate.account_metrics import AccountMetrics, GroupRow, account_metrics
from distillwatch.evaluate.campaign_metrics import (
    DEFAULT_CAMPAIGN_THRESHOLD,
    CampaignMetrics,
    DetectedCampaign,
    TrueCampaign,
    campaign_metrics,
)
from distillwatch.evaluate.intervals import DEFAULT_ALPHA, Rate, clopper_pearson
from distillwatch.evaluate.leak import LeakMetrics, leak_fraction, leaked_exchanges
from distillwatch.evaluate.protocols import Finding, Label

__all__ = [
    "DEFAULT_ALPHA",
    "DEFAULT_CAMPAIGN_THRESHOLD",
    "AccountMetrics",
    "CampaignMetrics",
    "DetectedCampaign",
    "Finding",
    "GroupRow",
    "Label",
    "LeakMetrics",
    "Rate",
    "TrueCampaign",
    "account_metrics",
    "campaign_metrics",
    "clopper_pearson",
    "leak_fraction",
    "leaked_exchanges",
]
