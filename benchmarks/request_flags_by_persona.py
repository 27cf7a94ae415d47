"""Share of requests the intent classifier flags, per simulated persona, for one or more models.

Request flags are evidence for the account profiles, not verdicts; this measures the
evidence itself on traffic whose text the corpus and lexicon authors never read (the range
simulator), on independent attack phrasings (`corpus.build.INDEPENDENT_ATTACKS`, written
without reading the corpus or the lexicon; 12 requests per phrasing) and on the independent
benign hard negatives (`corpus.build.INDEPENDENT_BENIGN`,
written apart from the training corpus, deliberately close to attack wording; 24 requests per
phrasing). Honest personas' rates are false-positive evidence the account stage has to
absorb; attack personas' rates are what it has to work with. Several models are measured on
the same requests in the same run (e.g. the shipped model against an older one).

    .venv/bin/python benchmarks/request_flags_by_persona.py --models OLD.npz NEW.npz

The shipped model against the one shipped in stop 11 (before the workflow pairs), as in
benchmarks/results/request_flags.md:

    git show 1debc65:src/distillwatch/data/intent/intent_model.npz \
        > benchmarks/work/intent_stop11.npz
    .venv/bin/python benchmarks/request_flags_by_persona.py \
        --models shipped benchmarks/work/intent_stop11.npz

Two threshold-free comparisons follow the per-persona table: at equal flag rates on the
simulated honest personas, and at equal flag rates on the independent hard negatives.

Data: the 1.2M-exchange month of bench_scan.py (benchmarks/work/range-1000000-parquet-s101,
generated if missing), the first `--per-persona` requests of each persona in file order.
Writes benchmarks/results/request_flags.json and .md.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import pct, section, write_results
from bench_scan import ensure_data
from distillwatch.contract.readers import ReadReport, expand_paths, read_exchanges
from distillwatch.signals.corpus.build import (
    independent_attack_examples,
    independent_benign_examples,
)
from distillwatch.signals.evaluate_intent import rate
from distillwatch.signals.model import load_model
from distillwatch.signals.text import prepare


def sample(per_persona: int) -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """(persona -> [(user, context)], persona -> 'attack' or 'benign')."""
    d, _ = ensure_data(1_000_000, "parquet", 101)
    persona: dict[str, str] = {}
    kind: dict[str, str] = {}
    for line in (d / "labels.jsonl").read_text().splitlines():
        r = json.loads(line)
        persona[r["account_id"]] = r["persona"]
        kind[r["persona"]] = "benign" if r["label"] == "benign" else "attack"
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    files = [str(f) for f in expand_paths([d / "exchanges"])]
    for ex in read_exchanges(files, ReadReport()):
        p = persona.get(ex.account_id)
        if p is None or len(out[p]) >= per_persona:
            continue
        t = prepare(ex)
        out[p].append((t.user, t.context))
    return dict(out), kind


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--models",
        nargs="+",
        default=[None],
        help="model files ('shipped': the shipped one, the default)",
    )
    ap.add_argument("--per-persona", type=int, default=3000)
    a = ap.parse_args()
    reqs, kind = sample(a.per_persona)
    for e in independent_benign_examples(24, 0):  # the independent hard negatives, by source
        for key in (f"independent/{e.subfamily}", "independent/ALL", f"independent/lang/{e.lang}"):
            reqs.setdefault(key, []).append((e.user, e.context))
            kind[key] = "benign hard negative"
    for e in independent_attack_examples(12, 0):  # independent attack phrasings, by sub-family
        for key in (
            f"independent-attack/{e.label}/{e.subfamily}",
            "independent-attack/ALL",
            f"independent-attack/lang/{e.lang}",
        ):
            reqs.setdefault(key, []).append((e.user, e.context))
            kind[key] = "attack (independent)"
    results: dict[str, Any] = {"machine": machine(), "per_persona": a.per_persona, "models": {}}
    for path in a.models:
        m = load_model(None if path == "shipped" else path)
        by: dict[str, Any] = {}
        scores: dict[str, npt.NDArray[np.float64]] = {}
        for p, rows in sorted(reqs.items()):
            probs, _ = m.predict([u for u, _ in rows], [c for _, c in rows])
            scores[p] = probs[:, 1:].max(axis=1).astype(np.float64)
            k = int((scores[p] >= m.threshold).sum())
            by[p] = {"kind": kind[p], **rate(k, len(rows))}
        results["models"][path or "shipped"] = {
            "threshold": m.threshold,
            "personas": by,
            "at_equal_honest_rate": at_equal_honest_rate(scores, kind),
            "at_equal_hard_negative_rate": at_equal_hard_negative_rate(scores),
        }
    write_results("request_flags", results, render(results))


HONEST_RATES = (0.005, 0.01, 0.02)
"""Operating points for comparing models whatever their thresholds: the share of the
simulated honest personas' requests flagged, pooled."""


def at_equal_honest_rate(
    scores: dict[str, npt.NDArray[np.float64]], kind: dict[str, str]
) -> dict[str, dict[str, float]]:
    """Per operating point, each attack row's (and each hard-negative row's) flagged share at
    the threshold that flags that share of the simulated honest personas' requests, pooled."""
    honest = np.concatenate([s for p, s in scores.items() if kind[p] == "benign"])
    out: dict[str, dict[str, float]] = {}
    for r in HONEST_RATES:
        t = float(np.quantile(honest, 1.0 - r))
        out[f"{100 * r:g}%"] = {
            p: float((s > t).mean())
            for p, s in scores.items()
            if kind[p] != "benign" and "/lang/" not in p
        }
    return out


HARD_NEGATIVE_RATES = (0.002, 0.005, 0.01, 0.02)
"""Operating points for the second threshold-free comparison: the share of the independent
hard negatives flagged."""


def at_equal_hard_negative_rate(
    scores: dict[str, npt.NDArray[np.float64]],
) -> dict[str, dict[str, float]]:
    """Per operating point (a share of the independent hard negatives flagged): the
    independent attacks caught, and the worst language's hard-negative rate over the average
    (the issue's parity measure), at the threshold that flags that share. A ranking measure on
    the two sets no model was trained on; the honest-persona view above is the other one."""
    neg = scores["independent/ALL"]
    langs = [p for p in scores if p.startswith("independent/lang/")]
    out: dict[str, dict[str, float]] = {}
    for r in HARD_NEGATIVE_RATES:
        t = float(np.quantile(neg, 1.0 - r))
        flagged = float((neg > t).mean())
        worst = max(float((scores[p] > t).mean()) for p in langs)
        out[f"{100 * r:g}%"] = {
            "threshold": t,
            "independent attacks caught": float((scores["independent-attack/ALL"] > t).mean()),
            "hard negatives flagged": flagged,
            "worst language / average": worst / flagged if flagged else float("nan"),
        }
    return out


def render(r: dict[str, Any]) -> str:
    names = list(r["models"])
    m = r["machine"]
    lines = [
        "# Requests flagged by the intent classifier, per simulated persona",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. First "
        f"{r['per_persona']} requests of each persona of the 1.2M-exchange range month (seed "
        "101); `independent/*`: the independent benign hard negatives (never trained on), by "
        "source. Rates with 95% Clopper-Pearson intervals.",
        "",
        "| persona | kind | "
        + " | ".join(f"{n} (t={r['models'][n]['threshold']:.3f})" for n in names)
        + " |",
        "|---|---|" + "---|" * len(names),
    ]
    personas = r["models"][names[0]]["personas"]
    for p in sorted(personas, key=lambda p: (personas[p]["kind"], p)):
        cells = []
        for n in names:
            x = r["models"][n]["personas"][p]
            cells.append(pct(x))
        lines.append(f"| {p} | {personas[p]['kind']} | " + " | ".join(cells) + " |")
    points = list(r["models"][names[0]]["at_equal_honest_rate"])
    lines += section(
        "At equal honest flag rates",
        "Each model's threshold moved so that it flags the same share of the simulated honest "
        "personas' requests (pooled); what it then flags of the attack rows and of the "
        "independent hard negatives. Compares models whatever their calibrated thresholds.",
        ["row", *(f"{n} @ {pt}" for pt in points for n in names)],
    )
    first = r["models"][names[0]]["at_equal_honest_rate"][points[0]]
    for row in sorted(first):
        cells = [
            f"{100 * r['models'][n]['at_equal_honest_rate'][pt][row]:.1f}%"
            for pt in points
            for n in names
        ]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    points = list(r["models"][names[0]]["at_equal_hard_negative_rate"])
    lines += section(
        "At equal hard-negative flag rates",
        "Each model's threshold moved so that it flags the same share of the independent "
        "benign hard negatives; the independent attacks it then catches, and the worst "
        "language's hard-negative rate over the average (goal: at most 2).",
        [
            "hard negatives flagged",
            *(c for n in names for c in (f"{n}: attacks caught", f"{n}: worst language / average")),
        ],
    )
    for pt in points:
        cells = []
        for n in names:
            x = r["models"][n]["at_equal_hard_negative_rate"][pt]
            cells += [
                f"{100 * x['independent attacks caught']:.1f}%",
                f"{x['worst language / average']:.2f}",
            ]
        lines.append(f"| {pt} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
