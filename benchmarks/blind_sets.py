"""The shipped intent model on the blind test sets, beside the first independent ones.

The first independent sets (`corpus.build.INDEPENDENT_BENIGN`, `INDEPENDENT_ATTACKS`) were
written apart from the corpus, but have informed choices since (the workflow pairs' target,
the real-prompt weight). The blind sets are written from a brief alone, without reading the
corpus, the lexicon or the earlier sets, and are read once, after a stop's choices are
made: `--blind 1` (`BLIND_*`, stop 13) was read so for the stop-12 model, and has been a dev
set since (it chose against the "wording" experiment); `--blind 2` (`BLIND2_*`, written in
stop 13 by other helpers from the same brief) was read so for the stop-14 lexicon, beside
the stop-13 model, dev since; `--blind 3` (`BLIND3_*`, written in stop 14 by six more
helpers) was read so for the lexicon's second round, dev since; `--blind 4` (`BLIND4_*`,
six more helpers, late in stop 14) was read so in stop 15 for the CJK lexicon fix, dev
since; `--blind 5` (`BLIND5_*`) and `--blind 6` (`BLIND6_*`, six more helpers, late in stop
15) were read so in stop 17 for the embedding stage and its gate, dev since; `--blind 7`
(`BLIND7_*`, six more helpers in stop 17, `docs/briefs/`) was read so in stop 18 for the
writers model (both heads trained on pairs 1-6), dev since; `--blind 8` (`BLIND8_*`, six
more in stop 18) was read so in stop 19 for the writers model trained on pairs 1-7 and 9-11,
and `--blind 12` (six more in stop 19) for the one trained on fourteen pairs; both dev since;
`--blind 16` (six more in stop 20) was read so in stop 20 for the writers model with its
heads' geometric mean, dev since; `--blind 17` (six more in stop 20) was read so in stop 22
for the hidden-layer stage head (W10mg), dev since; `--blind 18` (six more in stop 22) was
read so in stop 23 for the reasoning-sounding negatives (W10mgr), dev since; `--blind 19`
and `--blind 20` (six more each in stop 23) are unread. Pairs 9-11
and 13-15 were written to be trained on and are never a test set (docs/evaluation.md,
"Test-set ledger").
Same shape: 10 benign sources x 15 languages x 4 phrasings, 15 attack sub-families
x 15 languages x 3 phrasings; 24 requests per benign phrasing, 12 per attack phrasing.

Rates carry cluster-bootstrap intervals over phrasings (`evaluate.cluster_intervals`): one
phrasing's requests are flagged or missed together, so the evidence is about as many
phrasings as there are, not as many requests. Each model is read at two thresholds: its own
(calibrated at 0.1% of the corpus's benign phrasings, floor 0.5), and the one a provider
would set on its own traffic (0.1% of real users' held-out prompts, the ShareGPT 'calib'
split, no floor), where the real 'test' split's false positives are measured too.

    # as in blind_sets.md (the stop-12 model and stop 11's, on the first blind pair):
    .venv/bin/python benchmarks/blind_sets.py --blind 1 \
        --models shipped benchmarks/work/intent_stop11.npz
    # stop 14's one reading of the second pair (each tree reads its own shipped model):
    .venv/bin/python benchmarks/blind_sets.py --blind 2 --name blind2_sets --models shipped
    # stop 14's one reading of the third pair, for the lexicon's second round:
    .venv/bin/python benchmarks/blind_sets.py --blind 3 --name blind3_sets --models shipped
    # stop 15's one reading of the fourth pair (each tree reads its own shipped model):
    .venv/bin/python benchmarks/blind_sets.py --blind 4 --name blind4_sets --models shipped
    # stop 17's one reading of the fifth pair, for the embedding stage (opt-in):
    .venv/bin/python benchmarks/blind_sets.py --blind 5 --name blind5_sets \
        --models benchmarks/work/intent_use_stage.npz shipped
    # stop 17's one reading of the sixth pair, for the gated stage:
    .venv/bin/python benchmarks/blind_sets.py --blind 6 --name blind6_sets \
        --models benchmarks/work/intent_use_stage_gate01.npz shipped
    # stop 18's one reading of the seventh pair, for the writers model (both heads):
    .venv/bin/python benchmarks/blind_sets.py --blind 7 --name blind7_sets --models \
        benchmarks/work/intent_writers6_stage.npz benchmarks/work/intent_use_stage_gate01.npz shipped
    # stop 19's readings of the eighth and twelfth pairs, for the writers models of ten and
    # fourteen pairs (train-intent / train-embedding-stage --blind-pair ...):
    .venv/bin/python benchmarks/blind_sets.py --blind 8 --name blind8_sets --models \
        benchmarks/work/intent_writers10_stage.npz benchmarks/work/intent_writers7_stage.npz \
        benchmarks/work/intent_writers6_stage.npz shipped
    .venv/bin/python benchmarks/blind_sets.py --blind 12 --name blind12_sets --models \
        benchmarks/work/intent_writers14_stage.npz benchmarks/work/intent_writers10_stage.npz shipped
    # stop 20's reading of the sixteenth pair, for the heads' geometric mean (--combine):
    .venv/bin/python benchmarks/blind_sets.py --blind 16 --name blind16_sets --models \
        benchmarks/work/intent_writers10g_stage.npz benchmarks/work/intent_writers14g_stage.npz \
        benchmarks/work/intent_writers10_stage.npz shipped
    # stop 22's reading of the seventeenth pair, for the hidden-layer stage head:
    .venv/bin/python benchmarks/blind_sets.py --blind 17 --name blind17_sets --models \
        benchmarks/work/intent_writers10mg_stage.npz benchmarks/work/intent_writers10g_stage.npz \
        shipped

Writes benchmarks/results/blind_sets.json and .md (`--name` for another stem).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from _machine import machine
from _report import section, table_row, write_results
from distillwatch.signals.corpus.build import (
    BLIND_PAIRS,
    Example,
    blind_pair_attacks,
    blind_pair_benign,
    independent_attack_examples,
    independent_benign_examples,
    real_examples,
    split_of,
)
from distillwatch.signals.evaluate_intent import Tallies, clustered_by, pooled_rate, top_scores
from distillwatch.signals.model import IntentModel, load_model
from distillwatch.signals.train import MAX_FPR, calibrate_threshold

Make = Callable[[int, int], Iterable[Example]]
ORDINAL = (
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
)
"""Pair n is the (n+1)-th independent pair: the first is `INDEPENDENT_*`."""
BLIND: dict[str, tuple[str, Make, Make]] = {
    str(n): (
        f"the {ORDINAL[n - 1]} independent pair (BLIND{'' if n == 1 else n}_*)",
        partial(blind_pair_benign, n),
        partial(blind_pair_attacks, n),
    )
    for n, pair in BLIND_PAIRS.items()
    if pair.is_test_set
}
"""The blind test pairs by number (`corpus.build.BLIND_PAIRS`; a pair written to be trained
on is never one)."""


def sets(blind: str) -> dict[str, tuple[str, Make, int]]:
    _, benign, attacks = BLIND[blind]
    return {
        "independent benign": ("benign", independent_benign_examples, 24),
        "blind benign": ("benign", benign, 24),
        "independent attacks": ("attack", independent_attack_examples, 12),
        "blind attacks": ("attack", attacks, 12),
    }


def scores(m: IntentModel, examples: list[Example]) -> np.ndarray:
    out: np.ndarray = top_scores(m, examples).astype(np.float64)
    return out


def measure(examples: list[Example], s: np.ndarray, t: float, attack: bool) -> dict[str, Any]:
    """Rates of `examples` at threshold `t`: pooled, by language, by source or sub-family;
    for benign sets also the worst language over the average, with its interval."""
    tallies = Tallies()
    tallies.add("hits", examples, s >= t)
    if not attack:
        return tallies.fp("hits")
    return {
        "pooled": tallies.rate("hits"),
        "by_language": tallies.by_language("hits"),
        "by_subfamily": clustered_by(tallies.k["hits"], tallies.n["hits"], lambda key: key[1]),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", default=["shipped"], help="'shipped' or .npz files")
    ap.add_argument("--name", default="blind_sets", help="results file stem")
    ap.add_argument(
        "--blind",
        choices=sorted(BLIND, key=int),
        default="1",
        help="which blind test pair: 1 to 8, 12 and 16 (read in stops 13 to 20, dev since), 17 "
        "(written in stop 20, unread: read once, for a choice written down first)",
    )
    a = ap.parse_args()
    table = sets(a.blind)
    data = {name: list(make(per, 0)) for name, (_, make, per) in table.items()}
    real = real_examples()
    real_calib = [e for e in real if split_of(e.group) == "calib"]
    real_test = [e for e in real if split_of(e.group) == "test"]
    results: dict[str, Any] = {
        "machine": machine(),
        "sets": {name: len(ex) for name, ex in data.items()},
        "blind_set": BLIND[a.blind][0],
        "real_calib": len(real_calib),
        "real_test": len(real_test),
        "models": {},
    }
    for path in a.models:
        m = load_model(None if path == "shipped" else path)
        real_t = calibrate_threshold(scores(m, real_calib), MAX_FPR, floor=0.0)
        sc = {name: scores(m, ex) for name, ex in data.items()}
        s_real = scores(m, real_test)
        points: dict[str, Any] = {}
        for point, t in (("own threshold", m.threshold), ("real-traffic threshold", real_t)):
            points[point] = {
                "threshold": t,
                "real prompts FP": pooled_rate(real_test, s_real >= t),
                **{
                    name: measure(ex, sc[name], t, table[name][0] == "attack")
                    for name, ex in data.items()
                },
            }
        results["models"][path] = points
    write_results(a.name, results, render(results))


def _fmt(r: dict[str, Any]) -> str:
    lo, hi = r.get("ci95_clustered", r["ci95"])
    return f"{100 * r['rate']:.1f}% [{100 * lo:.1f}, {100 * hi:.1f}] ({r['k']}/{r['n']})"


def _ratio(fp: dict[str, Any]) -> str:
    x, ci = fp["worst_language_fp_over_average"], fp["worst_language_fp_over_average_ci95"]
    if x is None:
        return "n/a"
    return (
        f"{x:.2f}" + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "") + f" ({fp['worst_language']})"
    )


def render(r: dict[str, Any]) -> str:
    m = r["machine"]
    models = list(r["models"])
    points = list(r["models"][models[0]])
    cols = [f"{mod}, {p}" for mod in models for p in points]
    cells = [(mod, p) for mod in models for p in points]
    lines = [
        "# The intent model on the blind test sets",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}. Requests: "
        + ", ".join(f"{name} {n:,}" for name, n in r["sets"].items())
        + f"; blind sets: {r.get('blind_set', BLIND['1'][0])}"
        + f"; real users' held-out prompts {r['real_test']:,} (threshold set on "
        f"{r['real_calib']:,} others). 95% cluster-bootstrap intervals over phrasings "
        "(conversations for real prompts), never narrower than Clopper-Pearson over requests.",
    ]
    lines += section(
        "Summary",
        "Each model at its own threshold and at the real-traffic threshold (0.1% of real "
        "users' prompts of the 'calib' split, no floor). Worst language / average: the "
        "worst language's false-positive rate over the set's, with that language's interval "
        "(phrasings resampled within each language).",
        ["measure", *cols],
    )

    def row(label: str, get: Callable[[dict[str, Any]], str]) -> None:
        lines.append(table_row(label, (get(r["models"][mod][p]) for mod, p in cells)))

    row("threshold", lambda x: f"{x['threshold']:.3f}")
    row("real held-out prompts flagged", lambda x: _fmt(x["real prompts FP"]))
    for name in ("blind attacks", "independent attacks"):
        row(f"{name}: caught", lambda x, name=name: _fmt(x[name]["pooled"]))
    for name in ("blind benign", "independent benign"):
        row(f"{name}: flagged", lambda x, name=name: _fmt(x[name]["fp_pooled"]))
        row(f"{name}: worst language / average", lambda x, name=name: _ratio(x[name]))
    first = r["models"][models[0]][points[0]]
    for name, part, title in (
        ("blind attacks", "by_subfamily", "Blind attacks caught, by sub-family"),
        ("blind attacks", "by_language", "Blind attacks caught, by language"),
        ("blind benign", "fp_by_source", "Blind benign flagged, by source"),
        ("blind benign", "fp_by_language", "Blind benign flagged, by language"),
    ):
        lines += section(
            title, f"{title}, every model and threshold.", [part.split("_")[-1], *cols]
        )
        for g in first[name][part]:
            lines.append(
                table_row(g, (_fmt(r["models"][mod][p][name][part][g]) for mod, p in cells))
            )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
