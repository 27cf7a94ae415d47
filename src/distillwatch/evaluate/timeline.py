"""When attack exchanges leaked: cumulative count over time of exchanges served to attack
accounts before each was flagged.

With the exchange files (`--data`) every exchange is placed at its own `ts`; without them
only `flagged_at` is known, so each flagged account's `exchanges_before_flag` is placed at
its `flagged_at` (an upper bound on how late the leak happened) and unflagged accounts'
exchanges have no time at all: they are reported as untimed.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

import numpy as np

from distillwatch.contract.exchange import format_ts
from distillwatch.contract.readers import ReadReport, read_exchanges
from distillwatch.evaluate.curves import thin_indices
from distillwatch.evaluate.inputs import AccountFinding
from distillwatch.evaluate.leak import leaked_exchanges
from distillwatch.evaluate.protocols import Label

MAX_POINTS_KEPT = 200


@dataclass
class LeakTimeline:
    source: Literal["data", "flagged_at"]
    leaked_times: np.ndarray
    """Epoch seconds, sorted; one entry per leaked exchange (or per flagged_at with weights)."""
    leaked_weights: np.ndarray
    served_times: np.ndarray | None = None
    """With --data: every attack exchange's time, sorted."""
    untimed_leaked: int = 0
    per_account_served: dict[str, int] = field(default_factory=dict)

    @property
    def leaked(self) -> int:
        return int(self.leaked_weights.sum()) + self.untimed_leaked

    def cumulative(self) -> tuple[np.ndarray, np.ndarray]:
        return self.leaked_times, np.cumsum(self.leaked_weights)

    def as_dict(self) -> dict[str, Any]:
        times, cum = self.cumulative()
        idx = thin_indices(len(times), MAX_POINTS_KEPT)
        out: dict[str, Any] = {
            "source": self.source,
            "approximate": self.source == "flagged_at",
            "leaked_timed": int(cum[-1]) if len(cum) else 0,
            "leaked_untimed": self.untimed_leaked,
            "first": _ts(times[0]) if len(times) else None,
            "last": _ts(times[-1]) if len(times) else None,
            "points": [{"ts": _ts(times[i]), "cumulative_leaked": int(cum[i])} for i in idx],
        }
        if self.served_times is not None:
            out["served"] = len(self.served_times)
            out["fraction_from_data"] = (
                self.leaked / len(self.served_times) if len(self.served_times) else None
            )
        return out


def timeline_from_flags(
    labels: Mapping[str, Label], findings: Mapping[str, AccountFinding]
) -> LeakTimeline:
    events: list[tuple[float, int]] = []
    untimed = 0
    for a, lab in labels.items():
        f = findings.get(a)
        if not lab.is_attack or f is None:
            continue
        if f.flagged and f.flagged_at is not None:
            events.append((f.flagged_at.timestamp(), leaked_exchanges(f)))
        else:
            untimed += leaked_exchanges(f)
    events.sort()
    return LeakTimeline(
        source="flagged_at",
        leaked_times=np.array([t for t, _ in events], dtype=float),
        leaked_weights=np.array([w for _, w in events], dtype=np.int64),
        untimed_leaked=untimed,
    )


def timeline_from_data(
    labels: Mapping[str, Label],
    findings: Mapping[str, AccountFinding],
    data: Sequence[str | Path],
    report: ReadReport,
) -> LeakTimeline:
    """Streams the exchanges once, keeping only attack exchanges' times (8 bytes each)."""
    cutoff: dict[str, float] = {}  # attack account -> leaked while ts <= this
    for a, lab in labels.items():
        if lab.is_attack:
            f = findings.get(a)
            flagged_at = f.flagged_at if f is not None and f.flagged else None
            cutoff[a] = flagged_at.timestamp() if flagged_at is not None else np.inf
    served, leaked = array("d"), array("d")
    per_account: dict[str, int] = {}
    for ex in read_exchanges(data, report):
        limit = cutoff.get(ex.account_id)
        if limit is None:
            continue
        t = ex.epoch
        served.append(t)
        per_account[ex.account_id] = per_account.get(ex.account_id, 0) + 1
        if t <= limit:  # the exchange that triggered the flag was already served
            leaked.append(t)
    lt = np.sort(np.frombuffer(leaked, dtype=float)) if leaked else np.zeros(0)
    st = np.sort(np.frombuffer(served, dtype=float)) if served else np.zeros(0)
    return LeakTimeline(
        source="data",
        leaked_times=lt,
        leaked_weights=np.ones(len(lt), dtype=np.int64),
        served_times=st,
        per_account_served=per_account,
    )


def _ts(epoch: float) -> str:
    return format_ts(datetime.fromtimestamp(float(epoch), tz=UTC))
