"""False positives per language, pooled over every honest written set that can be read.

The issue's goal: no language's false-positive rate more than twice the average. Each
written set alone has 40 phrasings per language or fewer, so its worst language's interval
runs from 0 to 5-10 times the average. This pools the honest sets that are read already
(dev: the first independent hard negatives, the hard negatives of blind pairs 1-3, the
range's content frames) for the best estimate there is, with the caveat that every one of
them has been read before. Unread sets (pairs 4-5, the second content set) stay out.

Each model at its own threshold and at the real-traffic threshold (0.1% of real users'
held-out 'calib' prompts, as `blind_sets.py`). Intervals are cluster-bootstrap over
phrasings, resampled within each language for the worst-over-average ratio.

    .venv/bin/python benchmarks/language_parity.py --models shipped
    # stop 20, the writers model's opt-in on the read pairs it never trained on:
    .venv/bin/python benchmarks/language_parity.py --pairs 8 12 16 --name language_parity_stop20 \
        --models benchmarks/work/intent_writers10g_stage.npz shipped

Writes benchmarks/results/language_parity.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import section, table_row, write_results
from blind_sets import _fmt, _ratio, scores
from content_flags import examples as content_examples
from distillwatch.signals.corpus.build import (
    BLIND_PAIRS,
    Example,
    blind_pair_benign,
    independent_benign_examples,
    real_examples,
    split_of,
)
from distillwatch.signals.evaluate_intent import Tallies
from distillwatch.signals.model import load_model
from distillwatch.signals.train import MAX_FPR, calibrate_threshold
from distillwatch.simulate.text import content


def honest_sets(pairs: list[int] | None = None) -> dict[str, list[Example]]:
    """Every read honest written set, by name (24 requests per phrasing, 12 per frame);
    `pairs`: only these read blind pairs (a writers model trained on the others)."""
    out = {"first independent hard negatives": list(independent_benign_examples(24, 0))}
    for n, pair in BLIND_PAIRS.items():
        if pair.is_dev_set and (pairs is None or n in pairs):
            out[f"blind pair {n} hard negatives"] = list(blind_pair_benign(n, 24, 0))
    out["range content frames"] = content_examples(content.RANGE_SET)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["shipped"], help="'shipped' or .npz files")
    ap.add_argument("--name", default="language_parity", help="results file stem")
    ap.add_argument(
        "--pairs",
        nargs="+",
        type=int,
        help="pool only these read blind pairs' hard negatives (default: every read test "
        "pair); for a writers model, the pairs it did not train on, e.g. 8 12 16 for W10",
    )
    a = ap.parse_args()
    if a.pairs and (
        bad := [n for n in a.pairs if n not in BLIND_PAIRS or not BLIND_PAIRS[n].is_dev_set]
    ):
        ap.error(f"--pairs: {bad} not read test pairs (an unread pair stays unread)")
    sets = honest_sets(a.pairs)
    pooled = [e for ex in sets.values() for e in ex]
    real_calib = [e for e in real_examples() if split_of(e.group) == "calib"]
    results: dict[str, Any] = {
        "machine": machine(),
        "sets": {name: len(ex) for name, ex in sets.items()},
        "phrasings": len({e.group for e in pooled}),
        "models": {},
    }
    for path in a.models:
        m = load_model(None if path == "shipped" else path)
        real_t = calibrate_threshold(scores(m, real_calib), MAX_FPR, floor=0.0)
        s = scores(m, pooled)
        row: dict[str, Any] = {}
        for point, t in (("own threshold", m.threshold), ("real-traffic threshold", real_t)):
            tallies = Tallies()
            tallies.add("fp", pooled, s >= t)
            row[point] = {"threshold": t, **tallies.fp("fp")}
        results["models"][path] = row
    write_results(a.name, results, render(results))


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    models = list(r["models"])
    points = list(r["models"][models[0]])
    cells = [(x, p) for x in models for p in points]
    lines = [
        "# False positives per language, pooled over the read honest sets",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. "
        + ", ".join(f"{name} {n:,}" for name, n in r["sets"].items())
        + f" requests; {r['phrasings']:,} phrasings. Every set here has been read before "
        "(dev). 95% cluster-bootstrap intervals over phrasings.",
    ]
    lines += section(
        "Summary",
        "Each model at its own threshold and at the real-traffic threshold. The goal: no "
        "language above twice the average.",
        ["measure", *[f"{x}, {p}" for x, p in cells]],
    )
    at = [r["models"][x][p] for x, p in cells]
    lines.append(table_row("threshold", (f"{c['threshold']:.3f}" for c in at)))
    lines.append(table_row("flagged, all languages", (_fmt(c["fp_pooled"]) for c in at)))
    lines.append(table_row("worst language / average", (_ratio(c) for c in at)))
    for part, title, caption in (
        ("fp_by_language", "language", "Requests flagged per language, every model and threshold."),
        (
            "fp_by_source",
            "source",
            "Requests flagged per source (the sets' own sources and the content kinds).",
        ),
    ):
        lines += section(
            f"By {title}",
            caption,
            [title, *[f"{x}, {p}" for x, p in cells]],
        )
        for g in at[0][part]:
            lines.append(table_row(g, (_fmt(c[part][g]) for c in at)))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
