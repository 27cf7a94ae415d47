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
    # stop 24, per language against the recommended opt-in, paired over phrasings:
    .venv/bin/python benchmarks/language_parity.py --pairs 8 12 16 17 18 \
        --models benchmarks/work/intent_writers13mgrhf_stage.npz \
        --reference benchmarks/work/intent_writers10mgr_stage.npz --name language_parity_stop24_paired

Writes benchmarks/results/language_parity.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import section, table_row, write_results
from blind_sets import _fmt, _ratio, scores
from content_flags import examples as content_examples
from distillwatch.evaluate.cluster_intervals import paired_difference_interval
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
    ap.add_argument(
        "--reference",
        help="also score this model (own threshold) and report, per language, each model's "
        "flags minus its flags with a paired cluster-bootstrap interval over phrasings: an "
        "interval wholly above 0 is a language the model is worse in beyond phrasing noise",
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
    own_hits: dict[str, np.ndarray] = {}  # each model's flags at its own threshold, --reference
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
        if a.reference:
            own_hits[path] = s >= m.threshold
    if a.reference:
        ref = load_model(None if a.reference == "shipped" else a.reference)
        ref_hits = scores(ref, pooled) >= ref.threshold
        results["reference"] = {
            "model": a.reference,
            "threshold": ref.threshold,
            "by model": {x: against(pooled, hits, ref_hits) for x, hits in own_hits.items()},
        }
    write_results(a.name, results, render(results))


def against(
    examples: list[Example], hits: np.ndarray, ref_hits: np.ndarray
) -> dict[str, dict[str, Any]]:
    """Per language: flags of a model and of the reference on the same requests, and a paired
    cluster-bootstrap interval (over phrasings) for the difference of their rates."""
    cells: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0, 0]))
    for e, h, r in zip(examples, hits, ref_hits, strict=True):
        c = cells[e.lang][e.group]
        c[0] += int(h)
        c[1] += int(r)
        c[2] += 1
    out: dict[str, dict[str, Any]] = {}
    for lang in sorted(cells):
        k, k_ref, n = (list(x) for x in zip(*cells[lang].values(), strict=True))
        lo, hi = paired_difference_interval(k, k_ref, n)
        out[lang] = {
            "k": sum(k),
            "k_reference": sum(k_ref),
            "n": sum(n),
            "difference_ci95": [lo, hi],
            "worse": lo > 0,
        }
    return out


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
    if "reference" in r:
        ref = r["reference"]
        by_model = ref["by model"]
        others = list(by_model)
        lines += section(
            "Against the reference, per language",
            f"Each model's flags (own threshold) beside {ref['model']}'s (own threshold "
            f"{ref['threshold']:.3f}) on the same requests, and a 95% paired cluster-bootstrap "
            "interval over phrasings for the difference of their rates, in points: an interval "
            "wholly above 0 (marked **worse**) is a language the model is worse in beyond "
            "phrasing noise.",
            ["language", *others],
        )
        for lang in by_model[others[0]]:
            row = []
            for x in others:
                c = by_model[x][lang]
                lo, hi = (100 * v for v in c["difference_ci95"])
                mark = " **worse**" if c["worse"] else ""
                row.append(
                    f"{c['k']} vs {c['k_reference']} of {c['n']:,} [{lo:+.2f}, {hi:+.2f}]{mark}"
                )
            lines.append(table_row(lang, row))
        worse = {x: [g for g, c in by_model[x].items() if c["worse"]] for x in others}
        lines.append("")
        lines.append(
            "Languages worse than the reference: "
            + "; ".join(f"{x}: {', '.join(w) or 'none'}" for x, w in worse.items())
            + "."
        )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
