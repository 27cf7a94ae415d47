"""Several evaluations (seeds, held-out attack families) as one table: each run's rate and
the pooled rate with an exact interval on the summed counts.

Pooling sums k and n, which treats every account (or campaign) of every run as one
independent trial: right for independent seeds of the same setup, and it is what the
pooled interval assumes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from distillwatch.evaluate.account_metrics import clustered_recall_interval
from distillwatch.evaluate.intervals import Rate, format_rate


@dataclass(frozen=True, slots=True)
class MergedRow:
    metric: str
    group: str
    runs: dict[str, Rate | None]
    """Run name -> its rate; None where the run had no such group."""

    @property
    def pooled(self) -> Rate:
        rates = [r for r in self.runs.values() if r is not None]
        total = rates[0]
        for r in rates[1:]:
            total = total + r
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "group": self.group,
            "runs": {k: (v.as_dict() if v else None) for k, v in self.runs.items()},
            "pooled": self.pooled.as_dict(),
        }


@dataclass(frozen=True, slots=True)
class MergedLeak:
    runs: dict[str, tuple[int, int]]

    @property
    def pooled(self) -> tuple[int, int]:
        return sum(v[0] for v in self.runs.values()), sum(v[1] for v in self.runs.values())


def _rates(result: Mapping[str, Any]) -> dict[tuple[str, str], Rate]:
    """(metric, group) -> Rate from one evaluation.json object."""
    acc = result["accounts"]
    out = {
        ("recall", "all attack accounts"): Rate.from_dict(acc["recall"]),
        ("false_positive_rate", "all benign accounts"): Rate.from_dict(acc["false_positive_rate"]),
        ("precision", "flagged labeled accounts"): Rate.from_dict(acc["precision"]),
        ("campaign_recall", "true campaigns"): Rate.from_dict(result["campaigns"]["recall"]),
    }
    for g in acc["by_persona"]:
        out[(g["metric"], g["persona"])] = Rate.from_dict(
            {"k": g["flagged"], "n": g["n"], "confidence": g["confidence"]}
        )
    return out


_ORDER = {"recall": 0, "false_positive_rate": 1, "precision": 2, "campaign_recall": 3}


def merge_evaluations(results: Mapping[str, Mapping[str, Any]]) -> list[MergedRow]:
    """Rows for every (metric, group) in any run; `results` maps run name -> the object of
    that run's evaluation.json (or `Evaluation.as_dict()`)."""
    if not results:
        raise ValueError("nothing to merge")
    per_run = {name: _rates(r) for name, r in results.items()}
    keys: dict[tuple[str, str], None] = {}
    for rates in per_run.values():
        keys.update(dict.fromkeys(rates))
    overall = {
        "all attack accounts",
        "all benign accounts",
        "flagged labeled accounts",
        "true campaigns",
    }
    ordered = sorted(keys, key=lambda k: (_ORDER[k[0]], k[1] not in overall, k[1]))
    return [MergedRow(m, g, {n: per_run[n].get((m, g)) for n in per_run}) for m, g in ordered]


def pooled_recall_by_campaign(
    results: Mapping[str, Mapping[str, Any]],
) -> tuple[float, float, int] | None:
    """Pooled recall's interval with every run's campaigns as clusters (and the number of
    clusters); None when a run's result predates the per-campaign counts."""
    per: list[tuple[int, int]] = []
    for r in results.values():
        c = r["accounts"].get("recall_clustered_by_campaign")
        if c is None:
            return None
        per += [(int(k), int(n)) for k, n in c["by_campaign"].values()]
    lo, hi = clustered_recall_interval(per)
    return lo, hi, len(per)


def merge_leak(results: Mapping[str, Mapping[str, Any]]) -> MergedLeak:
    return MergedLeak(
        {n: (int(r["leak"]["leaked"]), int(r["leak"]["total"])) for n, r in results.items()}
    )


def render_merged_markdown(rows: Sequence[MergedRow], leak: MergedLeak | None = None) -> str:
    """One row per (metric, group): each run's `rate [CI]` and the pooled one, in percent."""
    if not rows:
        return ""
    names = list(rows[0].runs)
    header = ["metric", "group", *names, "pooled (k/n)", "pooled rate [95% CI]"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        p = r.pooled
        cells = [
            r.metric.replace("_", " "),
            r.group,
            *(format_rate(v) if v is not None else "—" for v in r.runs.values()),
            f"{p.k}/{p.n}",
            format_rate(p),
        ]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    if leak is not None:
        lk, total = leak.pooled
        runs = [f"{a / b:.2%}" if b else "n/a" for a, b in leak.runs.values()]
        lines.append(
            "| leak fraction | attack exchanges | "
            + " | ".join(runs)
            + f" | {lk}/{total} | {f'{lk / total:.2%}' if total else 'n/a'} |"
        )
    return "\n".join(lines) + "\n"
