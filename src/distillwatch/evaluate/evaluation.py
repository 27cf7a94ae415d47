"""One evaluation of one scan against ground truth: read inputs, compute every metric, and
hold the result in a form that renders to JSON, Markdown, a console table and a plot."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distillwatch.contract.readers import ReadReport
from distillwatch.evaluate.curves import ThresholdCurve, threshold_curve
from distillwatch.evaluate.inputs import (
    AccountFinding,
    LabelRecord,
    ScanOutputs,
    read_labels,
    read_scan,
)
from distillwatch.evaluate.intervals import DEFAULT_ALPHA
from distillwatch.evaluate.metrics import (
    DEFAULT_CAMPAIGN_THRESHOLD,
    AccountMetrics,
    CampaignMetrics,
    LeakMetrics,
    account_metrics,
    campaign_metrics,
    leak_fraction,
)
from distillwatch.evaluate.timeline import LeakTimeline, timeline_from_data, timeline_from_flags

SCHEMA_VERSION = 1
MAX_IDS_LISTED = 20


@dataclass
class Coverage:
    """How the labeled accounts and the scanned accounts overlap."""

    labeled: int
    scanned: int
    missing_from_scan: list[str]
    unlabeled_in_scan: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "labeled_accounts": self.labeled,
            "scanned_accounts": self.scanned,
            "labeled_missing_from_scan": len(self.missing_from_scan),
            "labeled_missing_from_scan_examples": self.missing_from_scan[:MAX_IDS_LISTED],
            "scanned_unlabeled_excluded": len(self.unlabeled_in_scan),
            "scanned_unlabeled_examples": self.unlabeled_in_scan[:MAX_IDS_LISTED],
        }


@dataclass
class Evaluation:
    labels_path: str
    scan_dir: str
    data: list[str]
    coverage: Coverage
    accounts: AccountMetrics
    campaigns: CampaignMetrics
    leak: LeakMetrics
    curve: ThresholdCurve
    timeline: LeakTimeline
    input_report: ReadReport
    data_report: ReadReport | None
    notes: list[str]
    alpha: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "inputs": {"labels": self.labels_path, "scan": self.scan_dir, "data": self.data},
            "confidence": 1 - self.alpha,
            "coverage": self.coverage.as_dict(),
            "accounts": self.accounts.as_dict(),
            "campaigns": self.campaigns.as_dict(),
            "leak": self.leak.as_dict(),
            "threshold_curve": self.curve.as_dict(),
            "leak_timeline": self.timeline.as_dict(),
            "skipped_lines": _skips(self.input_report),
            "data_read": self.data_report.as_dict() if self.data_report else None,
            "notes": self.notes,
        }


def evaluate_scan(
    labels_path: str | Path,
    scan_dir: str | Path,
    data: Sequence[str | Path] = (),
    alpha: float = DEFAULT_ALPHA,
    campaign_threshold: float = DEFAULT_CAMPAIGN_THRESHOLD,
) -> Evaluation:
    """Read `labels_path` and the scan in `scan_dir` (and, if given, the exchanges in
    `data` for leak timing) and compute every metric. Raises `InputError` for unusable input."""
    report = ReadReport()
    labels = read_labels(labels_path, report)
    scan = read_scan(scan_dir, report)
    coverage = _coverage(labels, scan)
    known = {a: f for a, f in scan.accounts.items() if a in labels}
    flagged = {a for a, f in known.items() if f.flagged}
    notes = list(scan.notes)
    if coverage.missing_from_scan:
        notes.append(
            f"{len(coverage.missing_from_scan)} labeled accounts are absent from the scan and "
            "count as not flagged"
        )
    if coverage.unlabeled_in_scan:
        notes.append(
            f"{len(coverage.unlabeled_in_scan)} scanned accounts have no label and are excluded"
        )
    data_report: ReadReport | None = None
    if data:
        data_report = ReadReport()
        timeline = timeline_from_data(labels, known, data, data_report)
        notes.extend(_data_checks(labels, known, timeline))
    else:
        timeline = timeline_from_flags(labels, known)
        notes.append("no --data: leak timeline approximated from flagged_at only")
    leak = leak_fraction(labels, known)
    if leak.flagged_without_count:
        notes.append(
            f"{leak.flagged_without_count} flagged attack accounts lack exchanges_before_flag; "
            "all their exchanges count as leaked"
        )
    if report.skipped_total:
        notes.append(f"{report.skipped_total} malformed input lines skipped (see skipped_lines)")
    return Evaluation(
        labels_path=str(labels_path),
        scan_dir=str(scan_dir),
        data=[str(d) for d in data],
        coverage=coverage,
        accounts=account_metrics(labels, flagged, alpha),
        campaigns=campaign_metrics(
            labels,
            flagged,
            {c.campaign_id: c.accounts for c in scan.campaigns.values()},
            campaign_threshold,
            alpha,
        ),
        leak=leak,
        curve=threshold_curve(labels, {a: f.score for a, f in known.items()}, flagged),
        timeline=timeline,
        input_report=report,
        data_report=data_report,
        notes=notes,
        alpha=alpha,
    )


def _coverage(labels: dict[str, LabelRecord], scan: ScanOutputs) -> Coverage:
    return Coverage(
        labeled=len(labels),
        scanned=len(scan.accounts),
        missing_from_scan=sorted(a for a in labels if a not in scan.accounts),
        unlabeled_in_scan=sorted(a for a in scan.accounts if a not in labels),
    )


def _data_checks(
    labels: dict[str, LabelRecord], known: dict[str, AccountFinding], timeline: LeakTimeline
) -> list[str]:
    """Where the exchange files and the scan's counts disagree, say so (not fatal)."""
    mismatched = [
        a
        for a, f in known.items()
        if labels[a].is_attack and timeline.per_account_served.get(a, 0) != f.exchanges
    ]
    if not mismatched:
        return []
    return [
        f"{len(mismatched)} attack accounts have a different exchange count in --data than in "
        f"the scan (e.g. {', '.join(sorted(mismatched)[:3])}); is --data the scan's input?"
    ]


def _skips(report: ReadReport) -> dict[str, Any]:
    return {
        "total": report.skipped_total,
        "by_reason": dict(sorted(report.skipped.items())),
        "examples": [
            {"file": b.file, "line": b.line, "reason": b.reason, "detail": b.detail}
            for b in report.examples
        ],
    }
