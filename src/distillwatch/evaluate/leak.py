"""Leak fraction: the share of attack exchanges served before each account was flagged."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from distillwatch.evaluate.protocols import Finding, Label


@dataclass
class LeakMetrics:
    """Attack exchanges served before containment over all attack exchanges in the scan."""

    leaked: int = 0
    total: int = 0
    by_persona: dict[str, list[int]] = field(default_factory=dict)
    """persona -> [leaked, total]."""
    missing_from_scan: int = 0
    """Labeled attack accounts the scan never saw (their exchanges are unknown here)."""
    flagged_without_count: int = 0
    """Flagged attack accounts with no exchanges_before_flag (counted as fully leaked)."""

    @property
    def fraction(self) -> float | None:
        return self.leaked / self.total if self.total else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "leaked": self.leaked,
            "total": self.total,
            "fraction": self.fraction,
            "missing_from_scan": self.missing_from_scan,
            "flagged_without_count": self.flagged_without_count,
            "by_persona": [
                {"persona": p, "leaked": lk, "total": t, "fraction": lk / t if t else None}
                for p, (lk, t) in sorted(self.by_persona.items())
            ],
        }


def leaked_exchanges(finding: Finding) -> int:
    """What an attacker got from one account: everything before the flag, or everything."""
    if finding.flagged and finding.exchanges_before_flag is not None:
        return min(finding.exchanges_before_flag, finding.exchanges)
    return finding.exchanges


def leak_fraction(labels: Mapping[str, Label], findings: Mapping[str, Finding]) -> LeakMetrics:
    """Sum over attack accounts of `exchanges_before_flag` (flagged) or `exchanges`
    (unflagged), over the sum of their `exchanges`; overall and per persona."""
    out = LeakMetrics()
    for account_id, lab in labels.items():
        if not lab.is_attack:
            continue
        f = findings.get(account_id)
        bucket = out.by_persona.setdefault(lab.persona_name, [0, 0])
        if f is None:
            out.missing_from_scan += 1
            continue
        if f.flagged and f.exchanges_before_flag is None:
            out.flagged_without_count += 1
        leaked = leaked_exchanges(f)
        out.leaked += leaked
        out.total += f.exchanges
        bucket[0] += leaked
        bucket[1] += f.exchanges
    return out
